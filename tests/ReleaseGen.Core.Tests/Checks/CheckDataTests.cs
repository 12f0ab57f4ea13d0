using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>The data the checks add to the loader (<c>restated:</c>, expression positions) and rule details.</summary>
public class CheckDataTests
{
    private static LoadResult Load(string yaml) => ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml);

    [Fact]
    public void Restatements_are_read_with_their_reason()
    {
        var result = Load(CheckFixture.Yaml + "\nrestated:\n  - { metric: silver_oz, period: 2024-Q1, reason: final smelter settlement }\n");
        Assert.True(result.Succeeded);
        var restatement = Assert.Single(result.Data!.Restatements);
        Assert.Equal(("silver_oz", PeriodKey.ForQuarter(2024, 1), "final smelter settlement"), (restatement.Metric, restatement.Period, restatement.Reason));
        Assert.Equal(new SourceLocation("demo/release.yaml", 38, 5), restatement.Location);
    }

    [Fact]
    public void A_restatement_needs_a_known_metric_a_period_and_a_reason()
    {
        var result = Load(CheckFixture.Yaml + "\nrestated:\n  - { metric: silver, period: 2024-Q5, why: smelter }\n");
        Assert.False(result.Succeeded);
        Snapshot.Verify(string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void A_quoted_reconciliation_expression_starts_after_its_quote()
    {
        var reconciliation = Assert.Single(Load(CheckFixture.Yaml).Data!.Reconciliations);
        Assert.Equal(new SourceLocation("demo/release.yaml", 25, 59), reconciliation.ExpressionLocation);
    }

    [Theory]
    [InlineData("head_grade_ag", "Silver", "g/t", true)]
    [InlineData("head_grade_pb", "Lead", "%", true)]
    [InlineData("recovery_zn", "Zinc in zinc concentrate", "%", true)]
    [InlineData("pb_con_ag", "Silver (grams per tonne)", "g/t", true)]
    [InlineData("upgrade_cost", "Upgrade costs", "$", false)]
    [InlineData("mill_availability", "Mill availability", "%", false)]
    public void Technical_metrics_are_grades_and_recoveries(string key, string label, string unit, bool technical)
    {
        var metric = new Metric(key, label, unit, 0, Aggregation.None, Polarity.Neutral, new SourceLocation("x", 1, 1));
        Assert.Equal(technical, CheckRule.IsTechnical(metric));
    }

    [Fact]
    public void A_non_gaap_metric_is_reconciled_by_its_comparable_in_a_table_without_a_reconcile_entry()
    {
        var yaml = CheckFixture.WithNonGaap(CheckFixture.Yaml)
            .Replace("non_gaap: true }", "non_gaap: true, comparable: cost_of_sales }")
            .Replace("  - { name: cash cost, expect: cash_cost, equals: \"cost_of_sales * 1000 / silver_oz\", within: 1% }\n", "");
        var fixture = new CheckFixture(yaml, CheckFixture.NonGaapNarrative);
        Assert.Equal("", fixture.Print(fixture.Check().Diagnostics));

        var separate = new CheckFixture(yaml.Replace("rows: [cost_of_sales, cash_cost]", "rows: [cash_cost]")
            .Replace("tables:\n", "tables:\n  gaap:\n    columns: [quarter, quarter_prior_year]\n    rows: [cost_of_sales]\n"), CheckFixture.NonGaapNarrative.Replace("{{ tables.costs }}", "{{ tables.gaap }}\n\n{{ tables.costs }}"));
        Assert.Contains(separate.Check().Diagnostics, d => d.Code == DiagnosticCodes.NonGaapReconciliation);
    }

    [Fact]
    public void A_metric_that_can_be_negative_may_fall_over_the_year()
    {
        var yaml = CheckFixture.Yaml
            .Replace("  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }\n",
                "  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }\n  net_income: { label: Net income, unit: $000, aggregate: sum }\n")
            .Replace("recovery: 92, silver_oz: 1800 }", "recovery: 92, silver_oz: 1800, net_income: -500 }")
            .Replace("recovery: 90, silver_oz: 1450 }", "recovery: 90, silver_oz: 1450, net_income: 300 }")
            .Replace("recovery: 91, silver_oz: 3250 }", "recovery: 91, silver_oz: 3250, net_income: -200 }");
        var fixture = new CheckFixture(yaml);
        Assert.Equal("", fixture.Print(fixture.Check().Diagnostics));
    }
}
