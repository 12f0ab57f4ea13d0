using System.Globalization;
using System.Text;

namespace ReleaseGen.Layout;

/// <summary>One piece of text drawn by the layout engine, as the recorder saw it.</summary>
public sealed record RecordedText(int Page, double X, double Baseline, string Text, TextStyle Style, bool InArtifact)
{
    /// <summary>The open structure tags, outermost first (for example <c>["L", "LI", "LBody", "P"]</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>
/// A drawing surface that records what would be drawn as text lines (page, position, text), so that
/// layout tests can assert on it and snapshot it without parsing a PDF.
/// </summary>
public sealed class RecordingSurface : IDrawingSurface
{
    private readonly StringBuilder _log = new();
    private readonly List<RecordedText> _texts = [];
    private readonly Stack<string> _tags = new();
    private int _artifactDepth;
    private int _page;

    /// <summary>Also record structure tags, rules, links and bookmarks (not only text).</summary>
    public bool RecordAll { get; init; } = true;

    public IReadOnlyList<RecordedText> Texts => _texts;

    public int PageCount { get; private set; }

    public List<(int Page, int Level, string Title)> Bookmarks { get; } = [];

    public List<(int Page, string Uri)> Links { get; } = [];

    /// <summary>The recorded lines, one per call, with invariant number formatting.</summary>
    public override string ToString() => _log.ToString();

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private string Indent => new(' ', 2 * (_tags.Count + _artifactDepth + (_page > 0 ? 1 : 0)));

    private void Log(string line)
    {
        if (RecordAll) _log.Append(Indent).Append(line).Append('\n');
    }

    public void BeginPage(int pageNumber, Size pageSize)
    {
        _page = pageNumber;
        PageCount = Math.Max(PageCount, pageNumber);
        _log.Append("page ").Append(pageNumber).Append(' ').Append(F(pageSize.Width)).Append('x').Append(F(pageSize.Height)).Append('\n');
    }

    /// <summary>Structure tags still open (a paragraph or table continuing on the next page).</summary>
    public IReadOnlyList<string> OpenTags => _tags.Reverse().ToList();

    public void EndPage()
    {
        if (_artifactDepth != 0)
            throw new InvalidOperationException($"Page {_page} ended inside an artifact.");
        if (_tags.Count > 0) _log.Append(Indent).Append("(continues: ").Append(string.Join(" > ", OpenTags)).Append(")\n");
    }

    public void DrawText(double x, double baseline, string text, TextStyle style)
    {
        _texts.Add(new RecordedText(_page, x, baseline, text, style, _artifactDepth > 0) { Tags = _tags.Reverse().ToList() });
        var face = (style.Bold ? "B" : "") + (style.Italic ? "I" : "");
        _log.Append(Indent).Append("text ").Append(F(x)).Append(',').Append(F(baseline)).Append(' ')
            .Append(F(style.Size)).Append(face.Length > 0 ? face : "R").Append(" \"").Append(text).Append("\"\n");
    }

    /// <summary>Every line drawn (rules, underlines, strike-throughs, change bars), in page coordinates.</summary>
    public List<(int Page, double X1, double Y1, double X2, double Y2, Color Color)> Lines { get; } = [];

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
    {
        Lines.Add((_page, x1, y1, x2, y2, color));
        Log($"line {F(x1)},{F(y1)} {F(x2)},{F(y2)} w{F(thickness)}");
    }

    public void FillRectangle(double x, double y, double width, double height, Color color)
        => Log($"fill {F(x)},{F(y)} {F(width)}x{F(height)} {color}");

    public void BeginLink(double x, double y, double width, double height, string uri)
    {
        Links.Add((_page, uri));
        Log($"<Link {F(x)},{F(y)} {F(width)}x{F(height)} {uri}>");
        _tags.Push("Link");
    }

    public void EndLink()
    {
        if (_tags.Count == 0 || _tags.Peek() != "Link") throw new InvalidOperationException("EndLink without BeginLink.");
        _tags.Pop();
    }

    public void AddBookmark(int level, string title, double y)
    {
        Bookmarks.Add((_page, level, title));
        Log($"bookmark {level} {F(y)} \"{title}\"");
    }

    public void BeginTag(StructureTag tag, int colSpan = 1, TableHeaderScope scope = TableHeaderScope.Column)
    {
        // A TH's scope is logged only when it is not the usual Column, so older snapshots stay as they were.
        var attributes = (colSpan > 1 ? $" colspan={colSpan}" : "")
                         + (tag == StructureTag.TH && scope != TableHeaderScope.Column ? $" scope={scope}" : "");
        Log($"<{tag}{attributes}>");
        _tags.Push(tag.ToString());
    }

    public void EndTag()
    {
        if (_tags.Count == 0) throw new InvalidOperationException("EndTag without BeginTag.");
        _tags.Pop();
    }

    public void BeginArtifact()
    {
        Log("<Artifact>");
        _artifactDepth++;
    }

    public void EndArtifact()
    {
        if (_artifactDepth == 0) throw new InvalidOperationException("EndArtifact without BeginArtifact.");
        _artifactDepth--;
    }
}
