using ReleaseGen.Formats;
using ReleaseGen.Pdf;
using ReleaseGen.Word;

namespace ReleaseGen.Cli;

/// <summary>What a build writes: the format names (from the registry) and the options formats read.</summary>
public sealed record OutputOptions(IReadOnlyList<string> Formats, FormatOptions Options);

/// <summary>The CLI's view of the output-format registry: parsing <c>--format</c>, and rendering a built release.</summary>
public static class OutputFormats
{
    /// <summary>Every format the CLI can write: <see cref="ReleaseFormats.Standard"/> (md, html, edgar, pdf) and Word.</summary>
    public static OutputFormatRegistry Registry { get; } = ReleaseFormats.Standard.With(new DocxFormat());

    public const string Default = "md,html,pdf";

    /// <summary>Splits <c>md,html,pdf</c>; with <paramref name="edgar"/> (the older <c>--edgar</c> flag) html means the EDGAR exhibit.</summary>
    public static IReadOnlyList<string> Parse(string formats, bool edgar = false) =>
        formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Select(f => edgar && f == "html" ? "edgar" : f)
            .Distinct()
            .ToList();

    /// <summary>The names in <paramref name="formats"/> that no registered format has.</summary>
    public static IReadOnlyList<string> Unknown(string formats) => Parse(formats).Where(f => Registry.Find(f) is null).ToList();

    /// <summary>Every requested file of one built release, each format reading the one parsed document.</summary>
    public static IReadOnlyList<OutputFile> Render(ReleaseDocument document, OutputOptions options) =>
        Registry.Render(document, options.Formats, options.Options);
}
