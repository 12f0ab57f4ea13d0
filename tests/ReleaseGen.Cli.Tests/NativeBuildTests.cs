using ReleaseGen.Testing;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit.Abstractions;

namespace ReleaseGen.Cli.Tests;

/// <summary>
/// Publishing <c>releasegen</c> as a Native AOT executable the way the README says
/// (<c>dotnet publish src/ReleaseGen.Cli -c Release -r RID -o DIR</c>), running it, and comparing what it does with
/// the JIT build (which runs in-process, through <see cref="CliRunner"/>, as every other CLI test does).
/// </summary>
public static class NativePublish
{
    /// <summary>The tests that publish run one at a time: two publishes at once would build the same referenced projects into the same folders.</summary>
    public const string Collection = "native publish";

    public const string EveryFormat = "md,html,edgar,pdf,docx";

    public static readonly string[] NativeRuntimes = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64"];

    /// <summary>Both examples in their own language, and the reference release in French.</summary>
    public static TheoryData<string, string> Editions => new() { { "alexco-2012-q2", "" }, { "us-gold-2024-q3", "" }, { "alexco-2012-q2", "fr-CA" } };

    public static TheoryData<string> Examples => ["alexco-2012-q2", "us-gold-2024-q3"];

    /// <summary>Publishes for <paramref name="rid"/> into <paramref name="folder"/>; throws with the publish's output when it fails.</summary>
    public static (string Log, TimeSpan Time, string Executable) Publish(string rid, string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(CliRunner.RepositoryRoot, "src", "ReleaseGen.Cli"), "-c", "Release", "-r", rid, "-o", folder, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host inherits the MSBuild settings of the `dotnet test` that started it; a fresh build must not.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        var watch = Stopwatch.StartNew();
        var (exitCode, output, error) = Run(start);
        var log = output + error;
        var executable = Path.Combine(folder, rid.StartsWith("win-", StringComparison.Ordinal) ? "releasegen.exe" : "releasegen");
        if (exitCode != 0 || !File.Exists(executable))
            throw new InvalidOperationException($"dotnet publish -r {rid} failed (exit {exitCode}; Linux needs clang and zlib1g-dev, and for another architecture its cross compiler: tests/tools/install-test-tools.sh, install-cross-tools.sh):\n{log}");
        return (log, watch.Elapsed, executable);
    }

    public static (int ExitCode, string Out, string Error) Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The publish printed no warning, made no managed entry assembly and put the default templates beside the executable.</summary>
    public static void AssertPublishedClean(string log, string executable)
    {
        var warnings = log.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
        var folder = Path.GetDirectoryName(executable)!;
        // A native executable runs without the .NET runtime beside it: no managed entry assembly is published.
        Assert.False(File.Exists(Path.Combine(folder, "releasegen.dll")));
        // The default templates ship beside the executable, as beside the .NET tool.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(folder, "templates"), "*", SearchOption.AllDirectories));
    }

    /// <summary>
    /// The native build writes the JIT build's bytes in every format. It runs without ICU (InvariantGlobalization)
    /// and the JIT build here with it: the same bytes prove that no machine culture reaches the output.
    /// </summary>
    public static void AssertEveryFormatIdentical(Func<string[], (int ExitCode, string Out, string Error)> native, string example, string locale)
    {
        var folder = CliRunner.Example(example);
        var jitOut = CliRunner.TempFolder();
        var nativeOut = CliRunner.TempFolder();
        string[] arguments = ["build", folder, "--format", EveryFormat, .. locale.Length > 0 ? new[] { "--locale", locale } : []];

        var jit = CliRunner.Run([.. arguments, "--out", jitOut]);
        var aot = native([.. arguments, "--out", nativeOut]);

        Assert.True(jit.ExitCode == 0, jit.Error);
        Assert.True(aot.ExitCode == 0, aot.Out + aot.Error);
        var jitFiles = Files(jitOut);
        Assert.Equal(5, jitFiles.Count);
        Assert.Equal(jitFiles, Files(nativeOut));
        foreach (var file in jitFiles)
        {
            var expected = File.ReadAllBytes(Path.Combine(jitOut, file));
            var actual = File.ReadAllBytes(Path.Combine(nativeOut, file));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file}: the native build wrote {actual.Length} bytes, the JIT build {expected.Length}, and they differ");
        }
    }

    public static void AssertCheckJsonIdentical(Func<string[], (int ExitCode, string Out, string Error)> native, string example)
    {
        var folder = CliRunner.Example(example);
        var jit = CliRunner.Run("check", folder, "--format", "json");
        var aot = native(["check", folder, "--format", "json"]);

        Assert.Equal(jit.ExitCode, aot.ExitCode);
        Assert.Contains("\"version\": 1", jit.Out);
        Assert.Equal(jit.Out, aot.Out);
    }

    /// <summary>Spectre.Console.Cli binds options by reflection: an unknown option and a missing argument must still be told apart.</summary>
    public static void AssertUsageErrorsIdentical(Func<string[], (int ExitCode, string Out, string Error)> native)
    {
        var jit = CliRunner.Run("build", "--no-such-option");
        var aot = native(["build", "--no-such-option"]);

        Assert.Equal(2, jit.ExitCode);
        Assert.Equal(jit.ExitCode, aot.ExitCode);
        Assert.Equal(jit.Error, aot.Error);
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>A native <c>releasegen</c> published once per test run into a temporary folder, deleted afterwards.</summary>
public abstract class PublishedNative : IDisposable
{
    private readonly string _folder = Scratch.Folder("releasegen-native");

    protected PublishedNative(string rid) => (PublishLog, PublishTime, Executable) = NativePublish.Publish(rid, _folder);

    public string Executable { get; }

    public string PublishLog { get; }

    public TimeSpan PublishTime { get; }

    /// <summary>Runs the executable in the repository's root with <paramref name="args"/>.</summary>
    public abstract (int ExitCode, string Out, string Error) Run(params string[] args);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Publishes <c>releasegen</c> natively for this machine.</summary>
public sealed class NativeBuildFixture() : PublishedNative(ThisMachine)
{
    private static string ThisMachine => NativePublish.NativeRuntimes.Contains(RuntimeInformation.RuntimeIdentifier)
        ? RuntimeInformation.RuntimeIdentifier
        : throw new InvalidOperationException($"releasegen is published native for {string.Join(", ", NativePublish.NativeRuntimes)}, not for this machine ({RuntimeInformation.RuntimeIdentifier}).");

    public override (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { WorkingDirectory = CliRunner.RepositoryRoot };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return NativePublish.Run(start);
    }
}

/// <summary>
/// The native executable for this machine says what the JIT build says: the same bytes in every format for both
/// examples (and the French edition), the same <c>check --format json</c> report, the same usage errors.
/// </summary>
[Collection(NativePublish.Collection)]
public sealed class NativeBuildTests(NativeBuildFixture native, ITestOutputHelper output) : IClassFixture<NativeBuildFixture>
{
    [Fact]
    public void The_publish_is_native_and_prints_no_warning()
    {
        output.WriteLine($"dotnet publish (Native AOT, {RuntimeInformation.RuntimeIdentifier}) took {native.PublishTime.TotalSeconds:0} s");
        NativePublish.AssertPublishedClean(native.PublishLog, native.Executable);
    }

    [Theory]
    [MemberData(nameof(NativePublish.Editions), MemberType = typeof(NativePublish))]
    public void Every_format_is_byte_identical_to_the_jit_build(string example, string locale) =>
        NativePublish.AssertEveryFormatIdentical(native.Run, example, locale);

    [Theory]
    [MemberData(nameof(NativePublish.Examples), MemberType = typeof(NativePublish))]
    public void Check_json_is_identical_to_the_jit_build(string example) =>
        NativePublish.AssertCheckJsonIdentical(native.Run, example);

    [Fact]
    public void Usage_errors_are_reported_as_by_the_jit_build() =>
        NativePublish.AssertUsageErrorsIdentical(native.Run);
}
