using System.ComponentModel;
using ReleaseGen.Cli.Batch;
using ReleaseGen.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary><c>releasegen build FOLDER... [--out DIR] [--format md,html,pdf]</c>.</summary>
public sealed class BuildCommand : Command<BuildCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<release-folder>")]
        [Description("One or more release folders (each holding release.yaml), or globs such as 'examples/*'. Several releases build in parallel.")]
        public string[] Folders { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("Where to write <release-name>.<ext>. Default: out")]
        [DefaultValue("out")]
        public string Out { get; init; } = "out";

        [CommandOption("-f|--format <FORMATS>")]
        [Description("Comma-separated output formats: md, html, pdf. Default: md")]
        [DefaultValue("md")]
        public string Format { get; init; } = "md";

        [CommandOption("--templates <DIR>")]
        [Description("The templates folder. Default: the release folder's templates/, ./templates, or the copy beside the program.")]
        public string? Templates { get; init; }

        public override ValidationResult Validate()
        {
            if (Folders.Length == 0) return ValidationResult.Error("name at least one release folder");
            var unknown = OutputFormats.Parse(Format).Where(f => !OutputFormats.Known.Contains(f)).ToList();
            if (unknown.Count > 0)
                return ValidationResult.Error($"unknown format {string.Join(", ", unknown.Select(f => $"'{f}'"))}; known formats: {string.Join(", ", OutputFormats.Known)}");
            var unavailable = OutputFormats.Parse(Format).Where(f => !OutputFormats.Implemented.Contains(f)).ToList();
            if (unavailable.Count > 0)
                return ValidationResult.Error($"format {string.Join(", ", unavailable.Select(f => $"'{f}'"))} is not available in this version; available: {string.Join(", ", OutputFormats.Implemented)}");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var formats = OutputFormats.Parse(settings.Format);
        var folders = ReleaseFolders.Expand(settings.Folders);
        foreach (var note in folders.Notes) Console.Error.WriteLine($"releasegen: note: {note}");
        foreach (var error in folders.Errors) Console.Error.WriteLine($"releasegen: error: {error}");
        if (folders.Errors.Count > 0) return ExitCodes.Usage;

        var display = BatchRunner.DetectDisplay();
        var options = new BatchOptions("build", display, BatchRunner.CreateConsole(display), Console.Error);
        return BatchRunner.Run(folders.Folders, folder => Build(folder, settings, formats), options).ExitCode;
    }

    /// <summary>Builds one release: render, then write every format or none. Prints nothing; the batch reports.</summary>
    internal static ReleaseResult Build(string folder, Settings settings, IReadOnlyList<string> formats)
    {
        var output = ReleasePipeline.Run(folder, settings.Templates);
        if (!output.Succeeded) return new ReleaseResult(folder, output.Name, output.Diagnostics, [], []);

        var files = formats.Select(format => OutputFormats.Render(format, output)).ToList();
        OutputWriter.WriteAll(settings.Out, files);
        var written = files.Select(f => $"wrote {Path.Combine(settings.Out, f.FileName)}").ToList();
        return new ReleaseResult(folder, output.Name, output.Diagnostics, formats, written);
    }

    internal static void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0) Console.Error.WriteLine($"{errors} error(s), {warnings} warning(s)");
    }
}
