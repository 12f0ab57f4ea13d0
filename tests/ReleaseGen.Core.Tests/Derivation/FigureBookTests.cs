using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Core.Tests.Derivation;

public class FigureBookTests
{
    private static readonly PeriodKey Q1 = PeriodKey.ForQuarter(2012, 1);
    private static readonly PeriodKey Q2 = PeriodKey.ForQuarter(2012, 2);
    private static readonly PeriodKey H1 = PeriodKey.YearToDate(2012, 2);

    private static FigureBook Reference()
    {
        var loaded = ReleaseLoader.Load(TestData.Example("alexco-2012-q2"));
        Assert.True(loaded.Succeeded);
        return new FigureBook(loaded.Data!);
    }

    [Fact]
    public void Given_values_are_returned_as_given_with_their_source()
    {
        var figure = Reference().Find("silver_oz", Q2)!;
        Assert.Equal(458472m, figure.Value);
        Assert.Equal(FigureOrigin.Given, figure.Origin);
        Assert.EndsWith("release.yaml", figure.Location.Path);
    }

    [Fact]
    public void Additive_quarter_is_year_to_date_less_the_other_quarters()
    {
        var figure = Reference().Find("silver_oz", Q1)!;
        Assert.Equal(1040257m - 458472m, figure.Value);
        Assert.Equal(FigureOrigin.Derived, figure.Origin);
        Assert.Equal("2012-H1 - 2012-Q2", figure.Derivation);
    }

    [Fact]
    public void Q1_2012_throughput_comes_from_six_months_less_the_quarter()
    {
        var figure = Reference().Find("ore_processed", Q1)!;
        Assert.Equal(43460m - 22209m, figure.Value);
        Assert.Equal(91, figure.Period.Days);
    }

    [Fact]
    public void Weighted_mean_quarter_is_implied_by_the_tonnage_weights()
    {
        // (800 x 43,460 - 704 x 22,209) / 21,251 = 900.3 g/t: the implied Q1 2012 head grade.
        var figure = Reference().Find("head_grade_ag", Q1)!;
        Assert.Equal(900.3m, Math.Round(figure.Value, 1));
        Assert.StartsWith("weighted by ore_processed", figure.Derivation);
    }

    [Fact]
    public void Metrics_without_an_aggregation_rule_are_not_derived()
    {
        var book = Reference();
        Assert.Null(book.Find("recovery_ag", Q1));
        Assert.Contains("aggregate: none", book.ExplainMissing(book.Data.FindMetric("recovery_ag")!, Q1));
    }

    [Fact]
    public void Year_to_date_is_the_sum_of_its_quarters_when_not_given()
    {
        var yaml = TestData.MinimalYaml.Replace("2024-H1: { ore_processed: 250, grade: 440, recovery: 91 }",
            "2024-Q1: { ore_processed: 150, grade: 400, recovery: 91 }");
        var data = ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml).Data!;
        var book = new FigureBook(data);
        Assert.Equal(250m, book.Find("ore_processed", PeriodKey.YearToDate(2024, 2))!.Value);
        Assert.Equal((150m * 400 + 100m * 500) / 250m, book.Find("grade", PeriodKey.YearToDate(2024, 2))!.Value);
        Assert.Equal("2024-Q1 + 2024-Q2", book.Find("ore_processed", PeriodKey.YearToDate(2024, 2))!.Derivation);
    }

    [Fact]
    public void Third_quarter_derives_from_nine_months_less_six_months()
    {
        var yaml = TestData.MinimalYaml
            .Replace("period: 2024-Q2", "period: 2024-Q3")
            .Replace("2024-Q2: { ore_processed: 100, grade: 500, recovery: 90 }", "2024-9M: { ore_processed: 400, grade: 450, recovery: 90 }");
        var data = ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml).Data!;
        var figure = new FigureBook(data).Find("ore_processed", PeriodKey.ForQuarter(2024, 3))!;
        Assert.Equal(150m, figure.Value);
        Assert.Equal("2024-9M - 2024-H1", figure.Derivation);
    }

    [Fact]
    public void Table_needing_an_underivable_figure_is_reported_at_its_row()
    {
        var yaml = TestData.MinimalYaml.Replace("columns: [quarter, ytd]", "columns: [quarter, quarter_prior_year]");
        var data = ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml).Data!;
        var diagnostics = new DiagnosticBag();
        ReleaseGen.Tables.TableModelBuilder.BuildAll(new FigureBook(data), ReleaseGen.Templating.Functions.LanguageSettings.Default, diagnostics);
        var messages = diagnostics.ToSortedList().Select(d => d.ToString()).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Equal("demo/release.yaml(20,12): error RG200: table 'highlights' needs 'ore_processed' has no value for 2023-Q2, and it cannot be derived: give 2023-Q2, or a year to date that includes it and the other quarters of that year to date (column 'quarter_prior_year')", messages[0]);
    }
}
