using System.ComponentModel;
using ReleaseGen.Diff;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary>
/// <c>releasegen diff OLD NEW [--out DIR]</c>: a redline between two versions of a release. Exit codes
/// as <c>diff(1)</c>: 0 no differences, 1 differences, 2 trouble (a side that does not build or exist).
/// </summary>
public sealed class DiffCommand(IAnsiConsole console, CliEnvironment environment) : Command<DiffCommand.Settings>
{
    // Lines as they are: the console would wrap them at its width.
    private TextWriter Out => console.Profile.Out.Writer;

    private TextWriter Error => environment.Error;

    public const int NoDifferences = 0;
    public const int Differences = 1;
    public const int Trouble = 2;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<old>")]
        [Description("The approved version: a release folder (built first) or a generated .md file.")]
        public string Old { get; init; } = "";

        [CommandArgument(1, "<new>")]
        [Description("The draft to review: a release folder or a generated .md file.")]
        public string New { get; init; } = "";

        [CommandOption("-o|--out <DIR>")]
        [Description("Where to write <new-name>.redline.html and <new-name>.redline.md. Default: out")]
        [DefaultValue("out")]
        public string Out { get; init; } = "out";

        [CommandOption("--templates <DIR>")]
        [Description("The templates folder for release folders. Default: as for build.")]
        public string? Templates { get; init; }

        [CommandOption("--old-templates <DIR>")]
        [Description("The templates folder for OLD, when it differs (the approved version's own templates). Default: --templates.")]
        public string? OldTemplates { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var oldSide = Load(settings.Old, settings.OldTemplates ?? settings.Templates);
            var newSide = Load(settings.New, settings.Templates);
            if (oldSide is null || newSide is null) return Trouble;

            var diff = ReleaseDiff.Compare(oldSide, newSide);
            Print(diff);
            var stem = Path.GetFileNameWithoutExtension(newSide.Name);
            var files = new List<(string, byte[])>
            {
                ($"{stem}.redline.html", OutputWriter.Text(diff.ToHtml())),
                ($"{stem}.redline.md", OutputWriter.Text(diff.ToMarkdownSummary())),
            };
            OutputWriter.WriteAll(settings.Out, files);
            foreach (var (fileName, _) in files) Out.WriteLine($"wrote {Path.Combine(settings.Out, fileName)}");
            return diff.HasDifferences ? Differences : NoDifferences;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"releasegen: error: {ex.Message}");
            return Trouble;
        }
    }

    /// <summary>A release folder is built; a file is read as generated Markdown. Problems are printed, and give null.</summary>
    private DiffSide? Load(string path, string? templates)
    {
        if (Directory.Exists(path))
        {
            var output = ReleasePipeline.Run(path, templates);
            if (!output.Succeeded)
            {
                BuildCommand.Report(output.Diagnostics, Error);
                Error.WriteLine($"releasegen: error: '{path}' does not build, so it cannot be compared");
                return null;
            }
            return DiffSide.FromRelease(output.Name, output);
        }
        if (File.Exists(path)) return new DiffSide(Path.GetFileName(path), File.ReadAllText(path).Replace("\r\n", "\n"));
        Error.WriteLine($"releasegen: error: '{path}' is neither a release folder nor a Markdown file");
        return null;
    }

    private void Print(ReleaseDiff diff)
    {
        if (!diff.HasDifferences)
        {
            Out.WriteLine("no differences");
            return;
        }
        if (diff.ComparesFigures)
        {
            Out.WriteLine(diff.FigureChanges.Count == 0 ? "no figures changed" : $"{diff.FigureChanges.Count} figure(s) changed:");
            foreach (var change in diff.FigureChanges) Out.WriteLine($"  {change}");
        }
        var sections = diff.Redline.ChangedSections;
        Out.WriteLine(sections.Count == 0 ? "no text changed" : $"{sections.Count} section(s) changed:");
        foreach (var section in sections) Out.WriteLine($"  {(section.Length == 0 ? "(before the first heading)" : section)}");
    }
}
