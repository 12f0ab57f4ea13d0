using PdfSharp.Fonts;

namespace ReleaseGen.Pdf.Fonts;

/// <summary>
/// Serves the embedded Liberation Sans faces to PDFsharp, so no output depends on the fonts installed
/// on the machine. Installed once per process through <see cref="EnsureInstalled"/>.
/// </summary>
public sealed class ReleaseFontResolver : IFontResolver
{
    /// <summary>The family name style sheets use for the embedded fonts.</summary>
    public const string FamilyName = "Liberation Sans";

    private static readonly object Gate = new();
    private static readonly Dictionary<string, byte[]> Cache = [];

    private static readonly string[] Faces =
        ["LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"];

    /// <summary>Sets this resolver as PDFsharp's font resolver, unless it already is.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is ReleaseFontResolver) return;
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is installed; ReleaseGen needs its own to embed its fonts.");
            GlobalFontSettings.FontResolver = new ReleaseFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)) return null;
        var face = (bold, italic) switch
        {
            (true, true) => Faces[3],
            (true, false) => Faces[1],
            (false, true) => Faces[2],
            _ => Faces[0],
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(faceName, out var bytes)) return bytes;
            var name = $"ReleaseGen.Pdf.Fonts.{faceName}.ttf";
            using var stream = typeof(ReleaseFontResolver).Assembly.GetManifestResourceStream(name);
            if (stream is null) return null;
            // Read at its known length: copying through a growing MemoryStream touched three times the
            // pages, a tenth of a native cold build.
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            Cache[faceName] = bytes;
            return bytes;
        }
    }
}
