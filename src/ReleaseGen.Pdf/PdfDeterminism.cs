using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace ReleaseGen.Pdf;

/// <summary>
/// Makes PDFsharp's output a function of the input alone: dates from the release date, and the values
/// PDFsharp draws at random (font subset tags, document IDs) replaced, after saving, by values derived
/// from the content. Replacements keep every byte length, so the cross-reference table stays valid.
/// </summary>
internal static partial class PdfDeterminism
{
    public static void Prepare(PdfDocument pdf, DateTimeOffset date)
    {
        var utc = date.UtcDateTime;
        pdf.Info.CreationDate = utc;
        pdf.Info.ModificationDate = utc;
    }

    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/([A-Z]{6})\+([A-Za-z0-9\-]+)")]
    private static partial Regex SubsetTag();

    public static byte[] Stabilize(byte[] pdf)
    {
        // Latin-1 maps bytes 1:1 to chars, so string offsets are byte offsets.
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(pdf);
        var chars = text.ToCharArray();

        // 1. Font subset tags: derive each from the font name and its order of appearance.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var old = m.Groups[1].Value;
            var font = m.Groups[2].Value;
            if (!tags.TryGetValue(old, out var replacement))
            {
                replacement = TagFor(font, tags.Count);
                tags[old] = replacement;
            }
        }
        foreach (var (old, replacement) in tags)
        {
            foreach (Match m in Regex.Matches(text, Regex.Escape(old + "+")))
                replacement.CopyTo(0, chars, m.Index, 6);
        }

        // 2. Document ID (trailer /ID) and XMP IDs: blank them, hash the result, write the hash back.
        var idRanges = new List<(int Start, int Length, bool Lower)>();
        foreach (Match m in Regex.Matches(text, @"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]"))
        {
            idRanges.Add((m.Groups[1].Index, m.Groups[1].Length, false));
            idRanges.Add((m.Groups[2].Index, m.Groups[2].Length, false));
        }
        foreach (Match m in Regex.Matches(text, @"uuid:([0-9a-fA-F\-]{36})"))
            idRanges.Add((m.Groups[1].Index, m.Groups[1].Length, true));

        foreach (var (start, length, _) in idRanges)
            for (int i = 0; i < length; i++)
                if (chars[start + i] != '-') chars[start + i] = '0';

        var hash = Convert.ToHexString(SHA256.HashData(latin1.GetBytes(chars)));
        foreach (var (start, length, lower) in idRanges)
        {
            int h = 0;
            for (int i = 0; i < length; i++)
            {
                if (chars[start + i] == '-') continue;
                var c = hash[h++ % hash.Length];
                chars[start + i] = lower ? char.ToLowerInvariant(c) : c;
            }
        }

        return latin1.GetBytes(chars);
    }

    private static string TagFor(string font, int ordinal)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(font + "#" + ordinal));
        var tag = new char[6];
        for (int i = 0; i < 6; i++) tag[i] = (char)('A' + digest[i] % 26);
        return new string(tag);
    }
}
