using System.ComponentModel;
using System.Text;
using System.Text.Json;
using ReleaseGen.Pdf.Tieout;
using ReleaseGen.Tieout;
using ReleaseGen.Word.Tieout;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary>
/// <c>releasegen tieout FINAL-DOCUMENT RELEASE-FOLDER [--format text|json] [--strict] [--report FILE.html] [--locale LOCALE] [--templates DIR]</c>:
/// ticks and ties a final, hand-edited release (Markdown, HTML, PDF, Word or text) against the data. Exit 0
/// clean (warnings allowed), 1 with errors (or warnings under <c>--strict</c>), 2 for wrong usage.
/// </summary>
public sealed class TieoutCommand(IAnsiConsole console) : Command<TieoutCommand.Settings>
{
    // Lines as they are: the console would wrap them at its width.
    private TextWriter Out => console.Profile.Out.Writer;

    /// <summary>The readers the CLI offers: Markdown, HTML, plain text, PDF and Word.</summary>
    public static FinalDocumentReaders Readers { get; } = FinalDocumentReaders.Core.With(new PdfDocumentReader(), new DocxDocumentReader());

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<final-document>")]
        [Description("The final release: .md, .html/.htm (page or EDGAR exhibit), .pdf or .txt.")]
        public string Document { get; init; } = "";

        [CommandArgument(1, "<release-folder>")]
        [Description("The release folder (release.yaml) whose data the document must agree with.")]
        public string Folder { get; init; } = "";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (path(line,col): error CODE: message) or json. Default: text")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--strict")]
        [Description("Fail (exit 1) on warnings (untied numbers) too.")]
        public bool Strict { get; init; }

        [CommandOption("--report <FILE>")]
        [Description("Write the document with every number marked tied, wrong or untied, as one HTML page.")]
        public string? Report { get; init; }

        [CommandOption("--locale <LOCALE>")]
        [Description("The language the document is written in. Default: the data's release.locale.")]
        public string? Locale { get; init; }

        [CommandOption("--templates <DIR>")]
        [Description("The templates folder. Default: the release folder's templates/, ./templates, or the copy beside the program.")]
        public string? Templates { get; init; }

        public override ValidationResult Validate()
        {
            if (Document.Length == 0 || Folder.Length == 0) return ValidationResult.Error("name the final document and the release folder");
            if (Format is not ("text" or "json")) return ValidationResult.Error($"unknown format '{Format}'; known formats: text, json");
            if (Report is { Length: 0 }) return ValidationResult.Error("--report needs a file name");
            if (Locale is not null && Templating.Functions.LanguageSettings.ForLocale(Locale) is null)
                return ValidationResult.Error($"unknown locale '{Locale}'; supported: {string.Join(", ", Templating.Functions.LanguageSettings.Locales.Keys)}");
            if (!Directory.Exists(Folder)) return ValidationResult.Error($"release folder '{Folder}' does not exist");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var run = TieoutRunner.Run(settings.Document, settings.Folder, Readers, settings.Templates, settings.Locale);
        var failed = run.Errors > 0 || (settings.Strict && run.Warnings > 0);
        if (settings.Format == "json")
        {
            Out.Write(Json(settings.Document, run, failed));
        }
        else
        {
            foreach (var d in run.Diagnostics) Out.WriteLine(d.ToString());
            Out.WriteLine(Summary(run, failed));
        }
        if (settings.Report is { } report && run.Result is { } result)
        {
            var full = Path.GetFullPath(report);
            OutputWriter.WriteAll(Path.GetDirectoryName(full)!, [(Path.GetFileName(full), OutputWriter.Text(TieoutReport.WriteHtml(result, Path.GetFileName(settings.Document))))]);
        }
        return failed ? ExitCodes.DataErrors : ExitCodes.Success;
    }

    internal static string Summary(TieoutRun run, bool failed) =>
        $"tieout {(failed ? "failed" : "passed")}: {(run.Result is { } r ? r.Counts + "; " : "")}{run.Errors} error(s), {run.Warnings} warning(s)";

    /// <summary>The JSON shape: version, document, findings (as check), counts, passed.</summary>
    internal static string Json(string document, TieoutRun run, bool failed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("document", document);
            json.WriteStartArray("findings");
            foreach (var d in run.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            if (run.Result is { } r)
            {
                json.WriteNumber("tied", r.Tied);
                json.WriteNumber("wrong", r.Wrong);
                json.WriteNumber("untied", r.Untied);
                json.WriteNumber("recognised", r.Recognised);
            }
            json.WriteNumber("errors", run.Errors);
            json.WriteNumber("warnings", run.Warnings);
            json.WriteBoolean("passed", !failed);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
