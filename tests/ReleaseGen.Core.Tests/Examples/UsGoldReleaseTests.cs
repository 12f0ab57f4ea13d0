using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using ReleaseGen.Markdown;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Examples;

/// <summary>
/// The second example (examples/us-gold-2024-q3): a fictional US gold and silver producer whose fiscal
/// year ends June 30, so the release reports the third quarter of fiscal 2024 (January to March 2024),
/// with two mines and a consolidated total, non-GAAP costs and their reconciliation to cost of sales.
/// </summary>
public class UsGoldReleaseTests
{
    private const string ExampleName = "us-gold-2024-q3";

    private static readonly Lazy<string> Markdown = new(() => ReferenceReleaseTests.Build(TestData.Example(ExampleName)));

    [Fact]
    public void Markdown_matches_the_verified_snapshot() =>
        Snapshot.Verify(Markdown.Value, new SnapshotSettings().UseExtension("md"));

    /// <summary>The production table by row and column (Q3 FY2024, Q3 FY2023, 9M FY2024, 9M FY2023); nine months derived from the quarters.</summary>
    public static TheoryData<string, string, string, string, string> ProductionTable => new()
    {
        { "Coyote Flats mine (Nevada) / Ore processed (tonnes)", "1,289,000", "1,284,000", "3,826,000", "3,844,000" },
        { "Coyote Flats mine (Nevada) / Gold grade (grams per tonne)", "0.62", "0.59", "0.61", "0.58" },
        { "Coyote Flats mine (Nevada) / Gold recovery", "75.2%", "74.0%", "74.9%", "73.8%" },
        { "Coyote Flats mine (Nevada) / Gold produced (ounces)", "19,322", "18,024", "56,212", "52,876" },
        { "Coyote Flats mine (Nevada) / Silver produced (ounces)", "4,610", "4,280", "13,590", "12,730" },
        { "Silver Gulch mine (Idaho) / Ore processed (tonnes)", "111,200", "105,900", "331,600", "317,200" },
        { "Silver Gulch mine (Idaho) / Gold grade (grams per tonne)", "4.28", "4.10", "4.25", "4.09" },
        { "Silver Gulch mine (Idaho) / Silver grade (grams per tonne)", "91", "106", "94", "109" },
        { "Silver Gulch mine (Idaho) / Gold recovery", "92.8%", "92.1%", "92.6%", "92.0%" },
        { "Silver Gulch mine (Idaho) / Silver recovery", "85.5%", "86.4%", "85.7%", "86.2%" },
        { "Silver Gulch mine (Idaho) / Gold produced (ounces)", "14,200", "12,857", "41,926", "38,363" },
        { "Silver Gulch mine (Idaho) / Silver produced (ounces)", "278,166", "311,822", "861,795", "955,097" },
        { "Consolidated / Gold produced (ounces)", "33,522", "30,881", "98,138", "91,239" },
        { "Consolidated / Silver produced (ounces)", "282,776", "316,102", "875,385", "967,827" },
        { "Consolidated / Gold-equivalent ounces produced", "36,774", "34,516", "108,205", "102,369" },
        { "Consolidated / Gold sold (ounces)", "33,187", "30,572", "97,320", "90,177" },
    };

    [Theory]
    [MemberData(nameof(ProductionTable))]
    public void Production_table_has_each_value_in_its_row_and_column(string row, string q3, string q3Prior, string nine, string ninePrior)
    {
        var cells = Assert.Single(MarkdownTable.Read(Markdown.Value, 0), r => (r.Label.EndsWith("(1)", StringComparison.Ordinal) ? r.Label[..^3] : r.Label) == row).Cells;
        Assert.Equal([q3, q3Prior, nine, ninePrior], [cells[0], cells[1], cells[3], cells[4]]);
    }

    /// <summary>The Change % columns: from the printed figures, rounded half away from zero; a fall is negative.</summary>
    [Theory]
    [InlineData("Consolidated / Gold produced (ounces)", "9%", "8%")] // 33,522 / 30,881 = +8.55%; 98,138 / 91,239 = +7.56%
    [InlineData("Silver Gulch mine (Idaho) / Silver grade (grams per tonne)", "\u221214%", "\u221214%")] // 91 / 106 = -14.15%; 94 / 109 = -13.76%
    [InlineData("Coyote Flats mine (Nevada) / Ore processed (tonnes)", "0%", "0%")] // +0.39%, -0.47%
    [InlineData("Consolidated / Silver produced (ounces)", "\u221211%", "\u221210%")] // -10.54%, -9.55%
    public void Change_columns_compare_each_row_with_the_prior_year(string row, string quarter, string nineMonths)
    {
        var cells = Assert.Single(MarkdownTable.Read(Markdown.Value, 0), r => r.Label == row).Cells;
        Assert.Equal([quarter, nineMonths], [cells[2], cells[5]]);
    }

    /// <summary>The segment table: each mine's figure from its own metric, the consolidated one from the total, in the quarter.</summary>
    [Fact]
    public void Segment_table_shows_each_mine_and_the_consolidated_total()
    {
        Assert.Equal(["", "Three Months Ended March 31, 2024 Coyote Flats", "Three Months Ended March 31, 2024 Silver Gulch", "Three Months Ended March 31, 2024 Consolidated"],
            MarkdownTable.HeaderCells(Markdown.Value, 1));
        var rows = MarkdownTable.Read(Markdown.Value, 1);
        Assert.Equal(["Ore processed (tonnes)", "Gold produced (ounces)", "Silver produced (ounces)"], rows.Select(r => r.Label));
        Assert.Equal(["1,289,000", "111,200", "1,400,200"], rows[0].Cells);
        Assert.Equal(["19,322", "14,200", "33,522"], rows[1].Cells);
        Assert.Equal(["4,610", "278,166", "282,776"], rows[2].Cells);
    }

    /// <summary>The trend table: the five quarters up to the reporting one, across the fiscal year-end (June 30).</summary>
    [Fact]
    public void Trend_table_shows_the_last_five_quarters_oldest_first()
    {
        Assert.Equal(["", "Three Months Ended March 31, 2023", "Three Months Ended June 30, 2023", "Three Months Ended September 30, 2023", "Three Months Ended December 31, 2023", "Three Months Ended March 31, 2024"],
            MarkdownTable.HeaderCells(Markdown.Value, 2));
        var gold = Assert.Single(MarkdownTable.Read(Markdown.Value, 2), r => r.Label == "Gold produced (ounces)").Cells;
        Assert.Equal(["30,881", "31,205", "31,893", "32,723", "33,522"], gold);
        Assert.Contains("\n(1) Gold-equivalent ounces convert silver to gold at the ratio of the assumed metal prices.\n", Markdown.Value);
    }

    [Fact]
    public void Headers_name_the_fiscal_third_quarter_and_nine_months_ended_March_31()
    {
        Assert.Equal(["", "Three Months Ended March 31, 2024", "Three Months Ended March 31, 2023", "Change (%)", "Nine Months Ended March 31, 2024", "Nine Months Ended March 31, 2023", "Change (%)"],
            MarkdownTable.HeaderCells(Markdown.Value, 0));
        Assert.Equal(["", "Three Months Ended March 31, 2024", "Three Months Ended March 31, 2023", "Nine Months Ended March 31, 2024", "Nine Months Ended March 31, 2023"],
            MarkdownTable.HeaderCells(Markdown.Value, 3));
        var headings = Markdown.Value.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.Equal("# Imaginary Peak Reports Third Quarter Fiscal 2024 Production and Cost Results", headings[0]);
        Assert.Contains("## Third Quarter Fiscal 2024 Production Highlights", headings);
        Assert.Contains("## Third Quarter Fiscal 2024 Financial Results and Conference Call", headings);
        Assert.DoesNotContain(headings, h => h.Contains("First Quarter", StringComparison.Ordinal) || h.Contains("Second Quarter", StringComparison.Ordinal));
    }

    [Fact]
    public void Consolidated_rows_are_the_sums_of_the_mines_in_every_column()
    {
        var rows = MarkdownTable.Read(Markdown.Value, 0);
        decimal Cell(string label, int column) =>
            decimal.Parse(Assert.Single(rows, r => r.Label == label).Cells[column], NumberStyles.Number, CultureInfo.InvariantCulture);
        foreach (var c in new[] { 0, 1, 3, 4 })
        {
            Assert.Equal(Cell("Coyote Flats mine (Nevada) / Gold produced (ounces)", c) + Cell("Silver Gulch mine (Idaho) / Gold produced (ounces)", c),
                Cell("Consolidated / Gold produced (ounces)", c));
            Assert.Equal(Cell("Coyote Flats mine (Nevada) / Silver produced (ounces)", c) + Cell("Silver Gulch mine (Idaho) / Silver produced (ounces)", c),
                Cell("Consolidated / Silver produced (ounces)", c));
        }
    }

    /// <summary>
    /// The reconciliation to cost of sales, the fourth table: cost lines in thousands of dollars with deductions in
    /// parentheses, subtotal and total rows in bold, per-ounce costs with the dollar sign, derived over nine months
    /// as means weighted by ounces sold.
    /// </summary>
    public static TheoryData<string, string, string, string, string> ReconciliationTable => new()
    {
        { "Consolidated / Cost of sales", "48,400", "47,500", "144,300", "140,800" },
        { "Consolidated / Depreciation and depletion", "(9,500)", "(8,800)", "(28,200)", "(26,100)" },
        { "Consolidated / By-product silver revenue", "(6,523)", "(7,135)", "(20,199)", "(21,453)" },
        { "Consolidated / Cash costs", "32,377", "31,565", "95,901", "93,247" },
        { "Consolidated / All-in sustaining costs", "43,977", "44,845", "131,646", "132,422" },
        { "Consolidated / Gold sold (ounces)", "33,187", "30,572", "97,320", "90,177" },
        { "Consolidated / Cash cost per ounce of gold sold (US dollars)", "$976", "$1,032", "$985", "$1,034" },
        { "Consolidated / All-in sustaining cost per ounce of gold sold (US dollars)", "$1,325", "$1,467", "$1,353", "$1,469" },
        { "Silver Gulch mine / Cash costs", "(266)", "(738)", "(1,184)", "(2,421)" },
        { "Silver Gulch mine / Cash cost per ounce of gold sold (US dollars)", "($19)", "($58)", "($28)", "($64)" },
    };

    [Theory]
    [MemberData(nameof(ReconciliationTable))]
    public void Reconciliation_table_has_each_value_in_its_row_and_column(string row, string q3, string q3Prior, string nine, string ninePrior)
    {
        var cells = Assert.Single(MarkdownTable.Read(Markdown.Value, 3), r => r.Label == row).Cells;
        Assert.Equal([q3, q3Prior, nine, ninePrior], cells.Select(c => c.Trim('*')));
    }

    [Theory]
    // fiscal period names
    [InlineData("in the third quarter of fiscal 2024, the three months ended March 31, 2024")]
    [InlineData("approximately 9% higher than in the third quarter of fiscal 2023")]
    [InlineData("In the first nine months of fiscal 2024, the company produced 98,138 ounces of gold, approximately 8% higher than a year earlier")]
    // guidance tracking, from data
    [InlineData("it is on track to meet its annual guidance of 120,000 to 135,000 ounces of gold for fiscal 2024")]
    // gold-equivalent ounces and the footnote with the conversion
    [InlineData("or 36,774 gold-equivalent ounces (GEOs)[^geo]")]
    [InlineData("[^geo]: Gold-equivalent ounces are gold ounces plus silver ounces converted to gold at the ratio of the assumed metal prices of $2,000 per ounce of gold and $23.00 per ounce of silver, that is 86.96 ounces of silver to one ounce of gold.")]
    // polarity: costs that fell improved
    [InlineData("Cash cost per ounce of gold sold (a non-GAAP measure; see below) improved: it was $976, approximately 5% lower than the $1,032 of the third quarter of fiscal 2023.")]
    [InlineData("All-in sustaining cost (AISC) per ounce of gold sold improved to $1,325 from $1,467, approximately 10% lower")]
    // a negative cost moving toward zero is a rise, and for a cost a rise is a decline
    [InlineData("was \u2212$19, compared with \u2212$58 in the third quarter of fiscal 2023. The cost is higher: it moved toward zero")]
    [InlineData("so on this measure the mine's performance declined.")]
    // non-GAAP disclosure
    [InlineData("## Non-GAAP Financial Measures")]
    [InlineData("They have no standardized meaning under U.S. GAAP and may not be comparable with similar measures presented by other companies.")]
    [InlineData("The table below reconciles them to the most directly comparable U.S. GAAP measure (Cost of sales) for the third quarter of fiscal 2024 and the first nine months of fiscal 2024, with the same periods of the prior year.")]
    [InlineData("**Reconciliation of cash costs and all-in sustaining costs to cost of sales (in thousands of US dollars, except ounces and per-ounce amounts)**")]
    // US registrant: S-K 1300 qualified person and the PSLRA safe harbor
    [InlineData("Jordan Sample, SME-RM, Vice President, Technical Services and an employee of Imaginary Peak")]
    [InlineData("Jordan Sample is a qualified person as defined by subpart 1300 of Regulation S-K.")]
    [InlineData("## Cautionary Statement Regarding Forward-Looking Statements")]
    [InlineData("within the meaning of the Private Securities Litigation Reform Act of 1995")]
    [InlineData("at 11 a.m. Eastern (8 a.m. Pacific) on Thursday, May 9, 2024")]
    [InlineData("**RENO, NEVADA, April 11, 2024** (Example Newswire) -- Imaginary Peak Mining Corp. (NYSE American: IPKX)")]
    public void Release_states(string expected) => Assert.Contains(expected, Markdown.Value);

    [Fact]
    public void Canadian_wording_does_not_appear()
    {
        Assert.DoesNotContain("National Instrument", Markdown.Value);
        Assert.DoesNotContain("IFRS", Markdown.Value);
        Assert.DoesNotContain("Forward-Looking Information", Markdown.Value);
    }

    [Fact]
    public void The_footnote_is_a_real_Markdown_footnote()
    {
        var document = ReleaseMarkdown.Parse(Markdown.Value);
        var footnote = Assert.Single(document.Descendants<Footnote>());
        Assert.Equal("^geo", footnote.Label); // Markdig keeps the caret in the label
    }

    /// <summary>
    /// The consolidated figures are given, not computed from the mines, so a mistyped mine figure leaves
    /// the segment table inconsistent: the data's <c>reconcile:</c> entry "consolidated gold is the sum of
    /// the mines" is what lets <c>releasegen check</c> report it (that command's own test belongs with it).
    /// </summary>
    [Fact]
    public void A_mistyped_mine_figure_leaves_the_segment_total_unequal_to_the_sum()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data).Replace("cf_au_oz: 19322,", "cf_au_oz: 19522,"));
            var rows = MarkdownTable.Read(ReferenceReleaseTests.Build(copy), 0);
            string Cell(string label) => Assert.Single(rows, r => r.Label == label).Cells[0];
            Assert.Equal("19,522", Cell("Coyote Flats mine (Nevada) / Gold produced (ounces)"));
            Assert.Equal("14,200", Cell("Silver Gulch mine (Idaho) / Gold produced (ounces)"));
            Assert.Equal("33,522", Cell("Consolidated / Gold produced (ounces)")); // 19,522 + 14,200 = 33,722
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Check_reports_the_segment_total_that_no_longer_adds_up()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            Assert.Empty(ReleaseGen.Checks.ReleaseChecker.Check(copy, new ReleaseGen.Checks.CheckOptions(TestData.Templates)).Diagnostics);
            File.WriteAllText(data, File.ReadAllText(data).Replace("cf_ag_oz: 4610,", "cf_ag_oz: 4810,"));
            var findings = ReleaseGen.Checks.ReleaseChecker.Check(copy, new ReleaseGen.Checks.CheckOptions(TestData.Templates)).Diagnostics;
            var finding = Assert.Single(findings);
            Assert.Equal("RG406", finding.Code);
            Assert.EndsWith("release.yaml", finding.Location.Path);
            Assert.Equal("total_ag_oz for 2024-Q3 is 282,776, but its segments add to 282,976 (cf_ag_oz 4,810 + sg_ag_oz 278,166; difference -200; allowed none)", finding.Message);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Gold_equivalents_reconcile_against_the_stated_prices_in_facts()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            // A silver price of 25 instead of 23 changes the ratio the GEO total must follow.
            File.WriteAllText(data, File.ReadAllText(data).Replace("geo_prices: { gold: 2000, silver: 23 }", "geo_prices: { gold: 2000, silver: 25 }"));
            var findings = ReleaseGen.Checks.ReleaseChecker.Check(copy, new ReleaseGen.Checks.CheckOptions(TestData.Templates)).Diagnostics;
            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.Contains("reconciliation 'gold-equivalent ounces' does not hold", f.Message));

            File.WriteAllText(data, File.ReadAllText(data).Replace("facts.geo_prices.silver", "facts.geo_prices.silvr"));
            var unknown = ReleaseGen.Checks.ReleaseChecker.Check(copy, new ReleaseGen.Checks.CheckOptions(TestData.Templates)).Diagnostics;
            Assert.Contains(unknown, f => f.Code == "RG402" && f.Message == "in reconciliation 'gold-equivalent ounces': 'facts.geo_prices.silvr' is not a number in facts");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Guidance_wording_follows_the_data()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            // Nine months of 98,138 oz run at 130,851 oz a year: below a range that starts at 140,000.
            File.WriteAllText(data, File.ReadAllText(data).Replace("low: 120000, high: 135000", "low: 140000, high: 150000"));
            var changed = ReferenceReleaseTests.Build(copy);
            Assert.Contains("it is tracking below its annual guidance of 140,000 to 150,000 ounces of gold for fiscal 2024", changed);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_cost_that_rose_is_described_as_a_decline()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            // Q3 FY2024 cash cost per ounce above the prior year's 1,032.
            File.WriteAllText(data, File.ReadAllText(data).Replace("cash_cost_oz: 976,", "cash_cost_oz: 1100,"));
            var changed = ReferenceReleaseTests.Build(copy);
            Assert.Contains("Cash cost per ounce of gold sold (a non-GAAP measure; see below) declined: it was $1,100, approximately 7% higher than the $1,032", changed);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string CopyExample() => Repository.CopyExample(ExampleName);
}
