using ReleaseGen.Testing;

namespace ReleaseGen.Cli.Tests;

public class CheckCommandTests
{
    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    [Fact]
    public void The_reference_release_passes()
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", CliRunner.Example("alexco-2012-q2"), "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal("check passed: 1 release(s), 0 error(s), 0 warning(s)\n", stdout);
    }

    [Fact]
    public void Both_examples_pass_in_every_edition()
    {
        var (exit, stdout, _) = CliRunner.Run("check", CliRunner.Example("alexco-2012-q2"), CliRunner.Example("us-gold-2024-q3"), "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("check passed: 2 release(s), 0 error(s), 0 warning(s)\n", stdout);
        (exit, stdout, _) = CliRunner.Run("check", CliRunner.Example("alexco-2012-q2"), "--locale", "fr-CA", "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("check passed: 1 release(s), 0 error(s), 0 warning(s)\n", stdout);
    }

    [Fact]
    public void A_six_month_silver_figure_that_no_longer_reconciles_fails_at_the_data_line()
    {
        var copy = CliRunner.CopyExample();
        Edit(Path.Combine(copy, "release.yaml"), "silver_oz: 1040257", "silver_oz: 1140257");
        var (exit, stdout, _) = CliRunner.Run("check", copy, "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Contains($"{copy}/release.yaml(58,72): error RG401:", stdout);
        Snapshot.Verify(stdout, new SnapshotSettings().ScrubReplace(copy, "FOLDER"));
    }

    [Fact]
    public void A_broken_yaml_file_fails_with_file_and_line_and_no_stack_trace()
    {
        var copy = CliRunner.CopyExample();
        Edit(Path.Combine(copy, "release.yaml"), "  short_name: Alexco", "  short_name: [Alexco");
        var (exit, stdout, stderr) = CliRunner.Run("check", copy, "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.Equal("", stderr);
        Snapshot.Verify(stdout, new SnapshotSettings().ScrubReplace(copy, "FOLDER"));
    }

    [Fact]
    public void An_unknown_field_fails_with_file_and_line()
    {
        var copy = CliRunner.CopyExample();
        Edit(Path.Combine(copy, "release.yaml"), "  wire: Marketwire", "  wires: Marketwire");
        var (exit, stdout, stderr) = CliRunner.Run("check", copy, "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Snapshot.Verify(stdout, new SnapshotSettings().ScrubReplace(copy, "FOLDER"));
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var good = CliRunner.Example("alexco-2012-q2");
        var bad = CliRunner.CopyExample();
        Edit(Path.Combine(bad, "release.yaml"), "silver_oz: 1040257", "silver_oz: 1140257");
        var (exit, stdout, _) = CliRunner.Run("check", good, bad, "--format", "json", "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        using var document = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        Snapshot.Verify(stdout, new SnapshotSettings().UseExtension("json").ScrubReplace(bad, "FOLDER").ScrubReplace(good, "EXAMPLE"));
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        var copy = CliRunner.CopyExample();
        File.AppendAllText(Path.Combine(copy, "narrative.md"), "\nThe mill ran 24 hours a day.\n");
        var (exit, stdout, _) = CliRunner.Run("check", copy, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Contains($"{copy}/narrative.md(16,14): warning RG403: the number '24' is typed into the template, not linked to data", stdout);
        Assert.EndsWith("check passed: 1 release(s), 0 error(s), 1 warning(s)\n", stdout);

        (exit, stdout, _) = CliRunner.Run("check", copy, "--strict", "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.EndsWith("check failed: 1 release(s), 0 error(s), 1 warning(s)\n", stdout);

        File.WriteAllText(Path.Combine(copy, "narrative.md"), File.ReadAllText(Path.Combine(copy, "narrative.md")).Replace("ran 24 hours", "ran {{ literal \"24\" }} hours"));
        (exit, _, _) = CliRunner.Run("check", copy, "--strict", "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Audit_writes_the_figure_trace()
    {
        var audit = Path.Combine(CliRunner.TempFolder(), "audit.md");
        var example = CliRunner.Example("alexco-2012-q2");
        var (exit, _, _) = CliRunner.Run("check", example, "--audit", audit, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(audit);
        Assert.Equal("| release | printed | where | expression | source value | period | origin | rounding |", lines[0]);
        Assert.Contains($"| alexco-2012-q2 | 458,472 | {example}/narrative.md(2,110) | {{{{ figures.silver_oz.quarter }}}} | 458472 | 2012-Q2 | silver_oz given at {example}/release.yaml(52,72) | 0 decimal(s), half away from zero |", lines);
        Assert.Contains($"| alexco-2012-q2 | 234 | {example}/narrative.md(12,343) | {{{{ rate.per_day figures.ore_processed.previous_quarter \\| num.format 0 }}}} | 21251 | 2012-Q1 | ore_processed derived: 2012-H1 - 2012-Q2 | by the function in the expression |", lines);
        Assert.Equal(68, lines.Count(l => l.Contains("| table 'highlights', column", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_changed_published_figure_needs_a_declared_restatement()
    {
        var copy = CliRunner.CopyExample();
        var history = Path.Combine(CliRunner.TempFolder(), "history");
        Directory.CreateDirectory(Path.Combine(history, "alexco-2011-q2"));
        // Last year's release, as published: the same second-quarter 2011 figures, silver 464,000.
        File.WriteAllText(Path.Combine(history, "alexco-2011-q2", "release.yaml"), File.ReadAllText(Path.Combine(copy, "release.yaml"))
            .Replace("period: 2012-Q2", "period: 2011-Q2")
            .Replace("silver_oz: 464324", "silver_oz: 464000"));
        var (exit, stdout, _) = CliRunner.Run("check", copy, "--history", history, "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Snapshot.Verify(stdout, new SnapshotSettings().ScrubReplace(copy, "FOLDER").ScrubReplace(history, "HISTORY"));

        File.AppendAllText(Path.Combine(copy, "release.yaml"), "\nrestated:\n  - { metric: silver_oz, period: 2011-Q2, reason: final smelter settlement }\n");
        (exit, stdout, _) = CliRunner.Run("check", copy, "--history", history, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("check passed: 1 release(s), 0 error(s), 0 warning(s)\n", stdout);
    }

    [Fact]
    public void Build_runs_the_checks_and_writes_nothing_on_errors()
    {
        var copy = CliRunner.CopyExample();
        Edit(Path.Combine(copy, "release.yaml"), "silver_oz: 1040257", "silver_oz: 1140257");
        var outDir = CliRunner.TempFolder();
        var (exit, stdout, stderr) = CliRunner.Run("build", copy, "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"{copy}/release.yaml(58,72): error RG401:", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--colour")]
    public void Wrong_usage_exits_2(params string[] extra)
    {
        var (exit, _, stderr) = CliRunner.Run(["check", CliRunner.Example("alexco-2012-q2"), .. extra]);
        Assert.Equal(2, exit);
        Assert.Contains("releasegen: error:", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void No_folder_is_a_usage_error()
    {
        var (exit, _, _) = CliRunner.Run("check");
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Help_documents_the_check_command()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--format", "--strict", "--audit", "--history", "--locale", "--templates", "<release-folder>" })
            Assert.Contains(option, stdout);
    }
}
