using System.Buffers.Binary;

namespace ReleaseGen.Pdf.FileStructure;

/// <summary>
/// Shrinks a TrueType subset as PDFsharp embeds it. PDFsharp keeps every glyph slot of the full font
/// (its <c>loca</c> and <c>hmtx</c> tables stay full-length, about 10 KB each for Liberation Sans) and
/// the hinting programs; a PDF viewer needs neither. The compacted font holds only the glyphs the page
/// uses, renumbered densely (the PDF's <c>CIDToGIDMap</c> maps the unchanged character IDs to them),
/// without instructions, <c>fpgm</c>, <c>prep</c> or <c>cvt</c>.
/// </summary>
internal static class TrueTypeCompactor
{
    public sealed record Result(byte[] Font, ushort[] NewGlyphOfOld);

    private const ushort ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020,
        HasXyScale = 0x0040, HasTwoByTwo = 0x0080, HasInstructions = 0x0100;

    /// <summary>Compacts <paramref name="font"/>, keeping glyph 0, every glyph in <paramref name="used"/> and every glyph with an outline.</summary>
    /// <returns>Null when the font is not a TrueType font this pass understands: the caller then keeps it as it is.</returns>
    public static Result? Compact(ReadOnlySpan<byte> font, IEnumerable<int> used)
    {
        var tables = ReadTables(font);
        if (tables is null) return null;
        string[] required = ["head", "hhea", "hmtx", "loca", "glyf", "maxp"];
        if (required.Any(t => !tables.ContainsKey(t))) return null;

        var head = Table(font, tables, "head");
        var hhea = Table(font, tables, "hhea");
        var maxp = Table(font, tables, "maxp");
        var hmtx = Table(font, tables, "hmtx");
        var loca = Table(font, tables, "loca");
        var glyf = Table(font, tables, "glyf");
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        int metricsCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        if (metricsCount == 0 || loca.Length < (glyphCount + 1) * (longOffsets ? 4 : 2)) return null;

        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..])
                : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]);
            if (offsets[g] > glyf.Length || (g > 0 && offsets[g] < offsets[g - 1])) return null;
        }
        int Offset(int glyph) => offsets[glyph];

        // Which glyphs stay: glyph 0, the used ones, every outline PDFsharp kept, and composite parts.
        var keep = new bool[glyphCount];
        keep[0] = true;
        foreach (var glyph in used)
            if (glyph >= 0 && glyph < glyphCount) keep[glyph] = true;
        for (var g = 0; g < glyphCount; g++)
            if (Offset(g + 1) > Offset(g)) keep[g] = true;
        for (var g = 0; g < glyphCount; g++)
        {
            if (!keep[g]) continue;
            var data = glyf[Offset(g)..Offset(g + 1)];
            if (data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0)
                foreach (var component in Components(data))
                    if (component < glyphCount) keep[component] = true;
        }
        // Composite parts of composite parts.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var g = 0; g < glyphCount; g++)
            {
                if (!keep[g]) continue;
                var data = glyf[Offset(g)..Offset(g + 1)];
                if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0) continue;
                foreach (var component in Components(data))
                    if (component < glyphCount && !keep[component]) keep[component] = changed = true;
            }
        }

        var newOfOld = new ushort[glyphCount];
        var oldOfNew = new List<int>();
        for (var g = 0; g < glyphCount; g++)
        {
            if (!keep[g]) continue;
            newOfOld[g] = (ushort)oldOfNew.Count;
            oldOfNew.Add(g);
        }

        // glyf without instructions, each glyph padded to an even length (short loca offsets); in a pooled
        // buffer, as it is copied into the assembled font.
        using var newGlyf = new PooledBufferStream(glyf.Length);
        var newOffsets = new int[oldOfNew.Count + 1];
        for (var n = 0; n < oldOfNew.Count; n++)
        {
            newOffsets[n] = (int)newGlyf.Length;
            var data = glyf[Offset(oldOfNew[n])..Offset(oldOfNew[n] + 1)];
            if (data.Length >= 10) WriteGlyphWithoutHinting(newGlyf, data, newOfOld);
            if ((newGlyf.Length & 1) == 1) newGlyf.WriteByte(0);
        }
        newOffsets[^1] = (int)newGlyf.Length;
        bool shortLoca = newGlyf.Length <= 0x1FFFE;
        var newLoca = new byte[(oldOfNew.Count + 1) * (shortLoca ? 2 : 4)];
        for (var n = 0; n < newOffsets.Length; n++)
        {
            if (shortLoca) BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * n), (ushort)(newOffsets[n] / 2));
            else BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * n), (uint)newOffsets[n]);
        }

        // Every kept glyph gets a full metric (advance and left side bearing).
        var newHmtx = new byte[4 * oldOfNew.Count];
        for (var n = 0; n < oldOfNew.Count; n++)
        {
            var old = oldOfNew[n];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(old, metricsCount - 1))..]);
            var bearing = old < metricsCount
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * old + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * metricsCount + 2 * (old - metricsCount))..]);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * n), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(4 * n + 2), bearing);
        }

        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(shortLoca ? 0 : 1));
        var newHhea = hhea.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)oldOfNew.Count);
        var newMaxp = maxp.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)oldOfNew.Count);
        if (newMaxp.Length >= 32)
        {
            // No hinting programs are left: no function or instruction definitions, no storage, no instructions.
            foreach (var field in new[] { 18, 20, 22, 24, 26 }) BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(field), 0);
        }
        // post format 3: no glyph names (a PDF viewer draws by glyph number).
        var post = new byte[32];
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        if (tables.ContainsKey("post")) Table(font, tables, "post")[4..16].CopyTo(post.AsSpan(4));

        var font2 = Assemble(
        [
            ("glyf", new ReadOnlyMemory<byte>(newGlyf.Buffer, 0, (int)newGlyf.Length)), ("head", newHead), ("hhea", newHhea), ("hmtx", newHmtx),
            ("loca", newLoca), ("maxp", newMaxp), ("post", post),
        ]);
        return new Result(font2, newOfOld);
    }

    private static Dictionary<string, (int Offset, int Length)>? ReadTables(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version != 0x00010000 && version != 0x74727565) return null; // TrueType outlines only
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (font.Length < 12 + 16 * count) return null;
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font[(12 + 16 * i)..];
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + length > font.Length) return null;
            tables[tag] = (offset, length);
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag)
    {
        var (offset, length) = tables[tag];
        return font.Slice(offset, length);
    }

    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ComponentTail(flags);
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }

    private static int ComponentTail(ushort flags) =>
        ((flags & ArgsAreWords) != 0 ? 4 : 2)
        + ((flags & HasScale) != 0 ? 2 : (flags & HasXyScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);

    private static void WriteGlyphWithoutHinting(Stream output, ReadOnlySpan<byte> glyph, ushort[] newOfOld)
    {
        int contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours >= 0)
        {
            var instructionsAt = 10 + 2 * contours;
            int instructionLength = BinaryPrimitives.ReadUInt16BigEndian(glyph[instructionsAt..]);
            output.Write(glyph[..instructionsAt]);
            output.Write([0, 0]);
            output.Write(glyph[(instructionsAt + 2 + instructionLength)..]);
            return;
        }
        output.Write(glyph[..10]);
        var at = 10;
        ushort flags;
        Span<byte> word = stackalloc byte[2];
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            int component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(word, (ushort)(flags & ~HasInstructions));
            output.Write(word);
            BinaryPrimitives.WriteUInt16BigEndian(word, component < newOfOld.Length ? newOfOld[component] : (ushort)0);
            output.Write(word);
            var tail = ComponentTail(flags);
            output.Write(glyph.Slice(at + 4, tail));
            at += 4 + tail;
        }
        while ((flags & MoreComponents) != 0);
    }

    private static byte[] Assemble(IReadOnlyList<(string Tag, ReadOnlyMemory<byte> Data)> tables)
    {
        int count = tables.Count, power = 1, log = 0;
        while (power * 2 <= count) { power *= 2; log++; }
        var headerLength = 12 + 16 * count;
        var length = headerLength + tables.Sum(t => (t.Data.Length + 3) & ~3);
        var font = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(count * 16 - power * 16));
        var offset = headerLength;
        var headOffset = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = tables[i];
            var record = font.AsSpan(12 + 16 * i);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            data.Span.CopyTo(font.AsSpan(offset));
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(font.AsSpan(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            if (tag == "head") headOffset = offset;
            offset += (data.Length + 3) & ~3;
        }
        if (headOffset >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        return sum;
    }
}
