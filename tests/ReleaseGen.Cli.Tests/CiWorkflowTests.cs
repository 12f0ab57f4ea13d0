using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Cli.Tests;

/// <summary>The GitHub Actions example in examples/ci/: well-formed, and every releasegen command and option it runs exists.</summary>
public partial class CiWorkflowTests
{
    /// <summary>
    /// Commands the workflow uses that live on another branch until it is merged (check: issue's check
    /// command). A test below fails once such a command exists, so this list is emptied at the merge.
    /// </summary>
    private static readonly string[] AwaitingMerge = [];

    private static string WorkflowPath => Path.Combine(CliRunner.RepositoryRoot, "examples", "ci", "release-drafts.yml");

    [GeneratedRegex(@"\breleasegen\s+([a-z][a-z-]*)([^\n|;&]*)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(?<=\s)--[a-z][a-z-]*")]
    private static partial Regex Option();

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps() =>
        ((YamlMappingNode)Workflow()["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

    private static IEnumerable<(string Command, string Arguments)> Invocations() =>
        Steps().Where(s => s.Children.ContainsKey("run"))
            .SelectMany(s => Invocation().Matches(((YamlScalarNode)s["run"]).Value!))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    /// <summary>The commands the CLI lists in its help.</summary>
    private static HashSet<string> CliCommands()
    {
        var (exit, stdout, _) = CliRunner.Run("--help");
        Assert.Equal(0, exit);
        var section = stdout[stdout.IndexOf("COMMANDS:", StringComparison.Ordinal)..];
        return section.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(' ')[0]).ToHashSet();
    }

    [Fact]
    public void The_workflow_is_a_well_formed_GitHub_Actions_workflow()
    {
        var workflow = Workflow();
        Assert.Equal("Release drafts", ((YamlScalarNode)workflow["name"]).Value);
        var on = (YamlMappingNode)workflow["on"];
        foreach (var trigger in new[] { "push", "pull_request" })
        {
            var paths = ((YamlSequenceNode)((YamlMappingNode)on[trigger])["paths"]).Children.Select(p => ((YamlScalarNode)p).Value).ToList();
            Assert.Contains("releases/**", paths);
        }
        var jobs = (YamlMappingNode)workflow["jobs"];
        Assert.NotEmpty(jobs.Children);
        foreach (var job in jobs.Children.Values.Cast<YamlMappingNode>())
        {
            Assert.True(job.Children.ContainsKey("runs-on"));
            foreach (var step in ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
                Assert.True(step.Children.ContainsKey("run") ^ step.Children.ContainsKey("uses"), $"a step must either run or use an action: {step}");
        }
        var uploads = Steps().Where(s => s.Children.ContainsKey("uses") && ((YamlScalarNode)s["uses"]).Value!.StartsWith("actions/upload-artifact@", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, uploads.Count);
    }

    [Fact]
    public void It_checks_builds_every_format_and_redlines()
    {
        var invocations = Invocations().ToList();
        Assert.Equal(["check", "build", "diff"], invocations.Select(i => i.Command).Distinct());
        Assert.Contains("--format md,html,pdf", invocations.Single(i => i.Command == "build").Arguments);
        Assert.Contains("origin/main", File.ReadAllText(WorkflowPath));
    }

    [Fact]
    public void Every_command_and_option_it_names_exists_in_the_CLI()
    {
        var commands = CliCommands();
        Assert.Contains("build", commands);
        foreach (var (command, arguments) in Invocations())
        {
            if (AwaitingMerge.Contains(command)) continue;
            Assert.True(commands.Contains(command), $"the workflow runs 'releasegen {command}', which the CLI does not have ({string.Join(", ", commands)})");
            var (exit, help, _) = CliRunner.Run(command, "--help");
            Assert.Equal(0, exit);
            foreach (Match option in Option().Matches(" " + arguments))
                Assert.True(help.Contains(option.Value, StringComparison.Ordinal), $"'releasegen {command}' has no option {option.Value}");
        }
    }

    [Fact]
    public void Commands_awaiting_a_merge_are_really_missing()
    {
        var commands = CliCommands();
        foreach (var command in AwaitingMerge)
            Assert.False(commands.Contains(command), $"'{command}' exists now: remove it from {nameof(AwaitingMerge)}");
    }
}
