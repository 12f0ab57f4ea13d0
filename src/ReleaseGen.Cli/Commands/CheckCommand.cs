using System.ComponentModel;
using System.Text;
using System.Text.Json;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Templating;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary>
/// <c>releasegen check FOLDER... [--format text|json] [--strict] [--audit FILE] [--history DIR] [--locale LOCALE] [--templates DIR]</c>:
/// the compliance reviewer's pass. Prints every finding, then a summary line; exit 0 clean (warnings
/// allowed), 1 with errors (or warnings under <c>--strict</c>), 2 for wrong usage.
/// </summary>
public sealed class CheckCommand(IAnsiConsole console, CliEnvironment environment) : Command<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<release-folder>")]
        [Description("One or more release folders (each holding release.yaml), or globs such as 'examples/*'. Several releases are checked in parallel.")]
        public string[] Folders { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (path(line,col): error CODE: message) or json (see docs/rules.md). Default: text")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--strict")]
        [Description("Fail (exit 1) on warnings too.")]
        public bool Strict { get; init; }

        [CommandOption("--audit <FILE>")]
        [Description("Write the figure trace (figure as printed, where, source value, period, rounding) as a Markdown table.")]
        public string? Audit { get; init; }

        [CommandOption("--history <DIR>")]
        [Description("Earlier releases' data (*.yaml files or folders with release.yaml). Default: the release folder's history/ if any.")]
        public string? History { get; init; }

        [CommandOption("--locale <LOCALE>")]
        [Description("Check the edition in this locale (as build --locale). Default: the data's release.locale.")]
        public string? Locale { get; init; }

        [CommandOption("--templates <DIR>")]
        [Description("The templates folder. Default: the release folder's templates/, ./templates, or the copy beside the program.")]
        public string? Templates { get; init; }

        [CommandOption("--limit <NAME=VALUE>")]
        [Description("Raise a named limit (repeatable): file-size, yaml-depth, yaml-nodes, expression-depth, markdown-depth, output-size, render-seconds, regex-ms, diff-cells. See docs/security.md.")]
        public string[] Limit { get; init; } = [];

        /// <summary>The limits in force: the defaults with --limit applied (validated).</summary>
        public Safety.Limits Limits => Safety.Limits.TryParse(Limit, out var limits, out _) ? limits : Safety.Limits.Default;

        public override ValidationResult Validate()
        {
            if (!Safety.Limits.TryParse(Limit, out _, out var limitError)) return ValidationResult.Error(limitError!);
            if (Folders.Length == 0) return ValidationResult.Error("name at least one release folder");
            if (Format is not ("text" or "json")) return ValidationResult.Error($"unknown format '{Format}'; known formats: text, json");
            if (Audit is { Length: 0 }) return ValidationResult.Error("--audit needs a file name");
            if (Locale is not null && Templating.Functions.LanguageSettings.ForLocale(Locale) is null)
                return ValidationResult.Error($"unknown locale '{Locale}'; supported: {string.Join(", ", Templating.Functions.LanguageSettings.Locales.Keys)}");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new CheckOptions(settings.Templates, settings.History, settings.Locale, settings.Limits);
        var folders = Batch.ReleaseFolders.Expand(settings.Folders);
        foreach (var note in folders.Notes) environment.Error.WriteLine($"releasegen: note: {note}");
        foreach (var error in folders.Errors) environment.Error.WriteLine($"releasegen: error: {error}");
        if (folders.Errors.Count > 0) return ExitCodes.Usage;
        if (settings.Audit is { } auditPath && OutputPlaces.Refuse("--audit", Path.GetDirectoryName(Path.GetFullPath(auditPath))!, folders.Folders, settings.Templates) is { } refused)
        {
            environment.Error.WriteLine($"releasegen: error: {refused}");
            return ExitCodes.Usage;
        }

        // Releases are checked in parallel; progress and the summary table go to standard error, so
        // standard output stays the findings and the summary line (or the JSON), in the order given.
        var checkedResults = new System.Collections.Concurrent.ConcurrentDictionary<string, CheckResult>(StringComparer.Ordinal);
        var display = environment.ErrorDisplay;
        var batch = new Batch.BatchOptions("check", display, Batch.BatchRunner.CreateConsole(display, environment.Error), TextWriter.Null, PrintReports: false);
        Batch.BatchRunner.Run(folders.Folders, folder =>
        {
            var result = checkedResults[folder] = CheckOne(folder, options);
            return new Batch.ReleaseResult(folder, Batch.ReleaseFolders.ReleaseName(folder), result.Diagnostics, [], []);
        }, batch);
        var results = folders.Folders.Select(folder => (Folder: folder, Result: checkedResults[folder])).ToList();
        var findings = results.SelectMany(r => r.Result.Diagnostics).ToList();
        var errors = findings.Count(d => d.IsError);
        var warnings = findings.Count - errors;
        var failed = errors > 0 || (settings.Strict && warnings > 0);

        // Lines as they are: the console would wrap them at its width.
        var output = console.Profile.Out.Writer;
        if (settings.Format == "json")
        {
            output.Write(CheckJson.Write(results.Select(r => (r.Folder, r.Result)).ToList(), failed));
        }
        else
        {
            foreach (var finding in findings) output.WriteLine(finding.ToString());
            // Acknowledged findings are listed, never hidden: an acknowledgement is visible in every run.
            foreach (var acknowledged in results.SelectMany(r => r.Result.Acknowledged)) output.WriteLine(AcknowledgedLine(acknowledged));
            output.WriteLine(Summary(results.Count, errors, warnings, failed, results.Sum(r => r.Result.Acknowledged.Count)));
        }

        if (settings.Audit is { } audit)
        {
            var full = Path.GetFullPath(audit);
            var audited = AuditTable.Write(results.Select(r => (r.Folder, r.Result.Trace)).ToList())
                          + AuditTable.WriteAcknowledged(results.Select(r => (r.Folder, r.Result.Acknowledged)).ToList());
            try
            {
                OutputWriter.WriteAll(Path.GetDirectoryName(full)!, [(Path.GetFileName(full), OutputWriter.Text(audited))]);
            }
            catch (OutputException ex)
            {
                environment.Error.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.OutputNotWritable, ex.Message, new SourceLocation(ex.Path, 1, 1)).ToString());
                return ExitCodes.Usage;
            }
        }
        return failed ? ExitCodes.DataErrors : ExitCodes.Success;
    }

    /// <summary>Checks one release; whatever it throws becomes a finding that names the release, so the JSON stays whole.</summary>
    internal static CheckResult CheckOne(string folder, CheckOptions options)
    {
        try
        {
            return ReleaseChecker.Check(folder, options, CheckRules.WithPdf);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            IReadOnlyList<Diagnostic> findings = [ReleaseFailure.ToDiagnostic(folder, ex)];
            return new CheckResult(new ReleaseOutput(folder, null, null, null, findings), new FigureTrace(), findings);
        }
    }

    internal static string Summary(int releases, int errors, int warnings, bool failed, int acknowledged = 0) =>
        $"check {(failed ? "failed" : "passed")}: {releases} release(s), {errors} error(s), {warnings} warning(s)"
        + (acknowledged > 0 ? $", {acknowledged} acknowledged" : "");

    /// <summary><c>path(line,col): acknowledged CODE: message (acknowledged at path(line,col): reason)</c>.</summary>
    internal static string AcknowledgedLine(AcknowledgedFinding acknowledged) =>
        $"{acknowledged.Finding.Location}: acknowledged {acknowledged.Finding.Code}: {acknowledged.Finding.Message} (acknowledged at {acknowledged.By.Location}: {acknowledged.By.Reason})";
}

/// <summary>The JSON shape of <c>check --format json</c> (version 1; documented in docs/rules.md).</summary>
internal static class CheckJson
{
    public static string Write(IReadOnlyList<(string Folder, CheckResult Result)> results, bool failed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("releases");
            foreach (var (folder, result) in results)
            {
                json.WriteStartObject();
                json.WriteString("folder", Clean(folder));
                json.WriteNumber("errors", result.Errors);
                json.WriteNumber("warnings", result.Warnings);
                json.WriteStartArray("findings");
                foreach (var d in result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("severity", d.IsError ? "error" : "warning");
                    json.WriteString("code", d.Code);
                    json.WriteString("message", Clean(d.Message));
                    json.WriteString("path", Clean(d.Location.Path));
                    json.WriteNumber("line", d.Location.Line);
                    json.WriteNumber("column", d.Location.Column);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("acknowledged");
                foreach (var a in result.Acknowledged)
                {
                    json.WriteStartObject();
                    json.WriteString("code", a.Finding.Code);
                    json.WriteString("message", a.Finding.Message);
                    json.WriteString("path", a.Finding.Location.Path);
                    json.WriteNumber("line", a.Finding.Location.Line);
                    json.WriteNumber("column", a.Finding.Location.Column);
                    json.WriteString("metric", a.By.Metric);
                    json.WriteString("period", a.By.Period.ToString());
                    json.WriteNumber("value", a.By.Value);
                    json.WriteString("reason", a.By.Reason);
                    json.WriteString("acknowledged_at", a.By.Location.ToString());
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("releases", results.Count);
            json.WriteNumber("errors", results.Sum(r => r.Result.Errors));
            json.WriteNumber("warnings", results.Sum(r => r.Result.Warnings));
            json.WriteNumber("acknowledged", results.Sum(r => r.Result.Acknowledged.Count));
            json.WriteBoolean("passed", !failed);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    // A lone surrogate (from a "\uD800" escape in YAML) cannot be written as JSON: it becomes U+FFFD, so the document stays valid.
    private static string Clean(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}

/// <summary>The figure trace as a Markdown table, one row per printed figure, for reviewers (<c>--audit</c>).</summary>
internal static class AuditTable
{
    public static string Write(IReadOnlyList<(string Folder, FigureTrace Trace)> traces)
    {
        var sb = new StringBuilder();
        sb.Append("| release | printed | where | expression | source value | period | origin | rounding |\n");
        sb.Append("|---|---|---|---|---:|---|---|---|\n");
        foreach (var (folder, trace) in traces)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            foreach (var e in trace.Entries)
            {
                var f = e.Figure;
                var source = f is null ? "" : f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var origin = f is null ? "expression" : f.Origin == Model.FigureOrigin.Given ? $"{f.MetricKey} given at {f.Location}" : $"{f.MetricKey} derived: {f.Derivation}";
                sb.Append("| ").Append(Cell(name))
                    .Append(" | ").Append(Cell(e.Printed))
                    .Append(" | ").Append(Cell(e.Where.ToString()))
                    .Append(" | ").Append(Cell(e.Expression))
                    .Append(" | ").Append(source)
                    .Append(" | ").Append(f?.Period.Key.ToString() ?? "")
                    .Append(" | ").Append(Cell(origin))
                    .Append(" | ").Append(Cell(e.Rounding))
                    .Append(" |\n");
            }
        }
        return sb.ToString();
    }

    /// <summary>The acknowledged findings, after the trace: a reviewer sees what was set aside and why.</summary>
    public static string WriteAcknowledged(IReadOnlyList<(string Folder, IReadOnlyList<AcknowledgedFinding> Acknowledged)> results)
    {
        if (results.All(r => r.Acknowledged.Count == 0)) return "";
        var sb = new StringBuilder();
        sb.Append("\n## Acknowledged findings\n\n");
        sb.Append("| release | code | figure | value | where | finding | reason |\n");
        sb.Append("|---|---|---|---:|---|---|---|\n");
        foreach (var (folder, acknowledged) in results)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            foreach (var a in acknowledged)
                sb.Append("| ").Append(Cell(name))
                    .Append(" | ").Append(a.Finding.Code)
                    .Append(" | ").Append(Cell($"{a.By.Metric} {a.By.Period}"))
                    .Append(" | ").Append(a.By.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" | ").Append(Cell(a.Finding.Location.ToString()))
                    .Append(" | ").Append(Cell(a.Finding.Message))
                    .Append(" | ").Append(Cell(a.By.Reason))
                    .Append(" |\n");
        }
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
