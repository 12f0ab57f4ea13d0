namespace ReleaseGen.Testing;

/// <summary>
/// Scratch folders for tests, all inside one folder of the test process, deleted when the process ends or,
/// if it was stopped, by the next test process: a test run leaves nothing behind in the temporary folder
/// (a mutation run starts thousands of test processes).
/// </summary>
public static class Scratch
{
    private const string Prefix = "releasegen-tests-";

    private static readonly Lazy<string> Root = new(() =>
    {
        DeleteLeftovers();
        var root = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(root);
        return root;
    });

    /// <summary>
    /// The folders of test processes that are gone: a test host stopped by its runner (or by a mutation run)
    /// ends without running its exit handlers.
    /// </summary>
    private static void DeleteLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var name = Path.GetFileName(folder)[Prefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name[..dash], out var pid) && !IsRunning(pid)) Delete(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int _count;

    /// <summary>A new, empty folder named <paramref name="prefix"/> and a number, inside the process's scratch folder.</summary>
    public static string Folder(string prefix)
    {
        var folder = Path.Combine(Root.Value, $"{prefix}{Interlocked.Increment(ref _count)}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void Delete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open (a child process not yet gone): the operating system's temp clean-up takes it.
        }
    }
}
