namespace ReleaseGen.Layout;

/// <summary>Horizontal alignment of the lines of a text block.</summary>
public enum TextAlignment { Left, Center, Right, Justify }

/// <summary>A run of text in one style, optionally a link. A <see cref="TextSpan.LineBreak"/> forces a new line.</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? Link = null)
{
    public bool IsLineBreak { get; init; }

    public static TextSpan LineBreak(TextStyle style) => new("\n", style) { IsLineBreak = true };
}

/// <summary>
/// A paragraph of mixed runs, word-wrapped to the available width, ragged or justified. It splits
/// across pages between lines (never leaving a single first line at the bottom of a page, nor a single
/// last line at the top of the next, when it can avoid it). Spaces between words are drawn as real
/// space characters so that extracted or copied text reads right.
/// </summary>
public sealed class TextBlock : Element
{
    private readonly List<TextSpan> _spans;
    private int _lineIndex;
    private double _cachedWidth = double.NaN;
    private List<Line>? _cachedLines;
    private List<Word>? _words;
    private bool _measured;

    public TextBlock(IEnumerable<TextSpan> spans, TextAlignment alignment = TextAlignment.Left)
    {
        _spans = spans.ToList();
        Alignment = alignment;
    }

    public TextBlock(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left)
        : this([new TextSpan(text, style)], alignment) { }

    public TextAlignment Alignment { get; }

    /// <summary>
    /// Break lines so they are of even length (for headlines): the fewest lines the width allows,
    /// set as narrow as they can be, instead of a full first line and a lone word on the last.
    /// </summary>
    public bool Balanced { get; init; }

    /// <summary>
    /// Breaks words at the end of a line where this hyphenator allows (for justified text, so lines are
    /// not loose); the hyphen is drawn as an artifact, outside the text's structure. Null: never.
    /// </summary>
    public Hyphenator? Hyphenator { get; init; }

    public IReadOnlyList<TextSpan> Spans => _spans;

    /// <summary>The plain text of the block (runs joined, whitespace collapsed).</summary>
    public string PlainText => string.Join(" ", GetWords().Select(w => string.Concat(w.Pieces.Select(p => p.Text))));

    protected override void OnResetState() => _lineIndex = 0;

    // ---- words and lines ------------------------------------------------------------------------

    private readonly record struct Piece(string Text, TextStyle Style, string? Link, double Width);

    /// <summary>A word: its runs in one array each (a release has a few thousand words, most of one run).</summary>
    private sealed class Word(Piece[] pieces)
    {
        public Piece[] Pieces { get; } = pieces;

        public double Width
        {
            get
            {
                double width = 0;
                foreach (var piece in Pieces) width += piece.Width;
                return width;
            }
        }

        public bool BreakAfter { get; set; }
        public double SpaceWidth { get; set; }
        public TextStyle LastStyle => Pieces[^1].Style;
        public string? LastLink => Pieces[^1].Link;
    }

    private sealed record Line(List<Word> Words, double Width, double Height, double Ascent, bool EndsParagraph)
    {
        /// <summary>The line was wrapped between two words: it ends with an (invisible) space.</summary>
        public bool SoftBreak { get; init; }

        /// <summary>The line ends inside a word broken by the hyphenator: a hyphen follows its last word.</summary>
        public bool Hyphenated { get; init; }
    }

    private List<Word> GetWords()
    {
        if (_words is not null) return _words;
        var words = new List<Word>();
        var current = new List<Piece>();
        void EndWord()
        {
            if (current.Count == 0) return;
            words.Add(new Word([.. current]));
            current.Clear();
        }
        foreach (var span in _spans)
        {
            if (span.IsLineBreak)
            {
                EndWord();
                if (words.Count > 0) words[^1].BreakAfter = true;
                continue;
            }
            int i = 0;
            var text = span.Text;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]) && text[i] != '\u00A0')
                {
                    EndWord();
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && !(char.IsWhiteSpace(text[i]) && text[i] != '\u00A0')) i++;
                var piece = text[start..i];
                current.Add(new Piece(piece, span.Style, span.Link, 0));
            }
        }
        EndWord();
        _words = words;
        return words;
    }

    private void EnsureMeasured()
    {
        if (_measured) return;
        _measured = true;
        foreach (var word in GetWords())
        {
            var pieces = word.Pieces;
            for (int k = 0; k < pieces.Length; k++)
                pieces[k] = pieces[k] with { Width = Measurer.MeasureWidth(pieces[k].Text, pieces[k].Style) };
            word.SpaceWidth = Measurer.MeasureWidth(" ", word.LastStyle);
        }
    }

    private double LineHeightOf(TextStyle style) => style.Size * style.LineHeightFactor;

    private double AscentOf(TextStyle style)
        => Measurer.Ascent(style) + (LineHeightOf(style) - style.Size) / 2;

    private List<Line> GetLines(double width)
    {
        if (_cachedLines is not null && Math.Abs(_cachedWidth - width) < 1e-6) return _cachedLines;
        var lines = BreakLines(width);
        if (Balanced && lines.Count > 1)
        {
            double lo = Math.Max(MinimumWidth(), width / lines.Count), hi = width;
            for (int i = 0; i < 20 && hi - lo > 0.5; i++)
            {
                double mid = (lo + hi) / 2;
                if (BreakLines(mid).Count == lines.Count) hi = mid;
                else lo = mid;
            }
            lines = BreakLines(hi);
        }
        _cachedWidth = width;
        _cachedLines = lines;
        return lines;
    }

    private List<Line> BreakLines(double width)
    {
        EnsureMeasured();
        var lines = new List<Line>();
        var words = GetWords();
        var current = new List<Word>();
        double lineWidth = 0;

        void Flush(bool endsParagraph, bool softBreak = false, bool hyphenated = false)
        {
            if (current.Count == 0 && !endsParagraph) return;
            // The tallest style on the line sets its height and baseline (an empty line: the block's first style).
            double height = 0, ascent = 0;
            bool any = false;
            foreach (var word in current)
                foreach (var piece in word.Pieces)
                    Tallest(piece.Style);
            if (!any && _spans.Count > 0) Tallest(_spans[0].Style);
            if (hyphenated) lineWidth += HyphenWidth(current[^1].LastStyle);
            lines.Add(new Line(current, lineWidth, height, ascent, endsParagraph) { SoftBreak = softBreak, Hyphenated = hyphenated });
            current = [];
            lineWidth = 0;

            void Tallest(TextStyle style)
            {
                double styleHeight = LineHeightOf(style), styleAscent = AscentOf(style);
                height = any ? Math.Max(height, styleHeight) : styleHeight;
                ascent = any ? Math.Max(ascent, styleAscent) : styleAscent;
                any = true;
            }
        }

        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Width > width + 1e-6)
            {
                // A word wider than the line (a long URL) is broken between characters rather than
                // allowed to run past the margin.
                var fragments = SplitWord(word, width);
                if (current.Count > 0) Flush(false, softBreak: true);
                for (int f = 0; f < fragments.Count - 1; f++)
                {
                    current.Add(fragments[f]);
                    lineWidth = fragments[f].Width;
                    Flush(false);
                }
                word = fragments[^1];
            }
            double needed = current.Count == 0 ? word.Width : lineWidth + current[^1].SpaceWidth + word.Width;
            if (current.Count > 0 && needed > width + 1e-6)
            {
                double room = width - lineWidth - current[^1].SpaceWidth;
                // Never more than two hyphenated lines in a row (a ladder of hyphens distracts the eye).
                bool ladder = lines.Count >= 2 && lines[^1].Hyphenated && lines[^2].Hyphenated;
                if (!ladder && TryHyphenate(word, room, out var head, out var tail))
                {
                    current.Add(head);
                    lineWidth += current[^2].SpaceWidth + head.Width;
                    Flush(false, hyphenated: true);
                    word = tail;
                }
                else
                {
                    Flush(false, softBreak: true);
                }
                needed = word.Width;
            }
            current.Add(word);
            lineWidth = needed;
            if (word.BreakAfter && i < words.Count - 1) Flush(true);
        }
        if (current.Count > 0) Flush(true);
        return lines;
    }

    private const string Hyphen = "-";

    private double HyphenWidth(TextStyle style) => Measurer.MeasureWidth(Hyphen, style);

    /// <summary>
    /// Splits a one-style word at the last place the hyphenator allows where the head and a hyphen fit in
    /// <paramref name="room"/>. Punctuation around the word stays with it ("production," breaks as a word).
    /// </summary>
    private bool TryHyphenate(Word word, double room, out Word head, out Word tail)
    {
        head = tail = word;
        if (Hyphenator is null || word.Pieces.Length != 1 || room <= 0) return false;
        var piece = word.Pieces[0];
        var text = piece.Text;
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetter(text[start])) start++;
        while (end > start && !char.IsLetter(text[end - 1])) end--;
        if (end - start < 2) return false;
        var breaks = Hyphenator.Breaks(text[start..end]);
        double hyphen = HyphenWidth(piece.Style);
        for (int b = breaks.Count - 1; b >= 0; b--)
        {
            var before = text[..(start + breaks[b])];
            double width = Measurer.MeasureWidth(before, piece.Style);
            if (width + hyphen > room + 1e-6) continue;
            var after = text[(start + breaks[b])..];
            head = new Word([piece with { Text = before, Width = width }]) { SpaceWidth = word.SpaceWidth };
            tail = new Word([piece with { Text = after, Width = Measurer.MeasureWidth(after, piece.Style) }])
            {
                SpaceWidth = word.SpaceWidth,
                BreakAfter = word.BreakAfter,
            };
            return true;
        }
        return false;
    }

    private List<Word> SplitWord(Word word, double width)
    {
        var fragments = new List<Word>();
        var current = new List<Piece>();
        double used = 0;
        foreach (var piece in word.Pieces)
        {
            int start = 0;
            for (int c = 0; c < piece.Text.Length; c++)
            {
                int length = char.IsHighSurrogate(piece.Text[c]) && c + 1 < piece.Text.Length ? 2 : 1;
                double w = Measurer.MeasureWidth(piece.Text.Substring(c, length), piece.Style);
                if (used + w > width + 1e-6 && (used > 0 || c > start))
                {
                    if (c > start) current.Add(Sub(piece, start, c));
                    fragments.Add(new Word([.. current]));
                    current.Clear();
                    used = 0;
                    start = c;
                }
                used += w;
                c += length - 1;
            }
            if (start < piece.Text.Length) current.Add(Sub(piece, start, piece.Text.Length));
        }
        fragments.Add(new Word([.. current]) { SpaceWidth = word.SpaceWidth, BreakAfter = word.BreakAfter });
        return fragments;

        Piece Sub(Piece piece, int from, int to)
        {
            var text = piece.Text[from..to];
            return piece with { Text = text, Width = Measurer.MeasureWidth(text, piece.Style) };
        }
    }

    /// <summary>Width of the block set on one line per hard line (its natural width).</summary>
    public double PreferredWidth()
    {
        EnsureMeasured();
        double best = 0, line = 0;
        var words = GetWords();
        for (int i = 0; i < words.Count; i++)
        {
            line += words[i].Width + (i + 1 < words.Count && !words[i].BreakAfter ? words[i].SpaceWidth : 0);
            if (words[i].BreakAfter) { best = Math.Max(best, line); line = 0; }
        }
        return Math.Max(best, line);
    }

    /// <summary>Width of the widest word: below this the block overflows.</summary>
    public double MinimumWidth()
    {
        EnsureMeasured();
        var words = GetWords();
        if (words.Count == 0) return 0;
        double widest = words[0].Width;
        for (int i = 1; i < words.Count; i++) widest = Math.Max(widest, words[i].Width);
        return widest;
    }

    /// <summary>Height of the whole block at <paramref name="width"/>.</summary>
    public double HeightAt(double width)
    {
        double height = 0;
        foreach (var line in GetLines(width)) height += line.Height;
        return height;
    }

    // ---- measure and draw -----------------------------------------------------------------------

    private int LinesThatFit(List<Line> lines, double height, out double used)
    {
        used = 0;
        int n = 0;
        for (int i = _lineIndex; i < lines.Count; i++)
        {
            if (used + lines[i].Height > height + 1e-6) break;
            used += lines[i].Height;
            n++;
        }
        int remaining = lines.Count - _lineIndex;
        bool atPageTop = height >= Page.ContentSize.Height - 0.01;
        if (n < remaining && !atPageTop)
        {
            // Widow: never a lone last line at the top of the next page.
            if (remaining - n == 1 && n >= 2) n--;
            // Orphan: never a lone first line at the bottom of a page (checked after the widow rule,
            // which may have just left one).
            if (_lineIndex == 0 && n == 1 && remaining > 1) n = 0;
            used = 0;
            for (int i = _lineIndex; i < _lineIndex + n; i++) used += lines[i].Height;
        }
        return n;
    }

    public override SpacePlan Measure(Size available)
    {
        var lines = GetLines(available.Width);
        int remaining = lines.Count - _lineIndex;
        if (remaining <= 0) return SpacePlan.Empty();
        int n = LinesThatFit(lines, available.Height, out var used);
        if (n == 0) return SpacePlan.Wrap();
        double width = lines[_lineIndex].Width;
        for (int i = _lineIndex + 1; i < _lineIndex + n; i++) width = Math.Max(width, lines[i].Width);
        return n == remaining ? SpacePlan.Full(width, used) : SpacePlan.Partial(width, used);
    }

    public override void Draw(Size available)
    {
        var lines = GetLines(available.Width);
        int n = LinesThatFit(lines, available.Height, out _);
        DrawLines(lines, _lineIndex, n, available.Width);
        _lineIndex += n;
    }

    /// <summary>Draws every line, ignoring pagination state (for table cells, which never split).</summary>
    public void DrawComplete(double width)
    {
        var lines = GetLines(width);
        DrawLines(lines, 0, lines.Count, width);
    }

    private readonly record struct Segment(double X, string Text, TextStyle Style, string? Link, double InkWidth)
    {
        /// <summary>Drawn outside the structure (a hyphen the line breaking added).</summary>
        public bool IsArtifact { get; init; }
    }

    // A line's runs are joined here, then made one string per run (not one per word appended).
    [ThreadStatic] private static System.Text.StringBuilder? _runText;

    private void DrawLines(List<Line> lines, int from, int count, double width)
    {
        double y = 0;
        for (int i = from; i < from + count; i++)
        {
            var line = lines[i];
            DrawLine(line, y, width);
            y += line.Height;
        }
    }

    private void DrawLine(Line line, double top, double width)
    {
        if (line.Words.Count == 0) return;
        double slack = Math.Max(0, width - line.Width);
        bool justify = Alignment == TextAlignment.Justify && !line.EndsParagraph && line.Words.Count > 1;
        double x = Alignment switch
        {
            TextAlignment.Right => slack,
            TextAlignment.Center => slack / 2,
            _ => 0,
        };
        double extra = justify ? slack / (line.Words.Count - 1) : 0;

        var segments = new List<Segment>();
        var text = _runText ??= new System.Text.StringBuilder();
        text.Clear();
        TextStyle? style = null;
        string? link = null;
        double segX = x, segInk = 0;

        void Close()
        {
            if (style is not null && text.Length > 0) segments.Add(new Segment(segX, text.ToString(), style, link, segInk));
            text.Clear();
            style = null;
            segInk = 0;
        }

        for (int w = 0; w < line.Words.Count; w++)
        {
            var word = line.Words[w];
            foreach (var piece in word.Pieces)
            {
                if (style is null || piece.Style != style || piece.Link != link)
                {
                    Close();
                    style = piece.Style;
                    link = piece.Link;
                    segX = x;
                }
                text.Append(piece.Text);
                x += piece.Width;
                segInk = x - segX;
            }
            // The space after a word is a real character of the run before it, so extracted text
            // reads right; a line wrapped between words ends with one too (screen readers and
            // copied text would otherwise join the last word of a line to the first of the next).
            if (w < line.Words.Count - 1 || line.SoftBreak) text.Append(' ');
            if (w < line.Words.Count - 1)
            {
                x += word.SpaceWidth + extra;
                if (justify) Close();
            }
        }
        Close();
        if (line.Hyphenated)
        {
            var last = line.Words[^1].LastStyle;
            segments.Add(new Segment(x, Hyphen, last, null, HyphenWidth(last)) { IsArtifact = true });
        }

        foreach (var seg in segments)
        {
            if (seg.IsArtifact)
            {
                Canvas.BeginArtifact();
                Canvas.DrawText(seg.X, top + line.Ascent - seg.Style.Rise, seg.Text, seg.Style);
                Canvas.EndArtifact();
                continue;
            }
            double baseline = top + line.Ascent;
            double inkWidth = seg.InkWidth;
            if (seg.Link is not null) Canvas.BeginLink(seg.X, top, inkWidth, line.Height, seg.Link);
            Canvas.DrawText(seg.X, baseline - seg.Style.Rise, seg.Text, seg.Style);
            if (seg.Style.Underline)
            {
                Canvas.BeginArtifact();
                double uy = baseline + seg.Style.Size * 0.12;
                Canvas.DrawLine(seg.X, uy, seg.X + inkWidth, uy, Math.Max(0.4, seg.Style.Size * 0.05), seg.Style.Color);
                Canvas.EndArtifact();
            }
            if (seg.Style.Strikethrough)
            {
                Canvas.BeginArtifact();
                double sy = baseline - seg.Style.Rise - seg.Style.Size * 0.3;
                Canvas.DrawLine(seg.X, sy, seg.X + inkWidth, sy, Math.Max(0.4, seg.Style.Size * 0.06), seg.Style.Color);
                Canvas.EndArtifact();
            }
            if (seg.Link is not null) Canvas.EndLink();
        }
    }
}
