using System.Text.RegularExpressions;
using ReleaseGen.Formats;
using ReleaseGen.Pdf;
using ReleaseGen.Tieout;

namespace ReleaseGen.Cli.Tests;

/// <summary><c>releasegen tieout</c> on a generated PDF and on edited Markdown.</summary>
public sealed class TieoutCommandTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Render(string example, string format)
    {
        var output = ReleasePipeline.Run(CliRunner.Example(example), CliRunner.Templates);
        Assert.True(output.Succeeded);
        var document = output.Document!;
        var file = ReleaseFormats.Standard.Get(format).Render(document, FormatOptions.Default).Single();
        var path = Path.Combine(_dir, file.FileName);
        File.WriteAllBytes(path, file.Content);
        return path;
    }

    [Fact]
    public void The_generated_alexco_pdf_ties_with_no_findings()
    {
        var pdf = Render("alexco-2012-q2", "pdf");
        var (exit, output, _) = CliRunner.Run("tieout", pdf, CliRunner.Example("alexco-2012-q2"), "--templates", CliRunner.Templates, "--strict");
        Assert.Equal(0, exit);
        Assert.Matches(@"^tieout passed: \d+ tied, 0 wrong, 0 untied, \d+ recognised; 0 error\(s\), 0 warning\(s\)\n$", output);
    }

    [Fact]
    public void Json_report_and_exit_code_for_an_edited_markdown()
    {
        var folder = CliRunner.Example("alexco-2012-q2");
        var text = ReleasePipeline.Run(folder, CliRunner.Templates).Document!.Markdown.Replace("produced 458,472 ounces", "produced 458,742 ounces", StringComparison.Ordinal);
        var markdown = Path.Combine(_dir, "final.md");
        File.WriteAllText(markdown, text);
        var report = Path.Combine(_dir, "trace.html");
        var (exit, output, _) = CliRunner.Run("tieout", markdown, folder, "--templates", CliRunner.Templates, "--format", "json", "--report", report);
        Assert.Equal(1, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("RG702", finding.GetProperty("code").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("wrong").GetInt32());
        var html = File.ReadAllText(report);
        Assert.Equal(summary.GetProperty("tied").GetInt32(), Regex.Matches(html, "<mark class=\"tied\"").Count);
        Assert.Single(Regex.Matches(html, "<mark class=\"wrong\""));
    }

    [Fact]
    public void An_unknown_kind_of_file_is_reported_not_thrown()
    {
        var path = Path.Combine(_dir, "final.odt");
        File.WriteAllText(path, "x");
        var (exit, output, _) = CliRunner.Run("tieout", path, CliRunner.Example("alexco-2012-q2"), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Contains("error RG700: cannot read this kind of file", output, StringComparison.Ordinal);
    }
}
