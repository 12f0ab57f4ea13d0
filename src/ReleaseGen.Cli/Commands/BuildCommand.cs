using System.ComponentModel;
using ReleaseGen.Cli.Batch;
using ReleaseGen.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary><c>releasegen build FOLDER... [--out DIR] [--format md,html,pdf] [--locale fr-CA]</c>.</summary>
public sealed class BuildCommand(IAnsiConsole console, CliEnvironment environment) : Command<BuildCommand.Settings>
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
        [Description("Comma-separated output formats: md, html, edgar, pdf. Default: " + OutputFormats.Default)]
        [DefaultValue(OutputFormats.Default)]
        public string Format { get; init; } = OutputFormats.Default;

        [CommandOption("--page-size <SIZE>")]
        [Description("PDF page size: letter or a4. Default: letter")]
        [DefaultValue("letter")]
        public string PageSize { get; init; } = "letter";

        [CommandOption("--justify")]
        [Description("Set the PDF's paragraphs justified and hyphenated in the release's language, instead of ragged right (the newswire default).")]
        public bool Justify { get; init; }

        [CommandOption("--edgar")]
        [Description("Write the HTML as an EDGAR-ready exhibit (<release-name>.htm) instead of a web page: the same as --format edgar in place of html.")]
        public bool Edgar { get; init; }

        [CommandOption("--templates <DIR>")]
        [Description("The templates folder. Default: the release folder's templates/, ./templates, or the copy beside the program.")]
        public string? Templates { get; init; }

        [CommandOption("-l|--locale <LOCALE>")]
        [Description("The language to build in: en-CA, en-US or fr-CA. Default: the data's release.locale. Output for another locale than the data's is named <release-name>.<locale>.<ext>.")]
        public string? Locale { get; init; }

        [CommandOption("--limit <NAME=VALUE>")]
        [Description("Raise a named limit (repeatable): file-size, yaml-depth, yaml-nodes, expression-depth, markdown-depth, output-size, render-seconds, regex-ms, diff-cells. See docs/security.md.")]
        public string[] Limit { get; init; } = [];

        /// <summary>The limits in force: the defaults with --limit applied (validated).</summary>
        public Safety.Limits Limits => Safety.Limits.TryParse(Limit, out var limits, out _) ? limits : Safety.Limits.Default;

        public override ValidationResult Validate()
        {
            if (!Safety.Limits.TryParse(Limit, out _, out var limitError)) return ValidationResult.Error(limitError!);
            if (Folders.Length == 0) return ValidationResult.Error("name at least one release folder");
            if (Locale is not null && Templating.Functions.LanguageSettings.ForLocale(Locale) is null)
                return ValidationResult.Error($"unknown locale '{Locale}'; supported: {string.Join(", ", Templating.Functions.LanguageSettings.Locales.Keys)}");
            var unknown = OutputFormats.Unknown(Format);
            if (unknown.Count > 0)
                return ValidationResult.Error($"unknown format {string.Join(", ", unknown.Select(f => $"'{f}'"))}; known formats: {string.Join(", ", OutputFormats.Registry.Names)}");
            if (Edgar && !OutputFormats.Parse(Format).Contains("html"))
                return ValidationResult.Error("--edgar applies to HTML output: add html to --format");
            if (PageSize is not ("letter" or "a4"))
                return ValidationResult.Error($"unknown page size '{PageSize}'; use letter or a4");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new OutputOptions(OutputFormats.Parse(settings.Format, settings.Edgar), new Formats.FormatOptions(settings.PageSize, settings.Justify));
        var folders = ReleaseFolders.Expand(settings.Folders, distinctNames: true);
        foreach (var note in folders.Notes) environment.Error.WriteLine($"releasegen: note: {note}");
        foreach (var error in folders.Errors) environment.Error.WriteLine($"releasegen: error: {error}");
        if (folders.Errors.Count > 0) return ExitCodes.Usage;
        if (OutputPlaces.Refuse("--out", settings.Out, folders.Folders, settings.Templates) is { } refused)
        {
            environment.Error.WriteLine($"releasegen: error: {refused}");
            return ExitCodes.Usage;
        }

        if (folders.Series.Count > 1)
        {
            environment.Error.WriteLine($"releasegen: error: build one series at a time: each writes its own {Series.SeriesPages.IndexFileName} into --out");
            return ExitCodes.Usage;
        }

        // A console on the same writer, set up for the display (no colour and no wrapping in a log).
        var display = environment.OutputDisplay;
        var batch = new BatchOptions("build", display, BatchRunner.CreateConsole(display, console.Profile.Out.Writer), environment.Error);
        // Only a series keeps its built releases (its index page and redlines read them): a batch of
        // thousands of unrelated releases must not hold every document until the end.
        var built = folders.Series.Count > 0 ? new System.Collections.Concurrent.ConcurrentDictionary<string, Series.BuiltRelease>(StringComparer.Ordinal) : null;
        // Temporary files of a killed run are looked for once for the whole batch, not once per file written.
        var batchOfMany = folders.Folders.Count > 1;
        if (batchOfMany) OutputWriter.RemoveStaleTemporaries(settings.Out);
        var outcome = BatchRunner.Run(folders.Folders, folder => Build(folder, settings, options, built, removeStale: !batchOfMany), batch);
        foreach (var series in folders.Series) WriteSeriesPages(series, folders.Folders, built!, settings.Out);
        return outcome.ExitCode;
    }

    /// <summary>A series' index page (every release, its formats, a redline against the previous quarter) and the redlines.</summary>
    private void WriteSeriesPages(string series, IReadOnlyList<string> folders, IReadOnlyDictionary<string, Series.BuiltRelease> built, string outDirectory)
    {
        var releases = folders.Where(f => Series.SeriesFolder.SameFolder(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(f))!, series))
            .Select(f => built[f]).ToList();
        var name = ReleaseFolders.ReleaseName(series);
        var pages = Series.SeriesPages.Write(name, releases);
        OutputWriter.WriteAll(outDirectory, pages.Select(p => (p.FileName, OutputWriter.Text(p.Text))).ToList());
        foreach (var (fileName, _) in pages) console.Profile.Out.Writer.WriteLine($"wrote {Path.Combine(outDirectory, fileName)}");
    }

    /// <summary>Checks and builds one release, then writes every format or none. Prints nothing; the batch reports.</summary>
    internal static ReleaseResult Build(string folder, Settings settings, OutputOptions options,
        System.Collections.Concurrent.ConcurrentDictionary<string, Series.BuiltRelease>? built = null, bool removeStale = true)
    {
        // The same checks as `releasegen check`; nothing is written when any of them is an error.
        var rules = options.Formats.Contains("pdf") ? CheckRules.WithPdf : Checks.ReleaseChecker.Rules;
        var output = Checks.ReleaseChecker.Check(folder, new Checks.CheckOptions(settings.Templates, Locale: settings.Locale, Limits: settings.Limits), rules).Output;
        if (!output.Succeeded || output.Document is not { } document)
        {
            built?.TryAdd(folder, new Series.BuiltRelease(output.Name, null, [], output.Diagnostics.Count(d => d.IsError)));
            return new ReleaseResult(folder, output.Name, output.Diagnostics, [], []);
        }

        var files = OutputFormats.Render(document, options);
        OutputWriter.WriteAll(settings.Out, files.Select(f => (f.FileName, f.Content)).ToList(), removeStale);
        built?.TryAdd(folder, new Series.BuiltRelease(output.Name, output, files.Select(f => f.FileName).ToList(), 0));
        var written = files.Select(f => $"wrote {Path.Combine(settings.Out, f.FileName)}").ToList();
        return new ReleaseResult(folder, output.Name, output.Diagnostics, options.Formats, written);
    }

    internal static void Report(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics) error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0) error.WriteLine($"{errors} error(s), {warnings} warning(s)");
    }
}
