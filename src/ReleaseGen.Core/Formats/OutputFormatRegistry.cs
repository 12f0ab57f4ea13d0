namespace ReleaseGen.Formats;

/// <summary>
/// The output formats by name, in registration order. <see cref="Core"/> holds the formats of this
/// library (Markdown, HTML page, EDGAR exhibit); a host adds others (<c>ReleaseGen.Pdf</c>'s PDF) with
/// <see cref="With"/>. Immutable, so one registry can serve parallel builds.
/// </summary>
public sealed class OutputFormatRegistry
{
    private readonly IReadOnlyList<IOutputFormat> _formats;

    public OutputFormatRegistry(IEnumerable<IOutputFormat> formats)
    {
        _formats = formats.ToList();
        var duplicate = _formats.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"two output formats are named '{duplicate.Key}'", nameof(formats));
    }

    /// <summary>Markdown, the HTML page and the EDGAR exhibit.</summary>
    public static OutputFormatRegistry Core { get; } = new([new MarkdownFormat(), new HtmlPageFormat(), new EdgarExhibitFormat()]);

    public IReadOnlyList<IOutputFormat> All => _formats;

    public IEnumerable<string> Names => _formats.Select(f => f.Name);

    /// <summary>This registry and <paramref name="formats"/> after it.</summary>
    public OutputFormatRegistry With(params IOutputFormat[] formats) => new(_formats.Concat(formats));

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public IOutputFormat? Find(string name) => _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format named <paramref name="name"/>; an <see cref="ArgumentException"/> naming the known formats otherwise.</summary>
    public IOutputFormat Get(string name) => Find(name)
        ?? throw new ArgumentException($"unknown format '{name}'; known formats: {string.Join(", ", Names)}", nameof(name));

    /// <summary>Every file of <paramref name="names"/> for one document, in the order asked.</summary>
    public IReadOnlyList<OutputFile> Render(ReleaseDocument document, IEnumerable<string> names, FormatOptions? options = null) =>
        names.SelectMany(n => Get(n).Render(document, options ?? FormatOptions.Default)).ToList();
}
