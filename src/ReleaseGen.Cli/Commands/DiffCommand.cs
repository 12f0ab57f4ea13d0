using System.ComponentModel;
using System.Globalization;
using ReleaseGen.Diff;
using ReleaseGen.Safety;
using ReleaseGen.Pdf;
using ReleaseGen.Word;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary>
/// <c>releasegen diff OLD NEW [--out DIR] [--format html,md,docx,pdf]</c>: a redline between two versions
/// of a release: an HTML page and a Markdown summary, a Word document with tracked changes, a
/// blackline PDF. Exit codes
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
        [Description("Where to write <new-name>.redline.<ext>. Default: out")]
        [DefaultValue("out")]
        public string Out { get; init; } = "out";

        [CommandOption("-f|--format <FORMATS>")]
        [Description("Comma-separated: html (the redline page), md (a summary), docx (Word with tracked changes), pdf (a blackline). Default: html,md")]
        [DefaultValue("html,md")]
        public string Format { get; init; } = "html,md";

        [CommandOption("--author <NAME>")]
        [Description("The author of the tracked changes in the .docx. Default: ReleaseGen")]
        [DefaultValue("ReleaseGen")]
        public string Author { get; init; } = "ReleaseGen";

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("The date of the tracked changes in the .docx. Default: the new release's date.")]
        public string? Date { get; init; }

        [CommandOption("--page-size <SIZE>")]
        [Description("letter or a4, for the .docx and the blackline PDF. Default: letter")]
        [DefaultValue("letter")]
        public string PageSize { get; init; } = "letter";

        public static readonly string[] KnownFormats = ["html", "md", "docx", "pdf"];

        public IReadOnlyList<string> Formats => Format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToList();

        public DateOnly? RevisionDate => Date is null ? null
            : DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

        public override ValidationResult Validate()
        {
            if (!Safety.Limits.TryParse(Limit, out _, out var limitError)) return ValidationResult.Error(limitError!);
            var unknown = Formats.Where(f => !KnownFormats.Contains(f)).ToList();
            if (unknown.Count > 0 || Formats.Count == 0)
                return ValidationResult.Error($"unknown format {string.Join(", ", unknown.Select(f => $"'{f}'"))}; diff writes: {string.Join(", ", KnownFormats)}");
            if (Date is not null && RevisionDate is null) return ValidationResult.Error($"--date '{Date}' is not a date: use YYYY-MM-DD");
            if (PageSize is not ("letter" or "a4")) return ValidationResult.Error($"unknown page size '{PageSize}'; use letter or a4");
            if (string.IsNullOrWhiteSpace(Author)) return ValidationResult.Error("--author needs a name");
            return ValidationResult.Success();
        }

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
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var limits = settings.Limits;
        if (OutputPlaces.Refuse("--out", settings.Out, [settings.Old, settings.New], settings.Templates) is { } refused)
        {
            Error.WriteLine($"releasegen: error: {refused}");
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
            var files = new List<(string, byte[])>();
            foreach (var format in settings.Formats)
            {
                switch (format)
                {
                    case "html":
                        files.Add(($"{stem}.redline.html", OutputWriter.Text(diff.ToHtml())));
                        break;
                    case "md":
                        files.Add(($"{stem}.redline.md", OutputWriter.Text(diff.ToMarkdownSummary())));
                        break;
                    case "docx" or "pdf":
                        if (Furniture(diff, settings) is not { } furniture)
                        {
                            Error.WriteLine("releasegen: error: neither side is a release folder, so the redline has no date: give --date YYYY-MM-DD");
                            return Trouble;
                        }
                        files.Add(format == "docx"
                            ? ($"{stem}.redline.docx", DocxRedlineWriter.Write(diff.Redline, furniture.Word, new RevisionMark(settings.Author, furniture.Word.Date)))
                            : ($"{stem}.redline.pdf", BlacklinePdfRenderer.Render(diff, furniture.Pdf, PdfFormat.StyleFor(settings.PageSize))));
                        break;
                }
            }
            OutputWriter.WriteAll(settings.Out, files);
            foreach (var (fileName, _) in files) Out.WriteLine($"wrote {Path.Combine(settings.Out, fileName)}");
            return diff.HasDifferences ? Differences : NoDifferences;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever goes wrong is trouble (2), never "different" (1): CI must not read a crash as a redline.
            var side = Directory.Exists(settings.New) ? settings.New : Path.GetDirectoryName(Path.GetFullPath(settings.New)) ?? ".";
            Error.WriteLine(ReleaseFailure.ToDiagnostic(side, ex).ToString());
            return Trouble;
        }
    }

    /// <summary>
    /// The properties and footer of the .docx and the blackline: the new release's (else the old one's),
    /// dated with --date or that release's date; null when neither side is a release and no date is given.
    /// </summary>
    private static (WordDocumentInfo Word, PdfDocumentInfo Pdf)? Furniture(ReleaseDiff diff, Settings settings)
    {
        var document = diff.New.Release?.Document ?? diff.Old.Release?.Document;
        var date = settings.RevisionDate ?? document?.Info.Date;
        if (date is not { } day) return null;
        var title = $"Redline: {diff.New.Name} against {diff.Old.Name}";
        var word = document is null
            ? new WordDocumentInfo(title, settings.Author, title, [], "en", day, diff.New.Name, "Page {page} of {pages}", settings.PageSize)
            : WordDocumentInfo.From(document, new Formats.FormatOptions(settings.PageSize)) with { Date = day, Subject = $"{title}: {document.Info.Description}" };
        var pdf = new PdfDocumentInfo(word.Title, word.Author, word.Subject, word.Keywords, word.Language,
            new DateTimeOffset(day, TimeOnly.MinValue, TimeSpan.Zero), word.FooterText, word.PageNumberPattern);
        return (word, pdf);
    }

    /// <summary>A release folder is built; a file is read as generated Markdown. Problems are printed, and give null.</summary>
    private DiffSide? Load(string path, string? templates, Limits limits)
    {
        if (Directory.Exists(path))
        {
            var output = ReleasePipeline.Run(path, templates, limits: limits);
            if (!output.Succeeded)
            {
                BuildCommand.Report(output.Diagnostics, Error);
                Error.WriteLine($"releasegen: error: '{path}' does not build, so it cannot be compared");
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
                Error.WriteLine(new Diagnostics.Diagnostic(Diagnostics.Severity.Error, ex.Code,
                    ex.Code == Diagnostics.DiagnosticCodes.InvalidText ? $"'{path}' is not a text file, so it cannot be compared ({ex.Message})" : ex.Message,
                    new Diagnostics.SourceLocation(path, ex.Line, ex.Column)).ToString());
                return null;
            }
        }
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
