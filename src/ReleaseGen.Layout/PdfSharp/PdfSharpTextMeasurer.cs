using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ReleaseGen.Layout.PdfSharp;

/// <summary>
/// Measures text with PDFsharp and the fonts its font resolver provides, kerned by the fonts' own
/// <c>kern</c> tables (see <see cref="FontKerning"/>) unless made without kerning; <see cref="PdfSharpSurface"/>
/// draws with the same pairs. Deterministic for embedded font files. Fonts and widths are cached per style.
/// </summary>
public sealed class PdfSharpTextMeasurer : ITextMeasurer, IDisposable
{
    [ThreadStatic] private static PdfSharpTextMeasurer? _forThread;
    [ThreadStatic] private static PdfSharpTextMeasurer? _unkernedForThread;

    public PdfSharpTextMeasurer(bool kerning = true) => IsKerning = kerning;

    /// <summary>
    /// A kerning measurer kept for the current thread, so repeated renders reuse fonts and measured widths.
    /// Not to be disposed by callers.
    /// </summary>
    public static PdfSharpTextMeasurer ForCurrentThread => _forThread ??= new PdfSharpTextMeasurer();

    /// <summary>As <see cref="ForCurrentThread"/>, with or without kerning.</summary>
    public static PdfSharpTextMeasurer ForThread(bool kerning) =>
        kerning ? ForCurrentThread : _unkernedForThread ??= new PdfSharpTextMeasurer(kerning: false);

    /// <summary>Whether widths include the fonts' pair kerning (and the surface draws it).</summary>
    public bool IsKerning { get; }

    private readonly Dictionary<string, FontKerning> _kerningByFace = new(StringComparer.Ordinal);

    /// <summary>The pair kerning of <paramref name="style"/>'s font face (none when not kerning).</summary>
    public FontKerning Kerning(TextStyle style)
    {
        if (!IsKerning) return FontKerning.None;
        var resolver = GlobalFontSettings.FontResolver;
        var face = resolver?.ResolveTypeface(style.Family, style.Bold, style.Italic)?.FaceName;
        if (resolver is null || face is null) return FontKerning.None;
        if (!_kerningByFace.TryGetValue(face, out var kerning))
        {
            var bytes = resolver.GetFont(face);
            kerning = bytes is null ? FontKerning.None : FontKerning.Read(bytes);
            _kerningByFace[face] = kerning;
        }
        return kerning;
    }

    private const int MaxCachedWidths = 200_000;

    private readonly XGraphics _graphics = XGraphics.CreateMeasureContext(
        new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private readonly Dictionary<(string, TextStyle), double> _widths = [];

    public XFont Font(TextStyle style)
    {
        var key = style with { Color = default, Underline = false, Strikethrough = false };
        if (!_fonts.TryGetValue(key, out var font))
        {
            var fontStyle = (style.Bold, style.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(style.Family, style.Size, fontStyle, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[key] = font;
        }
        return font;
    }

    public double MeasureWidth(string text, TextStyle style)
    {
        var key = (text, style with { Color = default, Underline = false, Strikethrough = false });
        if (!_widths.TryGetValue(key, out var width))
        {
            width = _graphics.MeasureString(text, Font(style), XStringFormats.Default).Width
                + Kerning(style).TotalEm(text) * style.Size;
            if (_widths.Count >= MaxCachedWidths) _widths.Clear();
            _widths[key] = width;
        }
        return width;
    }

    public double Ascent(TextStyle style)
    {
        var metrics = Font(style).Metrics;
        return metrics.Ascent * style.Size / metrics.UnitsPerEm;
    }

    public void Dispose() => _graphics.Dispose();
}
