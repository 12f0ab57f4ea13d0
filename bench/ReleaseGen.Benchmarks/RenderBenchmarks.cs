using BenchmarkDotNet.Attributes;
using ReleaseGen.Formats;
using ReleaseGen.Pdf;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// The reference release rendered in-process, warm, through the same pipeline and output-format registry
/// as the CLI. Compare the rows as ratios: the machines that run this are shared, so absolute times mean little.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private static readonly string[] AllFormatNames = ["md", "html", "pdf"];

    private string _folder = "";
    private string _templates = "";
    private ReleaseDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _folder = Path.Combine(root, "examples", "alexco-2012-q2");
        _templates = Path.Combine(root, "templates");
        _document = Build();
    }

    private ReleaseDocument Build() => ReleasePipeline.Run(_folder, _templates).Document!;

    [Benchmark(Baseline = true, Description = "data to document (load, derive, tables, templates, parse)")]
    public ReleaseDocument Document() => Build();

    [Benchmark(Description = "md from the document")]
    public int Markdown() => Render("md");

    [Benchmark(Description = "HTML page from the document")]
    public int Html() => Render("html");

    [Benchmark(Description = "EDGAR exhibit from the document")]
    public int Edgar() => Render("edgar");

    [Benchmark(Description = "PDF from the document")]
    public int Pdf() => Render("pdf");

    [Benchmark(Description = "docx from the document")]
    public int Docx() => new Word.DocxFormat().Render(_document, FormatOptions.Default).Sum(f => f.Content.Length);

    [Benchmark(Description = "md, html and pdf from data")]
    public int AllFormats() => ReleaseFormats.Standard.Render(Build(), AllFormatNames).Sum(f => f.Content.Length);

    private int Render(string format) => ReleaseFormats.Standard.Get(format).Render(_document, FormatOptions.Default).Sum(f => f.Content.Length);
}
