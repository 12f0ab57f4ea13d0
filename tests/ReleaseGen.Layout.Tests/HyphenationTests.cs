using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

/// <summary>Liang hyphenation with the hyph-utf8 patterns, and its use by justified text blocks.</summary>
public class HyphenationTests
{
    private static string Hyphenate(string language, string word)
    {
        var breaks = Hyphenator.ForLanguage(language)!.Breaks(word);
        var parts = new List<string>();
        int from = 0;
        foreach (var at in breaks) { parts.Add(word[from..at]); from = at; }
        parts.Add(word[from..]);
        return string.Join("-", parts);
    }

    [Theory]
    // As TeX breaks them with the same patterns (hyphen.tex and Kuiken's additions; hyph-fr.tex).
    [InlineData("en-US", "hyphenation", "hy-phen-ation")]
    [InlineData("en-CA", "production", "pro-duc-tion")]
    [InlineData("en-CA", "environmental", "en-vi-ron-men-tal")]
    [InlineData("en-US", "associate", "as-so-ciate")] // from the exception list
    [InlineData("en-US", "project", "project")]       // the exception list says never (a noun or a verb)
    [InlineData("en-US", "table", "ta-ble")]          // the exception list
    [InlineData("fr-CA", "production", "pro-duc-tion")]
    [InlineData("fr-CA", "développement", "dé-ve-lop-pe-ment")]
    public void Words_break_where_TeX_breaks_them(string language, string word, string expected)
        => Assert.Equal(expected, Hyphenate(language, word));

    [Theory]
    [InlineData("NYSE")]       // an acronym
    [InlineData("Bellekeno")]  // a name
    [InlineData("2012")]
    [InlineData("per-day")]    // already has its own break
    [InlineData("mine")]       // shorter than the minimums allow to break
    public void Names_numbers_and_short_words_never_break(string word)
        => Assert.Empty(Hyphenator.ForLanguage("en-CA")!.Breaks(word));

    [Fact]
    public void Languages_without_patterns_have_no_hyphenator_and_the_patterns_are_read_whole()
    {
        Assert.Null(Hyphenator.ForLanguage("de-DE"));
        Assert.Equal(4938, Hyphenator.ForLanguage("en-US")!.PatternCount); // hyph-en-us.tex has 4,938 patterns
        Assert.Equal(Hyphenator.ForLanguage("en-US"), Hyphenator.ForLanguage("en-CA"));
    }

    [Fact]
    public void A_justified_block_breaks_a_long_word_at_the_line_end_and_draws_the_hyphen_as_an_artifact()
    {
        // 260pt lines at 5pt a character and 2.5pt a space: 45 a's leave 32.5pt, room for "envi" and a hyphen
        // (en-vi-ron-men-tal: "environ-" would take 40pt).
        var text = new string('a', 45) + " environmental impact assessment";
        var plain = Render(Page(new TextBlock(text, Body, TextAlignment.Justify)));
        Assert.Equal("environmental", plain.Texts.Single(t => t.Baseline > plain.Texts[0].Baseline).Text.Split(' ')[0]);

        var block = new TextBlock(text, Body, TextAlignment.Justify) { Hyphenator = Hyphenator.ForLanguage("en-CA") };
        var recorded = Render(Page(block));
        var firstLine = recorded.Texts.Where(t => Math.Abs(t.Baseline - recorded.Texts[0].Baseline) < 0.01).ToList();
        Assert.Equal("-", firstLine[^1].Text);
        Assert.True(firstLine[^1].InArtifact);
        var words = string.Concat(firstLine.Where(t => !t.InArtifact).Select(t => t.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("envi", words[^1]);
        var second = recorded.Texts.Where(t => t.Baseline > firstLine[0].Baseline && !t.InArtifact).OrderBy(t => t.Baseline).ThenBy(t => t.X).First();
        Assert.StartsWith("ronmental", second.Text, StringComparison.Ordinal);
        // The block's words are unchanged: the hyphen is not part of the text.
        Assert.Equal(text, block.PlainText);
    }

    [Fact]
    public void No_more_than_two_lines_in_a_row_end_with_a_hyphen()
    {
        // 52 characters a line: "environmental" repeated ends the first three lines in environmen-, environ-
        // and envi- when nothing stops it.
        var text = string.Join(" ", Enumerable.Repeat("environmental", 16));
        var recorded = Render(Page(new TextBlock(text, Body, TextAlignment.Justify) { Hyphenator = Hyphenator.ForLanguage("en-CA") }));
        var hyphenatedLines = recorded.Texts.GroupBy(t => (t.Page, t.Baseline)).OrderBy(g => g.Key.Page).ThenBy(g => g.Key.Baseline)
            .Select(g => g.Any(t => t.InArtifact && t.Text == "-")).ToList();
        Assert.Contains(true, hyphenatedLines);
        for (int i = 2; i < hyphenatedLines.Count; i++)
            Assert.False(hyphenatedLines[i] && hyphenatedLines[i - 1] && hyphenatedLines[i - 2], $"lines {i - 2} to {i} all end with a hyphen");
    }

    [Fact]
    public void A_ragged_block_is_never_hyphenated()
    {
        var text = new string('a', 45) + " environmental impact assessment";
        var recorded = Render(Page(new TextBlock(text, Body, TextAlignment.Left)));
        Assert.DoesNotContain(recorded.Texts, t => t.InArtifact || t.Text.EndsWith('-'));
    }
}
