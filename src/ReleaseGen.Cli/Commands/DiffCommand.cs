using System.ComponentModel;
using ReleaseGen.Diff;
using ReleaseGen.Safety;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary>
/// <c>releasegen diff OLD NEW [--out DIR]</c>: a redline between two versions of a release. Exit codes
/// as <c>diff(1)</c>: 0 no differences, 1 differences, 2 trouble (a side that does not build or exist).
/// </summary>
public sealed class DiffCommand : Command<DiffCommand.Settings>
{
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

        [CommandOption("--limit <NAME=VALUE>")]
        [Description("Raise a named limit (repeatable): file-size, yaml-depth, yaml-nodes, expression-depth, markdown-depth, output-size, render-seconds, regex-ms, diff-cells. See docs/security.md.")]
        public string[] Limit { get; init; } = [];

        /// <summary>The limits in force: the defaults with --limit applied (validated).</summary>
        public Safety.Limits Limits => Safety.Limits.TryParse(Limit, out var limits, out _) ? limits : Safety.Limits.Default;

        public override ValidationResult Validate() =>
            Safety.Limits.TryParse(Limit, out _, out var limitError) ? ValidationResult.Success() : ValidationResult.Error(limitError!);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var limits = settings.Limits;
        if (OutputPlaces.Refuse("--out", settings.Out, [settings.Old, settings.New], settings.Templates) is { } refused)
        {
            Console.Error.WriteLine($"releasegen: error: {refused}");
            return Trouble;
        }
        try
        {
            var oldSide = Load(settings.Old, settings.OldTemplates ?? settings.Templates, limits);
            var newSide = Load(settings.New, settings.Templates, limits);
            if (oldSide is null || newSide is null) return Trouble;

            var diff = ReleaseDiff.Compare(oldSide, newSide, limits);
            Print(diff);
            var stem = Path.GetFileNameWithoutExtension(newSide.Name);
            var files = new List<(string, byte[])>
            {
                ($"{stem}.redline.html", OutputWriter.Text(diff.ToHtml())),
                ($"{stem}.redline.md", OutputWriter.Text(diff.ToMarkdownSummary())),
            };
            OutputWriter.WriteAll(settings.Out, files);
            foreach (var (fileName, _) in files) Console.Out.WriteLine($"wrote {Path.Combine(settings.Out, fileName)}");
            return diff.HasDifferences ? Differences : NoDifferences;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever goes wrong is trouble (2), never "different" (1): CI must not read a crash as a redline.
            var side = Directory.Exists(settings.New) ? settings.New : Path.GetDirectoryName(Path.GetFullPath(settings.New)) ?? ".";
            Console.Error.WriteLine(ReleaseFailure.ToDiagnostic(side, ex).ToString());
            return Trouble;
        }
    }

    /// <summary>A release folder is built; a file is read as generated Markdown. Problems are printed, and give null.</summary>
    private static DiffSide? Load(string path, string? templates, Limits limits)
    {
        if (Directory.Exists(path))
        {
            var output = ReleasePipeline.Run(path, templates, limits: limits);
            if (!output.Succeeded)
            {
                BuildCommand.Report(output.Diagnostics);
                Console.Error.WriteLine($"releasegen: error: '{path}' does not build, so it cannot be compared");
                return null;
            }
            return DiffSide.FromRelease(output.Name, output);
        }
        if (File.Exists(path))
        {
            // A generated Markdown file: text only (a binary file is refused, not diffed as text), within file-size.
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            try
            {
                return new DiffSide(Path.GetFileName(path), SourceFiles.ReadText(path, folder, limits));
            }
            catch (SourceFileException ex)
            {
                Console.Error.WriteLine(new Diagnostics.Diagnostic(Diagnostics.Severity.Error, ex.Code,
                    ex.Code == Diagnostics.DiagnosticCodes.InvalidText ? $"'{path}' is not a text file, so it cannot be compared ({ex.Message})" : ex.Message,
                    new Diagnostics.SourceLocation(path, ex.Line, ex.Column)).ToString());
                return null;
            }
        }
        Console.Error.WriteLine($"releasegen: error: '{path}' is neither a release folder nor a Markdown file");
        return null;
    }

    private static void Print(ReleaseDiff diff)
    {
        if (!diff.HasDifferences)
        {
            Console.Out.WriteLine("no differences");
            return;
        }
        if (diff.ComparesFigures)
        {
            Console.Out.WriteLine(diff.FigureChanges.Count == 0 ? "no figures changed" : $"{diff.FigureChanges.Count} figure(s) changed:");
            foreach (var change in diff.FigureChanges) Console.Out.WriteLine($"  {change}");
        }
        var sections = diff.Redline.ChangedSections;
        Console.Out.WriteLine(sections.Count == 0 ? "no text changed" : $"{sections.Count} section(s) changed:");
        foreach (var section in sections) Console.Out.WriteLine($"  {(section.Length == 0 ? "(before the first heading)" : section)}");
    }
}
