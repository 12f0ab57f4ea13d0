using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReleaseGen.Pdf.Tests;

/// <summary>
/// A PDF's bytes as text with every Flate stream inflated in place, so tests can read the objects that
/// the writer packs into compressed object streams (structure elements, fonts, annotations).
/// </summary>
internal static partial class PdfText
{
    [GeneratedRegex(@"<<[^\n]*?/Length (\d+)[^\n]*>>\nstream\n")]
    private static partial Regex StreamStart();

    public static string Expanded(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var text = new StringBuilder(pdf.Length * 3);
        var at = 0;
        foreach (Match m in StreamStart().Matches(raw))
        {
            if (m.Index < at) continue;
            var length = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var dataStart = m.Index + m.Length;
            text.Append(raw, at, dataStart - at);
            if (m.Value.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                using var zlib = new ZLibStream(new MemoryStream(pdf, dataStart, length), CompressionMode.Decompress);
                using var decoded = new MemoryStream();
                zlib.CopyTo(decoded);
                text.Append(Encoding.Latin1.GetString(decoded.ToArray()));
            }
            else
            {
                text.Append(raw, dataStart, length);
            }
            at = dataStart + length;
        }
        text.Append(raw, at, raw.Length - at);
        return text.ToString();
    }
}
