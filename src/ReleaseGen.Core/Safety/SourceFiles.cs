using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ReleaseGen.Diagnostics;

namespace ReleaseGen.Safety;

/// <summary>A file that may not be read: outside its root, too large, not text. The message says why.</summary>
public sealed class SourceFileException(string code, string message, int line = 1, int column = 1) : Exception(message)
{
    public string Code { get; } = code;

    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// The trust boundary for reading: every file a release or a template set supplies is read here, and
/// only when it lies under its root (the release folder, the template root, the history folder) once
/// every symbolic link in its path is resolved. The file is read from its resolved path, at most
/// <see cref="Limits.FileSize"/> bytes, and must be UTF-8 without control characters or bidirectional
/// overrides. A link to <c>/proc/self/environ</c>, <c>/etc/passwd</c> or <c>/dev/zero</c> is refused.
/// </summary>
public static class SourceFiles
{
    private const int MaxLinkHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Reads <paramref name="path"/>, which must lie under <paramref name="root"/>; LF line ends, no BOM.</summary>
    /// <exception cref="SourceFileException">The file is outside the root, missing, too large or not clean UTF-8 text.</exception>
    public static string ReadText(string path, string root, Limits? limits = null)
    {
        var real = ResolveInside(path, root);
        return ReadBounded(real, path, limits ?? Limits.Default, static bytes => Decode(bytes)).Replace("\r\n", "\n");
    }

    /// <summary>The bytes of <paramref name="path"/>, which must lie under <paramref name="root"/>, at most <see cref="Limits.FileSize"/> of them.</summary>
    /// <exception cref="SourceFileException">The file is outside the root, missing or too large.</exception>
    public static byte[] ReadBytes(string path, string root, Limits? limits = null) =>
        ReadBounded(ResolveInside(path, root), path, limits ?? Limits.Default);

    /// <summary>As <see cref="ReadText"/>, but a refusal is reported into <paramref name="diagnostics"/> (at the file) and gives null.</summary>
    public static string? TryReadText(string path, string root, Limits? limits, DiagnosticBag diagnostics)
    {
        try
        {
            return ReadText(path, root, limits);
        }
        catch (SourceFileException ex)
        {
            diagnostics.Error(ex.Code, new SourceLocation(path, ex.Line, ex.Column), ex.Message);
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> exists as a file and lies under <paramref name="root"/> after resolving links.</summary>
    public static bool ExistsInside(string path, string root)
    {
        try
        {
            ResolveInside(path, root);
            return true;
        }
        catch (SourceFileException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies under it, both with links resolved.</summary>
    public static bool IsInside(string path, string root)
    {
        try
        {
            return Contains(RealPath(root), RealPath(path));
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The path with every symbolic link in it resolved (the file need not exist).</summary>
    /// <exception cref="IOException">A loop of links, or more than 40 of them.</exception>
    public static string RealPath(string path)
    {
        var hops = 0;
        return Resolve(path, ref hops);
    }

    private static string Resolve(string path, ref int hops)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.Length == 0) continue;
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (UnauthorizedAccessException)
            {
                target = null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) throw new IOException($"'{path}' goes through a loop of symbolic links (or more than {MaxLinkHops})");
            current = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref hops);
        }
        return current;
    }

    private static bool Contains(string root, string path)
    {
        var r = Path.TrimEndingDirectorySeparator(root);
        return string.Equals(path, r, PathComparison)
            || path.StartsWith(r + Path.DirectorySeparatorChar, PathComparison)
            || (r.Length > 0 && r[^1] == Path.DirectorySeparatorChar && path.StartsWith(r, PathComparison));
    }

    private static string ResolveInside(string path, string root)
    {
        string real, realRoot;
        try
        {
            real = RealPath(path);
            realRoot = RealPath(root);
        }
        catch (IOException ex)
        {
            throw new SourceFileException(DiagnosticCodes.FileNotAllowed, ex.Message);
        }
        if (!Contains(realRoot, real))
            throw new SourceFileException(DiagnosticCodes.FileNotAllowed,
                $"'{path}' resolves to a file outside '{root}': a release or template set may read only files inside its own folder");
        if (Directory.Exists(real)) throw new SourceFileException(DiagnosticCodes.FileNotAllowed, $"'{path}' is a folder, not a file");
        if (!File.Exists(real)) throw new SourceFileException(DiagnosticCodes.MissingFile, $"'{path}' does not exist");
        return real;
    }

    private delegate T BytesReader<T>(ReadOnlySpan<byte> bytes);

    private static byte[] ReadBounded(string real, string path, Limits limits) =>
        ReadBounded(real, path, limits, static bytes => bytes.ToArray());

    /// <summary>
    /// Reads the file into a pooled buffer sized from its length (one more byte, to see its end), growing
    /// only when the file is longer than it said (a file being written, a file system that reports no
    /// length), and never past <see cref="Limits.FileSize"/>; <paramref name="use"/> sees the bytes before
    /// the buffer is returned. A batch reads a few dozen files per release: no per-read chunk or copy.
    /// </summary>
    private static T ReadBounded<T>(string real, string path, Limits limits, BytesReader<T> use)
    {
        byte[]? buffer = null;
        try
        {
            using var handle = File.OpenHandle(real, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length > limits.FileSize) throw TooLarge(limits);
            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(length + 1, 4096), Math.Min(limits.FileSize + 1, Array.MaxLength)));
            var count = 0;
            int read;
            while ((read = RandomAccess.Read(handle, buffer.AsSpan(count), count)) > 0)
            {
                count += read;
                if (count > limits.FileSize) throw TooLarge(limits);
                if (count < buffer.Length) continue;
                if (buffer.Length >= Array.MaxLength) throw TooLarge(limits); // no larger array: never a silent cut
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, Math.Min(limits.FileSize + 1, Array.MaxLength)));
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            return use(buffer.AsSpan(0, count));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SourceFileException(DiagnosticCodes.MissingFile, $"'{path}' cannot be read: {ex.Message}");
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SourceFileException TooLarge(Limits limits) =>
        new(DiagnosticCodes.LimitExceeded, $"the file is larger than {limits.Describe("file-size")}");

    /// <summary>Strict UTF-8 (a BOM is dropped); no control characters but tab and line ends, no bidirectional controls.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (!Utf8.IsValid(bytes))
        {
            var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var bytesRead, out _, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Position(bytes[..bytesRead]);
                throw new SourceFileException(DiagnosticCodes.InvalidText,
                    $"the file is not valid UTF-8 text (byte 0x{bytes[bytesRead]:X2}); save it as UTF-8", line, column);
            }
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (FindForbidden(text) is { } at)
        {
            var (line, column) = Position(text.AsSpan(0, at));
            throw new SourceFileException(DiagnosticCodes.InvalidText, $"{NameOf(text[at])} is not allowed in a release's text", line, column);
        }
        return text;
    }

    /// <summary>The index of the first control character (other than tab, CR, LF), bidirectional control or lone surrogate, or null.</summary>
    public static int? FindForbidden(string text)
    {
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i += 2)
        {
            // Vectorised: every file and every YAML string passes through here.
            var at = span[i..].IndexOfAny(ForbiddenOrSurrogate);
            if (at < 0) return null;
            i += at;
            if (!(char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))) return i;
        }
        return null;
    }

    /// <summary>What <see cref="IsForbidden"/> refuses, and both halves of surrogate pairs (a pair is allowed, half of one is not).</summary>
    private static readonly SearchValues<char> ForbiddenOrSurrogate = SearchValues.Create(
        Range('\u0000', '\u0008') + "\u000B\u000C" + Range('\u000E', '\u001F') + Range('\u007F', '\u009F')
        + "\u061C\u200E\u200F" + Range('\u202A', '\u202E') + Range('\u2066', '\u2069') + Range('\uD800', '\uDFFF'));

    private static string Range(char first, char last) => string.Create(last - first + 1, first, static (chars, from) =>
    {
        for (var k = 0; k < chars.Length; k++) chars[k] = (char)(from + k);
    });

    public static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>"U+202E (a bidirectional control)", "U+0007 (a control character)".</summary>
    public static string NameOf(char c) =>
        $"U+{(int)c:X4} ({(char.IsControl(c) ? "a control character" : char.IsSurrogate(c) ? "half of a surrogate pair" : "a bidirectional control")})";

    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var line = before.Count((byte)'\n') + 1;
        var lastBreak = before.LastIndexOf((byte)'\n');
        return (line, Encoding.UTF8.GetCharCount(before[(lastBreak + 1)..]) + 1);
    }

    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var line = before.Count('\n') + 1;
        return (line, before.Length - before.LastIndexOf('\n'));
    }
}
