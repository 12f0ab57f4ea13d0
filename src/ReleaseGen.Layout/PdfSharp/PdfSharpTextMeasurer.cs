using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ReleaseGen.Layout.PdfSharp;

/// <summary>
/// Measures text with PDFsharp and the fonts its font resolver provides, kerned by the fonts' own
/// <c>kern</c> tables (see <see cref="FontKerning"/>) unless made without kerning; <see cref="PdfSharpSurface"/>
/// draws with the same pairs. Deterministic for embedded font files. Fonts, kerning and widths are cached per
/// font (family, size, bold, italic): a release measures the same few thousand words at a handful of sizes.
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

    private const int MaxCachedWidths = 200_000;

    private readonly XGraphics _graphics = XGraphics.CreateMeasureContext(
        new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);

    /// <summary>What measuring depends on: colour, underline, rise and line height do not change a width.</summary>
    private readonly record struct FontKey(string Family, double Size, bool Bold, bool Italic)
    {
        public FontKey(TextStyle style) : this(style.Family, style.Size, style.Bold, style.Italic) { }
    }

    /// <summary>One font at one size: PDFsharp's font, its kerning pairs and the widths measured with it.</summary>
    private sealed class FontEntry(XFont font)
    {
        public XFont Font { get; } = font;
        public FontKerning? Kerning { get; set; }
        public double? Ascent { get; set; }
        public Dictionary<string, double> Widths { get; } = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<FontKey, FontEntry> _entries = [];
    private readonly Dictionary<string, FontKerning> _kerningByFace = new(StringComparer.Ordinal);
    private int _cachedWidths;

    // The layout asks for the same style many times in a row (every word of a paragraph): the last
    // style object and its entry answer without hashing the style.
    private TextStyle? _lastStyle;
    private FontEntry? _lastEntry;

    private FontEntry Entry(TextStyle style)
    {
        if (ReferenceEquals(style, _lastStyle)) return _lastEntry!;
        var key = new FontKey(style);
        if (!_entries.TryGetValue(key, out var entry))
        {
            var fontStyle = (style.Bold, style.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            entry = new FontEntry(new XFont(style.Family, style.Size, fontStyle, new XPdfFontOptions(PdfFontEncoding.Unicode)));
            _entries[key] = entry;
        }
        _lastStyle = style;
        _lastEntry = entry;
        return entry;
    }

    public XFont Font(TextStyle style) => Entry(style).Font;

    /// <summary>The pair kerning of <paramref name="style"/>'s font face (none when not kerning).</summary>
    public FontKerning Kerning(TextStyle style)
    {
        if (!IsKerning) return FontKerning.None;
        var entry = Entry(style);
        return entry.Kerning ??= ReadKerning(style) ?? FontKerning.None;
    }

    /// <summary>The kerning of the face the resolver gives for <paramref name="style"/>, read once per face.</summary>
    private FontKerning? ReadKerning(TextStyle style)
    {
        var resolver = GlobalFontSettings.FontResolver;
        var face = resolver?.ResolveTypeface(style.Family, style.Bold, style.Italic)?.FaceName;
        if (resolver is null || face is null) return null;
        if (!_kerningByFace.TryGetValue(face, out var kerning))
        {
            var bytes = resolver.GetFont(face);
            kerning = bytes is null ? FontKerning.None : FontKerning.Read(bytes);
            _kerningByFace[face] = kerning;
        }
        return kerning;
    }

    public double MeasureWidth(string text, TextStyle style)
    {
        var entry = Entry(style);
        if (!entry.Widths.TryGetValue(text, out var width))
        {
            width = _graphics.MeasureString(text, entry.Font, XStringFormats.Default).Width
                + Kerning(style).TotalEm(text) * style.Size;
            if (_cachedWidths >= MaxCachedWidths)
            {
                foreach (var cached in _entries.Values) cached.Widths.Clear();
                _cachedWidths = 0;
            }
            entry.Widths[text] = width;
            _cachedWidths++;
        }
        return width;
    }

    public double Ascent(TextStyle style)
    {
        var entry = Entry(style);
        if (entry.Ascent is { } ascent) return ascent;
        var metrics = entry.Font.Metrics;
        ascent = metrics.Ascent * style.Size / metrics.UnitsPerEm;
        entry.Ascent = ascent;
        return ascent;
    }

    public void Dispose() => _graphics.Dispose();
}
