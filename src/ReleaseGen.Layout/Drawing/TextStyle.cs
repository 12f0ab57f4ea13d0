namespace ReleaseGen.Layout;

/// <summary>How a run of text looks. Immutable; compared by value (used as a cache key).</summary>
public sealed record TextStyle(string Family, double Size, bool Bold = false, bool Italic = false, Color Color = default, bool Underline = false)
{
    /// <summary>Distance between baselines, as a multiple of <see cref="Size"/>.</summary>
    public double LineHeightFactor { get; init; } = 1.25;

    /// <summary>Raise above the baseline in points (superscripts such as footnote marks).</summary>
    public double Rise { get; init; }

    /// <summary>A line through the text at mid x-height, in the text's colour (a blackline's deleted words).</summary>
    public bool Strikethrough { get; init; }

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };
}

/// <summary>Measures text. Behind an interface so that layout tests are deterministic without fonts.</summary>
public interface ITextMeasurer
{
    /// <summary>Advance width of <paramref name="text"/> in points.</summary>
    double MeasureWidth(string text, TextStyle style);

    /// <summary>Distance from the top of a line box to the baseline, in points.</summary>
    double Ascent(TextStyle style);
}

/// <summary>
/// A measurer for tests: every character is <c>0.5 em</c> wide, a space <c>0.25 em</c>, the ascent
/// <c>0.8 em</c>. Deterministic and independent of any font file.
/// </summary>
public sealed class FixedWidthTextMeasurer : ITextMeasurer
{
    public double MeasureWidth(string text, TextStyle style)
    {
        double width = 0;
        foreach (var c in text) width += (c == ' ' ? 0.25 : 0.5) * style.Size;
        return width;
    }

    public double Ascent(TextStyle style) => 0.8 * style.Size;
}
