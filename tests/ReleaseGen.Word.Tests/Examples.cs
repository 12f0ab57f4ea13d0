using DocumentFormat.OpenXml.Packaging;
using ReleaseGen.Formats;
using ReleaseGen.Testing;

namespace ReleaseGen.Word.Tests;

/// <summary>The bundled examples built once per test run, each with its .docx.</summary>
internal static class Examples
{
    /// <summary>The three editions the issue names: Alexco in English and French, and the US gold producer.</summary>
    public static IReadOnlyList<string> All { get; } = ["alexco-2012-q2", "alexco-2012-q2.fr-CA", "us-gold-2024-q3"];

    public static TheoryData<string> Names => new(All);

    private static readonly Dictionary<string, Lazy<ReleaseDocument>> Documents = new()
    {
        ["alexco-2012-q2"] = new(() => Build("alexco-2012-q2")),
        ["alexco-2012-q2.fr-CA"] = new(() => Build("alexco-2012-q2", "fr-CA")),
        ["us-gold-2024-q3"] = new(() => Build("us-gold-2024-q3")),
    };

    private static readonly Dictionary<string, Lazy<byte[]>> Docx = Documents.ToDictionary(d => d.Key,
        d => new Lazy<byte[]>(() => Render(d.Value.Value)));

    public static ReleaseDocument Document(string name) => Documents[name].Value;

    public static byte[] DocxOf(string name) => Docx[name].Value;

    public static byte[] Render(ReleaseDocument document, string pageSize = "letter") =>
        Assert.Single(new DocxFormat().Render(document, new FormatOptions(pageSize))).Content;

    public static ReleaseDocument Build(string folder, string? locale = null) => BuildPath(Repository.Example(folder), locale);

    public static ReleaseDocument BuildPath(string path, string? locale = null)
    {
        var output = ReleasePipeline.Run(path, Repository.Templates, locale);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        return output.Document!;
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);
}
