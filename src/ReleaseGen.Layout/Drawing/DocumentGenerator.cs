namespace ReleaseGen.Layout;

/// <summary>A document to lay out: page size, margins, content and an optional per-page footer.</summary>
public sealed class LayoutDocument
{
    public LayoutDocument(Element content) => Content = content;

    public Element Content { get; }
    public Size PageSize { get; init; } = PageSizes.Letter;
    public Margins Margins { get; init; } = Margins.All(72);

    /// <summary>Builds the header of a page; it is drawn above the content area, as an artifact.</summary>
    public Func<PageContext, Element>? Header { get; init; }

    /// <summary>Distance from the top of the header to the top of the content area.</summary>
    public double HeaderOffset { get; init; } = 28;

    /// <summary>Builds the footer of a page; it is drawn below the content area, as an artifact.</summary>
    public Func<PageContext, Element>? Footer { get; init; }

    /// <summary>Distance from the bottom of the content area to the top of the footer.</summary>
    public double FooterOffset { get; init; } = 18;

    public Size ContentSize => new(
        PageSize.Width - Margins.Left - Margins.Right,
        PageSize.Height - Margins.Top - Margins.Bottom);
}

/// <summary>Thrown when content cannot be laid out (for example an element taller than an empty page).</summary>
public sealed class LayoutException(string message) : Exception(message);

/// <summary>
/// The document loop, as QuestPDF's: a counting pass on a surface that draws nothing finds the page
/// count, then a drawing pass draws every page knowing "page N of M".
/// </summary>
public static class DocumentGenerator
{
    public const int MaxPages = 5000;

    /// <summary>Lays out <paramref name="document"/> onto <paramref name="surface"/>; returns the page count.</summary>
    public static int Generate(LayoutDocument document, IDrawingSurface surface, ITextMeasurer measurer)
    {
        int total = RenderPass(document, NullSurface.Instance, measurer, totalPages: 0);
        int drawn = RenderPass(document, surface, measurer, total);
        if (drawn != total)
            throw new LayoutException($"The drawing pass made {drawn} pages; the counting pass made {total}.");
        return total;
    }

    /// <summary>Draws a header or footer at (x, y) as an artifact: page furniture, not content.</summary>
    private static void DrawDecoration(Element element, LayoutServices services, IDrawingSurface surface, double x, double y, Size size)
    {
        element.Initialize(services);
        services.Canvas.ResetOffset();
        services.Canvas.Translate(x, y);
        surface.BeginArtifact();
        if (!element.Measure(size).IsWrap) element.Draw(size);
        surface.EndArtifact();
        services.Canvas.ResetOffset();
    }

    private static int RenderPass(LayoutDocument document, IDrawingSurface surface, ITextMeasurer measurer, int totalPages)
    {
        var page = new PageContext { TotalPages = totalPages, ContentSize = document.ContentSize };
        var canvas = new Canvas(surface);
        var services = new LayoutServices(measurer, canvas, page);
        var content = document.Content;
        content.Initialize(services);
        content.ResetState();

        int number = 0;
        while (true)
        {
            number++;
            if (number > MaxPages) throw new LayoutException($"The document exceeds {MaxPages} pages; layout is not progressing.");
            page.PageNumber = number;

            var plan = content.Measure(document.ContentSize);
            if (plan.IsWrap)
                throw new LayoutException($"Page {number}: the next element does not fit on an empty page.");

            surface.BeginPage(number, document.PageSize);
            canvas.ResetOffset();
            canvas.Translate(document.Margins.Left, document.Margins.Top);
            if (!plan.IsEmpty) content.Draw(document.ContentSize);
            canvas.ResetOffset();

            if (document.Header is not null)
            {
                var top = Math.Max(0, document.Margins.Top - document.HeaderOffset);
                DrawDecoration(document.Header(page), services, surface, document.Margins.Left, top,
                    new Size(document.ContentSize.Width, document.Margins.Top - top));
            }
            if (document.Footer is not null)
            {
                DrawDecoration(document.Footer(page), services, surface, document.Margins.Left,
                    document.PageSize.Height - document.Margins.Bottom + document.FooterOffset,
                    new Size(document.ContentSize.Width, document.Margins.Bottom - document.FooterOffset));
            }
            surface.EndPage();

            if (plan.IsFull || plan.IsEmpty) return number;
        }
    }
}
