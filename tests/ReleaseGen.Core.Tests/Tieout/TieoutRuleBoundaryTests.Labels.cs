using ReleaseGen.Core.Tests.Checks;
using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// Which of two figures of equal value a number in running text ties to, on a small made-up release:
/// two metrics printed alike (<c>zinc_t</c> listed first, then <c>probe</c>), so only the sentence's
/// words and periods can choose the second. Each case is one step from the other choice.
/// </summary>
public sealed partial class TieoutRuleBoundaryTests
{
    /// <summary>The check fixture's release with two more metrics: zinc_t first, then probe (label and unit given).</summary>
    private static string TwoMetricYaml(string probeLabel, string probeUnit = "t", string probeQ1 = "120", string probeQ2 = "120", string zinc = "120", string probeBetter = "neither") =>
        CheckFixture.Yaml
            .Replace("""
                metrics:
                """, $$"""
                metrics:
                  zinc_t: { label: Zinc, unit: t }
                  probe: { label: "{{probeLabel}}", unit: {{probeUnit}}, better: {{probeBetter}} }
                """, StringComparison.Ordinal)
            .Replace("2024-Q1: { ", $"2024-Q1: {{ zinc_t: {zinc}, probe: {probeQ1}, ", StringComparison.Ordinal)
            .Replace("2024-Q2: { ", $"2024-Q2: {{ zinc_t: {zinc}, probe: {probeQ2}, ", StringComparison.Ordinal);

    /// <summary>A made-up release built from <paramref name="yaml"/> (and the fixture's narrative unless given).</summary>
    private static Built BuildMadeUp(string yaml, string narrative = CheckFixture.Narrative) => Build(new CheckFixture(yaml, narrative).Folder);

    private static TieoutResult TieMadeUp(string yaml, string markdown) => Tie(BuildMadeUp(yaml), markdown);

    /// <summary>The metric and period the only mark on <paramref name="printed"/> tied to ("probe for 2024-Q2").</summary>
    private static string TiedTo(TieoutResult result, string printed)
    {
        var mark = Assert.Single(result.Marks, m => m.Printed == printed);
        Assert.Equal(TieStatus.Tied, mark.Status);
        return mark.Note[..mark.Note.IndexOf(" = ", StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("per")]
    [InlineData("for")]
    [InlineData("des")]
    [InlineData("dans")]
    [InlineData("par")]
    [InlineData("les")]
    [InlineData("une")]
    public void A_stop_word_of_a_label_is_no_evidence_for_its_metric(string stopWord)
    {
        var result = TieMadeUp(TwoMetricYaml($"{stopWord} gadgets"), $"Milled {stopWord} shift: 120.");
        Assert.Equal("zinc_t for 2024-Q2", TiedTo(result, "120"));
    }

    [Theory]
    [InlineData("Ore", "The ore gave 120.")]             // a three-letter word counts
    [InlineData("Stope", "The stopes gave 120.")]        // a five-letter word, inflected
    [InlineData("Concentrates", "Concentrate: 120.")]    // a long word, three letters cut
    public void A_label_word_or_its_inflection_in_the_sentence_chooses_its_metric(string label, string sentence) =>
        Assert.Equal("probe for 2024-Q2", TiedTo(TieMadeUp(TwoMetricYaml(label), sentence), "120"));

    [Theory]
    [InlineData("Oree", "The ore gave 120.")]            // "ore" is not a form of a four-letter word
    [InlineData("Stopes", "The stop gave 120.")]         // nor "stop" of a six-letter one
    public void A_word_that_is_not_the_label_word_or_its_inflection_chooses_nothing(string label, string sentence) =>
        Assert.Equal("zinc_t for 2024-Q2", TiedTo(TieMadeUp(TwoMetricYaml(label), sentence), "120"));

    [Theory]
    [InlineData("oz")]
    [InlineData("lb")]
    public void A_production_word_favours_a_metal_quantity(string unit) =>
        Assert.Equal("probe for 2024-Q2", TiedTo(TieMadeUp(TwoMetricYaml("Gadgets", unit), "Production was 120."), "120"));

    [Fact]
    public void A_figure_is_preferred_to_a_fact_of_the_same_value()
    {
        var result = TieMadeUp(TwoMetricYaml("Gadgets") + "\nfacts:\n  crew_size: 120\n", "The crew milled 120.");
        Assert.Equal("zinc_t for 2024-Q2", TiedTo(result, "120"));
    }

    [Fact]
    public void A_period_named_in_another_sentence_does_not_choose_the_figure()
    {
        // probe is 120 in both quarters: with no period in its own sentence, the number is the reporting quarter's.
        var result = TieMadeUp(TwoMetricYaml("Gadgets"), "The first quarter of 2024 was busy. Gadgets reached 120.");
        Assert.Equal("probe for 2024-Q2", TiedTo(result, "120"));
    }

    [Theory]
    [InlineData("Output held. First quarter of 2024 gadgets reached 120.")]
    [InlineData("First quarter of 2024 gadgets reached 120.")] // the paragraph's first letter
    public void A_period_that_opens_the_sentence_chooses_the_figure(string text) =>
        Assert.Equal("probe for 2024-Q1", TiedTo(TieMadeUp(TwoMetricYaml("Gadgets"), text), "120"));

    [Fact]
    public void A_number_that_opens_the_paragraph_is_read_in_its_own_sentence() =>
        // The period in the next sentence does not choose the figure.
        Assert.Equal("probe for 2024-Q2", TiedTo(TieMadeUp(TwoMetricYaml("Gadgets"), "120 gadgets were milled. The first quarter of 2024 was busy."), "120"));

    [Theory]
    [InlineData("Gadgets were 8% higher than the first quarter of 2024.")]
    [InlineData("Gadgets were 8% higher than the previous quarter.")]
    public void A_period_named_after_a_short_claim_is_its_base_not_its_current_period(string sentence)
    {
        // probe: 120 in the first quarter, 130 in the second: 8.33% higher.
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "130"), sentence);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(TieStatus.Tied, Assert.Single(result.Marks, m => m.Printed == "8% higher").Status);
    }

    [Theory]
    [InlineData("In the first quarter of 2024, gadgets reached 140.")]
    [InlineData("Output held. First quarter of 2024 gadgets reached 140.")]
    public void A_number_that_ties_to_nothing_is_held_to_the_period_its_sentence_names_before_it(string sentence)
    {
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ1: "150"), sentence);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Contains("'140' should be 150: probe for 2024-Q1 is 150", finding.ToString(), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- "higher than" without a number (probe: 120 in Q1, 130 in Q2)

    private static TieoutResult Than(string sentence, string probeQ2 = "130") => TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: probeQ2), sentence);

    private static TieMark WordMark(TieoutResult result, string word) => Assert.Single(result.Marks, m => m.Printed == word);

    [Fact]
    public void Higher_than_a_period_with_the_same_figure_should_read_unchanged()
    {
        var result = Than("Gadgets were higher than in the first quarter of 2024.", probeQ2: "120");
        var finding = Assert.Single(result.Diagnostics).ToString();
        Assert.StartsWith("final.md(1,14): error RG704: 'higher' contradicts probe 120", finding, StringComparison.Ordinal);
        Assert.EndsWith("(2024-Q1): it should read 'unchanged'", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("At 130, gadgets were lower than in the first quarter of 2024.")]                    // a number before the comparison
    [InlineData("Gadgets were lower than in the first quarter of 2024, when the mill ran 120 days.")] // a number well after it
    public void A_number_outside_the_comparison_does_not_stop_the_direction_check(string sentence)
    {
        var result = Than(sentence);
        Assert.Equal(TieStatus.Wrong, WordMark(result, "lower").Status);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("'lower' contradicts probe 130", StringComparison.Ordinal));
    }

    [Fact]
    public void The_compared_period_may_start_twelve_characters_after_than()
    {
        Assert.Equal(TieStatus.Tied, WordMark(Than("Gadgets were higher than during the first quarter of 2024."), "higher").Status);
        Assert.DoesNotContain(Than("Gadgets were higher than throughout the first quarter of 2024.").Marks, m => m.Printed == "higher");
    }

    [Fact]
    public void The_compared_period_is_the_one_after_than_not_one_before_it() =>
        Assert.Equal(
            "probe 130 (2024-Q2) against 120 (2024-Q1)",
            WordMark(Than("Gadgets this quarter were higher than the previous quarter."), "higher").Note);

    [Fact]
    public void The_current_period_of_a_comparison_is_named_in_its_own_sentence() =>
        Assert.Equal(
            "probe 130 (2024-Q2) against 120 (2024-Q1)",
            WordMark(Than("The first quarter of 2024 was busy. Gadgets were higher than the previous quarter."), "higher").Note);

    [Fact]
    public void A_comparison_with_a_period_the_data_does_not_have_is_left_alone() =>
        // The first quarter's previous quarter (2023-Q4) is not in the data: nothing to tie the word to.
        Assert.DoesNotContain(Than("First quarter of 2024 gadgets were higher than the previous quarter.").Marks, m => m.Printed == "higher");

    // ---------------------------------------------------------------- more of running text, on the made-up release

    [Fact]
    public void Findings_on_one_line_come_in_the_order_of_their_columns()
    {
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ1: "150"), "Gadgets reached 140 and then 141.");
        Assert.Equal([17, 30], result.Diagnostics.Select(d => d.Location.Column));
    }

    [Fact]
    public void A_number_near_a_zero_figure_is_not_that_figure()
    {
        // probe is 0 in the quarter: 0.4 is not it rounded, and no relative distance to zero makes it "nearly" right.
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "0"), "Gadgets reached 0.4.");
        Assert.Equal(["final.md(1,17): warning RG710: '0.4' ties to no figure, rate or fact of the release (typed by hand?)"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_period_forty_eight_characters_after_the_number_is_its_stated_period()
    {
        // probe is 120 in the first quarter and 130 in the second: 130 stated for the first quarter is wrong.
        const string Gap = " tonnes of gadgets from the mill and the pits in the ";
        Assert.Equal(48, Gap.Length - 5);
        var stated = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "130"), $"Gadgets reached 130{Gap[..^5]}first quarter of 2024.");
        Assert.Contains("'130' should be 120: probe for 2024-Q1 is 120", Assert.Single(stated.Diagnostics).ToString(), StringComparison.Ordinal);
        var tooFar = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "130"), $"Gadgets reached 130{Gap[..^4]}first quarter of 2024.");
        Assert.Empty(tooFar.Diagnostics);
    }

    [Fact]
    public void A_number_is_read_in_its_own_clause_after_a_semicolon()
    {
        // zinc and gadgets are both 1,200: the clause after the semicolon names gadgets only.
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "1200", zinc: "1200"), "Zinc was steady; gadgets reached 1,200.");
        Assert.Equal("probe for 2024-Q2", TiedTo(result, "1,200"));
    }

    [Fact]
    public void A_claim_that_ties_to_nothing_is_marked_over_its_words()
    {
        var result = TieMadeUp(TwoMetricYaml("Gadgets"), "Widgets were 5% higher than in the first quarter of 2024.");
        var mark = Assert.Single(result.Marks, m => m.Status == TieStatus.Untied);
        Assert.Equal("5% higher", mark.Printed);
    }

    [Fact]
    public void An_exact_change_is_written_without_approximately()
    {
        // 120 to 150 is exactly 25%.
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "150"), "Gadgets were 20% higher than in the first quarter of 2024.");
        Assert.EndsWith(": 25%: it should read '25% higher'", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_change_claimed_of_an_unchanged_figure_is_wrong_and_keeps_its_word()
    {
        var result = TieMadeUp(TwoMetricYaml("Gadgets"), "Gadgets were 5% lower than in the first quarter of 2024.");
        Assert.EndsWith(": 0%: it should read '0% lower'", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approximately 8% lower", null)]                                                          // -7.69% rounds to 8: the less favourable side
    [InlineData("approximately 7% lower", "rounds the change of probe 120 (2024-Q2) against 130 (2024-Q1): -7.6923% toward the more favourable side")]
    public void A_fall_of_a_higher_is_better_figure_may_not_be_rounded_down(string claim, string? problem)
    {
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ1: "130", probeBetter: "higher"), $"Gadgets were {claim} than in the first quarter of 2024.");
        if (problem is null) Assert.Empty(result.Diagnostics);
        else Assert.Contains(problem, Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("First quarter of 2024 gadgets were approximately 8% lower than the second quarter of 2024.")] // the current period opens the sentence
    [InlineData("The first quarter of 2024 was busy. Gadgets were approximately 8% higher than the previous quarter.")] // not the sentence before
    public void A_claim_without_a_figure_before_it_compares_the_period_its_sentence_names(string sentence)
    {
        // probe: 120 in the first quarter, 130 in the second (7.69% lower, 8.33% higher).
        var result = TieMadeUp(TwoMetricYaml("Gadgets", probeQ2: "130"), sentence);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Marks, m => m.Status == TieStatus.Tied && m.Printed.StartsWith("approximately 8%", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------- a total row with no group above it

    /// <summary>The fixture with a table of its own: two parts and their total, the table's first rows (no group row above them).</summary>
    private static readonly string PartsYaml = CheckFixture.Yaml
        .Replace("""
            metrics:
            """, """
            metrics:
              part_a: { label: Mill A tonnes, unit: t }
              part_b: { label: Mill B tonnes, unit: t }
              parts: { label: Mills in all, unit: t }
            """, StringComparison.Ordinal)
        .Replace("2024-Q2: { ", "2024-Q2: { part_a: 40, part_b: 60, parts: 100, ", StringComparison.Ordinal)
        .Replace("""
            tables:
            """, """
            tables:
              mills:
                title: Tonnes by mill
                columns: [quarter]
                rows: [part_a, part_b, { metric: parts, kind: total }]
            """, StringComparison.Ordinal);

    /// <summary>The mills table as the release prints it: its bold title, then its rows up to the blank line after them.</summary>
    private static string MillsTable(Built built)
    {
        var markdown = built.Markdown;
        var start = markdown.IndexOf("**Tonnes by mill**", StringComparison.Ordinal);
        return markdown[start..markdown.IndexOf("\n\n", markdown.IndexOf('|', start), StringComparison.Ordinal)];
    }

    [Fact]
    public void A_total_of_the_tables_first_two_rows_is_held_to_their_sum()
    {
        var built = BuildMadeUp(PartsYaml, CheckFixture.Narrative + "\n{{ tables.mills }}\n");
        var table = MillsTable(built);
        Assert.Empty(Tie(built, table).Diagnostics);
        var retyped = Tie(built, table.Replace("**100**", "**110**", StringComparison.Ordinal));
        var finding = Assert.Single(retyped.Diagnostics);
        Assert.Equal("RG707", finding.Code);
        Assert.Contains("reads 110, but the rows it totals add to 100 as printed (40 + 60); the data gives 100", finding.Message, StringComparison.Ordinal);
    }
}
