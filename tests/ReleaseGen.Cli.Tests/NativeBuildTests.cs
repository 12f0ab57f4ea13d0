using ReleaseGen.Testing;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit.Abstractions;

namespace ReleaseGen.Cli.Tests;

/// <summary>
/// Publishes <c>releasegen</c> as a Native AOT executable once per test run, the way the README says
/// (<c>dotnet publish src/ReleaseGen.Cli -c Release -r RID -o DIR</c>), and keeps it and what the publish printed.
/// </summary>
public sealed class NativeBuildFixture : IDisposable
{
    public static readonly string[] NativeRuntimes = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64"];

    private readonly string _folder = Scratch.Folder("releasegen-native");

    public NativeBuildFixture()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        if (!NativeRuntimes.Contains(rid))
            throw new InvalidOperationException($"releasegen is published native for {string.Join(", ", NativeRuntimes)}, not for this machine ({rid}).");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(CliRunner.RepositoryRoot, "src", "ReleaseGen.Cli"), "-c", "Release", "-r", rid, "-o", _folder, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host inherits the MSBuild settings of the `dotnet test` that started it; a fresh build must not.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        PublishTime = watch.Elapsed;
        PublishLog = output.Result + error.Result;
        Executable = Path.Combine(_folder, OperatingSystem.IsWindows() ? "releasegen.exe" : "releasegen");
        if (process.ExitCode != 0 || !File.Exists(Executable))
            throw new InvalidOperationException($"dotnet publish -r {rid} failed (exit {process.ExitCode}; Linux needs clang and zlib1g-dev: tests/tools/install-test-tools.sh):\n{PublishLog}");
    }

    public string Executable { get; }

    public string PublishLog { get; }

    public TimeSpan PublishTime { get; }

    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CliRunner.RepositoryRoot };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// The native executable says what the JIT build says: the same bytes in every format for both examples,
/// and the same <c>check --format json</c> report. The JIT side runs in-process (CliRunner), as every other
/// CLI test does.
/// </summary>
public sealed class NativeBuildTests(NativeBuildFixture native, ITestOutputHelper output) : IClassFixture<NativeBuildFixture>
{
    private const string EveryFormat = "md,html,edgar,pdf,docx";

    public static TheoryData<string> Examples => ["alexco-2012-q2", "us-gold-2024-q3"];

    [Fact]
    public void The_publish_is_native_and_prints_no_warning()
    {
        output.WriteLine($"dotnet publish (Native AOT, {RuntimeInformation.RuntimeIdentifier}) took {native.PublishTime.TotalSeconds:0} s");
        var warnings = native.PublishLog.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
        // A native executable runs without the .NET runtime beside it: no managed entry assembly is published.
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(native.Executable)!, "releasegen.dll")));
// The default templates ship beside the executable, as beside the .NET tool.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(native.Executable)!, "templates"), "*", SearchOption.AllDirectories));
    }

    /// <summary>Both examples in their own language, and the reference release in French.</summary>
    public static TheoryData<string, string> Editions => new() { { "alexco-2012-q2", "" }, { "us-gold-2024-q3", "" }, { "alexco-2012-q2", "fr-CA" } };

    /// <summary>
    /// The native build runs without ICU (InvariantGlobalization) and the JIT build here with it: the same bytes
    /// prove that no machine culture reaches the output, in English and in French.
    /// </summary>
    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_format_is_byte_identical_to_the_jit_build(string example, string locale)
    {
        var folder = CliRunner.Example(example);
        var jitOut = CliRunner.TempFolder();
        var nativeOut = CliRunner.TempFolder();
        string[] arguments = ["build", folder, "--format", EveryFormat, .. locale.Length > 0 ? new[] { "--locale", locale } : []];

        var jit = CliRunner.Run([.. arguments, "--out", jitOut]);
        var aot = native.Run([.. arguments, "--out", nativeOut]);

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

    [Theory]
    [MemberData(nameof(Examples))]
    public void Check_json_is_identical_to_the_jit_build(string example)
    {
        var folder = CliRunner.Example(example);
        var jit = CliRunner.Run("check", folder, "--format", "json");
        var aot = native.Run("check", folder, "--format", "json");

        Assert.Equal(jit.ExitCode, aot.ExitCode);
        Assert.Contains("\"version\": 1", jit.Out);
        Assert.Equal(jit.Out, aot.Out);
    }

    [Fact]
    public void Usage_errors_are_reported_as_by_the_jit_build()
    {
        // Spectre.Console.Cli binds options by reflection: an unknown option and a missing argument must still be told apart.
        var jit = CliRunner.Run("build", "--no-such-option");
        var aot = native.Run("build", "--no-such-option");

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
