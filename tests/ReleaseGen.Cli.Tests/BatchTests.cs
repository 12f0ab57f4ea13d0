using ReleaseGen.Cli.Batch;
using ReleaseGen.Diagnostics;
using Spectre.Console.Testing;

namespace ReleaseGen.Cli.Tests;

public class BatchTests
{
    /// <summary>A folder with copies of the reference example named a, b and c (c with an error), and a folder without data.</summary>
    private static string ReleasesFolder(bool withError)
    {
        var root = CliRunner.TempFolder();
        foreach (var name in new[] { "a", "b", "c" })
        {
            var copy = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            foreach (var file in Directory.GetFiles(CliRunner.Example("alexco-2012-q2")))
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        if (withError)
        {
            var data = Path.Combine(root, "c", "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data).Replace("short_name: Alexco", "shortname: Alexco"));
        }
        Directory.CreateDirectory(Path.Combine(root, "notes"));
        return root;
    }

    /// <summary>A run whose output goes to a log, as in CI: <see cref="CliRunner"/> always reports with plain lines.</summary>
    private static (int, string, string) RunInCi(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void A_glob_builds_every_release_in_parallel_with_plain_lines_and_a_summary_in_CI()
    {
        var root = ReleasesFolder(withError: true);
        var outDir = CliRunner.TempFolder();
        var (exit, stdout, stderr) = RunInCi("build", Path.Combine(root, "*"), "--format", "md", "--out", outDir, "--templates", CliRunner.Templates);

        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', stdout); // no ANSI escape sequences
        Assert.Contains($"build: 3 releases, up to {Environment.ProcessorCount} at a time", stdout);
        Assert.Contains("] a: ok (0 errors, 0 warnings)", stdout);
        Assert.Contains("] c: failed (1 error, 0 warnings)", stdout);
        Assert.Contains("| a       | md              |      0 |        0 |", stdout);
        Assert.Contains("| c       | -               |      1 |        0 |", stdout);
        Assert.EndsWith("build: 3 releases, 1 failed\n", stdout.Replace("\r\n", "\n"));
        Assert.Contains($"{Path.Combine(root, "c", "release.yaml")}(7,3): error RG103: unknown field 'shortname'", stderr);
        Assert.DoesNotContain("skipping", stdout + stderr);
        Assert.DoesNotContain("] notes", stdout);
        Assert.Equal(["a.md", "b.md"], Directory.GetFiles(outDir).Select(f => Path.GetFileName(f)).Order().ToArray());
    }

    [Fact]
    public void Build_of_examples_glob_builds_every_example()
    {
        var outDir = CliRunner.TempFolder();
        var examples = Directory.GetDirectories(Path.Combine(CliRunner.RepositoryRoot, "examples"))
            .Where(d => File.Exists(Path.Combine(d, "release.yaml"))).Select(d => Path.GetFileName(d)).Order().ToArray();
        var (exit, stdout, stderr) = RunInCi("build", Path.Combine(CliRunner.RepositoryRoot, "examples", "*"), "--out", outDir, "--templates", CliRunner.Templates);
        Assert.True(exit == 0, stderr);
        Assert.Equal(examples.SelectMany(e => new[] { e + ".html", e + ".md", e + ".pdf" }).Order(StringComparer.Ordinal).ToArray(),
            Directory.GetFiles(outDir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        foreach (var example in examples) Assert.Contains($"| {example}", stdout);
        Assert.DoesNotContain('\u001b', stdout); // no ANSI escape sequences
    }

    [Fact]
    public void Parallel_builds_write_the_same_bytes_as_a_single_build()
    {
        var root = ReleasesFolder(withError: false);
        var batch = CliRunner.TempFolder();
        Assert.Equal(0, RunInCi("build", Path.Combine(root, "*"), "--format", "md", "--out", batch, "--templates", CliRunner.Templates).Item1);
        var single = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--out", single, "--templates", CliRunner.Templates).ExitCode);
        var expected = File.ReadAllBytes(Path.Combine(single, "alexco-2012-q2.md"));
        foreach (var name in new[] { "a", "b", "c" })
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(batch, name + ".md")));
    }

    [Fact]
    public void Check_takes_globs_too_and_keeps_its_findings_on_standard_output()
    {
        var root = ReleasesFolder(withError: true);
        var (exit, stdout, stderr) = RunInCi("check", Path.Combine(root, "*"), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith($"{Path.Combine(root, "c", "release.yaml")}(7,3): error RG103: unknown field 'shortname'", lines[0]);
        Assert.Equal("check failed: 3 release(s), 1 error(s), 0 warning(s)", lines[^1]);
        Assert.Contains("check: 3 releases, up to", stderr);
        Assert.Contains("| c       | -               |      1 |        0 |", stderr);
        Assert.DoesNotContain('\u001b', stderr);
    }

    [Fact]
    public void Long_paths_are_not_wrapped_at_the_console_width()
    {
        var outDir = Path.Combine(CliRunner.TempFolder(), new string('d', 60), new string('e', 60));
        var (exit, stdout, _) = RunInCi("build", CliRunner.Example("alexco-2012-q2"), "--format", "md", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Contains($"wrote {Path.Combine(outDir, "alexco-2012-q2.md")}\n", stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Shell_expanded_arguments_skip_folders_without_data_with_a_note()
    {
        var root = ReleasesFolder(withError: false);
        var outDir = CliRunner.TempFolder();
        var (exit, stdout, stderr) = RunInCi("build", Path.Combine(root, "a"), Path.Combine(root, "b"), Path.Combine(root, "notes"), "--format", "md", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Contains($"releasegen: note: skipping '{Path.Combine(root, "notes")}': no release.yaml in it", stderr);
        Assert.Contains("build: 2 releases, all succeeded", stdout);
    }

    [Fact]
    public void A_glob_that_matches_no_release_is_a_usage_error()
    {
        var (exit, _, stderr) = RunInCi("build", Path.Combine(CliRunner.TempFolder(), "*"), "--out", CliRunner.TempFolder());
        Assert.Equal(2, exit);
        Assert.Contains("no release folders (with release.yaml) match", stderr);
    }

    [Fact]
    public void Releases_with_the_same_name_are_refused()
    {
        var one = ReleasesFolder(withError: false);
        var two = ReleasesFolder(withError: false);
        var (exit, _, stderr) = RunInCi("build", Path.Combine(one, "a"), Path.Combine(two, "a"), "--out", CliRunner.TempFolder());
        Assert.Equal(2, exit);
        Assert.Contains("share the name 'a'", stderr);
    }

    [Fact]
    public void On_a_terminal_a_progress_bar_runs_and_the_summary_table_follows()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Capabilities.Ansi = true;
        var error = new StringWriter();
        var folders = new[] { "x/one", "x/two", "x/three" };
        var outcome = BatchRunner.Run(folders, folder => new ReleaseResult(folder, Path.GetFileName(folder),
                folder.EndsWith("two") ? [new Diagnostic(Severity.Warning, "RG999", "a warning", new SourceLocation(folder, 1, 1))] : [],
                ["md"], [$"wrote {folder}.md"]),
            new BatchOptions("build", BatchDisplay.Progress, console, error));

        Assert.False(outcome.Failed);
        Assert.Equal(["one", "two", "three"], outcome.Results.Select(r => r.Name));
        var output = console.Output;
        Assert.Contains("build 3 releases", output);
        Assert.Contains("100%", output);
        Assert.Contains("│ two     │ md              │      0 │        1 │", output);
        Assert.True(output.IndexOf("wrote x/one.md", StringComparison.Ordinal) < output.IndexOf("wrote x/two.md", StringComparison.Ordinal));
        Assert.Equal("x/two(1,1): warning RG999: a warning\n0 error(s), 1 warning(s)\n", error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Globs_expand_single_and_double_stars_in_order()
    {
        var root = ReleasesFolder(withError: false);
        Directory.CreateDirectory(Path.Combine(root, "deep", "d"));
        File.Copy(Path.Combine(root, "a", "release.yaml"), Path.Combine(root, "deep", "d", "release.yaml"));
        var expanded = ReleaseFolders.Expand([Path.Combine(root, "*")]);
        Assert.Equal(["a", "b", "c"], expanded.Folders.Select(Path.GetFileName));
        var deep = ReleaseFolders.Expand([Path.Combine(root, "**")]);
        Assert.Equal(["a", "b", "c", "d"], deep.Folders.Select(Path.GetFileName));
        Assert.Equal(["a", "b", "c"], ReleaseFolders.Expand([Path.Combine(root, "?")]).Folders.Select(Path.GetFileName));
    }
}
