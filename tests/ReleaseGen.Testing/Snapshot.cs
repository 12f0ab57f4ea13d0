using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ReleaseGen.Testing;

/// <summary>
/// Snapshot assertions in the style of Verify: the accepted output lives next to the test as
/// <c>{Class}.{Method}[_{name}].verified.{ext}</c>; on mismatch the new output is written beside it as
/// <c>.received.</c> (git-ignored) and the failure message carries a unified diff.
/// Set <c>RELEASEGEN_ACCEPT=1</c> to accept received output as verified.
/// </summary>
/// <remarks>
/// The class part of the name is the test's source file name, so keep one test class per file (as
/// Verify's conventions assume). Snapshots are UTF-8 with LF line endings and one final newline.
/// </remarks>
public static class Snapshot
{
    /// <summary>The environment variable that turns a mismatch into an accepted snapshot.</summary>
    public const string AcceptVariable = "RELEASEGEN_ACCEPT";

    /// <summary>Scrubbers applied to every snapshot in the test run (the global level).</summary>
    public static SnapshotSettings Global { get; } = new();

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="actual"/> with the verified snapshot of the calling test.</summary>
    public static void Verify(
        string actual,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        settings ??= new SnapshotSettings();
        var text = Normalize(Global.Scrub(settings.Scrub(actual)));
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = Path.GetFileNameWithoutExtension(sourceFile) + "." + method
                   + (settings.Name is null ? "" : "_" + settings.Name);
        var extension = settings.Extension;
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == text)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (IsAcceptOn())
        {
            File.WriteAllText(verifiedPath, text, Utf8NoBom);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text, Utf8NoBom);
        var message = verified is null
            ? $"No verified snapshot yet: {verifiedPath}\nReceived written to {receivedPath}; read it, then accept it with {AcceptVariable}=1.\n\n{text}"
            : $"Snapshot mismatch: {verifiedPath}\nReceived written to {receivedPath}.\n\n{UnifiedDiff(verified, text)}";
        throw new XunitException(message);
    }

    private static bool IsAcceptOn()
    {
        var value = Environment.GetEnvironmentVariable(AcceptVariable);
        return value is "1" or "true" or "TRUE" or "True";
    }

    /// <summary>LF line endings, no BOM, exactly one final newline.</summary>
    public static string Normalize(string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.TrimEnd('\n') + "\n";
    }

    /// <summary>A unified diff (three lines of context) of two texts, for failure messages.</summary>
    public static string UnifiedDiff(string expected, string actual, int context = 3)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = model.Lines;
        var output = new StringBuilder("--- verified\n+++ received\n");
        var changed = lines.Select((l, i) => (l, i)).Where(x => x.l.Type != ChangeType.Unchanged).Select(x => x.i).ToList();
        var printedUpTo = -1;
        foreach (var index in changed)
        {
            var from = Math.Max(Math.Max(0, index - context), printedUpTo + 1);
            if (from > printedUpTo + 1 && printedUpTo >= 0) output.Append("@@\n");
            if (printedUpTo < 0) output.Append("@@\n");
            var to = Math.Min(lines.Count - 1, index + context);
            for (var i = from; i <= to; i++)
            {
                if (i <= printedUpTo) continue;
                var prefix = lines[i].Type switch
                {
                    ChangeType.Inserted => "+",
                    ChangeType.Deleted => "-",
                    _ => " ",
                };
                output.Append(prefix).Append(lines[i].Text).Append('\n');
                printedUpTo = i;
            }
        }
        return output.ToString();
    }
}

/// <summary>
/// Per-call or global snapshot settings: the snapshot's name suffix and extension, and scrubbers that
/// replace volatile text (paths, versions) before comparison.
/// </summary>
public sealed class SnapshotSettings
{
    private readonly List<Func<string, string>> _scrubbers = [];

    /// <summary>Suffix added to the snapshot name, for tests that verify more than one output.</summary>
    public string? Name { get; private set; }

    /// <summary>The file extension of the snapshot, "txt" by default.</summary>
    public string Extension { get; private set; } = "txt";

    public SnapshotSettings UseName(string name) { Name = name; return this; }

    public SnapshotSettings UseExtension(string extension) { Extension = extension.TrimStart('.'); return this; }

    public SnapshotSettings AddScrubber(Func<string, string> scrubber) { _scrubbers.Add(scrubber); return this; }

    /// <summary>Replaces every occurrence of <paramref name="find"/> with <paramref name="replacement"/>.</summary>
    public SnapshotSettings ScrubReplace(string find, string replacement) =>
        AddScrubber(text => find.Length == 0 ? text : text.Replace(find, replacement));

    /// <summary>Removes lines that match <paramref name="predicate"/>.</summary>
    public SnapshotSettings ScrubLines(Func<string, bool> predicate) =>
        AddScrubber(text => string.Join('\n', text.Split('\n').Where(line => !predicate(line))));

    internal string Scrub(string text) => _scrubbers.Aggregate(text, (current, scrub) => scrub(current));
}
