using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using ReleaseGen.Html;
using ReleaseGen.Markdown;
using ReleaseGen.Pdf;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// The reference release rendered in-process, warm. Compare the rows as ratios: the machines that run
/// this are shared, so absolute times mean little.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private string _folder = "";
    private string _templates = "";
    private string _markdown = "";
    private MarkdownDocument _document = null!;
    private PdfDocumentInfo _pdfInfo = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _folder = Path.Combine(root, "examples", "alexco-2012-q2");
        _templates = Path.Combine(root, "templates");
        _markdown = ReleasePipeline.Run(_folder, _templates).Markdown!;
        _document = ReleaseMarkdown.Parse(_markdown);
        _pdfInfo = new PdfDocumentInfo(DocumentTitle.Of(_document), "Alexco Resource Corp.", "production", [], "en-CA",
            new DateTimeOffset(2012, 7, 16, 0, 0, 0, TimeSpan.Zero), "Alexco Resource Corp. | Second Quarter 2012");
    }

    [Benchmark(Baseline = true, Description = "data to Markdown")]
    public string Markdown() => ReleasePipeline.Run(_folder, _templates).Markdown!;

    [Benchmark(Description = "Markdown parse (Markdig)")]
    public int Parse() => ReleaseMarkdown.Parse(_markdown).Count;

    [Benchmark(Description = "HTML page from the AST")]
    public string Html() => HtmlReleaseRenderer.RenderPage(_document, new HtmlPageInfo("t", "en-CA"));

    [Benchmark(Description = "PDF from the AST")]
    public byte[] Pdf() => PdfReleaseRenderer.Render(_document, _pdfInfo);

    [Benchmark(Description = "all three formats from data")]
    public int AllFormats()
    {
        var markdown = ReleasePipeline.Run(_folder, _templates).Markdown!;
        var document = ReleaseMarkdown.Parse(markdown);
        return markdown.Length + HtmlReleaseRenderer.RenderPage(document, new HtmlPageInfo("t", "en-CA")).Length
               + PdfReleaseRenderer.Render(document, _pdfInfo).Length;
    }
}
