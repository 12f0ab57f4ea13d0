using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing with FsCheck, bounded by time rather than by count: each target runs batches
/// of generated inputs until its budget is spent. The budget is <c>RELEASEGEN_FUZZ_SECONDS</c> per
/// target (default 10 s, 30 s when <c>CI</c> is set); set it to 600 for a long run on demand. An input
/// that crashes is saved under <c>tests/fixtures/fuzz/TARGET/</c>, where <see cref="FuzzFixtureTests"/>
/// replays it on every run: commit it with the fix. Under <c>CI</c> the inputs come from fixed seeds
/// (<c>RELEASEGEN_FUZZ_SEED</c>, default 1), so a CI run is repeatable and a red run is red again; a run
/// on a developer's machine draws fresh inputs each time, which is where new crashes are found.
/// </summary>
internal static class FuzzRun
{
    public static TimeSpan Budget
    {
        get
        {
            var text = Environment.GetEnvironmentVariable("RELEASEGEN_FUZZ_SECONDS");
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0) return TimeSpan.FromSeconds(seconds);
            return TimeSpan.FromSeconds(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? 10 : 30);
        }
    }

    /// <summary>The first batch's seed, or null to draw fresh inputs.</summary>
    public static ulong? Seed
    {
        get
        {
            var text = Environment.GetEnvironmentVariable("RELEASEGEN_FUZZ_SEED");
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) return seed;
            return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? null : 1;
        }
    }

    public static string FixtureFolder(string target) => Path.Combine(Repository.Root, "tests", "fixtures", "fuzz", target);

    /// <summary>Runs <paramref name="check"/> on inputs from <paramref name="inputs"/> until the budget is spent; returns how many ran.</summary>
    public static int ForDuration(string target, Gen<string> inputs, Action<string> check)
    {
        var clock = Stopwatch.StartNew();
        var runs = 0;
        var property = Prop.ForAll(Arb.From(inputs), (string input) =>
        {
            runs++;
            try
            {
                check(input);
            }
            catch
            {
                Save(target, input);
                throw;
            }
        });
        var config = Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true);
        var seed = Seed;
        for (ulong batch = 0; clock.Elapsed < Budget; batch++)
        {
            // Each batch its own seed: one fixed seed for every batch would replay the same hundred inputs.
            Check.One(seed is { } first ? config.WithReplay(first + batch, 0x9E3779B97F4A7C15UL) : config, property);
        }
        return runs;
    }

    private static void Save(string target, string input)
    {
        var folder = FixtureFolder(target);
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12].ToLowerInvariant();
        File.WriteAllText(Path.Combine(folder, $"crash-{hash}.txt"), input);
    }
}
