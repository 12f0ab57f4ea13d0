using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReleaseGen.Tieout.Readers;

/// <summary>
/// Reads a final release as HTML: a standalone page or an EDGAR exhibit. Leaf blocks (p, h1-h6, li,
/// dd, a div of inline text) are running text; each <c>table</c> is a table whose leading all-<c>th</c>
/// (or <c>thead</c>) rows are combined into one header per column, colspans expanded; a <c>caption</c>
/// is its title. Footnote and note marks in <c>sup</c> are dropped. Every character keeps its line
/// and column in the file: the text stream of the source is aligned with the DOM's text nodes.
/// </summary>
public sealed class HtmlDocumentReader : IFinalDocumentReader
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "section", "article", "main", "blockquote",
        "header", "footer", "nav", "dl", "dt", "dd", "pre", "hr", "figure", "figcaption", "body", "center", "address", "aside",
    };

    public string Kind => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public FinalDocument Read(string path, byte[] content)
    {
        var source = Encoding.UTF8.GetString(content).Replace("\r\n", "\n").TrimStart('\uFEFF');
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(source);
        var map = new SourceMap(source);
        var blocks = new List<FinalBlock>();
        if (document.Body is { } body)
        {
            if (body.SourceReference is { } reference) map.SkipTo(SourceMap.Offset(reference));
            Walk(body, blocks, map);
        }
        return new FinalDocument(path, Kind, blocks);
    }

    private static void Walk(IElement element, List<FinalBlock> blocks, SourceMap map)
    {
        // Only the body and block elements come here: script, style and template content is inline and dropped by AppendText.
        if (element.LocalName == "table")
        {
            blocks.Add(ReadTable(element, map));
            return;
        }
        var hasBlockChild = element.Children.Any(c => BlockTags.Contains(c.LocalName));
        if (!hasBlockChild)
        {
            var text = Text(element, map).Trim();
            if (text.Text.Length > 0) blocks.Add(new FinalParagraph(text));
            return;
        }
        // Loose inline text beside blocks (an EDGAR div holding text and a table) is a paragraph of its own.
        PositionedTextBuilder? loose = null;
        void EndLoose()
        {
            if (loose is null) return;
            var built = loose.Build().Trim();
            if (built.Text.Length > 0) blocks.Add(new FinalParagraph(built));
            loose = null;
        }
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e && BlockTags.Contains(e.LocalName))
            {
                EndLoose();
                Walk(e, blocks, map);
            }
            else
            {
                loose ??= new PositionedTextBuilder();
                AppendText(child, loose, map);
            }
        }
        EndLoose();
    }

    private static FinalTable ReadTable(IElement table, SourceMap map)
    {
        var caption = table.QuerySelector("caption") is { } c ? Text(c, map).Trim() : null;
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).Select(row => new SourceRow(
            row.Children.Where(x => x.LocalName is "th" or "td")
                .Select(cell => new SourceCell(Text(cell, map).Trim(), ColumnSpan(cell), cell.LocalName == "th"))
                .ToList(),
            row.ParentElement?.LocalName == "thead",
            Position(row, map))).ToList();
        return TableAssembly.Build(caption, rows);
    }

    private static int ColumnSpan(IElement cell) =>
        int.TryParse(cell.GetAttribute("colspan"), out var span) && span > 0 ? span : 1;

    private static TextPosition Position(IElement element, SourceMap map) =>
        element.SourceReference is { } reference ? map.PositionOf(SourceMap.Offset(reference)) : new TextPosition(1, 1);

    private static PositionedText Text(IElement element, SourceMap map)
    {
        var builder = new PositionedTextBuilder();
        foreach (var child in element.ChildNodes) AppendText(child, builder, map);
        return builder.Build();
    }

    private static void AppendText(INode node, PositionedTextBuilder builder, SourceMap map)
    {
        switch (node)
        {
            case IText text:
                var positions = map.Locate(text);
                for (var i = 0; i < text.Data.Length; i++)
                {
                    var ch = text.Data[i];
                    builder.Append(char.IsWhiteSpace(ch) && ch != '\u00A0' && ch != '\u202F' ? ' ' : ch, positions(i));
                }
                break;
            case IElement e when e.LocalName is "script" or "style" or "caption":
                break;
            case IElement e when e.LocalName == "sup" && IsMark(e.TextContent):
                break; // a footnote or note mark
            case IElement e when e.LocalName == "a" && (e.ClassList.Contains("footnote-back-ref") || e.ClassList.Contains("backref") || e.TextContent.Trim() == "\u21A9"):
                break;
            case IElement e when e.LocalName == "br":
                builder.Append(' ', e.SourceReference is { } br ? map.PositionOf(SourceMap.Offset(br)) : new TextPosition(1, 1));
                break;
            case IElement e:
                foreach (var child in e.ChildNodes) AppendText(child, builder, map);
                break;
        }
    }

    private static bool IsMark(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and <= 4 && t.Trim('(', ')', '*', '\u2020', '\u2021').All(char.IsAsciiDigit);
    }

    /// <summary>
    /// The source's text outside tags, entity-decoded, with each character's offset, so that a DOM text
    /// node can be found in it (text nodes come in source order) and given line and column.
    /// </summary>
    private sealed class SourceMap
    {
        private readonly string _source;
        private readonly int[] _lineStarts;
        private readonly string _stream;
        private readonly int[] _offsets;
        private int _cursor;

        public SourceMap(string source)
        {
            _source = source;
            var starts = new List<int> { 0 };
            for (var i = 0; i < source.Length; i++) if (source[i] == '\n') starts.Add(i + 1);
            _lineStarts = [.. starts];
            var text = new StringBuilder();
            var offsets = new List<int>();
            var i2 = 0;
            while (i2 < source.Length)
            {
                var c = source[i2];
                if (c == '<')
                {
                    if (string.CompareOrdinal(source, i2, "<!--", 0, 4) == 0)
                    {
                        var end = source.IndexOf("-->", i2, StringComparison.Ordinal);
                        i2 = end < 0 ? source.Length : end + 3;
                        continue;
                    }
                    var close = source.IndexOf('>', i2);
                    var raw = close < 0 ? "" : source[(i2 + 1)..close];
                    var tag = raw.TrimStart('/').Split(' ', '\n', '>')[0].ToLowerInvariant();
                    i2 = close < 0 ? source.Length : close + 1;
                    // The content of a script or style element is not text; its closing tag ends nothing more.
                    if (!raw.StartsWith('/') && tag is "script" or "style" && !raw.EndsWith('/'))
                    {
                        var end = source.IndexOf("</" + tag, i2, StringComparison.OrdinalIgnoreCase);
                        i2 = end < 0 ? source.Length : end;
                    }
                    continue;
                }
                if (c == '&')
                {
                    var semi = source.IndexOf(';', i2);
                    if (semi > i2 && semi - i2 <= 32)
                    {
                        var decoded = System.Net.WebUtility.HtmlDecode(source[i2..(semi + 1)]);
                        if (decoded.Length > 0 && decoded != source[i2..(semi + 1)])
                        {
                            foreach (var d in decoded) { text.Append(d); offsets.Add(i2); }
                            i2 = semi + 1;
                            continue;
                        }
                    }
                }
                text.Append(c);
                offsets.Add(i2);
                i2++;
            }
            _stream = text.ToString();
            _offsets = [.. offsets];
        }

        /// <summary>The offset of an element's '&lt;' in the source (the parser counts from 1).</summary>
        public static int Offset(AngleSharp.Dom.ISourceReference reference) => reference.Position.Position - 1;

        /// <summary>Text before <paramref name="offset"/> (the head's title) is never matched.</summary>
        public void SkipTo(int offset)
        {
            while (_cursor < _offsets.Length && _offsets[_cursor] < offset) _cursor++;
        }

        public TextPosition PositionOf(int offset)
        {
            offset = Math.Clamp(offset, 0, Math.Max(0, _source.Length - 1));
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0) line = ~line - 1;
            return new TextPosition(line + 1, offset - _lineStarts[line] + 1);
        }

        /// <summary>Where each character of <paramref name="text"/> is in the source (the element's position when it cannot be found).</summary>
        public Func<int, TextPosition> Locate(IText text)
        {
            var data = text.Data.Replace("\r\n", "\n");
            var found = data.Length == 0 ? -1 : _stream.IndexOf(data, _cursor, StringComparison.Ordinal);
            if (found >= 0)
            {
                _cursor = found + data.Length;
                return i => PositionOf(_offsets[Math.Min(found + i, _offsets.Length - 1)]);
            }
            var fallback = text.ParentElement?.SourceReference is { } r ? PositionOf(Offset(r)) : new TextPosition(1, 1);
            return _ => fallback;
        }
    }
}
