namespace ReleaseGen.Formats;

/// <summary>A file an output format produced: its name (in the output folder) and its bytes.</summary>
public sealed record OutputFile(string FileName, byte[] Content);

/// <summary>Options that some formats read; a format ignores what does not concern it.</summary>
/// <param name="PageSize">The PDF (and Word) page size: <c>letter</c> or <c>a4</c>.</param>
/// <param name="Justify">
/// Set the PDF's paragraphs justified, with words hyphenated in the release's language, instead of ragged
/// right (the newswire default).
/// </param>
public sealed record FormatOptions(string PageSize = "letter", bool Justify = false)
{
    public static FormatOptions Default { get; } = new();
}

/// <summary>
/// One output format: renders a built <see cref="ReleaseDocument"/> to files. Formats are plug-ins:
/// the CLI, <c>check</c> (the EDGAR lint) and the benchmarks find them by name in an
/// <see cref="OutputFormatRegistry"/>; a new format is one class registered there.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name on the command line: <c>md</c>, <c>html</c>, <c>edgar</c>, <c>pdf</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c> and the README.</summary>
    string Description { get; }

    /// <summary>The files of <paramref name="document"/>, named from <see cref="DocumentInfo.FileStem"/>; deterministic.</summary>
    IReadOnlyList<OutputFile> Render(ReleaseDocument document, FormatOptions options);
}
