using ReleaseGen.Html;
using ReleaseGen.Markdown;
using ReleaseGen.Pdf;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Cli;

/// <summary>How a release's output is asked for: formats, and whether HTML is the EDGAR exhibit.</summary>
public sealed record OutputOptions(IReadOnlyList<string> Formats, bool Edgar, PdfStyleSheet? PageSize = null);

/// <summary>The output formats by name, and how each is produced from a rendered release.</summary>
public static class OutputFormats
{
    public static readonly string[] Known = ["md", "html", "pdf"];

    public const string Default = "md,html,pdf";

    public static IReadOnlyList<string> Parse(string formats) =>
        formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();

    /// <summary>Every requested file of one release, from one parsed Markdown document.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Render(ReleaseOutput output, OutputOptions options)
    {
        var document = ReleaseMarkdown.Parse(output.Markdown!);
        var data = output.Data!;
        var files = new List<(string, byte[])>();
        foreach (var format in options.Formats)
        {
            switch (format)
            {
                case "md":
                    files.Add(($"{output.FileStem}.md", OutputWriter.Text(output.Markdown!)));
                    break;
                case "html":
                    var info = new HtmlPageInfo(DocumentTitle.Of(document), output.Locale ?? data.Release.Locale);
                    files.Add(options.Edgar
                        ? ($"{output.FileStem}.edgar.html", OutputWriter.Text(HtmlReleaseRenderer.RenderEdgarExhibit(document, info)))
                        : ($"{output.FileStem}.html", OutputWriter.Text(HtmlReleaseRenderer.RenderPage(document, info))));
                    break;
                case "pdf":
                    files.Add(($"{output.FileStem}.pdf", PdfReleaseRenderer.Render(document, PdfInfo(output, document), options.PageSize)));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(options), format, "unknown format");
            }
        }
        return files;
    }

    /// <summary>
    /// The PDF's metadata and footer, all from the data: the release date stands for the creation date,
    /// so two builds give the same bytes.
    /// </summary>
    public static PdfDocumentInfo PdfInfo(ReleaseOutput output, Markdig.Syntax.MarkdownDocument document)
    {
        var data = output.Data!;
        var language = LanguageSettings.ForLocale(output.Locale ?? data.Release.Locale) ?? LanguageSettings.Default;
        var period = language.PeriodTitle(data.PeriodOf(data.Release.PeriodKey));
        var title = DocumentTitle.Of(document);
        IReadOnlyList<string> keywords =
        [
            data.Issuer.ShortName, .. data.Issuer.Listings.Select(l => $"{l.Exchange}: {l.Symbol}"), period, data.Release.Subject,
        ];
        return new PdfDocumentInfo(
            Title: title,
            Author: data.Issuer.Name,
            Subject: $"{data.Issuer.Name}: {data.Release.Subject}, {period}",
            Keywords: keywords,
            Language: output.Locale ?? data.Release.Locale,
            Date: new DateTimeOffset(data.Release.Date, TimeOnly.MinValue, TimeSpan.Zero),
            FooterText: $"{data.Issuer.Name} | {period}");
    }
}
