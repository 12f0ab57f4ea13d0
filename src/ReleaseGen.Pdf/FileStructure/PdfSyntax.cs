using System.Globalization;
using System.Text;

namespace ReleaseGen.Pdf.FileStructure;

/// <summary>
/// Just enough PDF syntax to read the file PDFsharp writes: skip a value, split a dictionary into its
/// keys and raw values, read references and numbers. Values stay raw bytes, copied through unchanged.
/// </summary>
internal static class PdfSyntax
{
    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
        or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static int SkipWhite(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length)
        {
            if (IsWhite(s[i])) i++;
            else if (s[i] == '%') { while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++; }
            else break;
        }
        return i;
    }

    /// <summary>The index just past the value that starts at or after <paramref name="i"/> (a reference counts as one value).</summary>
    public static int SkipValue(ReadOnlySpan<byte> s, int i)
    {
        i = SkipWhite(s, i);
        if (i >= s.Length) throw Malformed(i);
        switch (s[i])
        {
            case (byte)'(':
            {
                var depth = 0;
                do
                {
                    var c = s[i];
                    if (c == '\\') i++;
                    else if (c == '(') depth++;
                    else if (c == ')') depth--;
                    i++;
                }
                while (depth > 0 && i < s.Length);
                return i;
            }
            case (byte)'<' when i + 1 < s.Length && s[i + 1] == '<':
                i += 2;
                while (true)
                {
                    i = SkipWhite(s, i);
                    if (i + 1 >= s.Length) throw Malformed(i);
                    if (s[i] == '>' && s[i + 1] == '>') return i + 2;
                    i = SkipValue(s, i);
                }
            case (byte)'<':
            {
                var end = s[i..].IndexOf((byte)'>');
                if (end < 0) throw Malformed(i);
                return i + end + 1;
            }
            case (byte)'[':
                i++;
                while (true)
                {
                    i = SkipWhite(s, i);
                    if (i >= s.Length) throw Malformed(i);
                    if (s[i] == ']') return i + 1;
                    i = SkipValue(s, i);
                }
            case (byte)'/':
                i++;
                while (i < s.Length && !IsWhite(s[i]) && !IsDelimiter(s[i])) i++;
                return i;
            default:
            {
                var end = SkipToken(s, i);
                // "12 0 R" is one value.
                if (IsInteger(s[i..end]))
                {
                    var generation = SkipWhite(s, end);
                    var generationEnd = SkipToken(s, generation);
                    if (generationEnd > generation && IsInteger(s[generation..generationEnd]))
                    {
                        var r = SkipWhite(s, generationEnd);
                        if (r < s.Length && s[r] == 'R' && (r + 1 == s.Length || IsWhite(s[r + 1]) || IsDelimiter(s[r + 1]))) return r + 1;
                    }
                }
                if (end == i) throw Malformed(i);
                return end;
            }
        }
    }

    private static int SkipToken(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && !IsWhite(s[i]) && !IsDelimiter(s[i])) i++;
        return i;
    }

    private static bool IsInteger(ReadOnlySpan<byte> token)
    {
        if (token.IsEmpty) return false;
        foreach (var b in token)
            if (b < '0' || b > '9') return false;
        return true;
    }

    /// <summary>
    /// The keys of the dictionary starting at <paramref name="start"/> (at its <c>&lt;&lt;</c>) and each value's
    /// raw bytes, as slices of <paramref name="file"/> (which must outlive the dictionary).
    /// </summary>
    public static PdfDictionary ReadDictionary(ReadOnlyMemory<byte> file, int start)
    {
        var s = file.Span;
        var dictionary = new PdfDictionary();
        var i = SkipWhite(s, start);
        if (i + 1 >= s.Length || s[i] != '<' || s[i + 1] != '<') throw Malformed(i);
        i += 2;
        while (true)
        {
            i = SkipWhite(s, i);
            if (i + 1 >= s.Length) throw Malformed(i);
            if (s[i] == '>' && s[i + 1] == '>') return dictionary;
            if (s[i] != '/') throw Malformed(i);
            var keyEnd = SkipValue(s, i);
            var valueStart = SkipWhite(s, keyEnd);
            var valueEnd = SkipValue(s, valueStart);
            dictionary.Set(KeyName(s[(i + 1)..keyEnd]), file[valueStart..valueEnd]);
            i = valueEnd;
        }
    }

    private const int MaxKnownKeys = 512;

    // PDFsharp writes its dictionaries from a small vocabulary of keys (Type, S, P, K, Pg, ...) over a few
    // hundred objects per file: each key's string is made once per thread and reused.
    [ThreadStatic] private static Dictionary<string, string>? _knownKeys;

    private static string KeyName(ReadOnlySpan<byte> key)
    {
        if (key.Length > 64) return Encoding.Latin1.GetString(key);
        Span<char> chars = stackalloc char[key.Length];
        Encoding.Latin1.GetChars(key, chars);
        var known = _knownKeys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var name)) return name;
        name = new string(chars);
        if (known.Count < MaxKnownKeys) known[name] = name;
        return name;
    }

    public static int? Reference(byte[]? value)
    {
        if (value is null) return null;
        var text = Encoding.Latin1.GetString(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return text.Length == 3 && text[2] == "R" && int.TryParse(text[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static int? Integer(byte[]? value) =>
        value is not null && int.TryParse(Encoding.Latin1.GetString(value), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] ReferenceTo(int number) => Ascii(number.ToString(CultureInfo.InvariantCulture) + " 0 R");

    /// <summary>A PDF literal string: Latin-1 text escaped, anything else as UTF-16BE with its byte order mark.</summary>
    public static byte[] LiteralString(string text)
    {
        var latin = text.All(c => c >= ' ' && c < 0x7F);
        var bytes = latin ? Encoding.Latin1.GetBytes(text) : [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
        var output = new List<byte>(bytes.Length + 8) { (byte)'(' };
        foreach (var b in bytes)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\') output.Add((byte)'\\');
            if (b == '\r') { output.AddRange("\\r"u8); continue; }
            if (b == '\n') { output.AddRange("\\n"u8); continue; }
            output.Add(b);
        }
        output.Add((byte)')');
        return [.. output];
    }

    public static InvalidDataException Malformed(int at) =>
        new($"PDFsharp's output could not be read at byte {at.ToString(CultureInfo.InvariantCulture)}");
}

/// <summary>A PDF dictionary as ordered keys and raw value bytes.</summary>
/// <remarks>
/// Every object of the file passes through here (a few hundred structure elements per release): lookups
/// are plain loops over the few entries, with no delegate or string made per call.
/// </remarks>
internal sealed class PdfDictionary
{
    private readonly List<(string Key, ReadOnlyMemory<byte> Value)> _entries = new(8);

    private int IndexOf(string key)
    {
        for (var i = 0; i < _entries.Count; i++)
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public bool Contains(string key) => IndexOf(key) >= 0;

    /// <summary>A copy of the value of <paramref name="key"/>, or null.</summary>
    public byte[]? this[string key] => IndexOf(key) is var at and >= 0 ? _entries[at].Value.ToArray() : null;

    /// <summary>Whether the value of <paramref name="key"/> is the name <c>/</c><paramref name="name"/> (ASCII).</summary>
    public bool IsName(string key, string name)
    {
        if (IndexOf(key) is not (var at and >= 0)) return false;
        var value = _entries[at].Value.Span;
        if (value.Length != name.Length + 1 || value[0] != '/') return false;
        for (var i = 0; i < name.Length; i++)
            if (value[i + 1] != name[i]) return false;
        return true;
    }

    public void Set(string key, ReadOnlyMemory<byte> value)
    {
        var at = IndexOf(key);
        if (at >= 0) _entries[at] = (key, value);
        else _entries.Add((key, value));
    }

    public void Remove(string key)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal)) _entries.RemoveAt(i);
    }

    public void WriteTo(Stream output)
    {
        Span<byte> name = stackalloc byte[128];
        output.Write("<<"u8);
        foreach (var (key, memory) in _entries)
        {
            var value = memory.Span;
            output.WriteByte((byte)'/');
            // Keys are names read from the file or written here: Latin-1, short.
            if (key.Length <= name.Length) output.Write(name[..System.Text.Encoding.Latin1.GetBytes(key, name)]);
            else output.Write(PdfSyntax.Ascii(key));
            if (value.Length > 0 && !PdfSyntax.IsDelimiter(value[0])) output.WriteByte((byte)' ');
            output.Write(value);
        }
        output.Write(">>"u8);
    }
}
