using ReleaseGen.Cli.Batch;
using ReleaseGen.Diagnostics;
using Spectre.Console.Testing;

namespace ReleaseGen.Cli.Tests.Hostile;

/// <summary>All-or-nothing writing, outputs kept away from inputs, and failures of a batch step as named diagnostics.</summary>
[Collection("console")]
public class OutputSafetyTests
{
    private static readonly string Example = CliRunner.Example("alexco-2012-q2");

    [Fact]
    public void Out_naming_a_file_is_a_usage_error_before_any_work()
    {
        var scratch = CliRunner.TempFolder();
        var file = Path.Combine(scratch, "out.txt");
        File.WriteAllText(file, "keep");

        var (exit, _, stderr) = CliRunner.Run("build", Example, "--out", file, "--format", "md");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"releasegen: error: --out '{file}' is a file, not a folder to write into", stderr.Trim());
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public void Out_below_a_file_is_a_usage_error()
    {
        var scratch = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(scratch, "file"), "");
        var (exit, _, stderr) = CliRunner.Run("build", Example, "--out", Path.Combine(scratch, "file", "sub"), "--format", "md");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("cannot be created", stderr);
    }

    [Fact]
    public void Out_inside_the_release_folder_is_refused_and_the_narrative_survives()
    {
        var copy = CliRunner.CopyExample();
        var narrative = File.ReadAllText(Path.Combine(copy, "narrative.md"));

        var (exit, _, stderr) = CliRunner.Run("build", copy, "--out", copy, "--format", "md", "--templates", CliRunner.Templates);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is inside the release folder", stderr);
        Assert.Equal(narrative, File.ReadAllText(Path.Combine(copy, "narrative.md")));
        Assert.False(File.Exists(Path.Combine(copy, "alexco-2012-q2.md")));
    }

    [Fact]
    public void Out_inside_the_template_root_is_refused()
    {
        var scratch = CliRunner.TempFolder();
        var templates = Path.Combine(scratch, "templates");
        Directory.CreateDirectory(templates);
        var (exit, _, stderr) = CliRunner.Run("build", Example, "--out", Path.Combine(templates, "out"), "--templates", templates, "--format", "md");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is inside the templates folder", stderr);
    }

    [Fact]
    public void An_output_name_that_is_a_folder_fails_before_anything_is_written()
    {
        var output = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(output, "alexco-2012-q2.html"));

        var (exit, _, stderr) = CliRunner.Run("build", Example, "--out", output, "--format", "md,html", "--templates", CliRunner.Templates);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"{Path.Combine(output, "alexco-2012-q2.html")}(1,1): error RG115: cannot write", stderr);
        Assert.False(File.Exists(Path.Combine(output, "alexco-2012-q2.md")), "the .md was written although the .html could not be");
        Assert.Equal([Path.Combine(output, "alexco-2012-q2.html")], Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void Schema_out_naming_a_folder_is_a_diagnostic_and_exit_2()
    {
        var folder = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("schema", "--out", folder);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Matches(@"^.+\(1,1\): error RG115: cannot write '.+': a folder has that name\s*$", stderr);
    }

    [Fact]
    public void A_failing_later_move_restores_every_earlier_file_and_leaves_no_temporary_file()
    {
        var output = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(output, "a.md"), "old a");
        File.WriteAllText(Path.Combine(output, "b.html"), "old b");
        var moves = 0;
        void FailOnThirdMove(string from, string to)
        {
            // a.md aside, new a.md in place, then the move of b.html aside fails (a full disk, a lock).
            if (++moves == 3) throw new IOException("injected failure");
            File.Move(from, to);
        }

        var error = Assert.Throws<OutputException>(() => OutputWriter.WriteAll(output,
            [("a.md", OutputWriter.Text("new a")), ("b.html", OutputWriter.Text("new b"))], FailOnThirdMove));

        Assert.Contains("injected failure", error.Message);
        Assert.Equal("old a", File.ReadAllText(Path.Combine(output, "a.md")));
        Assert.Equal("old b", File.ReadAllText(Path.Combine(output, "b.html")));
        Assert.Equal(["a.md", "b.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_failing_first_write_of_new_files_leaves_the_folder_empty()
    {
        var output = CliRunner.TempFolder();
        Assert.Throws<OutputException>(() => OutputWriter.WriteAll(output,
            [("a.md", OutputWriter.Text("a")), ("b.html", OutputWriter.Text("b"))],
            (from, to) => throw new IOException("disk full")));
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void Temporary_files_of_a_killed_run_are_removed_by_the_next_one()
    {
        var output = CliRunner.TempFolder();
        // A process id that is not running: the largest possible one.
        var stale = Path.Combine(output, $".a.md.{int.MaxValue}-0123456789abcdef.tmp");
        File.WriteAllText(stale, "half");
        OutputWriter.WriteAll(output, [("a.md", OutputWriter.Text("a"))]);
        Assert.Equal(["a.md"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_batch_clears_temporary_files_of_a_killed_run_once_for_every_name_and_keeps_a_running_ones()
    {
        var output = CliRunner.TempFolder();
        var dead = int.MaxValue;
        File.WriteAllText(Path.Combine(output, $".a.md.{dead}-0123456789abcdef.tmp"), "half");
        // An earlier b.pdf set aside by a killed run before the new one was moved in: it goes back.
        File.WriteAllText(Path.Combine(output, $".b.pdf.{dead}-0123456789abcdef.old.tmp"), "earlier");
        var running = Path.Combine(output, $".c.html.{Environment.ProcessId}-0123456789abcdef.tmp");
        File.WriteAllText(running, "being written");
        File.WriteAllText(Path.Combine(output, "notes.tmp"), "not ours");

        OutputWriter.RemoveStaleTemporaries(output);

        Assert.Equal([".c.html." + Environment.ProcessId + "-0123456789abcdef.tmp", "b.pdf", "notes.tmp"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(output, "b.pdf")));
    }

    [Fact]
    public void A_batch_build_writes_every_release_and_leaves_no_temporary_file()
    {
        var output = Path.Combine(CliRunner.TempFolder(), "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, $".alexco-2012-q2.md.{int.MaxValue}-0123456789abcdef.tmp"), "half");

        var (exit, _, error) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), CliRunner.Example("us-gold-2024-q3"), "--format", "md,html", "--out", output, "--templates", CliRunner.Templates);

        Assert.True(exit == 0, error);
        Assert.Equal(["alexco-2012-q2.html", "alexco-2012-q2.md", "us-gold-2024-q3.html", "us-gold-2024-q3.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_exception_in_one_release_of_a_batch_names_it_and_the_summary_still_prints()
    {
        var console = new TestConsole();
        var errors = new StringWriter();
        var options = new BatchOptions("build", BatchDisplay.Plain, console, errors);

        var outcome = BatchRunner.Run(["good", "broken"], folder => folder == "broken"
            ? throw new InvalidOperationException("Operation is not valid due to the current state of the object.")
            : new ReleaseResult(folder, folder, [], ["md"], []), options);

        Assert.Equal(ExitCodes.DataErrors, outcome.ExitCode);
        var diagnostic = Assert.Single(outcome.Results[1].Diagnostics);
        Assert.Equal(DiagnosticCodes.InternalError, diagnostic.Code);
        Assert.Contains("release 'broken'", diagnostic.Message);
        Assert.Matches(@"^.*broken[/\\]release\.yaml\(1,1\): error RG199: ", errors.ToString());
        Assert.Contains("build: 2 releases, 1 failed", console.Output);
    }

    [Fact]
    public void An_exception_in_a_single_release_is_a_diagnostic_not_a_crash()
    {
        var errors = new StringWriter();
        var options = new BatchOptions("build", BatchDisplay.Plain, new TestConsole(), errors);
        var outcome = BatchRunner.Run(["only"], _ => throw new OverflowException("Value was either too large or too small for an Int32."), options);
        Assert.Equal(ExitCodes.DataErrors, outcome.ExitCode);
        Assert.Contains("error RG199: ReleaseGen failed on release 'only' (OverflowException", errors.ToString());
    }

    [Fact]
    public void Diff_of_a_binary_file_is_trouble()
    {
        var scratch = CliRunner.TempFolder();
        var binary = Path.Combine(scratch, "image.md");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var text = Path.Combine(scratch, "text.md");
        File.WriteAllText(text, "# Title\n");

        var (exit, _, stderr) = CliRunner.Run("diff", text, binary, "--out", Path.Combine(scratch, "out"));

        Assert.Equal(Commands.DiffCommand.Trouble, exit);
        Assert.Contains("error RG113: '", stderr);
        Assert.Contains("is not a text file", stderr);
    }

    [Fact]
    public void Diff_of_two_large_single_paragraph_files_finishes_as_one_replaced_paragraph()
    {
        var scratch = CliRunner.TempFolder();
        var random = new Random(15);
        string Paragraph() => string.Join(' ', Enumerable.Range(0, 200_000).Select(_ => random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(Path.Combine(scratch, "old.md"), Paragraph() + "\n");
        File.WriteAllText(Path.Combine(scratch, "new.md"), Paragraph() + "\n");

        var (exit, stdout, stderr) = CliRunner.Run("diff", Path.Combine(scratch, "old.md"), Path.Combine(scratch, "new.md"), "--out", Path.Combine(scratch, "out"));

        Assert.Equal(Commands.DiffCommand.Differences, exit);
        Assert.Equal("", stderr);
        Assert.Contains("1 section(s) changed", stdout);
    }

    [Fact]
    public void A_table_too_wide_for_the_pdf_is_an_error_and_nothing_is_written()
    {
        var copy = CliRunner.CopyExample();
        var yaml = Path.Combine(copy, "release.yaml");
        var columns = string.Join(", ", Enumerable.Repeat("quarter", 200));
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("columns: [quarter, quarter_prior_year, ytd, ytd_prior_year]", $"columns: [{columns}]", StringComparison.Ordinal));
        var output = Path.Combine(CliRunner.TempFolder(), "out");

        var (exit, _, stderr) = CliRunner.Run("build", copy, "--out", output, "--format", "md,pdf", "--templates", CliRunner.Templates);

        Assert.Equal(ExitCodes.DataErrors, exit);
        Assert.Contains("error RG541: release 'alexco-2012-q2': a table of 201 columns needs at least ", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
        // Without the PDF the same table is fine: Markdown and HTML have no page width.
        Assert.Equal(0, CliRunner.Run("build", copy, "--out", output, "--format", "md,html", "--templates", CliRunner.Templates).ExitCode);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/dev/zero")]
    public void Tieout_does_not_read_a_final_document_linked_outside_its_folder(string target)
    {
        var final = Path.Combine(CliRunner.TempFolder(), "final.md");
        File.CreateSymbolicLink(final, target);

        var (exit, stdout, stderr) = CliRunner.Run("tieout", final, Example, "--templates", CliRunner.Templates);

        Assert.NotEqual(0, exit);
        Assert.Contains("error RG700: ", stdout + stderr);
        Assert.Contains("resolves to a file outside", stdout + stderr);
        Assert.DoesNotContain("root:", stdout + stderr);
    }

    [Fact]
    public void Limits_are_named_and_raised_with_an_option()
    {
        var (exit, _, stderr) = CliRunner.Run("build", Example, "--limit", "no-such-limit=3");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown limit 'no-such-limit'; known limits: file-size, yaml-depth", stderr);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("check", Example, "--limit", "yaml-depth=deep").ExitCode);

        // The example nests four deep; a yaml-depth of 2 rejects it, the default accepts it.
        var (tight, stdout, _) = CliRunner.Run("check", Example, "--limit", "yaml-depth=2", "--templates", CliRunner.Templates);
        Assert.Equal(ExitCodes.DataErrors, tight);
        Assert.Contains("error RG114: the data nests deeper than the yaml-depth limit (2; raise it with --limit yaml-depth=N)", stdout);
    }
}
