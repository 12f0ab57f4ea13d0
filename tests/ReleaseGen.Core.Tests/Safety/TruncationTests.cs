using System.Globalization;
using System.Text;
using ReleaseGen.Diagnostics;
using ReleaseGen.Safety;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Safety;

/// <summary>Past about 1 MB Scriban used to cut the release short, silently: now it is whole, or an error names the limit.</summary>
public class TruncationTests
{
    [Fact]
    public void A_long_narrative_renders_whole_with_every_section_after_it()
    {
        var copy = Repository.CopyExample();
        var prose = new StringBuilder("\n\n");
        for (var i = 0; i < 20_000; i++) prose.Append(CultureInfo.InvariantCulture, $"Sentence {i} of a very long narrative, written to pass a megabyte. ");
        prose.Append("The last sentence of the narrative.\n");
        File.AppendAllText(Path.Combine(copy, "narrative.md"), prose.ToString());

        var output = ReleasePipeline.Run(copy, TestData.Templates);

        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        Assert.True(output.Markdown!.Length > 1_100_000);
        Assert.Contains("The last sentence of the narrative.", output.Markdown);
        Assert.Contains("## Contact Information", output.Markdown[output.Markdown.IndexOf("The last sentence", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void A_table_of_5000_rows_renders_whole()
    {
        var copy = Repository.CopyExample();
        var yamlPath = Path.Combine(copy, "release.yaml");
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"      - {{ metric: silver_oz, label: \"Stockpile {i}\" }}\n"));
        var yaml = File.ReadAllText(yamlPath).Replace("        rows: [silver_oz, lead_lb, zinc_lb]\n", "        rows: [silver_oz, lead_lb, zinc_lb]\n" + rows, StringComparison.Ordinal);
        File.WriteAllText(yamlPath, yaml);

        var output = ReleasePipeline.Run(copy, TestData.Templates);

        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics.Take(5)));
        Assert.Contains("Stockpile 4999", output.Markdown);
        Assert.Contains("## Contact Information", output.Markdown);
    }

    [Fact]
    public void Past_the_output_size_limit_the_build_fails_naming_the_limit()
    {
        var copy = Repository.CopyExample();
        File.AppendAllText(Path.Combine(copy, "narrative.md"), "\n\n" + string.Concat(Enumerable.Repeat("Forty characters of prose, repeated.... ", 2000)) + "\n");

        var output = ReleasePipeline.Run(copy, TestData.Templates, limits: Limits.Default with { OutputSize = 50_000 });

        Assert.False(output.Succeeded);
        var error = Assert.Single(output.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.Contains("the output-size limit (50000; raise it with --limit output-size=N)", error.Message);
    }
}
