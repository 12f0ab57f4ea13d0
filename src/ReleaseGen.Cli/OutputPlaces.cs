using ReleaseGen.Safety;
using ReleaseGen.Templating;

namespace ReleaseGen.Cli;

/// <summary>
/// Checks an output folder before any work: it must be a folder (or creatable as one), writable, and
/// outside every release folder and template root, so a build can never overwrite its own inputs
/// (<c>--out</c> at the release folder would replace its narrative.md).
/// </summary>
public static class OutputPlaces
{
    /// <summary>Null when <paramref name="output"/> may be written; otherwise why not, for a usage error (exit 2).</summary>
    /// <param name="option">The option's name for messages: "--out", "--audit".</param>
    /// <param name="output">The folder outputs go to.</param>
    /// <param name="releaseFolders">Release folders of the run (a diff's file sides are not folders and are skipped).</param>
    /// <param name="templatesOption">The --templates folder, if given; otherwise each release's template root is looked up.</param>
    public static string? Refuse(string option, string output, IEnumerable<string> releaseFolders, string? templatesOption)
    {
        if (File.Exists(output)) return $"{option} '{output}' is a file, not a folder to write into";
        var existing = Path.GetFullPath(output);
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) return $"{option} '{output}' cannot be created: '{existing}' is a file";
            if (Path.GetDirectoryName(existing) is not { } parent) break;
            existing = parent;
        }
        foreach (var folder in releaseFolders.Where(Directory.Exists))
        {
            if (SourceFiles.IsInside(output, folder))
                return $"{option} '{output}' is inside the release folder '{folder}': outputs are never written among a release's inputs; choose a folder outside it";
            if ((templatesOption ?? TemplateSet.FindRoot(null, folder)) is { } templates && SourceFiles.IsInside(output, templates))
                return $"{option} '{output}' is inside the templates folder '{templates}': outputs are never written among templates; choose a folder outside it";
        }
        if (Directory.Exists(existing) && !CanWrite(existing)) return $"{option} '{output}' is not writable";
        return null;
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, $".releasegen-probe-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
