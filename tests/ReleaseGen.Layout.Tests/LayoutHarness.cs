using ReleaseGen.Layout;

namespace ReleaseGen.Layout.Tests;

/// <summary>Small pages and a fixed-width measurer, so layout tests are exact and fast.</summary>
internal static class LayoutHarness
{
    public static readonly TextStyle Body = new("Test", 10) { LineHeightFactor = 1.2 }; // 12pt lines, 5pt per char
    public static readonly TextStyle Bold = Body.WithBold();

    /// <summary>A 300 x 200 page with 20pt margins: content area 260 x 160.</summary>
    public static LayoutDocument Page(Element content, bool footer = false) => new(content)
    {
        PageSize = new Size(300, 200),
        Margins = Margins.All(20),
        FooterOffset = 4,
        Footer = footer
            ? page => new TextBlock($"Page {page.PageNumber} of {page.TotalPages}", Body, TextAlignment.Right)
            : null,
    };

    public static RecordingSurface Render(LayoutDocument document)
    {
        var surface = new RecordingSurface();
        DocumentGenerator.Generate(document, surface, new FixedWidthTextMeasurer());
        return surface;
    }

    public static TextBlock Text(string text, TextAlignment alignment = TextAlignment.Left) => new(text, Body, alignment);

    /// <summary>A block of one short line per argument, separated by hard line breaks: one 12pt line each.</summary>
    public static TextBlock Lines(params string[] lines)
    {
        var spans = new List<TextSpan>();
        foreach (var line in lines)
        {
            if (spans.Count > 0) spans.Add(TextSpan.LineBreak(Body));
            spans.Add(new TextSpan(line, Body));
        }
        return new TextBlock(spans);
    }

    /// <summary>Something <paramref name="height"/> points tall drawn as one line of the log: fills a page to a known depth.</summary>
    public static HorizontalRule Spacer(double height) => new(height, Color.Black);

    public static string Words(int count, string prefix = "w")
        => string.Join(" ", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    /// <summary>The content area of <see cref="Page"/>: a height at least this is the top of a page.</summary>
    public static readonly Size ContentArea = new(260, 160);

    /// <summary>
    /// What <paramref name="element"/> answers, fresh, when offered <paramref name="width"/> x
    /// <paramref name="height"/> on a page whose content area is <see cref="ContentArea"/>: "FullRender 25x12".
    /// </summary>
    public static string Measure(Element element, double width, double height)
    {
        var page = new PageContext { PageNumber = 1, ContentSize = ContentArea };
        element.Initialize(new LayoutServices(new FixedWidthTextMeasurer(), new Canvas(new RecordingSurface()), page));
        element.ResetState();
        var plan = element.Measure(new Size(width, height));
        return plan.Type is SpacePlanType.Wrap or SpacePlanType.Empty
            ? plan.Type.ToString()
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{plan.Type} {plan.Width:0.##}x{plan.Height:0.##}");
    }

    /// <summary>The recorder's log of <paramref name="element"/> laid out on <see cref="Page"/>s: one line per call.</summary>
    public static string Drawn(Element element) => Render(Page(element)).ToString();
}
