using System.Collections.Concurrent;
using System.Text;
using ReleaseGen.Formats;
using ReleaseGen.Templating;
using ReleaseGen.Tieout;
using ReleaseGen.Tieout.Readers;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// Each tie-out rule on a short hand-written passage, at its limits: the claim that is exactly right,
/// one step from wrong, and one step past; and the finding a reviewer reads, word for word. The release
/// is built once per example; each test ties only its own few lines, so a finding's line is the passage's.
/// </summary>
public sealed partial class TieoutRuleBoundaryTests
{
    private sealed record Built(ReleaseDocument Document, FigureTrace Trace, string Markdown);

    private static readonly ConcurrentDictionary<string, Lazy<Built>> Releases = new(StringComparer.Ordinal);

    private static Built Release(string example, string? locale = null) =>
        Releases.GetOrAdd(example + "|" + locale, _ => new Lazy<Built>(() => Build(TestData.Example(example), locale))).Value;

    /// <summary>The release in <paramref name="folder"/> built with its figure trace, and its Markdown.</summary>
    private static Built Build(string folder, string? locale = null)
    {
        var trace = new FigureTrace();
        var output = ReleasePipeline.Run(folder, TestData.Templates, locale, trace);
        Assert.True(output.Succeeded, string.Join("; ", output.Diagnostics));
        var markdown = Encoding.UTF8.GetString(OutputFormatRegistry.Core.Get("md").Render(output.Document!, FormatOptions.Default).Single().Content);
        return new Built(output.Document!, trace, markdown);
    }

    private const string Alexco = "alexco-2012-q2";
    private const string UsGold = "us-gold-2024-q3";

    private static TieoutResult Tie(string example, string markdown, string? locale = null) => Tie(Release(example, locale), markdown);

    private static TieoutResult Tie(string example, FinalDocument document, string? locale = null) => Tie(Release(example, locale), document);

    private static TieoutResult Tie(Built built, string markdown) =>
        Tie(built, new MarkdownDocumentReader().Read("final.md", Encoding.UTF8.GetBytes(markdown)));

    private static TieoutResult Tie(Built built, FinalDocument document) => new TieoutEngine(built.Document, built.Trace).Tie(document);

    private static string[] Findings(string example, string markdown, string? locale = null) =>
        Tie(example, markdown, locale).Diagnostics.Select(d => d.ToString()).ToArray();

    /// <summary>A line of the example's own Markdown (1-based), edited.</summary>
    private static string LineOf(string example, int line, string from = "", string to = "", string? locale = null)
    {
        var text = Release(example, locale).Markdown.Split('\n')[line - 1];
        if (from.Length == 0) return text;
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    // Alexco, line 3: "... 1,040,257 ounces in the first six months of 2012, approximately 14% higher than in the same period of 2011."
    // 1,040,257 against 911,848 is 14.0823% higher; silver is higher-is-better.
    private const string SixMonths = "Silver production was 1,040,257 ounces in the first six months of 2012, {0} than in the same period of 2011.";

    private static string[] SixMonthClaim(string claim) => Findings(Alexco, string.Format(System.Globalization.CultureInfo.InvariantCulture, SixMonths, claim));

    // ---------------------------------------------------------------- percent claims and the rounding rule

    [Theory]
    [InlineData("approximately 14% higher")]  // the correct rounding, with "approximately"
    [InlineData("14.1% higher")]              // exactly the change correctly rounded at one decimal
    [InlineData("approximately 14.0% higher")] // within one unit, on the unfavourable side
    [InlineData("approximately 14.1% more")]
    [InlineData("14% more")]
    public void A_percent_claim_that_is_the_change_correctly_rounded_or_within_one_unit_against_the_news_ties(string claim) =>
        Assert.Empty(SixMonthClaim(claim));

    [Fact]
    public void A_percent_without_approximately_must_be_the_correct_rounding()
    {
        Assert.Equal(
            ["final.md(1,73): error RG703: '14.0% higher' does not match silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14.1% higher'"],
            SixMonthClaim("14.0% higher"));
        Assert.Equal(
            ["final.md(1,73): error RG703: '15% higher' does not match silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% higher'"],
            SixMonthClaim("15% higher"));
    }

    [Fact]
    public void Approximately_one_unit_toward_good_news_is_favourable_rounding_and_one_more_is_wrong()
    {
        Assert.Equal(
            ["final.md(1,73): error RG706: 'approximately 15% higher' rounds the change of silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823% toward the more favourable side: it should read 'approximately 14% higher'"],
            SixMonthClaim("approximately 15% higher"));
        Assert.Equal(
            ["final.md(1,73): error RG703: 'approximately 16% higher' does not match silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% higher'"],
            SixMonthClaim("approximately 16% higher"));
        Assert.Equal(
            ["final.md(1,73): error RG703: 'approximately 14.2% higher' does not match silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14.1% higher'"],
            SixMonthClaim("approximately 14.2% higher"));
        Assert.Equal(
            ["final.md(1,73): error RG703: 'approximately 13% higher' does not match silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% higher'"],
            SixMonthClaim("approximately 13% higher"));
    }

    private const string LeadQuarter = "Lead production was 3,661,412 pounds in the second quarter of 2012, {0} than in the same period of 2011.";

    /// <summary>Each English direction word, wrong either way, is corrected to its own opposite: lead fell 10.13%, silver rose 14.08%.</summary>
    [Theory]
    [InlineData(LeadQuarter, "approximately 10% higher", "approximately 10% lower")]
    [InlineData(LeadQuarter, "up approximately 10%", "down approximately 10%")]
    [InlineData(LeadQuarter, "increased by approximately 10%", "decreased by approximately 10%")]
    [InlineData(LeadQuarter, "rose approximately 10%", "fell approximately 10%")]
    [InlineData(LeadQuarter, "approximately 10% more", "approximately 10% fewer")]
    [InlineData(LeadQuarter, "an approximately 10% increase", "approximately 10% decrease")]
    [InlineData(SixMonths, "fell approximately 14%", "rose approximately 14%")]
    [InlineData(SixMonths, "approximately 14% less", "approximately 14% more")]
    public void A_wrong_direction_word_is_corrected_to_its_own_opposite(string sentence, string claim, string corrected)
    {
        var finding = Assert.Single(Findings(Alexco, string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, claim)));
        Assert.Contains("error RG704:", finding, StringComparison.Ordinal);
        Assert.EndsWith($"it should read '{corrected}'", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direction_word_against_the_sign_is_reported_with_the_claim_in_its_own_words()
    {
        Assert.Equal(
            ["final.md(1,73): error RG704: 'approximately 14% lower' says the figure went down, but silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% higher'"],
            SixMonthClaim("approximately 14% lower"));
        Assert.Equal(
            ["final.md(1,73): error RG704: 'down approximately 14%' says the figure went down, but silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'up approximately 14%'"],
            SixMonthClaim("down approximately 14%"));
        Assert.Equal(
            ["final.md(1,73): error RG704: 'decreased by approximately 14%' says the figure went down, but silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'increased by approximately 14%'"],
            SixMonthClaim("decreased by approximately 14%"));
        Assert.Equal(
            ["final.md(1,73): error RG704: 'approximately 14% fewer' says the figure went down, but silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% more'"],
            SixMonthClaim("approximately 14% fewer"));
        Assert.Equal(
            ["final.md(1,75): error RG704: '14% decrease' says the figure went down, but silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% increase'"],
            SixMonthClaim("a 14% decrease"));
        Assert.Equal(
            ["final.md(1,73): error RG704: 'approximately 14% deterioration' says the figure went down, but silver_oz 1,040,257 (2012-H1) against 911,848 (2011-H1): 14.0823%: it should read 'approximately 14% higher'"],
            SixMonthClaim("approximately 14% deterioration"));
    }

    [Fact]
    public void A_claim_at_the_start_of_a_paragraph_is_corrected_in_place()
    {
        // Ore processed, second quarter 2012 against 2011: 22,209 against 18,928 is 17.3341% more.
        Assert.Equal(
            ["final.md(1,1): error RG704: 'Approximately 17% fewer' says the figure went down, but ore_processed 22,209 (2012-Q2) against 18,928 (2011-Q2): 17.3341%: it should read 'Approximately 17% more'"],
            Findings(Alexco, "Approximately 17% fewer tonnes of ore were processed than in the same period of 2011."));
    }

    [Theory]
    [InlineData("up approximately 14%")]
    [InlineData("increased by approximately 14%")]
    [InlineData("a 14% increase")]
    [InlineData("a 14% improvement")]
    [InlineData("rose approximately 14%")]
    public void Direction_words_before_and_after_the_percent_that_agree_with_the_sign_tie(string claim) =>
        Assert.Empty(SixMonthClaim(claim));

    [Fact]
    public void For_a_cost_an_improvement_is_down_and_rounding_down_is_the_favourable_side()
    {
        // us-gold line 5: cash cost per ounce $976 against $1,032 is 5.4264% lower; lower is better.
        var line = LineOf(UsGold, 5);
        Assert.Empty(Findings(UsGold, line));
        var favourable = Assert.Single(Findings(UsGold, line.Replace("approximately 5% lower", "approximately 6% lower", StringComparison.Ordinal)));
        Assert.Contains("error RG706: 'approximately 6% lower' rounds the change of cash_cost_oz 976 (2024-Q3) against 1,032 (2023-Q3): -5.4264% toward the more favourable side: it should read 'approximately 5% lower'", favourable, StringComparison.Ordinal);
        var worse = Assert.Single(Findings(UsGold, line.Replace("improved: it was $976", "deteriorated: it was $976", StringComparison.Ordinal).Replace("approximately 5% lower", "approximately 5% higher", StringComparison.Ordinal)));
        Assert.Contains("error RG704: 'approximately 5% higher' says the figure went up", worse, StringComparison.Ordinal);
    }

    [Fact]
    public void A_neutral_metric_has_no_favourable_side()
    {
        // Ore mined has no "better:": 42,668 against 38,627 is 10.4616% more; 11% is within one unit and flatters nothing.
        const string text = "The mine produced 42,668 tonnes of ore in the first six months of 2012, approximately {0} more than in the same period of 2011.";
        Assert.Empty(Findings(Alexco, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "11%")));
        Assert.Empty(Findings(Alexco, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "10%")));
        Assert.Single(Findings(Alexco, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "12%")), f => f.Contains("RG703", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_with_no_figures_to_compare_is_untied()
    {
        Assert.Equal(
            ["final.md(1,20): warning RG710: the claim 'approximately 14% higher' names no figures this release can compare (metric or periods not found)"],
            Findings(Alexco, "Morale was overall approximately 14% higher."));
    }

    // ---------------------------------------------------------------- direction words without a number

    [Fact]
    public void A_direction_word_without_a_number_is_checked_against_the_periods_it_compares()
    {
        var line = LineOf(Alexco, 39);
        Assert.Empty(Findings(Alexco, line));
        Assert.Equal(
            ["final.md(1,53): error RG704: 'higher' contradicts silver_oz 458,472 (2012-Q2) against 581,785 (2012-Q1): it should read 'lower'"],
            Findings(Alexco, line.Replace("was lower than", "was higher than", StringComparison.Ordinal)));
        Assert.Equal(
            ["final.md(1,53): error RG704: 'greater' contradicts silver_oz 458,472 (2012-Q2) against 581,785 (2012-Q1): it should read 'lower'"],
            Findings(Alexco, line.Replace("was lower than", "was greater than", StringComparison.Ordinal)));
        // A number right after "than" compares printed numbers: those are tied as figures, not the word.
        Assert.DoesNotContain(Findings(Alexco, "Silver production in the second quarter of 2012 was higher than 458,000 ounces."), f => f.Contains("RG704", StringComparison.Ordinal));
        // No period after "than": nothing to compare.
        Assert.Empty(Findings(Alexco, "Silver production in the second quarter of 2012 was higher than expected."));
    }

    // ---------------------------------------------------------------- running figures, rates, favourable roundings

    [Fact]
    public void A_running_figure_is_the_data_or_names_the_figure_it_means()
    {
        var line = LineOf(Alexco, 3);
        Assert.Empty(Findings(Alexco, line));
        Assert.Equal(
            ["final.md(1,122): error RG702: '458,742' should be 458,472: silver_oz for 2012-Q2 is 458,472"],
            Findings(Alexco, line.Replace("produced 458,472 ounces", "produced 458,742 ounces", StringComparison.Ordinal)));
    }

    [Fact]
    public void Findings_come_in_the_order_of_the_document()
    {
        var line = LineOf(Alexco, 3)
            .Replace("and 1.3 million pounds", "and approximately 1.4 million pounds", StringComparison.Ordinal)
            .Replace("produced 458,472 ounces", "produced 458,742 ounces", StringComparison.Ordinal);
        var table = HighlightsTable(t => t.Replace("| 458,472 | 464,324 |", "| 458,472 | 464,234 |", StringComparison.Ordinal).Replace("| 21,273 | 22,166 |", "| 21,273 | 22,116 |", StringComparison.Ordinal));
        Assert.Equal(["RG702", "RG706", "RG701", "RG701"], Tie(Alexco, line + "\n\n" + table).Diagnostics.Select(d => d.Code));
        Assert.Equal([1, 1, 5, 27], Tie(Alexco, line + "\n\n" + table).Diagnostics.Select(d => d.Location.Line));
        Assert.Equal([3, 25, 29, 29], Tie(Alexco, table + "\n\n" + line).Diagnostics.Select(d => d.Location.Line));
    }

    [Fact]
    public void Approximately_widens_a_running_figure_by_one_unit_and_reports_rounding_toward_good_news()
    {
        var line = LineOf(Alexco, 3);
        // Zinc in the quarter: 1,340,557 pounds.
        Assert.Empty(Findings(Alexco, line.Replace("and 1.3 million pounds", "and approximately 1.3 million pounds", StringComparison.Ordinal)));
        var at = line.IndexOf("1.3 million pounds", StringComparison.Ordinal);
        Assert.Equal(
            [$"final.md(1,{at + 1 + "approximately ".Length}): error RG706: '1.4 million' rounds zinc_lb for 2012-Q2 (1,340,557) toward the more favourable side: correctly rounded it is 1.3 million"],
            Findings(Alexco, line.Replace("and 1.3 million pounds", "and approximately 1.4 million pounds", StringComparison.Ordinal)));
        Assert.Equal(
            [$"final.md(1,{at + 1 + "approximately ".Length}): error RG702: '1.9 million' should be 1.3 million: zinc_lb for 2012-Q2 is 1,340,557, rounded toward the more favourable side"],
            Findings(Alexco, line.Replace("and 1.3 million pounds", "and approximately 1.9 million pounds", StringComparison.Ordinal)));
        // 1.5 million is zinc for the first quarter (1,515,786) give or take one unit: in a sentence about the quarter
        // and the year to date, it ties only there, and is suspect (RG712).
        Assert.Equal(
            [$"final.md(1,{at + 1 + "approximately ".Length}): warning RG712: '1.5 million' ties only to zinc_lb for 2012-Q1 (1,515,786), a period its sentence does not name; zinc_lb for 2012-Q2 is 1,340,557: name the period, or it should read 1.3 million"],
            Findings(Alexco, line.Replace("and 1.3 million pounds", "and approximately 1.5 million pounds", StringComparison.Ordinal)));
        // Rounding a production figure down is never favourable; at two decimals one unit is 10,000 pounds.
        Assert.Equal(
            [$"final.md(1,{at + 1 + "approximately ".Length}): error RG702: '1.25 million' should be 1.34 million: zinc_lb for 2012-Q2 is 1,340,557"],
            Findings(Alexco, line.Replace("and 1.3 million pounds", "and approximately 1.25 million pounds", StringComparison.Ordinal)));
        Assert.Equal(
            [$"final.md(1,{at + 1}): error RG702: '1.4 million' should be 1.3 million: zinc_lb for 2012-Q2 is 1,340,557"],
            Findings(Alexco, line.Replace("and 1.3 million pounds", "and 1.4 million pounds", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_per_day_rate_is_the_figure_over_the_days_of_its_period()
    {
        var line = LineOf(Alexco, 43);
        Assert.Empty(Findings(Alexco, line));
        Assert.Equal(
            ["final.md(1,29): error RG705: '254' should be 244: ore_processed for 2012-Q2 over its 91 days is 244.0549"],
            Findings(Alexco, line.Replace("244 tonnes per day", "254 tonnes per day", StringComparison.Ordinal)));
        Assert.Equal(
            ["final.md(1,29): error RG705: '245' should be 244: ore_processed for 2012-Q2 over its 91 days is 244.0549"],
            Findings(Alexco, line.Replace("244 tonnes per day", "245 tonnes per day", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_number_that_ties_to_nothing_is_a_warning_and_years_dates_phones_are_not()
    {
        var result = Tie(Alexco, "A bonus of 12,345 was paid in 2012 on July 16, 2012; call 1-877-407-8031 in Q2.");
        Assert.Equal(["final.md(1,12): warning RG710: '12,345' ties to no figure, rate or fact of the release (typed by hand?)"], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal((0, 0, 1), (result.Tied, result.Wrong, result.Untied));
        Assert.Equal(["year", "date", "phone number", "identifier"], result.Marks.Where(m => m.Status == TieStatus.Recognised).Select(m => m.Note));
        Assert.Equal((0, 1), (result.Errors, result.Warnings));
        Assert.Equal("0 tied, 0 wrong, 1 untied, 4 recognised", result.Counts);
    }

    [Fact]
    public void Facts_and_figures_tie_with_their_source_named()
    {
        var result = Tie(Alexco, "Mill availability in the quarter was 90%, and silver production was 458,472 ounces in the second quarter of 2012.");
        Assert.Empty(result.Diagnostics);
        var tied = result.Marks.Where(m => m.Status == TieStatus.Tied).ToList();
        Assert.Equal(["90%", "458,472"], tied.Select(m => m.Printed));
        Assert.Equal("facts.mill_availability_pct = 90", tied[0].Note);
        Assert.StartsWith("silver_oz for 2012-Q2 = 458,472 (given at ", tied[1].Note, StringComparison.Ordinal);
        Assert.All(result.Marks, m => Assert.Null(m.Code));
    }

    // ---------------------------------------------------------------- weekdays and times

    [Fact]
    public void A_weekday_must_be_its_dates()
    {
        var line = LineOf(Alexco, 53);
        var result = Tie(Alexco, line);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Marks, m => m.Status == TieStatus.Tied && m.Note == "2012-08-07 is a Tuesday");
        Assert.Equal(
            ["final.md(1,109): error RG708: 'Wednesday' is not the weekday of August 7, 2012: it is a Tuesday"],
            Findings(Alexco, line.Replace("Tuesday, August 7", "Wednesday, August 7", StringComparison.Ordinal)));
        var mark = Assert.Single(Tie(Alexco, line.Replace("Tuesday, August 7", "Wednesday, August 7", StringComparison.Ordinal)).Marks, m => m.Status == TieStatus.Wrong);
        Assert.Equal(("Wednesday, August 7, 2012", "should read Tuesday", "RG708"), (mark.Printed, mark.Note, mark.Code));
        Assert.Empty(Findings(Alexco, line.Replace("Tuesday, August 7", "tuesday, August 7", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_time_in_a_zone_must_be_the_calls()
    {
        var line = LineOf(Alexco, 53);
        Assert.Contains(Tie(Alexco, line).Marks, m => m.Status == TieStatus.Tied && m.Note == "events.call at 2012-08-08T11:00 America/New_York, in Pacific");
        var at = line.IndexOf("8 a.m. Pacific", StringComparison.Ordinal) + 1;
        Assert.Equal(
            [$"final.md(1,{at}): error RG709: the call (2012-08-08T11:00 America/New_York) is at 8 a.m. Pacific, not as printed"],
            Findings(Alexco, line.Replace("8 a.m. Pacific", "9 a.m. Pacific", StringComparison.Ordinal)));
        Assert.Equal(
            [$"final.md(1,{at}): error RG709: the call (2012-08-08T11:00 America/New_York) is at 8 a.m. Pacific, not as printed"],
            Findings(Alexco, line.Replace("8 a.m. Pacific", "8:30 a.m. Pacific", StringComparison.Ordinal)));
        // A time without a zone is only recognised.
        var plain = Tie(Alexco, "The doors open at 9 a.m. sharp.");
        Assert.Empty(plain.Diagnostics);
        Assert.Equal("time", Assert.Single(plain.Marks).Note);
        Assert.Equal(TieStatus.Recognised, plain.Marks[0].Status);
    }

    // ---------------------------------------------------------------- tables

    private static string HighlightsTable(Func<string, string>? edit = null)
    {
        var lines = Release(Alexco).Markdown.Split('\n')[9..36];
        var table = string.Join("\n", lines);
        return edit is null ? table : edit(table);
    }

    [Fact]
    public void A_printed_table_ties_cell_by_cell()
    {
        var result = Tie(Alexco, HighlightsTable());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(4 * 17, result.Tied);
        Assert.Contains(result.Marks, m => m.Note == "silver_oz for 2011-Q2 = 464,324");
        Assert.Equal(
            ["final.md(25,43): error RG701: 'Silver (ounces)' / 'Three Months Ended June 30, 2011' of table 'highlights' reads 464,234; the data gives 464,324 (silver_oz for 2011-Q2 = 464,324)"],
            Findings(Alexco, HighlightsTable(t => t.Replace("| 458,472 | 464,324 |", "| 458,472 | 464,234 |", StringComparison.Ordinal))));
    }

    [Fact]
    public void Reordered_extra_and_missing_rows_are_structure_warnings()
    {
        var reordered = HighlightsTable(t =>
        {
            var rows = t.Split('\n').ToList();
            (rows[2], rows[3]) = (rows[3], rows[2]);
            return string.Join("\n", rows);
        });
        Assert.Empty(Findings(Alexco, reordered));
        var extra = HighlightsTable(t => t.Replace("| Ore tonnes processed |", "| Ore tonnes hauled | 1 | 2 | 3 | 4 |\n| Ore tonnes processed |", StringComparison.Ordinal));
        Assert.Equal(["final.md(4,3): warning RG711: the row 'Ore tonnes hauled' is not in the data's table 'highlights'; its numbers are not tied"], Findings(Alexco, extra));
        Assert.Equal(4, Tie(Alexco, extra).Untied);
        var missing = HighlightsTable(t => t.Replace("| Ore tonnes mined | 21,273 | 22,166 | 42,668 | 38,627 |\n", "", StringComparison.Ordinal));
        Assert.Equal(["final.md(1,1): warning RG711: the data's table 'highlights' has the row 'Ore tonnes mined', which the document does not print"], Findings(Alexco, missing));
        // A label several groups share is named with its group.
        var lines = HighlightsTable().Split('\n').ToList();
        lines.RemoveAt(lines.FindIndex(l => l.Contains("*Zinc concentrate:*", StringComparison.Ordinal)) + 1);
        Assert.Equal(["final.md(1,1): warning RG711: the data's table 'highlights' has the row 'Tonnes produced' under 'Zinc concentrate:', which the document does not print"], Findings(Alexco, string.Join("\n", lines)));
        // A heading row of the printed table's own (no numbers) is not reported.
        Assert.Empty(Findings(Alexco, HighlightsTable(t => t.Replace("| Ore tonnes processed |", "| **Our own heading** | | | | |\n| Ore tonnes processed |", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_table_that_matches_no_data_table_leaves_its_numbers_untied()
    {
        var result = Tie(Alexco, "| | 2012 |\n| --- | ---: |\n| Employees | 312 |\n| Contractors | 95 |");
        Assert.Equal(["final.md(1,1): warning RG711: this table matches no table of the data; its numbers are not tied"], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, result.Untied);
        Assert.All(result.Marks.Where(m => m.Status == TieStatus.Untied), m => Assert.Equal(("in a table that matches no data table", "RG711"), (m.Note, m.Code)));
    }

    [Fact]
    public void An_empty_or_extra_cell_is_a_cell_finding()
    {
        Assert.Equal(
            ["final.md(3,31): error RG701: 'Ore tonnes mined' / 'Three Months Ended June 30, 2011' of table 'highlights' is empty or not a number ('n/a'); the data gives 22,166"],
            Findings(Alexco, HighlightsTable(t => t.Replace("| 21,273 | 22,166 |", "| 21,273 | n/a |", StringComparison.Ordinal))));
        Assert.Equal(
            ["final.md(5,33): error RG701: 'Grade of ore processed:' / 'Three Months Ended June 30, 2012' of table 'highlights' reads '12', but the data has no figure there"],
            Findings(Alexco, HighlightsTable(t => t.Replace("| **Grade of ore processed:** |  |", "| **Grade of ore processed:** | 12 |", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_total_must_add_up_as_printed()
    {
        // us-gold line 84: all-in sustaining costs 43,977 = 32,377 + 8,000 + 3,200 + 400.
        var table = TableWith(UsGold, "All-in sustaining costs");
        Assert.Empty(Findings(UsGold, table));
        var total = Assert.Single(Findings(UsGold, table.Replace("**43,977**", "**43,997**", StringComparison.Ordinal)));
        Assert.EndsWith("error RG707: 'All-in sustaining costs' reads 43,997, but the rows it totals add to 43,977 as printed (32,377 + 8,000 + 3,200 + 400); the data gives 43,977", total, StringComparison.Ordinal);
        // Four rows may be off by half a unit each: a total two units off adds up as printed (it is only not the data), three units off does not.
        Assert.Contains("error RG701:", Assert.Single(Findings(UsGold, table.Replace("**43,977**", "**43,979**", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Contains("error RG707: 'All-in sustaining costs' reads 43,980, but the rows it totals add to 43,977", Assert.Single(Findings(UsGold, table.Replace("**43,977**", "**43,980**", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Contains("error RG707: 'All-in sustaining costs' reads 43,974, but the rows it totals add to 43,977", Assert.Single(Findings(UsGold, table.Replace("**43,977**", "**43,974**", StringComparison.Ordinal))), StringComparison.Ordinal);
        // A wrong row is its own finding; the total is not held to it.
        var row = Assert.Single(Findings(UsGold, table.Replace("| 8,000 |", "| 8,100 |", StringComparison.Ordinal)));
        Assert.Contains("error RG701:", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_broken_by_a_page_footer_goes_on_where_it_stopped()
    {
        // Split after the "Zinc concentrate:" group row: the second piece's "Tonnes produced" is the zinc concentrate's.
        var lines = HighlightsTable().Split('\n');
        var split = Array.FindIndex(lines, l => l.Contains("*Zinc concentrate:*", StringComparison.Ordinal)) + 1;
        string Broken(string between) => string.Join("\n", lines[..split]) + "\n\n" + between + "\n\n" + string.Join("\n", lines[..2]) + "\n" + string.Join("\n", lines[split..]);
        // A bare page number between the pieces is the page's number: recognised, not a finding, and the table goes on.
        Assert.Empty(Findings(Alexco, Broken("- 3 -")));
        var page = Assert.Single(Tie(Alexco, Broken("- 3 -")).Marks, m => m.Note == "page number");
        Assert.Equal((TieStatus.Recognised, "3"), (page.Status, page.Printed));
        // Anywhere else a bare number is a number typed by hand.
        Assert.Equal(["final.md(1,3): warning RG710: '3' ties to no figure, rate or fact of the release (typed by hand?)"], Findings(Alexco, "- 3 -"));
        Assert.Empty(Findings(Alexco, Broken(Release(Alexco).Document.Info.FooterText + " Page 3 of 4")));
        // Any other paragraph ends the table: the second piece starts over and its rows are taken as the first of their labels.
        Assert.Contains(Findings(Alexco, Broken("Text between the tables.")), f => f.Contains("error RG701: 'Tonnes produced'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_matches_a_data_table_when_at_least_half_its_rows_do()
    {
        const string header = "| | x |\n| --- | ---: |\n| Ore tonnes mined | 21,273 |\n| Employees | 312 |";
        var half = Findings(Alexco, header);
        Assert.Contains("final.md(4,3): warning RG711: the row 'Employees' is not in the data's table 'highlights'; its numbers are not tied", half);
        Assert.DoesNotContain(half, f => f.Contains("matches no table", StringComparison.Ordinal));
        Assert.Equal(["final.md(1,1): warning RG711: this table matches no table of the data; its numbers are not tied"], Findings(Alexco, header + "\n| Contractors | 95 |"));
    }

    // ---------------------------------------------------------------- what each number tied to

    /// <summary>Every mark of a generated release, one a line: where, how it stands, as printed, and what it tied to.</summary>
    private static string MarkList(string example, string? locale = null)
    {
        var result = Tie(example, Release(example, locale).Markdown, locale);
        Assert.Empty(result.Diagnostics);
        return string.Join("\n", result.Marks
            .OrderBy(m => m.Position.Line).ThenBy(m => m.Position.Column)
            .Select(m => $"{m.Position.Line}:{m.Position.Column} {m.Status.ToString().ToLowerInvariant()} '{m.Printed}' {m.Note}")) + "\n";
    }

    private static ReleaseGen.Testing.SnapshotSettings MarkSettings(string name) =>
        new ReleaseGen.Testing.SnapshotSettings().UseName(name).ScrubReplace(TestData.RepositoryRoot, "{repo}");

    [Fact]
    public void Every_number_of_a_generated_release_ties_to_its_own_source()
    {
        ReleaseGen.Testing.Snapshot.Verify(MarkList(Alexco), MarkSettings("alexco"));
        ReleaseGen.Testing.Snapshot.Verify(MarkList(UsGold), MarkSettings("us-gold"));
        ReleaseGen.Testing.Snapshot.Verify(MarkList(Alexco, "fr-CA"), MarkSettings("alexco-fr"));
    }

    [Fact]
    public void A_claim_ties_only_to_figures_of_its_own_sentence()
    {
        Assert.Empty(Findings(Alexco, "Silver production was 1,040,257 ounces in the first six months of 2012 for Keno Co. Ltd., approximately 14% higher than in the same period of 2011."));
        Assert.Equal(
            ["final.md(1,84): warning RG710: the claim 'approximately 14% higher' names no figures this release can compare (metric or periods not found)"],
            Findings(Alexco, "Silver production was 1,040,257 ounces in the first six months of 2012. Morale was approximately 14% higher than in the same period of 2011."));
    }

    [Fact]
    public void An_engine_ties_each_document_afresh()
    {
        var built = Release(Alexco);
        var engine = new TieoutEngine(built.Document, built.Trace);
        var wrong = new MarkdownDocumentReader().Read("final.md", Encoding.UTF8.GetBytes(HighlightsTable(t => t.Replace("| 458,472 | 464,324 |", "| 458,472 | 464,234 |", StringComparison.Ordinal))));
        var first = engine.Tie(wrong);
        var second = engine.Tie(wrong);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Counts, second.Counts);
        Assert.Empty(engine.Tie(new MarkdownDocumentReader().Read("final.md", Encoding.UTF8.GetBytes(HighlightsTable()))).Diagnostics);
    }

    // ---------------------------------------------------------------- French

    [Fact]
    public void French_claims_are_corrected_in_french_forms()
    {
        var line = LineOf(Alexco, 3, locale: "fr-CA");
        Assert.Empty(Findings(Alexco, line, "fr-CA"));
        var finding = Assert.Single(Findings(Alexco, line.Replace("en hausse d'environ 14\u00A0%", "en baisse d'environ 14\u00A0%", StringComparison.Ordinal), "fr-CA"));
        Assert.Contains("error RG704: 'en baisse d'environ 14\u00A0%' says the figure went down, but silver_oz", finding, StringComparison.Ordinal);
        Assert.EndsWith("it should read 'en hausse d'environ 14\u00A0%'", finding, StringComparison.Ordinal);
    }

    /// <summary>Silver rose about 14%: each French direction word, before or after the number, is read in its own direction.</summary>
    [Theory]
    [InlineData("en hausse d'environ 14\u00A0%", true)]
    [InlineData("une hausse d'environ 14\u00A0%", true)]
    [InlineData("une augmentation d'environ 14\u00A0%", true)]
    [InlineData("augmenté d'environ 14\u00A0%", true)]
    [InlineData("progressé d'environ 14\u00A0%", true)]
    [InlineData("en amélioration d'environ 14\u00A0%", true)]
    [InlineData("une amélioration d'environ 14\u00A0%", true)]
    [InlineData("d'environ 14\u00A0% de plus", true)]
    [InlineData("d'environ 14\u00A0% supérieur", true)]
    [InlineData("d'environ 14\u00A0% supérieure", true)]
    [InlineData("d'environ 14\u00A0% supérieurs", true)]
    [InlineData("d'environ 14\u00A0% supérieures", true)]
    [InlineData("en baisse d'environ 14\u00A0%", false)]
    [InlineData("une baisse d'environ 14\u00A0%", false)]
    [InlineData("une diminution d'environ 14\u00A0%", false)]
    [InlineData("diminué d'environ 14\u00A0%", false)]
    [InlineData("reculé d'environ 14\u00A0%", false)]
    [InlineData("en détérioration d'environ 14\u00A0%", false)]
    [InlineData("d'environ 14\u00A0% de moins", false)]
    [InlineData("d'environ 14\u00A0% inférieur", false)]
    [InlineData("d'environ 14\u00A0% inférieure", false)]
    [InlineData("d'environ 14\u00A0% inférieurs", false)]
    [InlineData("d'environ 14\u00A0% inférieures", false)]
    public void Every_french_direction_word_is_read_in_its_direction(string claim, bool right)
    {
        var line = LineOf(Alexco, 3, locale: "fr-CA").Replace("en hausse d'environ 14\u00A0%", claim, StringComparison.Ordinal);
        var findings = Findings(Alexco, line, "fr-CA");
        if (right) Assert.Empty(findings);
        else Assert.Contains("error RG704:", Assert.Single(findings), StringComparison.Ordinal);
    }
}
