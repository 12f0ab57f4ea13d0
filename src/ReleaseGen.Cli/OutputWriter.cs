using System.Diagnostics;
using System.Text;

namespace ReleaseGen.Cli;

/// <summary>An output that cannot be written (a name that is a folder, a full disk, no permission); the message says which and why.</summary>
public sealed class OutputException(string path, string message, Exception? inner = null) : IOException(message, inner)
{
    public string Path { get; } = path;
}

/// <summary>
/// Writes output files all-or-nothing: every file goes to a temporary name beside its target; only when
/// all are written are they moved into place, replacing earlier versions that are kept aside until the
/// last move succeeded, so a failure at any step (a name that is a folder, a full disk, a failing move)
/// leaves the folder as it was and no temporary file behind. Temporary files of a run that was killed
/// are removed by the next run that writes the same names.
/// </summary>
public static partial class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <param name="removeStale">
    /// Look for temporary files of a killed run beside each name first. A batch passes false and calls
    /// <see cref="RemoveStaleTemporaries"/> once before it: looking per file lists the whole folder each
    /// time, which for thousands of releases into one folder is quadratic.
    /// </param>
    /// <exception cref="OutputException">Nothing was changed in <paramref name="directory"/>.</exception>
    public static void WriteAll(string directory, IReadOnlyList<(string FileName, byte[] Content)> files, bool removeStale = true) =>
        WriteAll(directory, files, (from, to) => File.Move(from, to, overwrite: false), removeStale);

    /// <summary>As <see cref="WriteAll(string, IReadOnlyList{ValueTuple{string, byte[]}}, bool)"/> with the move step given: tests inject one that fails.</summary>
    internal static void WriteAll(string directory, IReadOnlyList<(string FileName, byte[] Content)> files, Action<string, string> move, bool removeStale = true)
    {
        if (File.Exists(directory)) throw new OutputException(directory, $"'{directory}' is a file, not a folder to write into");
        foreach (var (fileName, _) in files)
        {
            var target = System.IO.Path.Combine(directory, fileName);
            if (Directory.Exists(target)) throw new OutputException(target, $"cannot write '{target}': a folder has that name");
        }
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(directory, $"cannot create the output folder '{directory}': {ex.Message}", ex);
        }

        var id = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var temps = new List<(string Temp, string Target)>();
        var asides = new List<(string Aside, string Target)>();
        var placed = new List<string>();
        var done = false;
        try
        {
            foreach (var (fileName, content) in files)
            {
                if (removeStale) RemoveStale(directory, fileName);
                var target = System.IO.Path.Combine(directory, fileName);
                var temp = System.IO.Path.Combine(directory, $".{fileName}.{id}.tmp");
                temps.Add((temp, target));
                File.WriteAllBytes(temp, content);
            }
            foreach (var (temp, target) in temps)
            {
                if (File.Exists(target))
                {
                    var aside = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(target)}.{id}.old.tmp");
                    move(target, aside);
                    asides.Add((aside, target));
                }
                move(temp, target);
                placed.Add(target);
            }
            done = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Put back what was there: remove new files, return the earlier versions to their names.
            foreach (var target in placed) TryDelete(target);
            foreach (var (aside, target) in asides)
            {
                try
                {
                    File.Move(aside, target, overwrite: true);
                }
                catch (Exception restore) when (restore is IOException or UnauthorizedAccessException)
                {
                    // The earlier version stays under its temporary name rather than being lost.
                }
            }
            var failed = temps.FirstOrDefault(t => !placed.Contains(t.Target)).Target ?? directory;
            throw new OutputException(failed, $"cannot write '{failed}': {ex.Message}; nothing was written", ex);
        }
        finally
        {
            foreach (var (temp, _) in temps) TryDelete(temp);
            if (done) foreach (var (aside, _) in asides) TryDelete(aside);
        }
    }

    public static byte[] Text(string text) => Utf8NoBom.GetBytes(text);

    /// <summary>
    /// Removes (or puts back) the temporary files of killed runs for every name in <paramref name="directory"/>,
    /// listing it once: what <see cref="WriteAll(string, IReadOnlyList{ValueTuple{string, byte[]}}, bool)"/> does per name.
    /// </summary>
    public static void RemoveStaleTemporaries(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var stale in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var name = System.IO.Path.GetFileName(stale);
            var match = TemporaryName().Match(name);
            if (match.Success) RemoveStale(directory, match.Groups["name"].Value, [stale]);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\.(?<name>.+)\.\d+-[0-9a-f]+(\.old)?\.tmp$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TemporaryName();

    // ".NAME.<pid>-<guid>.tmp" left by a run that was killed: removed when its process is gone.
    private static void RemoveStale(string directory, string fileName) =>
        RemoveStale(directory, fileName, Directory.EnumerateFiles(directory, $".{fileName}.*.tmp"));

    private static void RemoveStale(string directory, string fileName, IEnumerable<string> candidates)
    {
        foreach (var stale in candidates)
        {
            var rest = System.IO.Path.GetFileName(stale)[(fileName.Length + 2)..];
            var dash = rest.IndexOf('-');
            if (dash <= 0 || !int.TryParse(rest[..dash], out var pid) || IsRunning(pid)) continue;
            // An earlier version set aside by a run killed before it put the new one in place goes back.
            var target = System.IO.Path.Combine(directory, fileName);
            if (stale.EndsWith(".old.tmp", StringComparison.Ordinal) && !File.Exists(target))
            {
                try
                {
                    File.Move(stale, target);
                    continue;
                }
                catch (IOException)
                {
                    // Left for the delete below.
                }
            }
            TryDelete(stale);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file that cannot be deleted is removed by the next run.
        }
    }
}
