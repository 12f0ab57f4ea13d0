using ReleaseGen.Loading;

namespace ReleaseGen.Series;

/// <summary>
/// An issuer's series: a folder holding <c>series.yaml</c> (the issuer's data, written once: issuer,
/// metric catalogue, segments, tables, boilerplate, acknowledgements), optionally a ledger file of
/// figures published before the series (<c>ledger.yaml</c>, <c>ledger.csv</c> or <c>ledger.xlsx</c>),
/// and one folder per release, each with its <c>release.yaml</c>.
/// </summary>
public sealed class SeriesFolder
{
    public const string DataFileName = "series.yaml";

    /// <summary>Ledger files read at the series root, in this order.</summary>
    public static readonly string[] LedgerFileNames = ["ledger.yaml", "ledger.csv", "ledger.xlsx"];

    private SeriesFolder(string root) => Root = root;

    /// <summary>The series folder, as given (relative paths stay relative, so messages read as typed).</summary>
    public string Root { get; }

    public string DataPath => Path.Combine(Root, DataFileName);

    /// <summary>True when <paramref name="folder"/> is a series folder (it holds <c>series.yaml</c>).</summary>
    public static bool IsSeries(string folder) => File.Exists(Path.Combine(folder, DataFileName));

    public static SeriesFolder Open(string folder) => new(folder);

    /// <summary>The series a release folder belongs to: its parent, when that holds <c>series.yaml</c>.</summary>
    public static SeriesFolder? ForRelease(string releaseFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(releaseFolder));
        if (Path.GetDirectoryName(full) is not { } parentFull || !IsSeries(parentFull)) return null;
        // Keep the caller's spelling: "examples/x/2024-q3" belongs to "examples/x".
        var trimmed = Path.TrimEndingDirectorySeparator(releaseFolder);
        var parent = Path.GetDirectoryName(trimmed);
        return new SeriesFolder(string.IsNullOrEmpty(parent) ? parentFull : parent);
    }

    /// <summary>
    /// The release folders of the series (subfolders with <c>release.yaml</c>), by name. A link is not
    /// followed: a series reads only what is inside its folder.
    /// </summary>
    public IReadOnlyList<string> ReleaseFolders() =>
        Directory.EnumerateDirectories(Root)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && new DirectoryInfo(d).LinkTarget is null
                        && File.Exists(Path.Combine(d, ReleaseLoader.DataFileName)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The ledger files present at the series root.</summary>
    public IEnumerable<string> LedgerFiles() =>
        LedgerFileNames.Select(name => Path.Combine(Root, name)).Where(File.Exists);

    public static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
