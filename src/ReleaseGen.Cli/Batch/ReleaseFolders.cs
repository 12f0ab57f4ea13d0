using System.Text.RegularExpressions;

namespace ReleaseGen.Cli.Batch;

/// <summary>The release folders a command line names, after glob expansion, and what was skipped or wrong.</summary>
public sealed record ReleaseFolderList(IReadOnlyList<string> Folders, IReadOnlyList<string> Notes, IReadOnlyList<string> Errors)
{
    /// <summary>Series folders named on the command line (each expanded to its releases): build writes their index pages.</summary>
    public IReadOnlyList<string> Series { get; init; } = [];
}

/// <summary>
/// Turns command-line arguments into release folders. Arguments with <c>*</c>, <c>?</c> or <c>**</c>
/// are expanded here (so <c>'examples/*'</c> works without a shell, on Windows too), and the folders
/// they match without a <c>release.yaml</c> are skipped. When several arguments are given (as a shell
/// expands <c>examples/*</c>), existing folders without a <c>release.yaml</c> and plain files are
/// skipped with a note; a single argument is always taken as a release folder, so its errors show.
/// </summary>
public static class ReleaseFolders
{
    /// <param name="arguments">Folders and globs as given.</param>
    /// <param name="distinctNames">Refuse two releases with the same folder name (their output files would collide): for build.</param>
    public static ReleaseFolderList Expand(IReadOnlyList<string> arguments, bool distinctNames = false)
    {
        var folders = new List<string>();
        var notes = new List<string>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var series = new List<string>();
        void Add(string folder)
        {
            if (seen.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))) folders.Add(folder);
        }

        foreach (var argument in arguments)
        {
            // A series folder (series.yaml, one folder per release) stands for every release in it.
            if (!IsGlob(argument) && !File.Exists(Path.Combine(argument, Loading.ReleaseLoader.DataFileName)) && ReleaseGen.Series.SeriesFolder.IsSeries(argument))
            {
                var releases = ReleaseGen.Series.SeriesFolder.Open(argument).ReleaseFolders();
                if (releases.Count == 0) errors.Add($"the series '{argument}' has no release folders (with {Loading.ReleaseLoader.DataFileName})");
                foreach (var release in releases) Add(release);
                series.Add(argument);
                continue;
            }
            if (IsGlob(argument))
            {
                var matches = Glob(argument).Where(d => File.Exists(Path.Combine(d, Loading.ReleaseLoader.DataFileName))).ToList();
                if (matches.Count == 0) errors.Add($"no release folders (with {Loading.ReleaseLoader.DataFileName}) match '{argument}'");
                matches.ForEach(Add);
                continue;
            }
            if (arguments.Count > 1 && File.Exists(argument))
            {
                notes.Add($"skipping '{argument}': a file, not a release folder");
                continue;
            }
            if (arguments.Count > 1 && Directory.Exists(argument) && !File.Exists(Path.Combine(argument, Loading.ReleaseLoader.DataFileName)))
            {
                notes.Add($"skipping '{argument}': no {Loading.ReleaseLoader.DataFileName} in it");
                continue;
            }
            Add(argument);
        }

        var names = distinctNames ? folders.GroupBy(ReleaseName).Where(g => g.Count() > 1).ToList() : [];
        foreach (var group in names)
            errors.Add($"releases {string.Join(" and ", group.Select(f => $"'{f}'"))} share the name '{group.Key}', so their outputs would overwrite each other");
        return new ReleaseFolderList(folders, notes, errors) { Series = series };
    }

    public static string ReleaseName(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    public static bool IsGlob(string argument) => argument.IndexOfAny(['*', '?']) >= 0;

    /// <summary>Directories matching a pattern of path segments with <c>*</c>, <c>?</c> and <c>**</c> (any depth), sorted.</summary>
    public static IReadOnlyList<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var rooted = normalized.StartsWith('/');
        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        var start = string.Join('/', segments.Take(fixedCount));
        if (rooted) start = "/" + start;
        if (start.Length == 0) start = ".";
        var results = new List<string>();
        if (Directory.Exists(start)) Match(start, segments.Skip(fixedCount).ToArray(), 0, results, fixedCount == 0 && !rooted);
        return results.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static void Match(string directory, string[] segments, int index, List<string> results, bool relativeToCurrent)
    {
        string Child(string name) => relativeToCurrent && directory == "." ? name : Path.Combine(directory, name);
        if (index == segments.Length)
        {
            results.Add(directory);
            return;
        }
        var segment = segments[index];
        if (segment == "**")
        {
            Match(directory, segments, index + 1, results, relativeToCurrent);
            foreach (var sub in SubDirectories(directory))
                Match(Child(Path.GetFileName(sub)), segments, index, results, false);
            return;
        }
        if (!IsGlob(segment))
        {
            var next = Child(segment);
            if (Directory.Exists(next)) Match(next, segments, index + 1, results, false);
            return;
        }
        var regex = new Regex("^" + Regex.Escape(segment).Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$", RegexOptions.CultureInvariant);
        foreach (var sub in SubDirectories(directory))
        {
            var name = Path.GetFileName(sub);
            if (!name.StartsWith('.') && regex.IsMatch(name)) Match(Child(name), segments, index + 1, results, false);
        }
    }

    private static IEnumerable<string> SubDirectories(string directory) =>
        Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal);
}
