namespace ReleaseGen.Cli.Tests;

[Collection("console")]
public class DiffCommandTests
{
    private static string ChangedSilverCopy()
    {
        var copy = CliRunner.CopyExample();
        var data = Path.Combine(copy, "release.yaml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("silver_oz: 458472,", "silver_oz: 459472,"));
        return copy;
    }

    [Fact]
    public void Changed_silver_figure_exits_1_names_the_figure_and_writes_the_redline()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, stdout, stderr) = CliRunner.Run("diff", CliRunner.Example("alexco-2012-q2"), ChangedSilverCopy(), "--out", outDir, "--templates", CliRunner.Templates);

        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        Assert.Contains("  Silver (ounces) [silver_oz], 2012-Q2: 458,472 -> 459,472 (+0.22%)", lines);
        Assert.Contains("1 figure(s) changed:", lines);
        Assert.Contains("  Second Quarter 2012 Production Highlights", lines);
        var html = File.ReadAllText(Path.Combine(outDir, "alexco-2012-q2.redline.html"));
        Assert.Contains("<del>458,472</del><ins>459,472</ins>", html);
        var summary = File.ReadAllText(Path.Combine(outDir, "alexco-2012-q2.redline.md"));
        Assert.Contains("| Silver (ounces) (`silver_oz`) | 2012-Q2 | 458,472 | 459,472 | +0.22% |", summary);
        Assert.Equal(2, Directory.GetFiles(outDir).Length);
    }

    [Fact]
    public void Same_release_exits_0()
    {
        var (exit, stdout, _) = CliRunner.Run("diff", CliRunner.Example("alexco-2012-q2"), CliRunner.CopyExample(), "--out", CliRunner.TempFolder(), "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.StartsWith("no differences\n", stdout);
    }

    [Fact]
    public void Markdown_files_are_compared_as_text_and_the_output_is_deterministic()
    {
        var built = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--out", built, "--templates", CliRunner.Templates).ExitCode);
        var oldFile = Path.Combine(built, "alexco-2012-q2.md");
        var newFile = Path.Combine(CliRunner.TempFolder(), "draft.md");
        File.WriteAllText(newFile, File.ReadAllText(oldFile).Replace("approximately 14% higher", "approximately 15% higher"));

        var first = CliRunner.TempFolder();
        var second = CliRunner.TempFolder();
        var (exit, stdout, _) = CliRunner.Run("diff", oldFile, newFile, "--out", first);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("figure(s) changed", stdout);
        Assert.Contains("1 section(s) changed:", stdout);
        Assert.Equal(1, CliRunner.Run("diff", oldFile, newFile, "--out", second).ExitCode);
        Assert.Contains("approximately <del>14</del><ins>15</ins>% higher", File.ReadAllText(Path.Combine(first, "draft.redline.html")));
        foreach (var name in new[] { "draft.redline.html", "draft.redline.md" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
    }

    [Fact]
    public void A_side_that_does_not_build_or_exist_exits_2()
    {
        var broken = CliRunner.CopyExample();
        var data = Path.Combine(broken, "release.yaml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("short_name: Alexco", "shortname: Alexco"));
        var (exit, _, stderr) = CliRunner.Run("diff", CliRunner.Example("alexco-2012-q2"), broken, "--out", CliRunner.TempFolder(), "--templates", CliRunner.Templates);
        Assert.Equal(2, exit);
        Assert.Contains("error RG103: unknown field 'shortname'", stderr);
        Assert.Contains("does not build", stderr);

        var missing = Path.Combine(CliRunner.TempFolder(), "nothing.md");
        (exit, _, stderr) = CliRunner.Run("diff", missing, missing);
        Assert.Equal(2, exit);
        Assert.Contains("is neither a release folder nor a Markdown file", stderr);
    }

    [Fact]
    public void Format_docx_and_pdf_write_the_tracked_changes_and_the_blackline_dated_from_the_options()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("diff", CliRunner.Example("alexco-2012-q2"), ChangedSilverCopy(), "--out", outDir, "--templates", CliRunner.Templates,
            "--format", "docx,pdf", "--author", "Counsel", "--date", "2012-07-13");
        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        Assert.Equal(["alexco-2012-q2.redline.docx", "alexco-2012-q2.redline.pdf"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(Path.Combine(outDir, "alexco-2012-q2.redline.docx")));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(xml, "<w:del w:author=\"Counsel\" w:date=\"2012-07-13T00:00:00Z\""));
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(outDir, "alexco-2012-q2.redline.pdf"))[..5]);
    }

    [Theory]
    [InlineData("--format", "odt")]
    [InlineData("--date", "13/07/2012")]
    public void Bad_diff_options_are_usage_errors(string option, string value)
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, _) = CliRunner.Run("diff", CliRunner.Example("alexco-2012-q2"), CliRunner.Example("alexco-2012-q2"), "--out", outDir, option, value);
        Assert.Equal(2, exit);
        Assert.Empty(Directory.GetFiles(outDir));
    }
}
