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
    public void Both_examples_build_in_every_available_format()
    {
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("build", CliRunner.Example("alexco-2012-q2"), CliRunner.Example("us-gold-2024-q3"), "--format", "md,html", "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(["alexco-2012-q2.html", "alexco-2012-q2.md", "us-gold-2024-q3.html", "us-gold-2024-q3.md"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
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
