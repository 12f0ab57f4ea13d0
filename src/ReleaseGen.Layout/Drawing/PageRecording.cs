namespace ReleaseGen.Layout;

/// <summary>
/// What the layout drew, call by call, kept to be drawn onto the real surface once the page count is known:
/// the document is laid out once, and only the page furniture ("page N of M") waits for the count. The calls
/// are replayed as they were made, so the surface cannot tell a replay from drawing.
/// </summary>
internal sealed class PageRecording : IDrawingSurface
{
    private enum Kind : byte
    {
        BeginPage, EndPage, Text, Line, Rectangle, BeginLink, EndLink, Bookmark, BeginTag, EndTag, BeginArtifact, EndArtifact,
    }

    /// <summary>One call: its kind and its arguments, in the fields each kind uses.</summary>
    private readonly record struct Call(Kind Kind, double A = 0, double B = 0, double C = 0, double D = 0, double E = 0,
        int Number = 0, int Number2 = 0, object? Value = null, TextStyle? Style = null, Color Color = default);

    // One recording per thread, kept: a document makes thousands of calls, and a new list for each would be
    // a large-object allocation per document in a batch.
    [ThreadStatic] private static PageRecording? _forThread;

    private readonly List<Call> _calls = [];

    /// <summary>The current thread's recording, empty: whoever takes it <see cref="Clear"/>s it when done, so that it holds no text.</summary>
    public static PageRecording ForCurrentThread => _forThread ??= new PageRecording();

    public void Clear() => _calls.Clear();

    /// <summary>
    /// Makes the recorded calls on <paramref name="surface"/> in order; before each page ends,
    /// <paramref name="endOfPage"/> draws what the page still needs (its header and footer).
    /// </summary>
    public void Replay(IDrawingSurface surface, Action<int> endOfPage)
    {
        var page = 0;
        foreach (var call in _calls)
        {
            switch (call.Kind)
            {
                case Kind.BeginPage: page = call.Number; surface.BeginPage(page, new Size(call.A, call.B)); break;
                case Kind.EndPage: endOfPage(page); surface.EndPage(); break;
                case Kind.Text: surface.DrawText(call.A, call.B, (string)call.Value!, call.Style!); break;
                case Kind.Line: surface.DrawLine(call.A, call.B, call.C, call.D, call.E, call.Color); break;
                case Kind.Rectangle: surface.FillRectangle(call.A, call.B, call.C, call.D, call.Color); break;
                case Kind.BeginLink: surface.BeginLink(call.A, call.B, call.C, call.D, (string)call.Value!); break;
                case Kind.EndLink: surface.EndLink(); break;
                case Kind.Bookmark: surface.AddBookmark(call.Number, (string)call.Value!, call.A); break;
                case Kind.BeginTag: surface.BeginTag((StructureTag)call.Number, call.Number2, (TableHeaderScope)(int)call.A); break;
                case Kind.EndTag: surface.EndTag(); break;
                case Kind.BeginArtifact: surface.BeginArtifact(); break;
                case Kind.EndArtifact: surface.EndArtifact(); break;
                default: throw new InvalidOperationException($"Unknown recorded call {call.Kind}.");
            }
        }
    }

    public void BeginPage(int pageNumber, Size pageSize) => _calls.Add(new(Kind.BeginPage, pageSize.Width, pageSize.Height, Number: pageNumber));
    public void EndPage() => _calls.Add(new(Kind.EndPage));
    public void DrawText(double x, double baseline, string text, TextStyle style) => _calls.Add(new(Kind.Text, x, baseline, Value: text, Style: style));
    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) => _calls.Add(new(Kind.Line, x1, y1, x2, y2, thickness, Color: color));
    public void FillRectangle(double x, double y, double width, double height, Color color) => _calls.Add(new(Kind.Rectangle, x, y, width, height, Color: color));
    public void BeginLink(double x, double y, double width, double height, string uri) => _calls.Add(new(Kind.BeginLink, x, y, width, height, Value: uri));
    public void EndLink() => _calls.Add(new(Kind.EndLink));
    public void AddBookmark(int level, string title, double y) => _calls.Add(new(Kind.Bookmark, y, Number: level, Value: title));
    public void BeginTag(StructureTag tag, int colSpan = 1, TableHeaderScope scope = TableHeaderScope.Column) =>
        _calls.Add(new(Kind.BeginTag, (int)scope, Number: (int)tag, Number2: colSpan));
    public void EndTag() => _calls.Add(new(Kind.EndTag));
    public void BeginArtifact() => _calls.Add(new(Kind.BeginArtifact));
    public void EndArtifact() => _calls.Add(new(Kind.EndArtifact));
}
