using ReleaseGen.Html;
using ReleaseGen.Markdown;

namespace ReleaseGen.Cli;

/// <summary>How a release's output is asked for: formats, and whether HTML is the EDGAR exhibit.</summary>
public sealed record OutputOptions(IReadOnlyList<string> Formats, bool Edgar);

/// <summary>The output formats by name, and how each is produced from a rendered release.</summary>
public static class OutputFormats
{
    public static readonly string[] Known = ["md", "html", "pdf"];

    public static readonly string[] Implemented = ["md", "html"];

    public const string Default = "md,html";

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
                default:
                    throw new ArgumentOutOfRangeException(nameof(options), format, "unknown format");
            }
        }
        return files;
    }
}
