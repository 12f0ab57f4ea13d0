namespace ReleaseGen.Cli;

/// <summary>The output formats by name, and how each is produced from a rendered release.</summary>
public static class OutputFormats
{
    public static readonly string[] Known = ["md", "html", "pdf"];

    public static readonly string[] Implemented = ["md"];

    public static IReadOnlyList<string> Parse(string formats) =>
        formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();

    public static (string FileName, byte[] Content) Render(string format, ReleaseOutput output) => format switch
    {
        "md" => ($"{output.FileStem}.md", OutputWriter.Text(output.Markdown!)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };
}
