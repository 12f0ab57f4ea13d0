using ReleaseGen.Testing;

namespace ReleaseGen.Cli.Tests;

public class BuildCommandTests
{
    [Fact]
    public void Builds_the_reference_example_to_markdown()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, stdout, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "md", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var file = Path.Combine(outDir, "alexco-2012-q2.md");
        Assert.Contains($"wrote {file}", stdout);
        Assert.StartsWith("# Alexco Reports Second Quarter 2012 Silver Production\n", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(outDir));
    }

    [Fact]
    public void Builds_all_three_formats_by_default_and_the_exhibit_on_request()
    {
        var outDir = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--out", outDir, "--templates", CliRunner.Templates).ExitCode);
        Assert.Equal(["alexco-2012-q2.html", "alexco-2012-q2.md", "alexco-2012-q2.pdf"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(Path.Combine(outDir, "alexco-2012-q2.pdf"))[..5]);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(outDir, "alexco-2012-q2.html")));

        var (exit, stdout, _) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "html", "--edgar", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        var exhibit = Path.Combine(outDir, "alexco-2012-q2.htm");
        Assert.Contains($"wrote {exhibit}", stdout);
        Assert.Empty(ReleaseGen.Html.EdgarLint.Check(File.ReadAllText(exhibit)));
        // Standards mode and the release's language, as the Nu checker and screen readers want.
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-CA\">", File.ReadAllText(exhibit));
    }

    [Fact]
    public void A4_is_an_option_for_the_pdf()
    {
        var outDir = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "pdf", "--page-size", "a4", "--out", outDir, "--templates", CliRunner.Templates).ExitCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(outDir, "alexco-2012-q2.pdf"));
        Assert.Equal(595, (int)Math.Round(pdf.GetPage(1).Width));
        Assert.Equal(2, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--page-size", "legal").ExitCode);
    }

    [Fact]
    public void Justify_sets_the_pdf_justified_and_hyphenated_and_the_default_is_ragged_right()
    {
        var ragged = CliRunner.TempFolder();
        var justified = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "pdf", "--out", ragged, "--templates", CliRunner.Templates).ExitCode);
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "pdf", "--justify", "--out", justified, "--templates", CliRunner.Templates).ExitCode);

        static List<string> LineEnds(string file)
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
            return pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)
                .Where(w => System.Text.RegularExpressions.Regex.IsMatch(w, "[a-z]-$")).ToList();
        }
        Assert.Empty(LineEnds(Path.Combine(ragged, "alexco-2012-q2.pdf")));
        Assert.NotEmpty(LineEnds(Path.Combine(justified, "alexco-2012-q2.pdf"))); // words broken at line ends ("Dis-")
    }

    [Fact]
    public void Format_docx_writes_the_Word_document_beside_the_others()
    {
        var outDir = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "md,docx", "--out", outDir, "--templates", CliRunner.Templates).ExitCode);
        Assert.Equal(["alexco-2012-q2.docx", "alexco-2012-q2.md"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(Path.Combine(outDir, "alexco-2012-q2.docx")));
        Assert.NotNull(zip.GetEntry("word/document.xml"));
    }

    [Fact]
    public void Edgar_without_html_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", "md", "--edgar");
        Assert.Equal(2, exit);
        Assert.Contains("--edgar applies to HTML output", stderr);
    }

    [Fact]
    public void Two_builds_write_identical_bytes()
    {
        var first = CliRunner.TempFolder();
        var second = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--out", first, "--templates", CliRunner.Templates).ExitCode);
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--out", second, "--templates", CliRunner.Templates).ExitCode);
        var files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["alexco-2012-q2.html", "alexco-2012-q2.md", "alexco-2012-q2.pdf"], files);
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file!)), File.ReadAllBytes(Path.Combine(second, file!)));
    }

    [Fact]
    public void Bad_data_exits_1_with_positioned_errors_and_writes_nothing()
    {
        var copy = CliRunner.CopyExample();
        var data = Path.Combine(copy, "release.yaml");
        File.WriteAllText(data, File.ReadAllText(data)
            .Replace("short_name: Alexco", "shortname: Alexco")
            .Replace("ore_mined: 21273,", "ore_mined: 21,273,")
            .Replace("      - ore_mined\n", "      - ore_mine\n"));
        var outDir = CliRunner.TempFolder();

        var (exit, stdout, stderr) = CliRunner.Run("build", copy, "--out", outDir, "--templates", CliRunner.Templates);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
        Assert.DoesNotContain("   at ", stderr);
        Snapshot.Verify(stderr, new SnapshotSettings().ScrubReplace(copy, "FOLDER"));
    }

    [Fact]
    public void Template_errors_are_reported_at_the_template_line()
    {
        var copy = CliRunner.CopyExample();
        var narrative = Path.Combine(copy, "narrative.md");
        File.WriteAllText(narrative, File.ReadAllText(narrative).Replace("{{ figures.silver_oz.quarter }}", "{{ figures.silver_oz.quater }}"));
        var (exit, _, stderr) = CliRunner.Run("build", copy, "--out", CliRunner.TempFolder(), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Snapshot.Verify(stderr, new SnapshotSettings().ScrubReplace(copy, "FOLDER"));
    }

    [Fact]
    public void Misspelt_variable_and_member_names_are_errors_not_empty_text()
    {
        var copy = CliRunner.CopyExample();
        var narrative = Path.Combine(copy, "narrative.md");
        File.WriteAllText(narrative, File.ReadAllText(narrative).Replace("{{ issuer.name }}", "{{ isuer.name }}"));
        var (exit, _, stderr) = CliRunner.Run("build", copy, "--out", CliRunner.TempFolder(), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Contains("narrative.md(2,29): error RG301: The variable or function `isuer` was not found", stderr);

        File.WriteAllText(narrative, File.ReadAllText(narrative).Replace("{{ isuer.name }}", "{{ issuer.nmae }}"));
        (exit, _, stderr) = CliRunner.Run("build", copy, "--out", CliRunner.TempFolder(), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Contains("narrative.md(2,36): error RG301: Cannot get member with name nmae", stderr);
    }

    [Fact]
    public void Runtime_errors_in_several_templates_are_reported_together()
    {
        var copy = CliRunner.CopyExample();
        var templates = Path.Combine(Path.GetDirectoryName(copy)!, "templates");
        foreach (var file in Directory.GetFiles(CliRunner.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(CliRunner.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var about = Path.Combine(templates, "production-release", "partials", "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("{{ issuer.about }}", "{{ issuer.abuot }}"));
        var narrative = Path.Combine(copy, "narrative.md");
        File.WriteAllText(narrative, File.ReadAllText(narrative).Replace("{{ issuer.name }}", "{{ issuer.nmae }}"));

        var (exit, _, stderr) = CliRunner.Run("build", copy, "--out", CliRunner.TempFolder(), "--templates", templates);

        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.EndsWith("about.md(5,11): error RG301: Cannot get member with name abuot", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("narrative.md(2,36): error RG301: Cannot get member with name nmae", StringComparison.Ordinal));
        Assert.Equal("2 error(s), 0 warning(s)", lines[^1]);
    }

    [Fact]
    public void Template_syntax_errors_are_all_reported()
    {
        var copy = CliRunner.CopyExample();
        var narrative = Path.Combine(copy, "narrative.md");
        File.WriteAllText(narrative, File.ReadAllText(narrative)
            .Replace("{{ figures.silver_oz.quarter }}", "{{ figures.silver_oz.quarter ")
            + "\n{{ for x in facts.new_mines }}\n");
        var (exit, _, stderr) = CliRunner.Run("build", copy, "--out", CliRunner.TempFolder(), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Snapshot.Verify(stderr, new SnapshotSettings().ScrubReplace(copy, "FOLDER"));
    }

    [Theory]
    [InlineData("rtf", "unknown format 'rtf'; known formats: md, html, edgar, pdf, docx")]
    public void Unknown_format_is_a_usage_error(string format, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--format", format, "--out", CliRunner.TempFolder());
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--colour");
        Assert.Equal(2, exit);
        Assert.Contains("releasegen: error:", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Missing_release_folder_is_a_data_error()
    {
        var missing = Path.Combine(CliRunner.TempFolder(), "nothing-here");
        var (exit, _, stderr) = CliRunner.Run("build", missing, "--out", CliRunner.TempFolder());
        Assert.Equal(1, exit);
        Assert.Contains($"{missing}/release.yaml(1,1): error RG109: release folder '{missing}' does not exist", stderr);
    }

    [Fact]
    public void Help_documents_the_build_command()
    {
        var (exit, stdout, _) = CliRunner.Run("build", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format", stdout);
        Assert.Contains("--out", stdout);
        Assert.Contains("<release-folder>", stdout);
    }
}
