using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>The wording issuers write: verbs, nouns, "up 20%", "n/m", "between X and Y", scaled units, operating-day rates; in English and in French.</summary>
public class WordingFunctionsTests
{
    private const string Nbsp = "\u00A0";
    private static readonly LanguageSettings Fr = LanguageSettings.FrenchCanada;

    private static readonly Metric SilverKoz = Metric("silver_oz") with { Scale = MetricScale.Thousands };
    private static readonly Metric Price = new("price", "price", "$/oz", 2, Aggregation.None, Polarity.Neutral, Here) { Format = new CellFormat { Currency = "USD" } };

    [Fact]
    public void Change_can_leave_out_approximately()
    {
        Assert.Equal("approximately 14% higher", ComparisonFunctions.Change(Ctx(), Silver6M_2012, Silver6M_2011));
        Assert.Equal("14% higher", ComparisonFunctions.Change(Ctx(), Silver6M_2012, Silver6M_2011, 0, approximately: false));
        Assert.Equal("17% more", ComparisonFunctions.More(Ctx(), TonnesQ2_2012, TonnesQ2_2011, 0, approximately: false));
        Assert.Equal("14% higher", Render("{{ compare.change a b 0 false }}", new Dictionary<string, object?> { ["a"] = Silver6M_2012, ["b"] = Silver6M_2011 }));
    }

    [Theory]
    [InlineData(2310, 2221, "increased 4%")]
    [InlineData(99, 100, "decreased 1%")]
    [InlineData(1002, 1000, "was unchanged")]
    [InlineData(5, 0, "n/m")]
    [InlineData(-5, 10, "n/m")]
    [InlineData(2000, 100, "n/m")]
    [InlineData(1100, 100, "increased 1,000%")]
    public void Verb_says_what_the_figure_did(double current, double prior, string expected) =>
        Assert.Equal(expected, ComparisonFunctions.Verb(Ctx(), current, prior));

    [Fact]
    public void Verb_to_prints_the_value_as_the_figure_prints()
    {
        var current = Fig(SilverKoz, "2012-Q2", 2_310_400m);
        var prior = Fig(SilverKoz, "2011-Q2", 2_221_000m);
        Assert.Equal("increased 4% to 2,310 thousand", ComparisonFunctions.VerbTo(Ctx(), current, prior));
        Assert.Equal("decreased 21% to 458,472", ComparisonFunctions.VerbTo(Ctx(), SilverQ2_2012, Fig(SilverOz, "2011-Q2", 581_785m)));
        Assert.Equal("was unchanged at 1,500", ComparisonFunctions.VerbTo(Ctx(), 1500, 1500));
        Assert.Equal("was 12", ComparisonFunctions.VerbTo(Ctx(), 12, 0));
        Assert.Equal("increased 10% to $22.00", ComparisonFunctions.VerbTo(Ctx(), Fig(Price, "2012-Q2", 22m), Fig(Price, "2011-Q2", 20m)));
    }

    [Fact]
    public void Decimals_are_kept_as_asked()
    {
        Assert.Equal("increased 4.0%", ComparisonFunctions.Verb(Ctx(), 104, 100, 1));
        Assert.Equal("up 3.5%", ComparisonFunctions.Up(Ctx(), 103.5, 100, 1));
        Assert.Equal("an 8.0% increase", ComparisonFunctions.Noun(Ctx(), 108, 100, 1));
    }

    [Theory]
    [InlineData(99, 100, "a 1% decrease")]
    [InlineData(108, 100, "an 8% increase")]
    [InlineData(111, 100, "an 11% increase")]
    [InlineData(118, 100, "an 18% increase")]
    [InlineData(112, 100, "a 12% increase")]
    [InlineData(185, 100, "an 85% increase")]
    [InlineData(100, 100, "no change")]
    [InlineData(3, 0, "n/m")]
    public void Noun_chooses_its_article_by_how_the_number_is_read(double current, double prior, string expected) =>
        Assert.Equal(expected, ComparisonFunctions.Noun(Ctx(), current, prior));

    [Theory]
    [InlineData(120, 100, "up 20%")]
    [InlineData(97, 100, "down 3%")]
    [InlineData(100.2, 100, "unchanged")]
    [InlineData(7, 0, "n/m")]
    public void Up_is_the_short_form(double current, double prior, string expected) =>
        Assert.Equal(expected, ComparisonFunctions.Up(Ctx(), current, prior));

    [Fact]
    public void Percent_change_or_nm()
    {
        Assert.Equal("14%", PercentFunctions.ChangeOrNm(Ctx(), Silver6M_2012, Silver6M_2011));
        Assert.Equal("n/m", PercentFunctions.ChangeOrNm(Ctx(), 120, 0));
        Assert.Equal("n/m", PercentFunctions.ChangeOrNm(Ctx(), -5, 10));
        Assert.Equal("n/m", PercentFunctions.ChangeOrNm(Ctx(), 5000, 10));
        Assert.Equal("0%", PercentFunctions.ChangeOrNm(Ctx(), 0, 0));
        Assert.Equal("n.s.", PercentFunctions.ChangeOrNm(Ctx(Fr), 120, 0));
    }

    [Fact]
    public void Between_reads_as_a_range_in_running_text()
    {
        Assert.Equal("between 2.2 and 2.5 million", NumberFunctions.Between(Ctx(), 2_200_000, 2_500_000));
        Assert.Equal("between 120,000 and 135,000", NumberFunctions.Between(Ctx(), 120_000, 135_000));
        Assert.Equal("2.2 to 2.5 million", NumberFunctions.Range(Ctx(), 2_200_000, 2_500_000));
        Assert.Equal("entre 2,2 et 2,5 millions", NumberFunctions.Between(Ctx(Fr), 2_200_000, 2_500_000));
        Assert.Equal("entre 120" + Nbsp + "000 et 135" + Nbsp + "000", NumberFunctions.Between(Ctx(Fr), 120_000, 135_000));
    }

    [Fact]
    public void In_scale_reads_the_metric_s_scale()
    {
        var figure = Fig(SilverKoz, "2012-Q2", 2_310_400m);
        Assert.Equal("2,310 thousand", NumberFunctions.InScale(Ctx(), figure));
        Assert.Equal("2,310.4 thousand", NumberFunctions.InScale(Ctx(), figure, 1));
        Assert.Equal("2.31 million", NumberFunctions.InScale(Ctx(), 2_310_400, 2, "millions"));
        Assert.Equal("2" + Nbsp + "310 mille", NumberFunctions.InScale(Ctx(Fr), figure));
        Assert.Equal("2,3 millions", NumberFunctions.InScale(Ctx(Fr), 2_310_400, null, "millions"));
        var noScale = Assert.Throws<ArgumentException>(() => NumberFunctions.InScale(Ctx(), SilverQ2_2012));
        Assert.Contains("metric 'silver_oz' declares no scale", noScale.Message);
        Assert.Throws<ArgumentException>(() => NumberFunctions.InScale(Ctx(), 5, null, "billions"));
    }

    [Fact]
    public void Operating_day_rates_divide_by_the_day_count_in_the_data()
    {
        var ore = Metric("ore", unit: "t") with { OperatingDays = "mill_days" };
        var days = Metric("mill_days", unit: "days");
        var tonnes = Fig(ore, "2012-Q2", 22_209m);
        var dayCount = Fig(days, "2012-Q2", 84m);
        Figure? Find(string metric, PeriodKey period) => metric == "mill_days" && period == dayCount.Period.Key ? dayCount : null;
        Assert.Equal(264.39m, Math.Round(OperatingDayRate.Compute(tonnes, null, Find), 2));
        Assert.Equal(264.39m, Math.Round(OperatingDayRate.Compute(tonnes, dayCount, null), 2));
        Assert.Equal(264.39m, Math.Round(RateFunctions.PerOperatingDay(Ctx(), 22_209, 84), 2));
        // Calendar days would give 244: the two rates differ, which is why mills report the first.
        Assert.Equal(244.05m, Math.Round(RateFunctions.PerDay(tonnes), 2));
        var otherPeriod = Assert.Throws<ArgumentException>(() => OperatingDayRate.Compute(tonnes, Fig(days, "2012-Q1", 80m), null));
        Assert.Contains("not of the value's period", otherPeriod.Message);
        var undeclared = Assert.Throws<ArgumentException>(() => OperatingDayRate.Compute(SilverQ2_2012, null, Find));
        Assert.Contains("does not name its operating days", undeclared.Message);
        Assert.Throws<ArgumentException>(() => RateFunctions.PerOperatingDay(Ctx(), 100, 0));
    }

    [Fact]
    public void French_wording()
    {
        Assert.Equal("a augmenté de 4" + Nbsp + "%", ComparisonFunctions.Verb(Ctx(Fr), 2310, 2221));
        Assert.Equal("a diminué de 1" + Nbsp + "% pour s'établir à 2" + Nbsp + "310 mille",
            ComparisonFunctions.VerbTo(Ctx(Fr), Fig(SilverKoz, "2012-Q2", 2_310_400m), Fig(SilverKoz, "2011-Q2", 2_333_000m)));
        Assert.Equal("une baisse de 1" + Nbsp + "%", ComparisonFunctions.Noun(Ctx(Fr), 99, 100));
        Assert.Equal("une hausse de 8" + Nbsp + "%", ComparisonFunctions.Noun(Ctx(Fr), 108, 100));
        Assert.Equal("en hausse de 20" + Nbsp + "%", ComparisonFunctions.Up(Ctx(Fr), 120, 100));
        Assert.Equal("n'a pas varié", ComparisonFunctions.Verb(Ctx(Fr), 100, 100));
        Assert.Equal("en hausse de 14" + Nbsp + "%", ComparisonFunctions.Change(Ctx(Fr), Silver6M_2012, Silver6M_2011, 0, approximately: false));
    }

    [Fact]
    public void Short_period_names()
    {
        Assert.Equal("Q2 2012", PeriodFunctions.Short(Ctx(), P("2012-Q2")));
        Assert.Equal("Q1 Fiscal 2025", PeriodFunctions.Short(Ctx(), P("2025-Q1", yearEndMonth: 3)));
        Assert.Equal("6M 2012", PeriodFunctions.Short(Ctx(), P("2012-H1")));
        Assert.Equal("FY2025", PeriodFunctions.Short(Ctx(), P("2025-FY", yearEndMonth: 3)));
        Assert.Equal("T1 de l'exercice 2025", PeriodFunctions.Short(Ctx(Fr), P("2025-Q1", yearEndMonth: 3)));
        Assert.Equal("T2 2012", PeriodFunctions.Short(Ctx(Fr), P("2012-Q2")));
        Assert.Equal("6 mois 2012", PeriodFunctions.Short(Ctx(Fr), P("2012-H1")));
    }

    [Fact]
    public void Listings_separate_or_combined()
    {
        Listing[] both = [new("TSX", "TVS"), new("NYSE American", "TVS")];
        Listing[] different = [new("TSX", "AXR"), new("NYSE MKT", "AXU")];
        Assert.Equal("(TSX: TVS) (NYSE American: TVS)", TextFunctions.Listings(Ctx(), both));
        Assert.Equal("(TSX/NYSE American: TVS)", TextFunctions.Listings(Ctx(), both, "combined"));
        Assert.Equal("(TSX: AXR; NYSE MKT: AXU)", TextFunctions.Listings(Ctx(), different, "combined"));
        Assert.Equal("(TSX/NYSE American: TVS)", TextFunctions.Listings(Ctx(LanguageSettings.Default with { CombineListings = true }), both));
        Assert.Equal("(TSX: TVS) (NYSE American: TVS)", TextFunctions.Listings(Ctx(LanguageSettings.Default with { CombineListings = true }), both, "separate"));
        Assert.Equal("(TSX/NYSE American" + Nbsp + ": TVS)", TextFunctions.Listings(Ctx(Fr), both, "combined"));
        Assert.Throws<ArgumentException>(() => TextFunctions.Listings(Ctx(), both, "merged"));
    }

    [Fact]
    public void The_helpers_are_called_from_templates_by_their_snake_case_names()
    {
        var model = new Dictionary<string, object?>
        {
            ["koz"] = Fig(SilverKoz, "2012-Q2", 2_310_400m),
            ["koz_prior"] = Fig(SilverKoz, "2011-Q2", 2_221_000m),
            ["listings"] = new Listing[] { new("TSX", "TVS"), new("NYSE American", "TVS") },
            ["q1"] = P("2025-Q1", yearEndMonth: 3),
        };
        Assert.Equal("increased 4% to 2,310 thousand | a 4% increase", Render("{{ compare.verb_to koz koz_prior }} | {{ compare.noun koz koz_prior }}", model));
        Assert.Equal("2,310 thousand; 2.31 million", Render("{{ num.in_scale 2310400 null \"thousands\" }}; {{ num.in_scale 2310400 2 \"millions\" }}", model));
        Assert.Equal("(TSX/NYSE American: TVS) Q1 Fiscal 2025", Render("{{ text.listings listings \"combined\" }} {{ period.short q1 }}", model));
        Assert.Equal("up 4% | n/m | between 1 and 2 | 120", Render("{{ compare.up koz koz_prior }} | {{ pct.change_or_nm 1 0 }} | {{ num.between 1 2 }} | {{ rate.per_operating_day 2400 20 }}", model));
    }
}
