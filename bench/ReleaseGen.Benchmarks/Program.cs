using BenchmarkDotNet.Running;

namespace ReleaseGen.Benchmarks;

/// <summary><c>dotnet run -c Release --project bench/ReleaseGen.Benchmarks -- --filter '*'</c></summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--compare-build", var folder, ..])
        {
            CompareBuilds.Run(folder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200,
                args.Length > 3 ? args[3] : "AllFormats");
            return;
        }
        if (args is ["--scaled-release", var factor, var into])
        {
            // The release the scaling benchmarks and size tests build, written out to look at or profile.
            Console.WriteLine(Testing.ScaledRelease.Create(Path.Combine(RepositoryRoot.Find(), "examples", "alexco-2012-q2"), int.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), into));
            return;
        }
        if (args is ["--batch-profile", var releases, ..])
        {
            BatchProfile.Run(releases, args.Length > 2 ? args[2] : "md,html,pdf");
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
