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

    public static string Words(int count, string prefix = "w")
        => string.Join(" ", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));
}
