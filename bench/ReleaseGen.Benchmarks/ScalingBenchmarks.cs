using BenchmarkDotNet.Attributes;
using ReleaseGen.Checks;
using ReleaseGen.Formats;
using ReleaseGen.Pdf;
using ReleaseGen.Testing;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// The reference release at 1, 10 and 100 times its narrative and table rows (<see cref="ScaledRelease"/>,
/// the release the size tests build): each step should cost at most its factor in time and memory.
/// Read the means across <c>Factor</c> as ratios: "100x reference size: at most 100x the time".
/// <c>dotnet run -c Release --project bench/ReleaseGen.Benchmarks -- --filter '*Scaling*'</c>
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string _folder = "";
    private string _templates = "";
    private ReleaseDocument _document = null!;

    [Params(1, 10, 100)]
    public int Factor { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _templates = Path.Combine(root, "templates");
        _folder = ScaledRelease.Create(Path.Combine(root, "examples", "alexco-2012-q2"), Factor, Directory.CreateTempSubdirectory("releasegen-scaling").FullName);
        _document = ReleasePipeline.Run(_folder, _templates).Document
                    ?? throw new InvalidOperationException($"the {Factor}x release does not build");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Benchmark(Description = "data to document")]
    public ReleaseDocument Document() => ReleasePipeline.Run(_folder, _templates).Document!;

    [Benchmark(Description = "check (document and every rule)")]
    public int Check() => ReleaseChecker.Check(_folder, new CheckOptions(_templates)).Diagnostics.Count;

    [Benchmark(Description = "HTML page from the document")]
    public int Html() => Render("html");

    [Benchmark(Description = "PDF from the document")]
    public int Pdf() => Render("pdf");

    private int Render(string format) => ReleaseFormats.Standard.Get(format).Render(_document, FormatOptions.Default).Sum(f => f.Content.Length);
}
