using ReleaseGen.Tieout;
using ReleaseGen.Tieout.Readers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ReleaseGen.Pdf.Tieout;

/// <summary>
/// Reads a tagged PDF through its structure tree: StructTreeRoot, then elements by their standard
/// role (custom roles through the RoleMap), each element's marked content (MCIDs on its page) giving its
/// letters. A Table gives rows (TR under THead, TBody or TFoot) of TH/TD cells with their ColSpan, so
/// wrapped cells stay one cell and a table broken across pages stays one table; a block element (P, H1,
/// LBody, Note ...) gives a paragraph with the text of its inline children in order. The tree is read
/// by role, never by one writer's exact layout. Returns null for an untagged PDF (the caller falls back
/// to positions). Bounded: depth, element count and cycles.
/// </summary>
internal sealed class PdfStructureReader
{
    private const int MaxDepth = 64;
    private const int MaxElements = 200_000;

    private static readonly HashSet<string> InlineRoles = new(StringComparer.Ordinal)
    {
        "Span", "Link", "Reference", "Quote", "Code", "Em", "Strong", "Sub", "Sup", "Annot", "BibEntry",
        "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Formula", "Form",
    };

    private static readonly HashSet<string> BlockRoles = new(StringComparer.Ordinal)
    {
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption", "LBody", "TOCI", "Title", "FENote",
    };

    private readonly PdfDocument _pdf;
    private readonly Dictionary<IndirectReference, PageContent> _pagesByReference = [];
    private readonly Dictionary<string, string> _roleMap = new(StringComparer.Ordinal);
    private readonly HashSet<IndirectReference> _visited = [];
    private readonly List<FinalBlock> _blocks = [];
    private int _elements;

    private PdfStructureReader(PdfDocument pdf) => _pdf = pdf;

    public static IReadOnlyList<FinalBlock>? TryRead(PdfDocument pdf)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        if (!catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken)) return null;
        var reader = new PdfStructureReader(pdf);
        if (reader.Resolve(rootToken) is not DictionaryToken root) return null;
        reader.ReadPages(catalog);
        if (reader.Resolve(Get(root, "RoleMap")) is DictionaryToken roleMap)
            foreach (var (key, value) in roleMap.Data)
                if (reader.Resolve(value) is NameToken name) reader._roleMap[key] = name.Data;
        var parent = new ElementText(reader);
        reader.Walk(Get(root, "K"), null, 0, parent);
        parent.FlushAsParagraph();
        return reader._blocks.Any(b => b is FinalTable || b is FinalParagraph { Text.Text.Length: > 0 }) ? reader._blocks : null;
    }

    private static IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? token : null;

    private IToken? Resolve(IToken? token, int hops = 0)
    {
        while (token is IndirectReferenceToken reference && hops++ < 16)
            token = _pdf.Structure.GetObject(reference.Data)?.Data;
        return token;
    }

    // The page objects in order (the Pages tree), each with its marked content by MCID and its lines.
    private void ReadPages(DictionaryToken catalog)
    {
        var references = new List<IndirectReference>();
        var seen = new HashSet<IndirectReference>();
        void Collect(IToken? node, int depth)
        {
            if (depth > MaxDepth || node is not IndirectReferenceToken reference || !seen.Add(reference.Data)) return;
            if (Resolve(node) is not DictionaryToken dictionary) return;
            if (Resolve(Get(dictionary, "Kids")) is ArrayToken kids)
                foreach (var kid in kids.Data) Collect(kid, depth + 1);
            else references.Add(reference.Data);
        }
        Collect(Get(catalog, "Pages"), 0);
        var number = 0;
        foreach (var page in _pdf.GetPages())
        {
            if (number >= references.Count) break;
            _pagesByReference[references[number++]] = new PageContent(page);
        }
    }

    private string Role(DictionaryToken element)
    {
        var role = Resolve(Get(element, "S")) is NameToken name ? name.Data : "";
        for (var hops = 0; hops < 8 && _roleMap.TryGetValue(role, out var mapped) && mapped != role; hops++) role = mapped;
        return role;
    }

    /// <summary>Walks a K entry (an element, an MCID, a marked-content reference, or an array of them) into <paramref name="into"/>.</summary>
    private void Walk(IToken? kids, PageContent? page, int depth, ElementText into)
    {
        if (depth > MaxDepth || _elements > MaxElements) return;
        switch (kids)
        {
            case ArrayToken array:
                foreach (var kid in array.Data) Walk(kid, page, depth, into);
                return;
            case NumericToken mcid when page is not null:
                into.AddMarkedContent(page, mcid.Int);
                return;
            case IndirectReferenceToken reference:
                if (!_visited.Add(reference.Data)) return;
                if (Resolve(reference) is DictionaryToken element) WalkDictionary(element, page, depth, into);
                return;
            case DictionaryToken dictionary:
                WalkDictionary(dictionary, page, depth, into);
                return;
        }
    }

    private void WalkDictionary(DictionaryToken element, PageContent? page, int depth, ElementText into)
    {
        _elements++;
        if (Get(element, "Pg") is IndirectReferenceToken pg && _pagesByReference.TryGetValue(pg.Data, out var own)) page = own;
        var type = Resolve(Get(element, "Type")) is NameToken t ? t.Data : "";
        if (type == "MCR")
        {
            if (Resolve(Get(element, "MCID")) is NumericToken mcid && page is not null && Get(element, "Stm") is null) into.AddMarkedContent(page, mcid.Int);
            return;
        }
        if (type == "OBJR") return;
        var role = Role(element);
        var kids = Get(element, "K");
        switch (role)
        {
            case "Artifact":
                return;
            case "Table":
                into.FlushAsParagraph();
                _blocks.Add(ReadTable(kids, page, depth + 1));
                return;
            case "Lbl":
            {
                // A list bullet or number, a footnote label: not running text.
                var label = new ElementText(this, nested: true);
                Walk(kids, page, depth + 1, label);
                var text = label.Build().Text.Trim();
                if (text.Length > 4) into.Append(label);
                return;
            }
        }
        if (InlineRoles.Contains(role) || (role == "Note" && into.HasText))
        {
            // Inline: its text joins the enclosing block's (a Note inside a paragraph is a footnote reference).
            if (role == "Note")
            {
                var note = new ElementText(this, nested: true);
                Walk(kids, page, depth + 1, note);
                if (!IsMark(note.Build().Text)) into.Append(note);
                return;
            }
            Walk(kids, page, depth + 1, into);
            return;
        }
        if (into.IsNested)
        {
            // Inside a cell, caption or label every element's text belongs to it (a TD holding a P, a Caption holding two).
            into.Break();
            Walk(kids, page, depth + 1, into);
            return;
        }
        if (BlockRoles.Contains(role) || HasOwnContent(kids))
        {
            into.FlushAsParagraph();
            var text = new ElementText(this);
            Walk(kids, page, depth + 1, text);
            text.FlushAsParagraph();
            return;
        }
        // Grouping (Document, Part, Sect, Div, L, LI, Note, BlockQuote, Figure, TOC ...): its children in order.
        into.FlushAsParagraph();
        var group = new ElementText(this);
        Walk(kids, page, depth + 1, group);
        group.FlushAsParagraph();
    }

    private static bool IsMark(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and <= 4 && t.Trim('(', ')', '*', '\u2020', '\u2021').All(char.IsAsciiDigit);
    }

    // An element holding marked content directly (an MCID or a marked-content reference) is a block of text.
    private bool HasOwnContent(IToken? kids) => kids switch
    {
        NumericToken => true,
        ArrayToken array => array.Data.Any(k => k is NumericToken || (k is DictionaryToken d && Resolve(Get(d, "Type")) is NameToken { Data: "MCR" })),
        DictionaryToken d => Resolve(Get(d, "Type")) is NameToken { Data: "MCR" },
        _ => false,
    };

    private FinalTable ReadTable(IToken? kids, PageContent? page, int depth)
    {
        PositionedText? title = null;
        var rows = new List<SourceRow>();
        void Rows(IToken? token, PageContent? pg, int d, bool inHead)
        {
            if (d > MaxDepth) return;
            foreach (var (element, elementPage) in Elements(token, pg))
            {
                var role = Role(element);
                switch (role)
                {
                    case "Caption":
                        var caption = new ElementText(this, nested: true);
                        Walk(Get(element, "K"), elementPage, d + 1, caption);
                        title = caption.Build().Trim();
                        break;
                    case "THead":
                        Rows(Get(element, "K"), elementPage, d + 1, true);
                        break;
                    case "TBody" or "TFoot":
                        Rows(Get(element, "K"), elementPage, d + 1, false);
                        break;
                    case "TR":
                        rows.Add(ReadRow(element, elementPage, d + 1, inHead));
                        break;
                }
            }
        }
        Rows(kids, page, depth, false);
        return TableAssembly.Build(title, rows);
    }

    private SourceRow ReadRow(DictionaryToken row, PageContent? page, int depth, bool inHead)
    {
        var cells = new List<SourceCell>();
        TextPosition? position = null;
        foreach (var (cell, cellPage) in Elements(Get(row, "K"), page))
        {
            var role = Role(cell);
            if (role is not ("TH" or "TD")) continue;
            var text = new ElementText(this, nested: true);
            Walk(Get(cell, "K"), cellPage, depth + 1, text);
            var built = text.Build();
            if (position is null && built.Text.Trim().Length > 0) position = built.Trim().At(0);
            var span = Attribute(cell, "ColSpan") is NumericToken n ? Math.Clamp(n.Int, 1, 1000) : 1;
            var scope = Attribute(cell, "Scope") is NameToken s ? s.Data : "";
            cells.Add(new SourceCell(built, span, role == "TH" && scope != "Row"));
        }
        return new SourceRow(cells, inHead, position ?? new TextPosition(1, 1));
    }

    // An attribute from the element's A entry (a dictionary or an array of dictionaries and revision numbers).
    private IToken? Attribute(DictionaryToken element, string key)
    {
        var attributes = Resolve(Get(element, "A"));
        IEnumerable<IToken> all = attributes is ArrayToken array ? array.Data : attributes is null ? [] : [attributes];
        foreach (var owner in all)
            if (Resolve(owner) is DictionaryToken dictionary && Resolve(Get(dictionary, key)) is { } value) return value;
        return null;
    }

    // The structure elements of a K entry, each with the page it inherits.
    private IEnumerable<(DictionaryToken Element, PageContent? Page)> Elements(IToken? kids, PageContent? page)
    {
        IEnumerable<IToken> all = kids is ArrayToken array ? array.Data : kids is null ? [] : [kids];
        foreach (var kid in all)
        {
            if (kid is IndirectReferenceToken reference && !_visited.Add(reference.Data)) continue;
            if (Resolve(kid) is not DictionaryToken element || Resolve(Get(element, "Type")) is NameToken { Data: "MCR" or "OBJR" }) continue;
            _elements++;
            if (_elements > MaxElements) yield break;
            var own = Get(element, "Pg") is IndirectReferenceToken pg && _pagesByReference.TryGetValue(pg.Data, out var p) ? p : page;
            yield return (element, own);
        }
    }

    /// <summary>The text of one element as its letters give it: spaces at gaps and line ends, hyphenated words joined.</summary>
    private sealed class ElementText(PdfStructureReader reader, bool nested = false)
    {
        /// <summary>A cell's, caption's or label's text: blocks inside it add to it instead of becoming paragraphs.</summary>
        public bool IsNested => nested;

        /// <summary>A word break before what follows (the next block inside a cell).</summary>
        public void Break()
        {
            if (_chars.Count > 0) Space(_positions[^1]);
            _last = null;
            _lastPage = null;
        }

        private readonly List<char> _chars = [];
        private readonly List<TextPosition> _positions = [];
        private Letter? _last;
        private PageContent? _lastPage;

        public bool HasText => _chars.Any(c => !char.IsWhiteSpace(c));

        public void AddMarkedContent(PageContent page, int mcid)
        {
            if (!page.ByMcid.TryGetValue(mcid, out var content)) return;
            if (content.ActualText is { } actual && content.Letters.Count > 0)
            {
                var at = page.PositionOf(content.Letters[0]);
                SpaceIfApart(content.Letters[0], page);
                foreach (var c in actual) Add(c, at);
                _last = content.Letters[^1];
                _lastPage = page;
                return;
            }
            foreach (var letter in content.Letters)
            {
                var value = letter.Value;
                if (value.Length == 0 || value == "\u00AD") continue; // a soft hyphen: the word goes on
                if (string.IsNullOrWhiteSpace(value))
                {
                    Space(page.PositionOf(letter));
                    _last = letter;
                    _lastPage = page;
                    continue;
                }
                SpaceIfApart(letter, page);
                var at = page.PositionOf(letter);
                foreach (var c in value) Add(c, at);
                _last = letter;
                _lastPage = page;
            }
        }

        private void SpaceIfApart(Letter letter, PageContent page)
        {
            if (_last is null) return;
            var size = Math.Max(1.0, Math.Min(letter.PointSize, _last.PointSize));
            var newLine = page != _lastPage
                || letter.StartBaseLine.X < _last.StartBaseLine.X - size * 0.1
                || Math.Abs(letter.StartBaseLine.Y - _last.StartBaseLine.Y) > size * 0.9;
            if (newLine)
            {
                // A word hyphenated at the line end ("pro-" / "duction") is one word again.
                var n = _chars.Count;
                if (n >= 2 && _chars[n - 1] is '-' or '\u2010' && char.IsLower(_chars[n - 2]) && letter.Value.Length > 0 && char.IsLower(letter.Value[0]))
                {
                    _chars.RemoveAt(n - 1);
                    _positions.RemoveAt(n - 1);
                    return;
                }
                Space(page.PositionOf(letter));
                return;
            }
            if (letter.StartBaseLine.X - _last.EndBaseLine.X > size * 0.15) Space(page.PositionOf(letter));
        }

        private void Space(TextPosition at)
        {
            if (_chars.Count > 0 && !char.IsWhiteSpace(_chars[^1])) Add(' ', at);
        }

        private void Add(char c, TextPosition at)
        {
            _chars.Add(c);
            _positions.Add(at);
        }

        public void Append(ElementText other)
        {
            if (other._chars.Count == 0) return;
            if (_chars.Count > 0 && !char.IsWhiteSpace(_chars[^1]) && !char.IsWhiteSpace(other._chars[0])) Add(' ', other._positions[0]);
            _chars.AddRange(other._chars);
            _positions.AddRange(other._positions);
            _last = other._last;
            _lastPage = other._lastPage;
        }

        public PositionedText Build() => new(new string([.. _chars]), _positions);

        /// <summary>Whatever text was gathered becomes a paragraph (in reading order), and the gathering starts again.</summary>
        public void FlushAsParagraph()
        {
            if (nested) return;
            var text = Build().Trim();
            if (text.Text.Length > 0) reader._blocks.Add(new FinalParagraph(text));
            _chars.Clear();
            _positions.Clear();
            _last = null;
            _lastPage = null;
        }
    }

    /// <summary>One page: its marked content by MCID, and its lines (baselines top to bottom) for positions.</summary>
    private sealed class PageContent
    {
        private readonly double[] _baselines;

        public PageContent(Page page)
        {
            Number = page.Number;
            foreach (var element in page.GetMarkedContents()) Collect(element, null);
            var baselines = new List<(double Y, double Size)>();
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y))
            {
                if (baselines.Count > 0 && baselines[^1].Y - letter.StartBaseLine.Y <= Math.Max(1.0, Math.Max(baselines[^1].Size, letter.PointSize) * 0.4)) continue;
                baselines.Add((letter.StartBaseLine.Y, letter.PointSize));
            }
            _baselines = baselines.Select(b => b.Y).ToArray();
        }

        public int Number { get; }

        public Dictionary<int, MarkedContent> ByMcid { get; } = [];

        // Letters of nested marked content without an MCID of their own belong to the enclosing one.
        private void Collect(MarkedContentElement element, MarkedContent? owner)
        {
            if (element.IsArtifact) return;
            if (element.MarkedContentIdentifier >= 0 && !ByMcid.ContainsKey(element.MarkedContentIdentifier))
            {
                owner = new MarkedContent([], element.ActualText);
                ByMcid[element.MarkedContentIdentifier] = owner;
            }
            owner?.Letters.AddRange(element.Letters);
            foreach (var child in element.Children) Collect(child, owner);
        }

        /// <summary>The page as the line, the line on the page (counted by baseline, top down) as the column.</summary>
        public TextPosition PositionOf(Letter letter)
        {
            var y = letter.StartBaseLine.Y;
            var line = 0;
            var best = double.MaxValue;
            for (var i = 0; i < _baselines.Length; i++)
            {
                var distance = Math.Abs(_baselines[i] - y);
                if (distance < best) { best = distance; line = i; }
            }
            return new TextPosition(Number, line + 1);
        }
    }

    private sealed record MarkedContent(List<Letter> Letters, string? ActualText);
}
