using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReleaseGen.Cli.Tests.Hostile;

/// <summary>
/// Every case of the hostile corpus goes through <c>build</c>, <c>check --format json</c> and <c>diff</c>:
/// each must end in diagnostics of the form <c>path(line,col): error CODE: message</c> (no stack trace,
/// no raw .NET message), exit 1 (diff: 2), write nothing, keep its JSON valid, and print no secret.
/// Time and memory are not asserted here (see bench/); a case that overflowed the stack or hung would
/// fail this test by killing or stalling the test run.
/// </summary>
public sealed partial class HostileCorpusTests
{
    [Theory]
    [MemberData(nameof(HostileCase.Names), MemberType = typeof(HostileCase))]
    public void Build_reports_diagnostics_and_writes_nothing(string name)
    {
        var scratch = CliRunner.TempFolder();
        var (hostile, folder) = HostileCase.Materialize(name, scratch);
        var output = Path.Combine(scratch, "out");

        var (exit, stdout, stderr) = CliRunner.Run(["build", folder, "--out", output, "--format", "md,html", .. hostile.Arguments]);

        Assert.Equal(ExitCodes.DataErrors, exit);
        AssertDiagnostics(stderr, hostile);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), $"{name}: something was written");
        AssertNoSecret(hostile, stdout + stderr);
    }

    [Theory]
    [MemberData(nameof(HostileCase.Names), MemberType = typeof(HostileCase))]
    public void Check_writes_valid_json_naming_the_problem(string name)
    {
        var scratch = CliRunner.TempFolder();
        var (hostile, folder) = HostileCase.Materialize(name, scratch);

        var (exit, stdout, stderr) = CliRunner.Run(["check", folder, "--format", "json", .. hostile.Arguments]);

        Assert.Equal(ExitCodes.DataErrors, exit);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("releases")[0].GetProperty("findings").EnumerateArray().ToList();
        var codes = findings.Select(f => f.GetProperty("code").GetString()).ToHashSet();
        foreach (var code in hostile.Expected) Assert.Contains(code, codes);
        Assert.All(findings, f =>
        {
            Assert.Matches(CodePattern(), f.GetProperty("code").GetString()!);
            Assert.True(f.GetProperty("line").GetInt32() >= 1);
            Assert.True(f.GetProperty("message").GetString()!.Length <= MaxMessage, "a message echoes too much input");
        });
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("passed").GetBoolean());
        AssertNoSecret(hostile, stdout + stderr);
    }

    [Theory]
    [MemberData(nameof(HostileCase.Names), MemberType = typeof(HostileCase))]
    public void Diff_against_a_good_release_is_trouble(string name)
    {
        var scratch = CliRunner.TempFolder();
        var (hostile, folder) = HostileCase.Materialize(name, scratch);
        // Cases that need build options, or attack what only build and check read (history, reconciliations), do not apply.
        if (hostile.Arguments.Count > 0 || !hostile.Commands.Contains("diff")) return;

        var (exit, stdout, stderr) = CliRunner.Run("diff", CliRunner.Example("alexco-2012-q2"), folder, "--out", Path.Combine(scratch, "redline"));

        Assert.Equal(Commands.DiffCommand.Trouble, exit);
        AssertDiagnostics(stderr, hostile);
        Assert.False(Directory.Exists(Path.Combine(scratch, "redline")), $"{name}: a redline was written");
        AssertNoSecret(hostile, stdout + stderr);
    }

    private const int MaxMessage = 1000;

    /// <summary>Every line is a diagnostic, a count, or a "releasegen: error:" line; the expected codes are among them.</summary>
    private static void AssertDiagnostics(string stderr, HostileCase hostile)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.True(DiagnosticLine().IsMatch(line) || CountLine().IsMatch(line) || line.StartsWith("releasegen: error: ", StringComparison.Ordinal),
                $"{hostile.Name}: not a diagnostic: {line[..Math.Min(line.Length, 300)]}");
            Assert.True(line.Length <= MaxMessage + 300, $"{hostile.Name}: a line of {line.Length} characters echoes too much input");
        });
        var codes = lines.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["code"].Value).ToHashSet();
        foreach (var code in hostile.Expected) Assert.True(codes.Contains(code), $"{hostile.Name}: expected {code}, got {string.Join(", ", codes)}:\n{stderr[..Math.Min(stderr.Length, 2000)]}");
    }

    private static void AssertNoSecret(HostileCase hostile, string text)
    {
        foreach (var secret in hostile.Secrets) Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        // The CI environment (narrative.md -> /proc/self/environ) must never be printed.
        if (Environment.GetEnvironmentVariable("PATH") is { Length: > 8 } path) Assert.DoesNotContain("PATH=" + path, text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^RG\d{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning) (?<code>RG\d{3}): .+$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^\d+ error\(s\), \d+ warning\(s\)$")]
    private static partial Regex CountLine();
}
