using System.Buffers.Binary;

namespace ReleaseGen.Pdf.Fonts;

/// <summary>
/// Which characters the embedded fonts can draw, read from the font's <c>cmap</c> table (formats 4 and
/// 12): a character outside it would print as an empty box, so it is reported instead (RG540).
/// </summary>
public sealed class FontCoverage
{
    private readonly List<(int First, int Last)> _ranges = [];

    /// <summary>The coverage of Liberation Sans Regular: the bold and italic faces cover the same characters.</summary>
    public static FontCoverage Embedded { get; } = new(new ReleaseFontResolver().GetFont("LiberationSans-Regular")
        ?? throw new InvalidOperationException("the embedded font is missing"));

    public FontCoverage(byte[] font)
    {
        var data = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = data[(12 + 16 * i)..];
            if (!record[..4].SequenceEqual("cmap"u8)) continue;
            ReadCmap(font, (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            return;
        }
        throw new InvalidOperationException("the font has no cmap table");
    }

    /// <summary>True when the font has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint)
    {
        foreach (var (first, last) in _ranges)
            if (codePoint >= first && codePoint <= last) return true;
        return false;
    }

    private void ReadCmap(byte[] font, int cmap)
    {
        var data = font.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(data[(cmap + 2)..]);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = data[(cmap + 4 + 8 * i)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10))) format12 = offset;
            if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1))) format4 ??= offset;
        }
        if (format12 is { } table12) ReadFormat12(data, table12);
        else if (format4 is { } table4) ReadFormat4(data, table4);
        else throw new InvalidOperationException("the font has no Unicode cmap subtable");
    }

    private void ReadFormat12(ReadOnlySpan<byte> data, int table)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(data[(table + 12)..]);
        for (var i = 0; i < groups; i++)
        {
            var group = data[(table + 16 + 12 * i)..];
            _ranges.Add(((int)BinaryPrimitives.ReadUInt32BigEndian(group), (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..])));
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> data, int table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(data[(table + 6)..]) / 2;
        var ends = table + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(data[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(data[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(data[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(data[(rangeOffsets + 2 * s)..]);
            if (start == 0xFFFF) continue;
            var runStart = -1;
            for (var c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0 && runStart < 0) runStart = c;
                if (glyph == 0 && runStart >= 0)
                {
                    _ranges.Add((runStart, c - 1));
                    runStart = -1;
                }
            }
            if (runStart >= 0) _ranges.Add((runStart, end));
        }
    }
}
