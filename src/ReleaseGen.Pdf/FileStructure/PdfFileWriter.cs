using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ReleaseGen.Pdf.FileStructure;

/// <summary>
/// Writes the final file from the one PDFsharp saved (uncompressed, classic cross-reference table), in
/// one pass over its buffer:
/// <list type="bullet">
/// <item>every stream compressed with a complete zlib stream (PDFsharp leaves out the Adler-32
/// checksum, which qpdf reports), the XMP metadata left readable;</item>
/// <item>every other object packed into a compressed object stream, with a cross-reference stream;</item>
/// <item>embedded fonts compacted (<see cref="TrueTypeCompactor"/>) behind a <c>CIDToGIDMap</c>;</item>
/// <item>the values PDFsharp draws at random replaced by values derived from the content: font subset
/// tags from each compacted font, the document ID from the file's bytes;</item>
/// <item>the XMP metadata written from <see cref="PdfDocumentInfo"/>: title, author, subject, language,
/// dates from the release date, and the PDF/UA-1 identification.</item>
/// </list>
/// </summary>
internal sealed class PdfFileWriter : IDisposable
{
    private const int ObjectsPerStream = 400;

    private static readonly ZLibCompressionOptions Deflate = new() { CompressionLevel = 5 };

    private sealed class PdfObject
    {
        private PdfDictionary? _dictionary;

        public required int Number { get; init; }
        public required int ValueStart { get; init; }
        public required int ValueEnd { get; init; }

        /// <summary>The file the value is a slice of; empty for an object made here.</summary>
        public ReadOnlyMemory<byte> Source { get; init; }

        /// <summary>The value's bytes as PDFsharp wrote them.</summary>
        public ReadOnlySpan<byte> Raw => Source.Span[ValueStart..ValueEnd];

        /// <summary>
        /// The value as a dictionary, read the first time it is asked for; null when it is not one. Most of
        /// the file (the structure tree's few hundred elements) is never asked for: it is copied as it is.
        /// </summary>
        public PdfDictionary? Dictionary
        {
            get
            {
                if (!IsRead)
                {
                    IsRead = true;
                    if (Raw is [(byte)'<', (byte)'<', ..]) _dictionary = PdfSyntax.ReadDictionary(Source, ValueStart);
                }
                return _dictionary;
            }
            set
            {
                _dictionary = value;
                IsRead = true;
            }
        }

        /// <summary>Whether <see cref="Dictionary"/> was read or set: only then may it differ from <see cref="Raw"/>.</summary>
        public bool IsRead { get; private set; }

        /// <summary>Whether the value's bytes hold <paramref name="text"/>: a cheap test before reading the dictionary.</summary>
        public bool Mentions(ReadOnlySpan<byte> text) => Raw.IndexOf(text) >= 0;

        public int StreamStart { get; init; } = -1;
        public int StreamLength { get; init; }
        /// <summary>Replaces the stream data of the input (compacted fonts, new streams).</summary>
        public byte[]? NewStreamData { get; set; }

        /// <summary><see cref="NewStreamData"/> compressed already (a font compacted and compressed for an earlier file).</summary>
        public byte[]? DeflatedStreamData { get; set; }
        public bool IsStream => StreamStart >= 0 || NewStreamData is not null;
    }

    private readonly CompactedFontCache _fonts;
    private readonly byte[] _input;
    private readonly int _inputLength;
    private readonly SortedDictionary<int, PdfObject> _objects = [];
    private readonly PooledBufferStream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    // Hashes a compacted font for its subset tag, and PDFsharp's subset with its glyphs for the font cache's key.
    private readonly IncrementalHash _fontHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly PooledBufferStream _scratch = new();
    private readonly List<(int Number, long Offset)> _offsets = [];
    private readonly List<(int Number, int Stream, int Index)> _packed = [];
    private int _root, _info, _nextNumber;

    private PdfFileWriter(byte[] input, int length, CompactedFontCache fonts)
    {
        _fonts = fonts;
        _input = input;
        _inputLength = length;
        _output = new PooledBufferStream(length / 2);
    }

    private ReadOnlySpan<byte> Input => _input.AsSpan(0, _inputLength);

    /// <summary>The input as memory: dictionaries keep their values as slices of it, not copies.</summary>
    private ReadOnlyMemory<byte> InputMemory => _input.AsMemory(0, _inputLength);

    /// <summary>Rewrites the first <paramref name="length"/> bytes of <paramref name="pdfsharpOutput"/> (PDFsharp's saved file) as the final file.</summary>
    /// <param name="fonts">Fonts compacted for earlier files (default: the process's <see cref="CompactedFontCache.Shared"/>).</param>
    public static byte[] Write(byte[] pdfsharpOutput, int length, PdfDocumentInfo info, string producer, CompactedFontCache? fonts = null)
    {
        using var writer = new PdfFileWriter(pdfsharpOutput, length, fonts ?? CompactedFontCache.Shared);
        writer.ReadObjects();
        writer.CompactFonts();
        return writer.WriteFile(info, producer);
    }

    private void ReadObjects()
    {
        var s = Input;
        var startxref = s.LastIndexOf("startxref"u8);
        if (startxref < 0) throw PdfSyntax.Malformed(s.Length);
        var xrefOffset = PdfSyntax.Integer(ValueAt(startxref + 9)) ?? throw PdfSyntax.Malformed(startxref);
        var i = PdfSyntax.SkipWhite(s, xrefOffset);
        if (!s[i..].StartsWith("xref"u8)) throw PdfSyntax.Malformed(i);
        i += 4;
        while (true)
        {
            i = PdfSyntax.SkipWhite(s, i);
            if (s[i..].StartsWith("trailer"u8)) break;
            var first = ReadInteger(ref i);
            var count = ReadInteger(ref i);
            for (var n = 0; n < count; n++)
            {
                var offset = ReadInteger(ref i);
                ReadInteger(ref i);
                i = PdfSyntax.SkipWhite(s, i);
                var inUse = s[i] == 'n';
                i++;
                if (inUse && first + n > 0) ReadObject(first + n, offset);
            }
        }
        var trailer = PdfSyntax.ReadDictionary(InputMemory, i + 7);
        _root = PdfSyntax.Reference(trailer["Root"]) ?? throw PdfSyntax.Malformed(i);
        _info = PdfSyntax.Reference(trailer["Info"]) ?? 0;
        _nextNumber = _objects.Keys.Max() + 1;
    }

    private byte[] ValueAt(int i)
    {
        var start = PdfSyntax.SkipWhite(Input, i);
        return Input[start..PdfSyntax.SkipValue(Input, start)].ToArray();
    }

    private int ReadInteger(ref int i)
    {
        var s = Input;
        i = PdfSyntax.SkipWhite(s, i);
        var value = 0;
        var start = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9') value = checked(value * 10 + (s[i++] - '0'));
        if (i == start) throw PdfSyntax.Malformed(i);
        return value;
    }

    private void ReadObject(int number, int offset)
    {
        var s = Input;
        var i = offset;
        if (ReadInteger(ref i) != number) throw PdfSyntax.Malformed(offset);
        ReadInteger(ref i);
        i = PdfSyntax.SkipWhite(s, i);
        if (!s[i..].StartsWith("obj"u8)) throw PdfSyntax.Malformed(i);
        var valueStart = PdfSyntax.SkipWhite(s, i + 3);
        var valueEnd = PdfSyntax.SkipValue(s, valueStart);
        var after = PdfSyntax.SkipWhite(s, valueEnd);
        int streamStart = -1, streamLength = 0;
        PdfDictionary? streamDictionary = null;
        // Only a stream's dictionary is read here (for its length); the others when something asks for them.
        if (s[valueStart] == '<' && s[valueStart + 1] == '<' && s[after..].StartsWith("stream"u8))
        {
            streamStart = after + 6;
            if (s[streamStart] == '\r') streamStart++;
            if (s[streamStart] == '\n') streamStart++;
            streamDictionary = PdfSyntax.ReadDictionary(InputMemory, valueStart);
            streamLength = PdfSyntax.Integer(streamDictionary["Length"]) ?? throw PdfSyntax.Malformed(after);
        }
        var obj = new PdfObject
        {
            Number = number, ValueStart = valueStart, ValueEnd = valueEnd, Source = InputMemory,
            StreamStart = streamStart, StreamLength = streamLength,
        };
        if (streamDictionary is not null) obj.Dictionary = streamDictionary;
        _objects[number] = obj;
    }

    /// <summary>The decoded data of a stream: PDFsharp's output is uncompressed, but a Flate stream is read too.</summary>
    private ReadOnlySpan<byte> StreamData(PdfObject obj)
    {
        if (obj.NewStreamData is { } replaced) return replaced;
        var raw = Input.Slice(obj.StreamStart, obj.StreamLength);
        if (!obj.Dictionary!.Contains("Filter")) return raw;
        if (!obj.Dictionary.IsName("Filter", "FlateDecode") || obj.Dictionary.Contains("DecodeParms"))
            throw new InvalidDataException("PDFsharp wrote a stream with an unexpected filter");
        using var zlib = new ZLibStream(new MemoryStream(raw.ToArray()), CompressionMode.Decompress);
        var decoded = new MemoryStream();
        // PDFsharp's zlib streams lack their checksum: read what inflates and stop at the end of the data.
        try { zlib.CopyTo(decoded); }
        catch (InvalidDataException) { }
        obj.NewStreamData = decoded.ToArray();
        obj.Dictionary.Remove("Filter");
        return obj.NewStreamData;
    }

    // ---- fonts -------------------------------------------------------------------------------------

    private readonly Dictionary<string, string> _subsetTags = new(StringComparer.Ordinal);

    private void CompactFonts()
    {
        foreach (var cidFont in _objects.Values.Where(o => o.Mentions("/CIDFontType2"u8) && o.Dictionary is { } d && d.IsName("Subtype", "CIDFontType2")).ToList())
        {
            var descriptor = Lookup(PdfSyntax.Reference(cidFont.Dictionary!["FontDescriptor"]));
            var fontFile = Lookup(PdfSyntax.Reference(descriptor?.Dictionary?["FontFile2"]));
            if (descriptor?.Dictionary is null || fontFile is null || !fontFile.IsStream) continue;
            if (cidFont.Dictionary["CIDToGIDMap"] is { } map && !cidFont.Dictionary.IsName("CIDToGIDMap", "Identity")) continue;

            var used = UsedGlyphs(cidFont.Dictionary["W"]);
            if (Compacted(StreamData(fontFile), used) is not var (compacted, deflated)) continue;
            fontFile.NewStreamData = compacted.Font;
            fontFile.DeflatedStreamData = deflated;
            fontFile.Dictionary!.Remove("Filter");
            fontFile.Dictionary.Set("Length1", PdfSyntax.Ascii(compacted.Font.Length.ToString(CultureInfo.InvariantCulture)));

            // Character IDs stay the old glyph numbers (the page content and /W use them); the map leads to the new ones.
            var highest = Math.Max(0, used.DefaultIfEmpty(0).Max());
            var cidToGid = new byte[2 * (highest + 1)];
            for (var cid = 0; cid <= highest && cid < compacted.NewGlyphOfOld.Length; cid++)
            {
                cidToGid[2 * cid] = (byte)(compacted.NewGlyphOfOld[cid] >> 8);
                cidToGid[2 * cid + 1] = (byte)compacted.NewGlyphOfOld[cid];
            }
            var mapObject = new PdfObject { Number = _nextNumber++, ValueStart = 0, ValueEnd = 0, Dictionary = new PdfDictionary(), NewStreamData = cidToGid };
            _objects[mapObject.Number] = mapObject;
            cidFont.Dictionary.Set("CIDToGIDMap", PdfSyntax.ReferenceTo(mapObject.Number));

            // The subset tag: from the compacted font and its name, so the same glyphs give the same tag.
            var name = Encoding.Latin1.GetString(descriptor.Dictionary["FontName"] ?? []);
            if (name.Length > 8 && name[7] == '+')
            {
                _fontHash.AppendData(compacted.Font);
                _fontHash.AppendData(Encoding.Latin1.GetBytes(name[8..]));
                var digest = _fontHash.GetHashAndReset();
                var tag = new char[6];
                for (var k = 0; k < 6; k++) tag[k] = (char)('A' + digest[k] % 26);
                _subsetTags[name[1..7]] = new string(tag);
            }
        }
        if (_subsetTags.Count == 0) return;
        foreach (var obj in _objects.Values)
        {
            if (!obj.IsRead && !obj.Mentions("/BaseFont"u8) && !obj.Mentions("/FontName"u8)) continue;
            if (obj.Dictionary is not { } d) continue;
            foreach (var key in new[] { "BaseFont", "FontName" })
            {
                var value = d[key];
                if (value is not { Length: > 8 } || value[7] != '+') continue;
                if (_subsetTags.TryGetValue(Encoding.Latin1.GetString(value, 1, 6), out var tag))
                    d.Set(key, (byte[])[(byte)'/', .. Encoding.Latin1.GetBytes(tag), .. value.AsSpan(7)]);
            }
        }
    }

    /// <summary>
    /// The face compacted to the glyphs drawn, and compressed; from the cache when an earlier file had the same
    /// subset and glyphs (the key hashes both); null when the font cannot be compacted.
    /// </summary>
    private (TrueTypeCompactor.Result Font, byte[] Deflated)? Compacted(ReadOnlySpan<byte> font, List<int> used)
    {
        _fontHash.AppendData(font);
        Span<byte> glyph = stackalloc byte[4];
        foreach (var g in used)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(glyph, g);
            _fontHash.AppendData(glyph);
        }
        var key = Convert.ToHexString(_fontHash.GetHashAndReset());
        if (_fonts.TryGet(key) is { } known) return known;
        if (TrueTypeCompactor.Compact(font, used) is not { } compacted) return null;
        var deflated = Deflated(compacted.Font);
        _fonts.Add(key, compacted, deflated);
        return (compacted, deflated);
    }

    private PdfObject? Lookup(int? number) => number is { } n && _objects.TryGetValue(n, out var obj) ? obj : null;

    /// <summary>The glyphs a CID font's width array names: <c>c [w1 w2 ...]</c> and <c>c1 c2 w</c> forms.</summary>
    private static List<int> UsedGlyphs(byte[]? widths)
    {
        var used = new List<int>();
        if (widths is null) return used;
        ReadOnlySpan<byte> s = widths;
        var at = 0;
        Token(s, ref at); // the outer "["
        while (Token(s, ref at) is { IsEmpty: false } token && !IsClose(token))
        {
            var first = int.Parse(token, NumberStyles.Integer, CultureInfo.InvariantCulture);
            var next = Token(s, ref at);
            if (next is [(byte)'['])
            {
                var cid = first;
                while (Token(s, ref at) is { IsEmpty: false } width && !IsClose(width)) used.Add(cid++);
            }
            else
            {
                var last = int.Parse(next, NumberStyles.Integer, CultureInfo.InvariantCulture);
                Token(s, ref at); // the width
                for (var cid = first; cid <= last; cid++) used.Add(cid);
            }
        }
        return used;

        static bool IsClose(ReadOnlySpan<byte> token) => token is [(byte)']'];
    }

    /// <summary>The next token of a width array: a bracket, or a number up to white space or a bracket; empty at the end.</summary>
    private static ReadOnlySpan<byte> Token(ReadOnlySpan<byte> s, ref int at)
    {
        while (at < s.Length && PdfSyntax.IsWhite(s[at])) at++;
        if (at >= s.Length) return default;
        var start = at;
        if (s[at] is (byte)'[' or (byte)']') return s.Slice(at++, 1);
        while (at < s.Length && !PdfSyntax.IsWhite(s[at]) && s[at] is not ((byte)'[' or (byte)']')) at++;
        return s[start..at];
    }

    // ---- output ------------------------------------------------------------------------------------

    private byte[] WriteFile(PdfDocumentInfo info, string producer)
    {
        var metadataNumber = Lookup(_root)?.Dictionary is { } catalog ? PdfSyntax.Reference(catalog["Metadata"]) : null;
        if (metadataNumber is null)
        {
            metadataNumber = _nextNumber++;
            _objects[metadataNumber.Value] = new PdfObject { Number = metadataNumber.Value, ValueStart = 0, ValueEnd = 0, Dictionary = new PdfDictionary(), NewStreamData = [] };
            Lookup(_root)!.Dictionary!.Set("Metadata", PdfSyntax.ReferenceTo(metadataNumber.Value));
        }
        if (Lookup(_info)?.Dictionary is { } infoDictionary) infoDictionary.Set("Producer", PdfSyntax.LiteralString(producer));

        // The header, and a comment of high bytes that marks the file as binary.
        Emit("%PDF-1.7\n%"u8);
        Emit([0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);

        foreach (var obj in _objects.Values.Where(o => o.IsStream && o.Number != metadataNumber))
        {
            if (obj.DeflatedStreamData is { } deflated) WriteStreamObject(obj.Number, obj.Dictionary!, deflated, flate: true);
            else WriteCompressedStreamObject(obj.Number, obj.Dictionary!, StreamData(obj));
        }

        var plain = _objects.Values.Where(o => !o.IsStream).ToList();
        for (var start = 0; start < plain.Count; start += ObjectsPerStream)
            WriteObjectStream(plain.Skip(start).Take(ObjectsPerStream).ToList());

        // The document ID: the hash of everything above, which holds every page, font and structure element.
        var id = Convert.ToHexString(_hash.GetHashAndReset().AsSpan(0, 16));
        var xmp = XmpMetadata.Write(info, producer, id);
        var metadata = new PdfDictionary();
        metadata.Set("Type", PdfSyntax.Ascii("/Metadata"));
        metadata.Set("Subtype", PdfSyntax.Ascii("/XML"));
        // Left uncompressed, as PDF/A asks, so tools that do not parse PDF still find it.
        WriteStreamObject(metadataNumber.Value, metadata, xmp, flate: false);

        WriteCrossReferenceStream(id);
        return _output.ToArray();
    }

    public void Dispose()
    {
        _output.Dispose();
        _scratch.Dispose();
        _scratchDictionary.Dispose();
        _hash.Dispose();
        _fontHash.Dispose();
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _hash.AppendData(bytes);
    }

    private void EmitAscii(string text) => Emit(PdfSyntax.Ascii(text));

    /// <summary>Writes a stream object with <paramref name="data"/> compressed.</summary>
    private void WriteCompressedStreamObject(int number, PdfDictionary dictionary, ReadOnlySpan<byte> data)
    {
        _scratch.Clear();
        DeflateInto(_scratch, data);
        WriteStreamObject(number, dictionary, _scratch.WrittenSpan, flate: true);
    }

    /// <summary>Writes a stream object with <paramref name="body"/> as it is: Flate data when <paramref name="flate"/>.</summary>
    private void WriteStreamObject(int number, PdfDictionary dictionary, ReadOnlySpan<byte> body, bool flate)
    {
        _offsets.Add((number, _output.Length));
        dictionary.Remove("Filter");
        dictionary.Remove("DecodeParms");
        if (flate) dictionary.Set("Filter", PdfSyntax.Ascii("/FlateDecode"));
        dictionary.Set("Length", PdfSyntax.Ascii(body.Length.ToString(CultureInfo.InvariantCulture)));
        EmitAscii(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
        _scratchDictionary.Clear();
        dictionary.WriteTo(_scratchDictionary);
        Emit(_scratchDictionary.WrittenSpan);
        Emit("\nstream\n"u8);
        Emit(body);
        Emit("\nendstream\nendobj\n"u8);
    }

    // Level 5, not zlib's default 6 nor its smallest 9: on the reference release's streams 6 took 1.5 times as
    // long for 1.3% fewer bytes, and 9 four times as long for 4% fewer (bench: docs/performance.md).
    private static void DeflateInto(Stream output, ReadOnlySpan<byte> data)
    {
        using var zlib = new ZLibStream(output, Deflate, leaveOpen: true);
        zlib.Write(data);
    }

    private static byte[] Deflated(ReadOnlySpan<byte> data)
    {
        using var output = new PooledBufferStream(data.Length / 2 + 64);
        DeflateInto(output, data);
        return output.ToArray();
    }

    private readonly PooledBufferStream _scratchDictionary = new(4096);

    private void WriteObjectStream(List<PdfObject> objects)
    {
        var number = _nextNumber++;
        using var bodies = new PooledBufferStream();
        var header = new StringBuilder();
        for (var k = 0; k < objects.Count; k++)
        {
            var obj = objects[k];
            header.Append(CultureInfo.InvariantCulture, $"{obj.Number} {bodies.Length} ");
            if (obj.IsRead && obj.Dictionary is { } d) d.WriteTo(bodies);
            else bodies.Write(obj.Raw);
            bodies.WriteByte((byte)'\n');
            _packed.Add((obj.Number, number, k));
        }
        var headerBytes = PdfSyntax.Ascii(header.ToString());
        using var data = new PooledBufferStream(headerBytes.Length + (int)bodies.Length);
        data.Write(headerBytes);
        data.Write(bodies.WrittenSpan);
        var dictionary = new PdfDictionary();
        dictionary.Set("Type", PdfSyntax.Ascii("/ObjStm"));
        dictionary.Set("N", PdfSyntax.Ascii(objects.Count.ToString(CultureInfo.InvariantCulture)));
        dictionary.Set("First", PdfSyntax.Ascii(headerBytes.Length.ToString(CultureInfo.InvariantCulture)));
        WriteCompressedStreamObject(number, dictionary, data.WrittenSpan);
    }

    private void WriteCrossReferenceStream(string id)
    {
        var number = _nextNumber++;
        var offset = _output.Length;
        _offsets.Add((number, offset));
        var size = number + 1;
        const int entryLength = 1 + 4 + 2;
        var table = new byte[size * entryLength];
        void Entry(int n, int type, long field2, int field3)
        {
            var at = n * entryLength;
            table[at] = (byte)type;
            for (var b = 0; b < 4; b++) table[at + 1 + b] = (byte)(field2 >> (8 * (3 - b)));
            table[at + 5] = (byte)(field3 >> 8);
            table[at + 6] = (byte)field3;
        }
        Entry(0, 0, 0, 0xFFFF);
        foreach (var (n, at) in _offsets) Entry(n, 1, at, 0);
        foreach (var (n, stream, index) in _packed) Entry(n, 2, stream, index);

        var dictionary = new PdfDictionary();
        dictionary.Set("Type", PdfSyntax.Ascii("/XRef"));
        dictionary.Set("Size", PdfSyntax.Ascii(size.ToString(CultureInfo.InvariantCulture)));
        dictionary.Set("W", PdfSyntax.Ascii("[1 4 2]"));
        dictionary.Set("Root", PdfSyntax.ReferenceTo(_root));
        if (_info > 0) dictionary.Set("Info", PdfSyntax.ReferenceTo(_info));
        dictionary.Set("ID", PdfSyntax.Ascii($"[<{id}><{id}>]"));
        WriteCompressedStreamObject(number, dictionary, table);
        EmitAscii("startxref\n" + offset.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n");
    }
}
