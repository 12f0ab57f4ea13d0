using System.Buffers.Binary;

namespace ReleaseGen.Layout;

/// <summary>
/// The pair kerning of a TrueType font, read from its <c>kern</c> table (format 0, horizontal) through its
/// <c>cmap</c> (format 4, Unicode BMP), as character pairs in thousandths of an em. A font without either
/// table has no kerning. Pairs with a whitespace character are left out: the layout measures words one by
/// one, so a pair across a space would be drawn but never measured.
/// </summary>
public sealed class FontKerning
{
    public static FontKerning None { get; } = new(new Dictionary<int, short>(), 1000);

    /// <summary>The pairs, keyed by <see cref="Pair"/>: every character of every drawn and measured text is looked up.</summary>
    private readonly Dictionary<int, short> _pairs;

    /// <summary>The pairs of two ASCII characters (most of a release) in a table: a lookup without hashing.</summary>
    private readonly short[] _asciiPairs = new short[AsciiCount * AsciiCount];

    private const int AsciiCount = 128;
    private readonly double _unitsPerEm;

    private FontKerning(Dictionary<int, short> pairs, double unitsPerEm)
    {
        _pairs = pairs;
        _unitsPerEm = unitsPerEm;
        foreach (var (pair, value) in pairs)
            if (pair >> 16 < AsciiCount && (pair & 0xFFFF) < AsciiCount) _asciiPairs[(pair >> 16) * AsciiCount + (pair & 0xFFFF)] = value;
    }

    private static int Pair(char left, char right) => (left << 16) | right;

    /// <summary>How many character pairs are kerned.</summary>
    public int Count => _pairs.Count;

    /// <summary>The adjustment between <paramref name="left"/> and <paramref name="right"/>, in ems (negative: closer).</summary>
    public double Em(char left, char right) => Units(left, right) / _unitsPerEm;

    private int Units(char left, char right) =>
        (left | right) < AsciiCount ? _asciiPairs[left * AsciiCount + right]
        : _pairs.TryGetValue(Pair(left, right), out var value) ? value : 0;

    /// <summary>The sum of the adjustments inside <paramref name="text"/>, in ems.</summary>
    public double TotalEm(ReadOnlySpan<char> text)
    {
        if (_pairs.Count == 0) return 0;
        int total = 0;
        for (int i = 1; i < text.Length; i++) total += Units(text[i - 1], text[i]);
        return total / _unitsPerEm;
    }

    /// <summary>Reads the kerning of a TrueType or OpenType font file; a malformed or missing table gives none.</summary>
    public static FontKerning Read(byte[] font)
    {
        try
        {
            var tables = Tables(font);
            if (!tables.TryGetValue("kern", out var kern) || !tables.TryGetValue("cmap", out var cmap) || !tables.TryGetValue("head", out var head))
                return None;
            int unitsPerEm = U16(font, head.Offset + 18);
            var glyphPairs = KernPairs(font, kern.Offset);
            if (glyphPairs.Count == 0 || unitsPerEm == 0) return None;
            var kerned = new HashSet<int>();
            foreach (var (left, right) in glyphPairs.Keys)
            {
                kerned.Add(left);
                kerned.Add(right);
            }
            var charsOfGlyph = CharactersByGlyph(font, cmap.Offset, kerned);
            var pairs = new Dictionary<int, short>();
            foreach (var ((leftGlyph, rightGlyph), value) in glyphPairs)
            {
                if (!charsOfGlyph.TryGetValue(leftGlyph, out var lefts) || !charsOfGlyph.TryGetValue(rightGlyph, out var rights)) continue;
                foreach (var left in lefts)
                foreach (var right in rights)
                    if (!char.IsWhiteSpace(left) && !char.IsWhiteSpace(right)) pairs[Pair(left, right)] = value;
            }
            return new FontKerning(pairs, unitsPerEm);
        }
        catch (IndexOutOfRangeException)
        {
            return None;
        }
        catch (ArgumentOutOfRangeException)
        {
            return None;
        }
    }

    private static int U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, 2));

    private static short S16(byte[] data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset, 2));

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] font)
    {
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        int count = U16(font, 4);
        for (int i = 0; i < count; i++)
        {
            int record = 12 + 16 * i;
            var tag = System.Text.Encoding.ASCII.GetString(font, record, 4);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8, 4));
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12, 4));
            tables[tag] = (offset, length);
        }
        return tables;
    }

    /// <summary>The horizontal format 0 subtables of a version 0 (Microsoft) <c>kern</c> table.</summary>
    private static Dictionary<(int, int), short> KernPairs(byte[] font, int offset)
    {
        var pairs = new Dictionary<(int, int), short>();
        if (U16(font, offset) != 0) return pairs;
        int subtables = U16(font, offset + 2);
        int at = offset + 4;
        for (int s = 0; s < subtables; s++)
        {
            int length = U16(font, at + 2);
            int coverage = U16(font, at + 4);
            bool horizontal = (coverage & 1) != 0, minimum = (coverage & 2) != 0, crossStream = (coverage & 4) != 0;
            int format = coverage >> 8;
            if (format == 0 && horizontal && !minimum && !crossStream)
            {
                int count = U16(font, at + 6);
                for (int p = 0; p < count; p++)
                {
                    int pair = at + 14 + 6 * p;
                    pairs[(U16(font, pair), U16(font, pair + 2))] = S16(font, pair + 4);
                }
            }
            at += length;
        }
        return pairs;
    }

    /// <summary>
    /// Glyph to characters, from the Windows Unicode BMP (3,1) format 4 subtable, for the <paramref name="wanted"/>
    /// glyphs only: a font maps thousands of characters, and a list for each was a tenth of a native cold build.
    /// </summary>
    private static Dictionary<int, List<char>> CharactersByGlyph(byte[] font, int offset, HashSet<int> wanted)
    {
        var result = new Dictionary<int, List<char>>();
        int count = U16(font, offset + 2);
        int subtable = -1;
        for (int i = 0; i < count; i++)
        {
            int record = offset + 4 + 8 * i;
            if (U16(font, record) == 3 && U16(font, record + 2) == 1)
                subtable = offset + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4, 4));
        }
        if (subtable < 0 || U16(font, subtable) != 4) return result;
        int segments = U16(font, subtable + 6) / 2;
        int ends = subtable + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++)
        {
            int end = U16(font, ends + 2 * s), start = U16(font, starts + 2 * s);
            int delta = S16(font, deltas + 2 * s), rangeOffset = U16(font, rangeOffsets + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int glyphAt = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = U16(font, glyphAt);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph == 0 || !wanted.Contains(glyph)) continue;
                if (!result.TryGetValue(glyph, out var chars)) result[glyph] = chars = [];
                chars.Add((char)c);
            }
        }
        return result;
    }
}
