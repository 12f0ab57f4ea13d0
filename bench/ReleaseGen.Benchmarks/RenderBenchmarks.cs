using BenchmarkDotNet.Attributes;
using ReleaseGen.Markdown;

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

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _folder = Path.Combine(root, "examples", "alexco-2012-q2");
        _templates = Path.Combine(root, "templates");
        _markdown = ReleasePipeline.Run(_folder, _templates).Markdown!;
    }

    [Benchmark(Baseline = true, Description = "data to Markdown")]
    public string Markdown() => ReleasePipeline.Run(_folder, _templates).Markdown!;

    [Benchmark(Description = "Markdown parse (Markdig)")]
    public int Parse() => ReleaseMarkdown.Parse(_markdown).Count;
}
