namespace ReleaseGen.Testing;

/// <summary>
/// Scratch folders for tests, all inside one folder of the test process that is deleted when the process
/// ends, so a test run leaves nothing in the temporary folder (a mutation run starts thousands of them).
/// </summary>
public static class Scratch
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("releasegen-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(root);
        return root;
    });

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
