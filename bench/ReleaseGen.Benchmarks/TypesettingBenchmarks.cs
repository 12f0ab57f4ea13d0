using BenchmarkDotNet.Attributes;
using ReleaseGen.Pdf;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// What the PDF's typesetting costs: the reference release's PDF drawn without kerning (the baseline), kerned
/// with the fonts' kern tables (the default), and justified with Liang hyphenation (<c>build --justify</c>).
/// </summary>
[MemoryDiagnoser]
public class TypesettingBenchmarks
{
    private ReleaseDocument _document = null!;
    private PdfDocumentInfo _info = null!;
    private PdfStyleSheet _justified = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _document = ReleasePipeline.Run(Path.Combine(root, "examples", "alexco-2012-q2"), Path.Combine(root, "templates")).Document!;
        _info = PdfDocumentInfo.From(_document);
        _justified = PdfStyleSheet.Letter with { JustifyParagraphs = true, Hyphenation = Layout.Hyphenator.ForLanguage(_document.Info.Language) };
    }

    [Benchmark(Baseline = true, Description = "PDF, not kerned")]
    public int Unkerned() => PdfReleaseRenderer.Render(_document.Syntax, _info, PdfStyleSheet.Letter with { Kerning = false }).Length;

    [Benchmark(Description = "PDF, kerned (default)")]
    public int Kerned() => PdfReleaseRenderer.Render(_document.Syntax, _info, PdfStyleSheet.Letter).Length;

    [Benchmark(Description = "PDF, kerned, justified and hyphenated")]
    public int Justified() => PdfReleaseRenderer.Render(_document.Syntax, _info, _justified).Length;
}
