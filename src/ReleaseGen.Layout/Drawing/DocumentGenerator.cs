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
/// The document loop, as QuestPDF's, with one layout: the content is laid out page by page onto a
/// <see cref="PageRecording"/>, then drawn onto the surface with each page's header and footer, built now
/// that "page N of M" can say M. (The loop used to lay the whole document out twice: once on a surface
/// that drew nothing, only to count the pages.)
/// </summary>
public static class DocumentGenerator
{
    public const int MaxPages = 5000;

    /// <summary>Lays out <paramref name="document"/> onto <paramref name="surface"/>; returns the page count.</summary>
    public static int Generate(LayoutDocument document, IDrawingSurface surface, ITextMeasurer measurer)
    {
        var recording = PageRecording.ForCurrentThread;
        try
        {
            var total = LayOutContent(document, recording, measurer);
            var page = new PageContext { TotalPages = total, ContentSize = document.ContentSize };
            var services = new LayoutServices(measurer, new Canvas(surface), page);
            recording.Replay(surface, number =>
            {
                page.PageNumber = number;
                DrawDecorations(document, services, surface);
            });
            return total;
        }
        finally
        {
            recording.Clear();
        }
    }

    /// <summary>The content, page after page, onto <paramref name="surface"/>; returns the page count.</summary>
    private static int LayOutContent(LayoutDocument document, IDrawingSurface surface, ITextMeasurer measurer)
    {
        var page = new PageContext { ContentSize = document.ContentSize };
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
            surface.EndPage();

            if (plan.IsFull || plan.IsEmpty) return number;
        }
    }

    /// <summary>The header and footer of the page <paramref name="services"/> is on, drawn as artifacts above and below the content area.</summary>
    private static void DrawDecorations(LayoutDocument document, LayoutServices services, IDrawingSurface surface)
    {
        var page = services.Page;
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
}
