using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>
/// Non-GAAP measures in running text: ranges in an outlook are non-GAAP measures too (RG520, RG522), and the
/// comparable GAAP measure is stated in the text, before the non-GAAP one, whenever the text states it
/// (RG521; SEC C&amp;DI 102.10), not only in the reconciliation table.
/// </summary>
public class NonGaapTextTests
{
    private static readonly string NonGaap = CheckFixture.WithNonGaap(CheckFixture.Yaml);

    private static string Findings(CheckFixture fixture, string code) =>
        fixture.Print(fixture.Check().Diagnostics.Where(d => d.Code == code));

    // ---- RG521: prominence in running text ----------------------------------------------------------

    [Fact]
    public void A_non_GAAP_measure_in_the_text_with_its_GAAP_measure_only_in_a_table_is_reported()
    {
        // Before: the GAAP measure's first print (a table) and the non-GAAP one's (text) were not compared.
        var fixture = new CheckFixture(NonGaap, CheckFixture.NonGaapNarrative + "\nCash cost was {{ num.currency figures.cash_cost.quarter }} per ounce.\n");
        Assert.Equal(
            "FOLDER/narrative.md(8,49): error RG521: non-GAAP cash_cost is stated in the text but its comparable GAAP measure cost_of_sales is not (only in a table): state cost_of_sales in the text before it (SEC C&DI 102.10)",
            Findings(fixture, DiagnosticCodes.NonGaapProminence));
    }

    [Fact]
    public void A_GAAP_measure_stated_after_the_non_GAAP_one_in_the_text_is_reported()
    {
        var fixture = new CheckFixture(NonGaap, CheckFixture.NonGaapNarrative
            + "\nCash cost was {{ num.currency figures.cash_cost.quarter }} per ounce, on cost of sales of {{ figures.cost_of_sales.quarter }} thousand dollars.\n");
        Assert.Equal(
            "FOLDER/narrative.md(8,49): error RG521: non-GAAP cash_cost is printed before its comparable GAAP measure cost_of_sales (FOLDER/narrative.md(8,116))",
            Findings(fixture, DiagnosticCodes.NonGaapProminence));
    }

    [Fact]
    public void A_GAAP_measure_stated_first_in_the_text_passes()
    {
        var fixture = new CheckFixture(NonGaap, CheckFixture.NonGaapNarrative
            + "\nCost of sales was {{ figures.cost_of_sales.quarter }} thousand dollars, and cash cost was {{ num.currency figures.cash_cost.quarter }} per ounce.\n");
        var result = fixture.Check();
        Assert.Equal("", fixture.Print(result.Diagnostics));
    }

    [Fact]
    public void The_us_gold_narrative_as_it_was_leads_with_non_GAAP_costs_and_is_reported()
    {
        // The example's narrative before it stated cost of sales in the text: cash cost and AISC led their
        // paragraphs while cost of sales was only in the reconciliation table. The example as shipped passes.
        var copy = ReleaseGen.Testing.Repository.CopyExample("us-gold-2024-q3");
        var narrative = Path.Combine(copy, "narrative.md");
        var text = File.ReadAllText(narrative);
        const string statesCostOfSales = "Cost of sales, the U.S. GAAP measure closest to the cost measures below, was {{ num.currency figures.cost_of_sales.quarter }} thousand in the {{ period.name periods.quarter }}, against {{ num.currency figures.cost_of_sales.quarter_prior_year }} thousand a year earlier. ";
        const string statesMineCostOfSales = "cost of sales was {{ num.currency figures.sg_cost_of_sales.quarter }} thousand, against {{ num.currency figures.sg_cost_of_sales.quarter_prior_year }} thousand a year earlier. Revenue from by-product silver still exceeded its cash costs";
        Assert.Contains(statesCostOfSales, text);
        Assert.Contains(statesMineCostOfSales, text);
        var shipped = ReleaseChecker.Check(copy, new CheckOptions(TestData.Templates));
        Assert.DoesNotContain(shipped.Diagnostics, d => d.Code == DiagnosticCodes.NonGaapProminence);

        File.WriteAllText(narrative, text.Replace(statesCostOfSales, "").Replace(statesMineCostOfSales, "revenue from by-product silver still exceeded cash costs"));
        var before = ReleaseChecker.Check(copy, new CheckOptions(TestData.Templates));
        Assert.Equal(
            [
                "narrative.md(6,249): error RG521: non-GAAP cash_cost_oz is stated in the text but its comparable GAAP measure cost_of_sales is not (only in a table): state cost_of_sales in the text before it (SEC C&DI 102.10)",
                "narrative.md(6,641): error RG521: non-GAAP aisc_oz is stated in the text but its comparable GAAP measure cost_of_sales is not (only in a table): state cost_of_sales in the text before it (SEC C&DI 102.10)",
                "narrative.md(16,222): error RG521: non-GAAP sg_cash_cost_oz is stated in the text but its comparable GAAP measure sg_cost_of_sales is not (only in a table): state sg_cost_of_sales in the text before it (SEC C&DI 102.10)",
            ],
            before.Diagnostics.Where(d => d.Code == DiagnosticCodes.NonGaapProminence).Select(d => d.ToString().Replace(copy + Path.DirectorySeparatorChar, "")));
    }

    // ---- RG520 and RG522: ranges in an outlook ------------------------------------------------------

    private const string Outlook = "\nCash cost for 2024 is expected to be between {{ num.currency facts.outlook.low }} and {{ num.currency facts.outlook.high }} per ounce.\n";

    private const string OutlookFacts = "\nfacts: { outlook: { low: 19, high: 22 } }\n";

    [Fact]
    public void A_cost_range_in_the_outlook_is_a_non_GAAP_measure_that_needs_its_reconciliation()
    {
        // Cash cost is printed nowhere but in the outlook, and nothing reconciles it. Before: no finding at all.
        var yaml = NonGaap.Replace("  - { name: cash cost, expect: cash_cost, equals: \"cost_of_sales * 1000 / silver_oz\", within: 1% }\n", "") + OutlookFacts;
        var fixture = new CheckFixture(yaml, CheckFixture.Narrative + Outlook);
        Assert.Equal(
            "FOLDER/narrative.md(4,49): error RG520: the range 'between $19 and $22' states Cash cost, the non-GAAP measure cash_cost, but cash_cost is not reconciled to a GAAP measure: give it a 'comparable' metric and a table holding both, or a 'reconcile:' entry",
            Findings(fixture, DiagnosticCodes.NonGaapReconciliation));
    }

    [Fact]
    public void A_range_of_a_measure_the_catalogue_does_not_have_needs_a_metric_and_the_caution()
    {
        var fixture = new CheckFixture(CheckFixture.Yaml + "\nfacts: { aisc: { low: 1250, high: 1350 } }\n",
            CheckFixture.Narrative + "\nWe expect AISC of {{ num.currency facts.aisc.low 0 }} to {{ num.currency facts.aisc.high 0 }} per ounce in 2024.\n");
        var result = fixture.Check();
        Assert.Equal("""
            FOLDER/narrative.md(4,22): error RG520: the range '$1,250 to $1,350' states AISC, a non-GAAP measure, but the data has no non-GAAP metric for it: add its historical measure to 'metrics' (non_gaap: true, comparable: the GAAP metric) and print its reconciliation
            TEMPLATES/production-release/release.md(1,1): error RG522: the release prints non-GAAP AISC (in the range '$1,250 to $1,350') but does not caution that non-GAAP measures have no standardized meaning and may not be comparable with other issuers' measures
            """,
            // Diagnostics are ordered by absolute path, and where the templates root sits beside the temporary
            // release folder differs between machines: compare the lines in a fixed order.
            string.Join("\n", fixture.Print(result.Diagnostics.Where(d => d.Code is DiagnosticCodes.NonGaapReconciliation or DiagnosticCodes.NonGaapCaution))
                .Split('\n').Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_reconciled_and_cautioned_measure_in_the_outlook_passes()
    {
        var fixture = new CheckFixture(NonGaap + OutlookFacts, CheckFixture.NonGaapNarrative + Outlook);
        Assert.Equal("", fixture.Print(fixture.Check().Diagnostics));
    }

    [Theory]
    [InlineData("AISC is expected to range from $1,250 to $1,350 per ounce.", "$1,250 to $1,350")]
    [InlineData("Nous prévoyons des CMTC de 1\u00A0250 $ à 1\u00A0350 $ l'once.", "1\u00A0250 $ à 1\u00A0350 $")]
    [InlineData("All-in sustaining costs of $1,250-$1,350 per ounce are expected.", "$1,250-$1,350")]
    public void Ranges_are_read_in_their_usual_forms(string sentence, string range)
    {
        var fixture = new CheckFixture(narrative: CheckFixture.Narrative + "\n" + sentence + "\n");
        var finding = Assert.Single(fixture.Check().Diagnostics, d => d.Code == DiagnosticCodes.NonGaapReconciliation);
        Assert.Contains($"the range '{range}'", finding.Message);
    }

    [Theory]
    [InlineData("Gold production is expected to be 120,000 to 135,000 ounces; cash cost fell.")]
    [InlineData("From 2023 to 2024 cash costs rose.")]
    [InlineData("Cash costs are explained under National Instrument 43-101.")]
    [InlineData("AISC fell from $1,467 to $1,325 per ounce.")]
    public void A_range_without_a_price_or_a_cost_name_is_not_a_non_GAAP_range(string sentence)
    {
        var fixture = new CheckFixture(narrative: CheckFixture.Narrative + "\n" + sentence.Replace("120,000 to 135,000", "{{ num.range 120000 135000 0 }}") + "\n");
        var result = fixture.Check();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.NonGaapReconciliation or DiagnosticCodes.NonGaapCaution);
    }
}
