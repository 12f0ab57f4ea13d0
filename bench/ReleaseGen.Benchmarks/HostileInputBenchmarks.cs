using System.Text;
using BenchmarkDotNet.Attributes;
using ReleaseGen.Diff;
using ReleaseGen.Loading;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// Inputs that used to be super-linear (issue 15): many metrics (lookups were scans), a huge unknown key
/// (the "did you mean" distance over the whole key), two unrelated long paragraphs in a redline. Each runs
/// at two sizes: the ratio between them should stay near the ratio of the sizes (linear), not its square.
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    [Params(10_000, 40_000)]
    public int Size { get; set; }

    private string _metricsYaml = "";
    private string _hugeKeyYaml = "";
    private string _oldParagraph = "";
    private string _newParagraph = "";

    [GlobalSetup]
    public void Setup()
    {
        var yaml = new StringBuilder("issuer: { name: X, headquarters: { city: Y } }\nrelease: { date: 2024-07-15, period: 2024-Q2 }\nmetrics:\n");
        for (var i = 0; i < Size; i++) yaml.Append("  m").Append(i).Append(": { label: M, unit: t, aggregate: sum }\n");
        yaml.Append("values:\n  2024-Q2: {");
        for (var i = 0; i < Size; i++) yaml.Append(i == 0 ? "" : ", ").Append('m').Append(i).Append(": ").Append(i);
        _metricsYaml = yaml.Append("}\n").ToString();
        _hugeKeyYaml = "issuer: { name: X }\n? " + new string('k', Size * 50) + "\n: 1\n";
        var random = new Random(15);
        _oldParagraph = string.Join(' ', Enumerable.Range(0, Size).Select(_ => random.Next(1_000_000))) + "\n";
        _newParagraph = string.Join(' ', Enumerable.Range(0, Size).Select(_ => random.Next(1_000_000))) + "\n";
    }

    [Benchmark(Description = "load N metrics with a value each")]
    public int ManyMetrics() => ReleaseLoader.LoadText("folder", "folder/release.yaml", _metricsYaml).Diagnostics.Count;

    [Benchmark(Description = "unknown key of 50N characters")]
    public int HugeUnknownKey() => ReleaseLoader.LoadText("folder", "folder/release.yaml", _hugeKeyYaml).Diagnostics.Count;

    [Benchmark(Description = "redline of two unrelated N-word paragraphs")]
    public int LongParagraphRedline() => Redline.Compare(_oldParagraph, _newParagraph).Blocks.Count;
}
