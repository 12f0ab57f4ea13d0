using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Cli.Tests;

/// <summary>The series on the command line: check and build a series folder, next, acknowledged findings, the series CI workflow.</summary>
[Collection("console")]
public partial class SeriesCommandTests
{
    private static string CopySeries()
    {
        var source = CliRunner.Example("us-gold-series");
        var copy = Path.Combine(CliRunner.TempFolder(), "us-gold-series");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    [Fact]
    public void Check_json_lists_the_acknowledged_findings_and_passes()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Path.Combine(CliRunner.Example("us-gold-series"), "2024-q3"), "--format", "json", "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var release = json.RootElement.GetProperty("releases")[0];
        Assert.Equal(0, release.GetProperty("errors").GetInt32());
        var acknowledged = release.GetProperty("acknowledged").EnumerateArray().ToList();
        Assert.Equal(["RG400", "RG406"], acknowledged.Select(a => a.GetProperty("code").GetString()).Order());
        var first = acknowledged.First(a => a.GetProperty("code").GetString() == "RG400");
        Assert.Equal("total_ag_oz", first.GetProperty("metric").GetString());
        Assert.Equal("2023-9M", first.GetProperty("period").GetString());
        Assert.Equal(952827m, first.GetProperty("value").GetDecimal());
        Assert.EndsWith("ledger.csv", first.GetProperty("path").GetString());
        Assert.StartsWith("The third-quarter fiscal 2023 release printed", first.GetProperty("reason").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("acknowledged").GetInt32());
    }

    [Fact]
    public void Check_text_and_audit_list_acknowledged_findings()
    {
        var audit = Path.Combine(CliRunner.TempFolder(), "audit.md");
        var (exit, stdout, _) = CliRunner.Run("check", Path.Combine(CliRunner.Example("us-gold-series"), "2024-q1"), "--audit", audit, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Matches(@"ledger\.csv\(143,21\): acknowledged RG400: total_ag_oz for 2023-9M is 952,827 but 2023-Q1 \+ 2023-Q2 \+ 2023-Q3 add up to 967,827 \(difference -15,000\): a sum must agree exactly \(acknowledged at .*series\.yaml\(173,5\): The third-quarter", stdout);
        Assert.Contains("check passed: 1 release(s), 0 error(s), 0 warning(s), 2 acknowledged", stdout);
        var table = File.ReadAllText(audit);
        Assert.Contains("## Acknowledged findings", table);
        Assert.Contains("| 2024-q1 | RG400 | total_ag_oz 2023-9M | 952827 |", table);
    }

    [Fact]
    public void An_acknowledged_finding_stops_blocking_build_and_blocks_it_again_when_its_figure_changes()
    {
        var copy = CopySeries();
        var output = Path.Combine(CliRunner.TempFolder(), "out");
        var (exit, _, _) = CliRunner.Run("build", Path.Combine(copy, "2024-q3"), "--format", "md", "--out", output, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(output, "2024-q3.md")));

        File.WriteAllText(Path.Combine(copy, "ledger.csv"), File.ReadAllText(Path.Combine(copy, "ledger.csv")).Replace("total_ag_oz,2023-9M,952827", "total_ag_oz,2023-9M,952828"));
        var again = Path.Combine(CliRunner.TempFolder(), "out");
        var (failed, _, stderr) = CliRunner.Run("build", Path.Combine(copy, "2024-q3"), "--format", "md", "--out", again, "--templates", CliRunner.Templates);
        Assert.Equal(1, failed);
        Assert.Contains("error RG400: total_ag_oz for 2023-9M is 952,828", stderr);
        Assert.False(Directory.Exists(again) && Directory.EnumerateFiles(again).Any());
    }

    [Fact]
    public void Build_of_a_series_folder_writes_every_release_an_index_and_redlines_against_the_previous_quarter()
    {
        var output = Path.Combine(CliRunner.TempFolder(), "site");
        var (exit, stdout, _) = CliRunner.Run("build", CliRunner.Example("us-gold-series"), "--format", "md,html", "--out", output, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal(
            ["2024-q1.html", "2024-q1.md", "2024-q2.html", "2024-q2.md", "2024-q2.redline.html", "2024-q3.html", "2024-q3.md", "2024-q3.redline.html", "index.html"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"wrote {Path.Combine(output, "index.html")}", stdout);
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<tr><td>2024-q3</td><td>Third Quarter Fiscal 2024</td><td>2024-04-11</td><td><a href=\"2024-q3.md\">md</a> <a href=\"2024-q3.html\">html</a></td><td><a href=\"2024-q3.redline.html\">against 2024-q2</a></td></tr>", index);
        Assert.True(index.IndexOf("2024-q1", StringComparison.Ordinal) < index.IndexOf("2024-q2", StringComparison.Ordinal));
        // The redline shows what changed from the second quarter's text: its period, for one.
        var redline = File.ReadAllText(Path.Combine(output, "2024-q3.redline.html"));
        Assert.Contains("Third", redline);
        Assert.Contains("Second", redline);

        // Same input, same bytes.
        var second = Path.Combine(CliRunner.TempFolder(), "site");
        CliRunner.Run("build", CliRunner.Example("us-gold-series"), "--format", "md,html", "--out", second, "--templates", CliRunner.Templates);
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "index.html")), File.ReadAllBytes(Path.Combine(second, "index.html")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "2024-q3.redline.html")), File.ReadAllBytes(Path.Combine(second, "2024-q3.redline.html")));
    }

    [Fact]
    public void Next_writes_the_next_quarter_and_check_lists_what_is_left()
    {
        var copy = CopySeries();
        var (exit, stdout, _) = CliRunner.Run("next", Path.Combine(copy, "2024-q3"));
        Assert.Equal(0, exit);
        Assert.Contains($"created {Path.Combine(copy, "2024-q4", "release.yaml")}", stdout);
        Assert.Contains($"created {Path.Combine(copy, "2024-q4", "narrative.md")}", stdout);

        var (again, _, stderr) = CliRunner.Run("next", Path.Combine(copy, "2024-q3"));
        Assert.Equal(2, again);
        Assert.Contains("already exists", stderr);

        var (checkExit, findings, _) = CliRunner.Run("check", Path.Combine(copy, "2024-q4"), "--templates", CliRunner.Templates);
        Assert.Equal(1, checkExit);
        var lines = findings.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.All(lines, l => Assert.Contains("error RG111:", l));
        Assert.Equal(33 + 4 + 4, lines.Count); // the quarter's 33 figures, 4 for the fiscal year, the release date and 3 event dates
        // The series' other checks are quiet while a draft is being filled in.
        var (q3Exit, _, _) = CliRunner.Run("check", Path.Combine(copy, "2024-q3"), "--templates", CliRunner.Templates);
        Assert.Equal(0, q3Exit);
    }

    private static string SeriesWorkflowPath => Path.Combine(CliRunner.RepositoryRoot, "examples", "ci", "series-drafts.yml");

    [GeneratedRegex(@"\breleasegen\s+([a-z][a-z-]*)([^\n|;&]*)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(?<=\s)--[a-z][a-z-]*")]
    private static partial Regex Option();

    [Fact]
    public void The_series_workflow_checks_and_builds_the_series_with_options_the_CLI_has()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(SeriesWorkflowPath)));
        var workflow = (YamlMappingNode)stream.Documents[0].RootNode;
        var steps = ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()).ToList();
        var invocations = steps.Where(s => s.Children.ContainsKey("run"))
            .SelectMany(s => Invocation().Matches(((YamlScalarNode)s["run"]).Value!))
            .Select(m => (Command: m.Groups[1].Value, Arguments: m.Groups[2].Value)).ToList();
        Assert.Equal(["check", "build"], invocations.Select(i => i.Command));
        Assert.All(invocations, i => Assert.StartsWith(" series", i.Arguments, StringComparison.Ordinal));
        foreach (var (command, arguments) in invocations)
        {
            var (exit, help, _) = CliRunner.Run(command, "--help");
            Assert.Equal(0, exit);
            foreach (Match option in Option().Matches(" " + arguments))
                Assert.True(help.Contains(option.Value, StringComparison.Ordinal), $"'releasegen {command}' has no option {option.Value}");
        }
        Assert.Contains(steps, s => s.Children.ContainsKey("uses") && ((YamlScalarNode)s["uses"]).Value!.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
    }
}
