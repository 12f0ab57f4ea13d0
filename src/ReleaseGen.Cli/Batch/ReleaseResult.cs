using ReleaseGen.Diagnostics;

namespace ReleaseGen.Cli.Batch;

/// <summary>
/// What one command did to one release: its diagnostics, the formats it wrote, and lines for standard
/// output ("wrote out/x.md"). Commands return it instead of printing, so a batch can run releases in
/// parallel and still print each release's report whole and in the order the user named them.
/// </summary>
public sealed record ReleaseResult(string Folder, string Name, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> FormatsWritten, IReadOnlyList<string> Messages)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public bool Failed => Errors > 0;
}
