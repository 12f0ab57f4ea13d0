using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace ReleaseGen.Benchmarks;

/// <summary>
/// Compares this build's "all formats from data" (or another <see cref="RenderBenchmarks"/> method, such as
/// <c>Pdf</c>) with another build of this benchmark project (an older commit), both loaded into this process,
/// each in its own load context, called alternately many times: a busy, shared machine slows both sides
/// alike, so the median of the paired ratios is what to read. The allocations of each side are printed too.
/// <c>dotnet run -c Release --project bench/ReleaseGen.Benchmarks -- --compare-build OTHER/bench/ReleaseGen.Benchmarks/bin/Release/net10.0 [pairs] [method]</c>
/// </summary>
internal static class CompareBuilds
{
    public static int Run(string otherFolder, int pairs, string method = "AllFormats")
    {
        var mine = Load(Path.GetDirectoryName(typeof(CompareBuilds).Assembly.Location)!, "this build", method);
        var other = Load(otherFolder, "other build", method);
        for (var i = 0; i < 10; i++) { mine(); other(); }
        var (mineBytes, otherBytes) = (Allocated(mine), Allocated(other));

        var ratios = new List<double>();
        var mineTimes = new List<double>();
        var otherTimes = new List<double>();
        for (var i = 0; i < pairs; i++)
        {
            // Alternate which side goes first, so neither always runs after a collection the other caused.
            var (a, b) = i % 2 == 0 ? (mine, other) : (other, mine);
            var first = Time(a);
            var second = Time(b);
            var (m, o) = i % 2 == 0 ? (first, second) : (second, first);
            mineTimes.Add(m);
            otherTimes.Add(o);
            ratios.Add(m / o);
        }
        Console.WriteLine($"{method}, pairs: {pairs}");
        Console.WriteLine($"allocated per call: this build {mineBytes / 1024.0:F0} KB; other build {otherBytes / 1024.0:F0} KB");
        Console.WriteLine($"this build, median: {Median(mineTimes):F1} ms; other build, median: {Median(otherTimes):F1} ms");
        Console.WriteLine($"ratio this/other, median of pairs: {Median(ratios):F3} (quartiles {Quantile(ratios, 0.25):F3} to {Quantile(ratios, 0.75):F3})");
        return 0;
    }

    private static long Allocated(Action action)
    {
        const int calls = 20;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++) action();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }

    private static Action Load(string folder, string name, string method)
    {
        var context = new FolderLoadContext(folder, name);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), "ReleaseGen.Benchmarks.dll"));
        var type = assembly.GetType("ReleaseGen.Benchmarks.RenderBenchmarks", throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        // Each build renders its own repository's example and templates: Setup looks for them from the current folder.
        var saved = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetFullPath(folder);
            type.GetMethod("Setup")!.Invoke(instance, null);
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
        var benchmark = type.GetMethod(method) ?? throw new ArgumentException($"{name} has no benchmark method {method}");
        return () => benchmark.Invoke(instance, null);
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }

    /// <summary>Resolves a build's own assemblies from its folder, so two versions of ReleaseGen live side by side.</summary>
    private sealed class FolderLoadContext(string folder, string name) : AssemblyLoadContext(name)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(Path.GetFullPath(folder), assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
