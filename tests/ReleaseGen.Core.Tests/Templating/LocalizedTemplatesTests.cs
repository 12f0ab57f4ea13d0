using ReleaseGen.Testing;
using ReleaseGen.Core.Tests.Examples;
using ReleaseGen.Templating;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>How a template set finds the files of a locale: release.fr-CA.md, partials/NAME.fr-CA.md, narrative.fr-CA.md.</summary>
public class LocalizedTemplatesTests
{
    [Fact]
    public void Candidates_go_from_locale_to_language_and_only_English_falls_back_to_unsuffixed_files()
    {
        Assert.Equal(["t/about.fr-CA.md", "t/about.fr.md"], TemplateSet.Candidates("t/about", "fr-CA"));
        Assert.Equal(["t/about.en-CA.md", "t/about.en.md", "t/about.md"], TemplateSet.Candidates("t/about", "en-CA"));
        Assert.Equal(["t/about.md"], TemplateSet.Candidates("t/about", null));
    }

    [Fact]
    public void A_French_build_never_prints_an_English_partial()
    {
        var templates = CopyTemplates();
        try
        {
            File.Delete(Path.Combine(templates, "production-release", "partials", "about.fr-CA.md"));
            var output = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), templates, "fr-CA");
            Assert.False(output.Succeeded);
            var error = Assert.Single(output.Diagnostics);
            Assert.Equal("RG301", error.Code);
            Assert.Contains("no template named 'about' for locale fr-CA", error.Message);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public void A_French_build_without_a_French_narrative_is_an_error()
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            File.Delete(Path.Combine(copy, "narrative.fr-CA.md"));
            var output = ReleasePipeline.Run(copy, TestData.Templates, "fr-CA");
            Assert.False(output.Succeeded);
            Assert.Contains(output.Diagnostics, d => d.Code == "RG302" && d.Message.Contains("narrative.fr-CA.md", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Another_English_locale_uses_the_English_files_under_its_own_name()
    {
        var output = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates, "en-US");
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        Assert.Equal("alexco-2012-q2.en-US", output.FileStem);
        Assert.StartsWith("# Alexco Reports Second Quarter 2012 Silver Production\n", output.Markdown);
    }

    [Fact]
    public void A_table_label_without_a_translation_is_a_warning_at_the_metric()
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data).Replace(", labels: { fr-CA: \"Argent (onces)\" }", ""));
            var output = ReleasePipeline.Run(copy, TestData.Templates, "fr-CA");
            Assert.True(output.Succeeded);
            var warning = Assert.Single(output.Diagnostics);
            Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
            Assert.Equal("RG202", warning.Code);
            Assert.Equal("metric 'silver_oz' has no fr-CA label, so its row reads 'Silver (ounces)' (add labels: { fr-CA: ... })", warning.Message);
            Assert.Equal(45, warning.Location.Line);
            // The English edition needs no translation.
            Assert.Empty(ReleasePipeline.Run(copy, TestData.Templates).Diagnostics);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void An_unsupported_locale_is_an_error()
    {
        var output = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates, "de-DE");
        Assert.False(output.Succeeded);
        Assert.Contains(output.Diagnostics, d => d.Message.StartsWith("locale 'de-DE' is not supported", StringComparison.Ordinal));
    }

    private static string CopyTemplates()
    {
        var target = Scratch.Folder("releasegen-templates");
        foreach (var file in Directory.GetFiles(TestData.Templates, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestData.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
