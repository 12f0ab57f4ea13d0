using ReleaseGen.Formats;

namespace ReleaseGen.Pdf;

/// <summary><c>pdf</c>: the tagged PDF with embedded fonts, bookmarks and "Page N of M" in the document's language.</summary>
public sealed class PdfFormat : IOutputFormat
{
    public string Name => "pdf";

    public string Description => "A tagged PDF: embedded fonts, bookmarks, repeated table headers, page numbers; letter or A4.";

    public IReadOnlyList<OutputFile> Render(ReleaseDocument document, FormatOptions options) =>
    [
        new($"{document.Info.FileStem}.pdf", PdfReleaseRenderer.Render(document.Syntax, PdfDocumentInfo.From(document), StyleFor(options, document.Info.Language))),
    ];

    /// <summary>The style for <paramref name="options"/>: the page size, and justified and hyphenated in <paramref name="language"/> when asked.</summary>
    public static PdfStyleSheet StyleFor(FormatOptions options, string language)
    {
        var style = StyleFor(options.PageSize);
        return options.Justify ? style with { JustifyParagraphs = true, Hyphenation = Layout.Hyphenator.ForLanguage(language) } : style;
    }

    public static PdfStyleSheet StyleFor(string pageSize) => pageSize.ToLowerInvariant() switch
    {
        "a4" => PdfStyleSheet.A4,
        "letter" => PdfStyleSheet.Letter,
        _ => throw new ArgumentException($"unknown page size '{pageSize}'; use letter or a4", nameof(pageSize)),
    };
}

/// <summary>The formats a full ReleaseGen host offers: the core ones and PDF. The CLI and the benchmarks use this registry.</summary>
public static class ReleaseFormats
{
    public static OutputFormatRegistry Standard { get; } = OutputFormatRegistry.Core.With(new PdfFormat());
}
