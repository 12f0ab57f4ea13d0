using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// Running text at its edges: which of several equal figures a number ties to (the periods its sentence
/// names, the words of its clause, the correct rounding), which figure a wrong number meant, and what
/// each mark says.
/// </summary>
public sealed partial class TieoutRuleBoundaryTests
{
    private static TieMark OnlyMark(TieoutResult result, string printed) => Assert.Single(result.Marks, m => m.Printed == printed);

    // Alexco silver: 458,472 ounces in 2012-Q2, 464,324 in 2011-Q2 (both 0.46 million), 447,524 in 2011-Q1 (0.45 million).

    [Fact]
    public void Of_equal_figures_a_number_ties_to_the_period_its_sentence_names_even_at_its_first_letter()
    {
        Assert.StartsWith("silver_oz for 2011-Q2 = 464,324",
            OnlyMark(Tie(Alexco, "The second quarter of 2011 saw approximately 0.46 million ounces of silver produced."), "0.46 million").Note, StringComparison.Ordinal);
        // No period named: the reporting period.
        Assert.StartsWith("silver_oz for 2012-Q2 = 458,472",
            OnlyMark(Tie(Alexco, "Silver production was approximately 0.46 million ounces."), "0.46 million").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_figures_an_approximate_number_is_near_it_ties_to_the_one_it_correctly_rounds()
    {
        // 0.45 million is 447,524 (2011-Q1) rounded, and within one unit of 458,472 (2012-Q2): it is the first.
        Assert.StartsWith("silver_oz for 2011-Q1 = 447,524",
            OnlyMark(Tie(Alexco, "Silver production was approximately 0.45 million ounces."), "0.45 million").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clause_after_a_semicolon_names_the_metric_of_its_number()
    {
        // 93% is both silver's and lead's recovery in 2011-Q2: each clause's words decide.
        var result = Tie(Alexco, "In the second quarter of 2011, lead in lead concentrate recovery was 93%; silver was 93%.");
        Assert.Empty(result.Diagnostics);
        var marks = result.Marks.Where(m => m.Printed == "93%").Select(m => m.Note).ToList();
        Assert.Equal(2, marks.Count);
        Assert.StartsWith("recovery_pb for 2011-Q2", marks[0], StringComparison.Ordinal);
        Assert.StartsWith("recovery_ag for 2011-Q2", marks[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_ties_only_to_percent_figures_and_a_plain_number_never_to_them()
    {
        // 704 is the silver grade in grams per tonne, 8.8 the lead grade in percent.
        Assert.Equal(["RG710"], Codes(Alexco, "Silver grade was 704% in the quarter."));
        Assert.Equal(["RG710"], Codes(Alexco, "Lead grade was 8.8 in the quarter."));
        Assert.Empty(Findings(Alexco, "Lead grade was 8.8% in the quarter."));
    }

    [Fact]
    public void A_wrong_number_names_the_figure_its_words_and_period_mean_up_to_half_its_value_away()
    {
        // Half as much again as the quarter's 458,472 ounces is still that figure, mistyped.
        Assert.Equal(["final.md(1,53): error RG702: '687,708' should be 458,472: silver_oz for 2012-Q2 is 458,472"],
            Findings(Alexco, "Silver production in the second quarter of 2012 was 687,708 ounces."));
        Assert.Equal(["RG710"], Codes(Alexco, "Silver production in the second quarter of 2012 was 687,709 ounces."));
        // The period named before the number is the one meant.
        Assert.Equal(["final.md(1,53): error RG702: '464,999' should be 464,324: silver_oz for 2011-Q2 is 464,324"],
            Findings(Alexco, "Silver production in the second quarter of 2011 was 464,999 ounces."));
        // Without a unit, the metric's own words must be there.
        Assert.Equal(["final.md(1,23): error RG702: '458,999' should be 458,472: silver_oz for 2012-Q2 is 458,472"], Findings(Alexco, "Silver production was 458,999."));
        Assert.Equal(["RG710"], Codes(Alexco, "The count was 458,999."));
        // Of two metrics in the unit, the one with more of its words: processed, not mined.
        Assert.Equal(["final.md(1,45): error RG702: '22,300' should be 22,209: ore_processed for 2012-Q2 is 22,209"],
            Findings(Alexco, "Ore tonnes processed in the quarter came to 22,300 tonnes."));
    }

    [Fact]
    public void Each_mark_says_what_the_number_should_read()
    {
        var favourable = Tie(Alexco, LineOf(Alexco, 3).Replace("and 1.3 million pounds", "and approximately 1.4 million pounds", StringComparison.Ordinal));
        Assert.Equal("should read 1.3 million (zinc_lb for 2012-Q2)", favourable.Marks.Single(m => m.Status == TieStatus.Wrong).Note);
        var claim = Tie(Alexco, "Employee count was approximately 14% higher.");
        Assert.Equal(("ties to nothing in the data", "RG710"), claim.Marks.Where(m => m.Status == TieStatus.Untied).Select(m => (m.Note, m.Code)).Single());
        var wrongClaim = Tie(Alexco, string.Format(System.Globalization.CultureInfo.InvariantCulture, SixMonths, "approximately 14% lower"));
        Assert.Equal("should read 'approximately 14% higher' (silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%)",
            wrongClaim.Marks.Single(m => m.Status == TieStatus.Wrong).Note);
        var time = Tie(Alexco, LineOf(Alexco, 53).Replace("8 a.m. Pacific", "9 a.m. Pacific", StringComparison.Ordinal));
        Assert.Equal("should read 8 a.m. Pacific", time.Marks.Single(m => m.Status == TieStatus.Wrong).Note);
    }

    [Fact]
    public void A_direction_word_without_a_number_is_corrected_either_way()
    {
        // 1,040,257 ounces in the first six months of 2012 against 911,848 in 2011: higher.
        var lower = Tie(Alexco, "Silver production in the first six months of 2012 was lower than in the same period of 2011.");
        Assert.Equal(["final.md(1,55): error RG704: 'lower' contradicts silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): it should read 'higher'"],
            lower.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("should read 'higher' (silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1))", lower.Marks.Single(m => m.Status == TieStatus.Wrong).Note);
        // One word of a label is enough to name its metric: zinc's head grade went from 6.5% to 4.9%.
        var zinc = Tie(Alexco, "Zinc in the second quarter of 2012 was lower than in the second quarter of 2011.");
        Assert.Empty(zinc.Diagnostics);
        Assert.Contains(zinc.Marks, m => m.Status == TieStatus.Tied && m.Printed == "lower");
    }

    [Fact]
    public void Fourth_quarters_and_whole_years_around_the_release_are_figures_too()
    {
        // us-gold's fiscal year ends on June 30: April to June 2023 is the fourth quarter of fiscal 2023. With no
        // period named it is that quarter's figure, and suspect (RG712): the reporting quarter's reads otherwise.
        Assert.Equal("ties only to 2023-Q4: name the period, or read 33,522 (total_au_oz for 2024-Q3)", OnlyMark(Tie(UsGold, "Gold production was 31,205 ounces."), "31,205").Note);
    }

    [Theory]
    [InlineData("La teneur en argent \u00E9tait de 704 grammes par tonne.", "704", "head_grade_ag for 2012-Q2")]
    [InlineData("La teneur en argent \u00E9tait de 704 g/t.", "704", "head_grade_ag for 2012-Q2")]
    [InlineData("La production de plomb a \u00E9t\u00E9 de 3,7 millions de livres.", "3,7 millions", "lead_lb for 2012-Q2")]
    [InlineData("Le concentrateur a trait\u00E9 22\u00A0209 tonnes de minerai.", "22\u00A0209", "ore_processed for 2012-Q2")]
    public void French_unit_words_name_the_unit_of_their_number(string sentence, string printed, string source)
    {
        var result = Tie(Alexco, sentence, "fr-CA");
        Assert.Empty(result.Diagnostics);
        Assert.StartsWith(source, OnlyMark(result, printed).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_breaks_into_sentences_at_a_stop_before_a_capital()
    {
        const string text = "Gold rose. Silver fell!  Lead? \"Zinc.\" (Copper) too. and more";
        Assert.Equal([(0, 10), (11, 23), (25, 30), (31, 37), (39, 61)], TieoutEngine.Sentences(text));
        Assert.Equal([(0, 0)], TieoutEngine.Sentences(""));
    }

    [Theory]
    [InlineData("a.m.")]
    [InlineData("p.m.")]
    [InlineData("Corp.")]
    [InlineData("Inc.")]
    [InlineData("Ltd.")]
    [InlineData("Co.")]
    [InlineData("Mr.")]
    [InlineData("Ms.")]
    [InlineData("Mrs.")]
    [InlineData("Dr.")]
    [InlineData("No.")]
    [InlineData("U.S.")]
    [InlineData("P.E.")]
    [InlineData("P.Eng.")]
    [InlineData("P.Geo.")]
    [InlineData("St.")]
    [InlineData("Jr.")]
    [InlineData("Sr.")]
    [InlineData("e.g.")]
    [InlineData("i.e.")]
    [InlineData("approx.")]
    [InlineData("vs.")]
    public void An_abbreviation_does_not_end_a_sentence(string abbreviation)
    {
        Assert.Single(TieoutEngine.Sentences($"Reviewed by the {abbreviation} Board of the company."));
        Assert.Equal(2, TieoutEngine.Sentences($"Reviewed by the {abbreviation.TrimEnd('.')}x. Board of the company.").Count);
    }

    [Fact]
    public void A_french_claim_in_more_or_fewer_is_corrected_in_more_or_fewer()
    {
        var line = LineOf(Alexco, 3, locale: "fr-CA").Replace("en hausse d'environ 14\u00A0%", "d'environ 14\u00A0% de moins", StringComparison.Ordinal);
        var finding = Assert.Single(Findings(Alexco, line, "fr-CA"));
        Assert.Contains("error RG704: '", finding, StringComparison.Ordinal);
        Assert.EndsWith("environ 14\u00A0% de plus'", finding, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- RG712: another period's figure, unnamed

    [Fact]
    public void A_number_that_ties_only_to_an_unnamed_periods_figure_is_a_warning()
    {
        // Silver: 458,472 ounces in the quarter (0.46 million), 447,524 in the first quarter of 2011 (0.45 million).
        Assert.Equal(
            ["final.md(1,23): warning RG712: '0.45 million' ties only to silver_oz for 2011-Q1 (447,524), a period its sentence does not name; silver_oz for 2012-Q2 is 458,472: name the period, or it should read 0.46 million"],
            Findings(Alexco, "Silver production was 0.45 million ounces."));
        var mark = OnlyMark(Tie(Alexco, "Silver production was 0.45 million ounces."), "0.45 million");
        Assert.Equal((TieStatus.Untied, "RG712"), (mark.Status, mark.Code));
    }

    [Theory]
    [InlineData("Silver production was 0.45 million ounces in the first quarter of 2011.")] // the period is named
    [InlineData("Silver production was 0.46 million ounces.")]                              // the reporting period's figure
    [InlineData("Silver production rose to 458,472 ounces from 447,524 ounces.")]         // a comparison's base
    public void Another_periods_figure_named_or_compared_is_not_suspect(string sentence) =>
        Assert.Empty(Findings(Alexco, sentence));
}
