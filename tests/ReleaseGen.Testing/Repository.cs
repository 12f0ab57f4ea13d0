namespace ReleaseGen.Testing;

/// <summary>Paths into the repository for tests: its root, the bundled examples and templates, and scratch copies of an example.</summary>
public static class Repository
{
    /// <summary>The folder holding ReleaseGen.sln, found upward from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// Copies an example's files into a new temporary folder of the same name (so output file names match
    /// the original's), for tests that edit data or narrative. Returns the copy's path.
    /// </summary>
    public static string CopyExample(string name = "alexco-2012-q2")
    {
        var copy = Path.Combine(Scratch.Folder("releasegen-test"), name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Example(name)))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReleaseGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReleaseGen.sln not found above the test binaries");
    }
}
