namespace ReleaseGen.Cli.Tests;

/// <summary><c>build --locale</c>: the French edition from the same data, named for its locale.</summary>
public class LocaleBuildTests
{
    [Fact]
    public void Builds_the_French_edition_beside_the_English_one()
    {
        var outDir = CliRunner.TempFolder();
        var example = CliRunner.Example("alexco-2012-q2");
        Assert.Equal(0, CliRunner.Run("build", example, "--format", "md", "--out", outDir, "--templates", CliRunner.Templates).ExitCode);
        var (exit, stdout, stderr) = CliRunner.Run("build", example, "--locale", "fr-CA", "--format", "md", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var french = Path.Combine(outDir, "alexco-2012-q2.fr-CA.md");
        Assert.Contains($"wrote {french}", stdout);
        Assert.StartsWith("# Alexco\u00A0: Production d'argent du deuxième trimestre de 2012\n", File.ReadAllText(french));
        Assert.Equal([Path.Combine(outDir, "alexco-2012-q2.fr-CA.md"), Path.Combine(outDir, "alexco-2012-q2.md")], Directory.GetFiles(outDir).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_default_is_the_data_locale()
    {
        var outDir = CliRunner.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", CliRunner.Example("us-gold-2024-q3"), "--format", "md", "--out", outDir, "--templates", CliRunner.Templates).ExitCode);
        Assert.Equal([Path.Combine(outDir, "us-gold-2024-q3.md")], Directory.GetFiles(outDir));
    }

    [Fact]
    public void The_French_page_is_named_for_its_locale_and_declares_its_language()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--locale", "fr-CA", "--format", "html", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var page = File.ReadAllText(Assert.Single(Directory.GetFiles(outDir)));
        Assert.EndsWith("alexco-2012-q2.fr-CA.html", Directory.GetFiles(outDir)[0], StringComparison.Ordinal);
        Assert.Contains("lang=\"fr-CA\"", page);
        Assert.Contains("Trimestre clos le", page);
    }

    [Fact]
    public void Both_examples_build_as_Markdown_HTML_and_PDF()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), CliRunner.Example("us-gold-2024-q3"), "--format", "md,html,pdf", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(["alexco-2012-q2.html", "alexco-2012-q2.md", "alexco-2012-q2.pdf", "us-gold-2024-q3.html", "us-gold-2024-q3.md", "us-gold-2024-q3.pdf"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "alexco-2012-q2", "us-gold-2024-q3" })
        {
            // Each format says the release's headline: the files are the releases, not empty shells.
            var headline = File.ReadLines(Path.Combine(outDir, name + ".md")).First().TrimStart('#', ' ');
            Assert.Contains(System.Net.WebUtility.HtmlEncode(headline), File.ReadAllText(Path.Combine(outDir, name + ".html")));
            Assert.Contains(headline, PdfText(Path.Combine(outDir, name + ".pdf")));
        }
    }

    /// <summary>
    /// The French edition of the reference release as <c>build --locale fr-CA</c> writes it: no English
    /// thousands separator, decimal point, unspaced percent sign or English word in the Markdown, the
    /// HTML page's text or the PDF (its footer included).
    /// </summary>
    [Fact]
    public void The_French_edition_has_no_English_figure_format_or_word_in_the_Markdown_the_HTML_or_the_PDF()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--locale", "fr-CA", "--format", "md,html,pdf", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var stem = Path.Combine(outDir, "alexco-2012-q2.fr-CA");
        var texts = new Dictionary<string, string>
        {
            ["md"] = File.ReadAllText(stem + ".md"),
            ["html"] = HtmlText(File.ReadAllText(stem + ".html")),
            ["pdf"] = PdfText(stem + ".pdf"),
        };
        foreach (var (format, text) in texts)
        {
            Assert.Contains("Production d'argent du deuxième trimestre de 2012", text);
            Assert.Equal("", string.Join(", ", EnglishLeftIn(text).Select(e => $"{format}: {e}")));
        }
    }

    /// <summary>English number formats and words in a text meant to be French.</summary>
    private static IEnumerable<string> EnglishLeftIn(string text)
    {
        var numbers = text.Replace("P.E.", "", StringComparison.Ordinal).Replace("1-877", "", StringComparison.Ordinal);
        foreach (var pattern in new[] { @"\d,\d{3}", @"\d\.\d", @"\d%" })
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(numbers, pattern))
                yield return $"'{match.Value}' at {match.Index}";
        foreach (var word in new[] { "ounces", "quarter", "Months Ended", "a.m.", "Eastern", "approximately", "Qualified Person", "Forward-Looking" })
            if (text.Contains(word, StringComparison.Ordinal)) yield return $"'{word}'";
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"Page \d+ of \d+"))
            yield return $"'{match.Value}'";
    }

    /// <summary>The text of an HTML page's body, tags removed and entities decoded.</summary>
    private static string HtmlText(string html)
    {
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        return System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(body, "<[^>]*>", " "));
    }

    /// <summary>A PDF's words in reading order, page by page, footers included.</summary>
    private static string PdfText(string path)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(path);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void An_unknown_locale_is_a_usage_error()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), "--locale", "xx-YY", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown locale 'xx-YY'; supported: en-CA, en-US, fr-CA", stderr);
        Assert.Empty(Directory.GetFiles(outDir));
    }
}
