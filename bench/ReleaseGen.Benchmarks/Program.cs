using BenchmarkDotNet.Running;

namespace ReleaseGen.Benchmarks;

/// <summary><c>dotnet run -c Release --project bench/ReleaseGen.Benchmarks -- --filter '*'</c></summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
