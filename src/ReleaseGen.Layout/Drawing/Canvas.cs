namespace ReleaseGen.Layout;

/// <summary>
/// The drawing surface as an element sees it: coordinates are relative to the element's own origin,
/// which containers move with <see cref="Translate"/> (as QuestPDF's canvas does).
/// </summary>
public sealed class Canvas
{
    private readonly IDrawingSurface _surface;

    public Canvas(IDrawingSurface surface) => _surface = surface;

    public double OffsetX { get; private set; }
    public double OffsetY { get; private set; }

    public void Translate(double dx, double dy)
    {
        OffsetX += dx;
        OffsetY += dy;
    }

    internal void ResetOffset()
    {
        OffsetX = 0;
        OffsetY = 0;
    }

    public void DrawText(double x, double baseline, string text, TextStyle style)
        => _surface.DrawText(OffsetX + x, OffsetY + baseline, text, style);

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
        => _surface.DrawLine(OffsetX + x1, OffsetY + y1, OffsetX + x2, OffsetY + y2, thickness, color);

    public void FillRectangle(double x, double y, double width, double height, Color color)
        => _surface.FillRectangle(OffsetX + x, OffsetY + y, width, height, color);

    public void BeginLink(double x, double y, double width, double height, string uri)
        => _surface.BeginLink(OffsetX + x, OffsetY + y, width, height, uri);

    public void EndLink() => _surface.EndLink();

    public void AddBookmark(int level, string title, double y) => _surface.AddBookmark(level, title, OffsetY + y);

    public void BeginTag(StructureTag tag, int colSpan = 1, TableHeaderScope scope = TableHeaderScope.Column)
        => _surface.BeginTag(tag, colSpan, scope);
    public void EndTag() => _surface.EndTag();
    public void BeginArtifact() => _surface.BeginArtifact();
    public void EndArtifact() => _surface.EndArtifact();
}

/// <summary>Where the document loop is: the page being drawn and, for its header and footer, the page count.</summary>
public sealed class PageContext
{
    public int PageNumber { get; internal set; }

    /// <summary>Total pages, known to headers and footers; 0 while the content is laid out.</summary>
    public int TotalPages { get; internal set; }

    /// <summary>Size of the content area of a page (page less margins and footer).</summary>
    public Size ContentSize { get; internal set; }
}

/// <summary>What every element is given before layout: a measurer, a canvas and the page context.</summary>
public sealed class LayoutServices
{
    public LayoutServices(ITextMeasurer measurer, Canvas canvas, PageContext page)
    {
        Measurer = measurer;
        Canvas = canvas;
        Page = page;
    }

    public ITextMeasurer Measurer { get; }
    public Canvas Canvas { get; }
    public PageContext Page { get; }
}
