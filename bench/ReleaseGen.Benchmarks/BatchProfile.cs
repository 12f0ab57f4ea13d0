using System.Diagnostics;
using System.Globalization;
using ReleaseGen.Checks;
using ReleaseGen.Templating;
using ReleaseGen.Formats;
using ReleaseGen.Pdf;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// Where a batch build spends its time and allocations, phase by phase, on one thread: the checks
/// (load, derive, tables, templates, parse, every rule including the PDF glyph rule, as build runs them),
/// then each format from the document. Not BenchmarkDotNet: it walks many different release folders
/// once each, as a batch does, after a warm-up pass over the first ones.
/// <c>dotnet run -c Release --project bench/ReleaseGen.Benchmarks -- --batch-profile FOLDER-OF-RELEASES [formats]</c>
/// </summary>
internal static class BatchProfile
{
    public static int Run(string releases, string formats)
    {
        var root = RepositoryRoot.Find();
        var templates = Path.Combine(root, "templates");
        var folders = Directory.GetDirectories(releases).Order(StringComparer.Ordinal).ToList();
        var names = formats.Split(',');
        var phases = new[] { "load, derive, tables, templates, parse", "check rules", "PDF glyph rule" }.Concat(names).ToArray();
        var time = new double[phases.Length];
        var bytes = new long[phases.Length];

        void One(string folder, bool record)
        {
            var clock = Stopwatch.StartNew();
            var before = GC.GetAllocatedBytesForCurrentThread();
            // The pipeline alone, then the checks (which run it again) less the pipeline, then the glyph rule alone.
            ReleasePipeline.Run(folder, templates, trace: new FigureTrace());
            var pipeline = clock.Elapsed.TotalMilliseconds;
            var pipelineBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Record(0);
            var result = ReleaseChecker.Check(folder, new CheckOptions(templates), ReleaseChecker.Rules);
            if (record) { time[1] -= pipeline; bytes[1] -= pipelineBytes; }
            Record(1);
            var document = result.Output.Document ?? throw new InvalidOperationException($"{folder}: {string.Join("; ", result.Diagnostics)}");
            new PdfGlyphRule().Check(new CheckContext { Data = document.Data, Figures = document.Figures, Document = document, Markdown = document.Markdown, Trace = result.Trace, Templates = document.Templates, History = [], Limits = Safety.Limits.Default });
            Record(2);
            for (var i = 0; i < names.Length; i++)
            {
                ReleaseFormats.Standard.Get(names[i]).Render(document, FormatOptions.Default);
                Record(i + 3);
            }

            void Record(int phase)
            {
                if (record)
                {
                    time[phase] += clock.Elapsed.TotalMilliseconds;
                    bytes[phase] += GC.GetAllocatedBytesForCurrentThread() - before;
                }
                clock.Restart();
                before = GC.GetAllocatedBytesForCurrentThread();
            }
        }

        foreach (var folder in folders.Take(20)) One(folder, record: false);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        foreach (var folder in folders) One(folder, record: true);
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var n = folders.Count;
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"{n} releases, one thread: {wall.Elapsed.TotalMilliseconds / n:F2} ms wall and {cpu.TotalMilliseconds / n:F2} ms CPU per release"));
        Console.WriteLine(string.Create(invariant, $"collections gen0/1/2: {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}, pauses {(GC.GetTotalPauseDuration() - gcBefore.Item4).TotalMilliseconds / n:F2} ms per release"));
        Console.WriteLine("| phase | ms per release | share | allocated per release |");
        Console.WriteLine("|---|--:|--:|--:|");
        var total = time.Sum();
        for (var i = 0; i < phases.Length; i++)
            Console.WriteLine(string.Create(invariant, $"| {phases[i]} | {time[i] / n:F2} | {time[i] / total:P0} | {bytes[i] / n / 1024.0 / 1024.0:F2} MB |"));
        return 0;
    }
}
