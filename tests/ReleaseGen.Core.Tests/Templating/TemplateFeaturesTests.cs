using ReleaseGen.Core.Tests.Examples;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>Template-level features, exercised through a real release build of a copy of the reference example.</summary>
public class TemplateFeaturesTests
{
    private static string BuildWithNarrative(Func<string, string> edit)
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            var narrative = Path.Combine(copy, "narrative.md");
            File.WriteAllText(narrative, edit(File.ReadAllText(narrative)));
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
