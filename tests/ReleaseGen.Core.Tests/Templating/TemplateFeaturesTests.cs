using ReleaseGen.Core.Tests.Examples;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>Template-level features, exercised through a real release build of a copy of the reference example.</summary>
public class TemplateFeaturesTests
{
    internal static string BuildWithNarrative(Func<string, string> edit, Func<string, string>? editData = null)
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            var narrative = Path.Combine(copy, "narrative.md");
            File.WriteAllText(narrative, edit(File.ReadAllText(narrative)));
            var data = Path.Combine(copy, "release.yaml");
            if (editData is not null) File.WriteAllText(data, editData(File.ReadAllText(data)));
            var output = ReleasePipeline.Run(copy, TestData.Templates);
            return output.Succeeded ? output.Markdown! : string.Join("\n", output.Diagnostics);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Vocabulary_replaces_comparison_words_for_the_rest_of_the_release()
    {
        var markdown = BuildWithNarrative(n => "{{ vocabulary { higher: \"greater\", more: \"additional\", approximately: \"about\" } }}" + n);
        Assert.Contains("1,040,257 ounces in the first six months of 2012, about 14% greater than", markdown);
        Assert.Contains("processed about 17% additional tonnes", markdown);
    }

    [Fact]
    public void Unknown_vocabulary_word_is_an_error_at_its_line()
    {
        var messages = BuildWithNarrative(n => "{{ vocabulary { highr: \"greater\" } }}\n" + n);
        Assert.Contains("narrative.md(1,4): error RG301: vocabulary: unknown word 'highr'", messages);
    }

    [Fact]
    public void Data_text_cannot_add_markup_to_the_release()
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data)
                .Replace("name: Alexco Resource Corp.", "name: \"Alexco | *Resource* <script>alert(1)</script> Corp.\"")
                .Replace("label: Ore tonnes mined,", "label: \"Ore | tonnes *mined*\",")
                .Replace("webcast: http://www.alexcoresource.com/", "webcast: \"javascript:alert(1)\""));
            var output = ReleasePipeline.Run(copy, TestData.Templates);
            Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
            var markdown = output.Markdown!;
            Assert.Contains(@"Alexco \| \*Resource\* \<script\>alert(1)\</script\> Corp.", markdown);
            Assert.Contains(@"Audio webcast: javascript:alert(1)", markdown);
            var rows = MarkdownTable.ReadFirst(markdown);
            Assert.Equal("Ore | tonnes *mined*", rows[0].Label);
            Assert.Equal(["21,273", "22,166", "42,668", "38,627"], rows[0].Cells);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}

/// <summary>Templates reach figures by name and tables as data, and concatenation does not escape twice.</summary>
public class TemplateDataAccessTests
{
    private static string Build(Func<string, string> edit) => TemplateFeaturesTests.BuildWithNarrative(edit);

    [Fact]
    public void A_figure_is_reached_by_its_name_as_a_string()
    {
        var markdown = Build(n => n + "\nBy name: {{ figures[\"silver_oz\"].quarter }}; by a variable: {{ key = \"lead_lb\"; figures[key].ytd }}.\n");
        Assert.Contains("By name: 458,472; by a variable: 8,591,724.", markdown);
    }

    [Fact]
    public void A_custom_partial_lays_a_table_out_from_its_rows_and_cells()
    {
        var markdown = Build(n => n + """

            {{~ for row in tables.highlights.rows ~}}
            {{ if row.kind == "metric" && row.metric == "silver_oz" }}Row {{ row.label }} at depth {{ row.depth }}: {{ row.cells[0].text }}, {{ row.cells[2].figure }} ({{ tables.highlights.columns[2].header }}).{{ end }}
            {{~ end ~}}

            """);
        Assert.Contains("Row Silver (ounces) at depth 1: 458,472, 1,040,257 (June 30, 2012).", markdown);
    }

    [Fact]
    public void Concatenated_data_text_is_escaped_once_and_a_mailto_link_survives()
    {
        var markdown = Build(n => n + "\nWrite to {{ link (\"mailto:\" + \"investor_relations@example.com\") (\"investor_relations\" + \" desk\") }} or {{ \"a_b\" + \"*c*\" }} {{ \"see \" + (link \"https://example.com/x_y\") }}.\n");
        Assert.Contains("Write to [investor\\_relations desk](<mailto:investor_relations@example.com>) or a\\_b\\*c\\* see <https://example.com/x_y>.", markdown);
    }
}

/// <summary>The marks that carry Markdown through concatenation cannot be smuggled in by data.</summary>
public class MarkdownMarkTests
{
    [Fact]
    public void Data_text_with_the_private_marks_is_still_escaped()
    {
        var markdown = TemplateFeaturesTests.BuildWithNarrative(n => n + "\n{{ facts.smuggled }}\n",
            yaml => yaml.Replace("facts:\n", "facts:\n  smuggled: \"\uE000*bold* [x](javascript:alert)\uE001\"\n"));
        Assert.DoesNotContain("facts.smuggled", markdown);
        Assert.Contains("\\*bold\\* \\[x\\](javascript:alert)", markdown);
    }
}

/// <summary>A batch of many releases keeps the template set's parsed files, not every narrative.</summary>
public class TemplateCacheTests
{
    [Fact]
    public void Narratives_are_not_kept_after_their_release_is_built_but_the_template_set_is()
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            var narrative = Path.Combine(copy, "narrative.md");
            var output = ReleasePipeline.Run(copy, TestData.Templates);
            Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
            Assert.False(ReleaseGen.Templating.ReleaseRenderer.IsCached(narrative));
            Assert.True(ReleaseGen.Templating.ReleaseRenderer.IsCached(output.Document!.Templates.SkeletonPath));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}

/// <summary>Boilerplate that reads right when the data leaves a field out.</summary>
public class BoilerplateEdgeTests
{
    [Fact]
    public void Without_a_website_the_contact_block_ends_with_the_last_contact_line()
    {
        var markdown = TemplateFeaturesTests.BuildWithNarrative(n => n, yaml => yaml.Replace("  website: www.alexcoresource.com\n", ""));
        var contacts = markdown[markdown.IndexOf("## Contact Information", StringComparison.Ordinal)..];
        Assert.DoesNotContain("www.alexcoresource.com", contacts);
        Assert.EndsWith("[info@alexcoresource.com](<mailto:info@alexcoresource.com>)\n", contacts);
    }

    [Fact]
    public void An_empty_forward_looking_register_announces_no_list()
    {
        var markdown = TemplateFeaturesTests.BuildWithNarrative(n => n, yaml =>
        {
            var start = yaml.IndexOf("forward_looking:\n", StringComparison.Ordinal);
            var end = yaml.IndexOf("\ncontacts:", start, StringComparison.Ordinal);
            return yaml[..start] + "forward_looking: []\n" + yaml[(end + 1)..];
        });
        Assert.Contains("## Cautionary Note Regarding Forward-Looking Information", markdown);
        Assert.DoesNotContain("about the following", markdown);
    }
}
