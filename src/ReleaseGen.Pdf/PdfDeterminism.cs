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

        // 1. Blank every random value: the document ID (trailer /ID), the XMP UUIDs, the font subset tags.
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

        var matches = SubsetTag().Matches(text).ToList();
        var tags = new List<(string Tag, string Font)>();
        foreach (var m in matches)
            if (!tags.Exists(t => t.Tag == m.Groups[1].Value)) tags.Add((m.Groups[1].Value, m.Groups[2].Value));
        var occurrences = tags.Select(t => Regex.Matches(text, Regex.Escape(t.Tag + "+")).Select(o => o.Index).ToList()).ToList();
        foreach (var indexes in occurrences)
            foreach (var index in indexes) "AAAAAA".CopyTo(0, chars, index, 6);

        // 2. Subset tags from the blanked file's hash, the font name and its order: stable for the
        //    same content, different for different subsets.
        var blanked = Convert.ToHexString(SHA256.HashData(latin1.GetBytes(chars)));
        for (int t = 0; t < tags.Count; t++)
        {
            var replacement = TagFor(blanked, tags[t].Font, t);
            foreach (var index in occurrences[t]) replacement.CopyTo(0, chars, index, 6);
        }

        // 3. The document ID: the hash of the file as it now stands (IDs still blank), also as XMP UUIDs.
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

    private static string TagFor(string documentHash, string font, int ordinal)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(documentHash + "#" + font + "#" + ordinal));
        var tag = new char[6];
        for (int i = 0; i < 6; i++) tag[i] = (char)('A' + digest[i] % 26);
        return new string(tag);
    }
}
