using ReleaseGen.Layout;
using ReleaseGen.Pdf.Fonts;

namespace ReleaseGen.Pdf;

/// <summary>
/// How a release looks in PDF: page, fonts, sizes, spacing, colours. Immutable; derive variants with
/// <c>with</c>. <see cref="Letter"/> is the default; <see cref="A4"/> is the same on A4 paper.
/// </summary>
public sealed record PdfStyleSheet
{
    public static PdfStyleSheet Letter { get; } = new();
    public static PdfStyleSheet A4 { get; } = new() { PageSize = PageSizes.A4 };

    public Size PageSize { get; init; } = PageSizes.Letter;
    public Margins Margins { get; init; } = new(72, 64, 72, 72);

    public string FontFamily { get; init; } = ReleaseFontResolver.FamilyName;
    public double BodySize { get; init; } = 10;
    public double LineHeight { get; init; } = 1.32;
    public double TitleSize { get; init; } = 16;
    public double Heading2Size { get; init; } = 12;
    public double Heading3Size { get; init; } = 10.5;
    public double TableSize { get; init; } = 9;
    public double FootnoteSize { get; init; } = 8;
    public double FooterSize { get; init; } = 7.5;

    public Color TextColor { get; init; } = new(0x1a, 0x1a, 0x1a);
    public Color HeadingColor { get; init; } = new(0x12, 0x34, 0x5a);
    public Color LinkColor { get; init; } = new(0x0b, 0x57, 0xa8);
    public Color MutedColor { get; init; } = new(0x55, 0x55, 0x55);
    public Color RuleColor { get; init; } = new(0x33, 0x33, 0x33);
    public Color QuoteRuleColor { get; init; } = new(0xb0, 0xb8, 0xc4);

    public double ParagraphSpacing { get; init; } = 7;
    public double HeadingSpaceBefore { get; init; } = 8;
    public double ListIndent { get; init; } = 16;
    public double ListItemSpacing { get; init; } = 2.5;
    public double QuoteIndent { get; init; } = 14;
    public double TableGroupIndent { get; init; } = 9;

    /// <summary>
    /// Justify body paragraphs (lists, quotes and tables stay ragged). Off by default: newswire releases are
    /// set ragged right. Justified paragraphs are hyphenated with <see cref="Hyphenation"/>.
    /// </summary>
    public bool JustifyParagraphs { get; init; }

    /// <summary>Breaks words at line ends in justified paragraphs (Liang's patterns for the release's language); null: never.</summary>
    public Hyphenator? Hyphenation { get; init; }

    /// <summary>Kern text with the fonts' pair kerning (measured and drawn alike).</summary>
    public bool Kerning { get; init; } = true;

    public TableStyle Table { get; init; } = new() { GroupBackground = new Color(0xf0, 0xf3, 0xf7) };

    internal TextStyle Text(double size, bool bold = false, bool italic = false, Color? color = null)
        => new(FontFamily, size, bold, italic, color ?? TextColor) { LineHeightFactor = LineHeight };
}
