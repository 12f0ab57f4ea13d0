using ReleaseGen.Model;
using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

public class PercentFunctionsTests
{
    [Fact]
    public void Format_plain_percent() => Assert.Equal("90%", PercentFunctions.Format(Ctx(), 90));

    [Fact]
    public void Format_percent_figure_uses_its_decimals() =>
        Assert.Equal("8.8%", PercentFunctions.Format(Ctx(), Fig(LeadGrade, "2012-Q2", 8.8m)));

    [Fact]
    public void Format_rounds_half_away() => Assert.Equal("3%", PercentFunctions.Format(Ctx(), 2.5m));

    [Fact]
    public void Change_six_months_silver_is_14() =>
        Assert.Equal("14%", PercentFunctions.Change(Ctx(), Silver6M_2012, Silver6M_2011));

    [Fact]
    public void Change_is_absolute() =>
        Assert.Equal("21%", PercentFunctions.Change(Ctx(), 458_472, 581_785));

    [Fact]
    public void Change_with_decimals() =>
        Assert.Equal("17.3%", PercentFunctions.Change(Ctx(), TonnesQ2_2012, TonnesQ2_2011, 1));

    [Fact]
    public void Change_uses_printed_values_of_figures()
    {
        // 10.04 and 9.96 print (one decimal) as 10.0 and 10.0: unchanged as printed, not +0.8%.
        var a = Fig(LeadGrade, "2012-Q2", 10.04m);
        var b = Fig(LeadGrade, "2011-Q2", 9.96m);
        Assert.Equal(0m, PercentFunctions.ChangeValue(a, b));
        Assert.NotEqual(0m, PercentFunctions.ChangeValue(10.04m, 9.96m));
    }

    [Fact]
    public void Change_value_is_signed()
    {
        Assert.Equal(14.08m, Math.Round(PercentFunctions.ChangeValue(Silver6M_2012, Silver6M_2011), 2));
        Assert.Equal(-10m, PercentFunctions.ChangeValue(90, 100));
    }

    [Fact]
    public void Change_from_zero_is_not_comparable()
    {
        var ex = Assert.Throws<ArgumentException>(() => PercentFunctions.Change(Ctx(), 5, 0));
        Assert.Contains("not comparable", ex.Message);
        Assert.Contains("pct.change", ex.Message);
    }

    [Fact]
    public void Change_zero_to_zero_is_zero() => Assert.Equal("0%", PercentFunctions.Change(Ctx(), 0, 0));

    [Fact]
    public void Change_relative_to_absolute_prior_for_negatives() =>
        Assert.Equal(60m, PercentFunctions.ChangeValue(-20, -50));
}

public class ComparisonFunctionsTests
{
    [Fact]
    public void Change_reference_six_months_silver() =>
        Assert.Equal("approximately 14% higher", ComparisonFunctions.Change(Ctx(), Silver6M_2012, Silver6M_2011));

    [Fact]
    public void More_reference_tonnes_processed() =>
        Assert.Equal("approximately 17% more", ComparisonFunctions.More(Ctx(), TonnesQ2_2012, TonnesQ2_2011));

    [Fact]
    public void Exact_change_has_no_approximately()
    {
        Assert.Equal("8% lower", ComparisonFunctions.Change(Ctx(), 92, 100));
        Assert.Equal("10% fewer", ComparisonFunctions.More(Ctx(), 90, 100));
        Assert.Equal("approximately 8% lower", ComparisonFunctions.Change(Ctx(), 92.1m, 100));
    }

    [Theory]
    [InlineData(1002, 1000, "unchanged")]   // 0.2% < 0.5%
    [InlineData(1005, 1000, "1% higher")]   // 0.5% is not below the threshold; rounds to 1
    [InlineData(995, 1000, "1% lower")]
    [InlineData(1000, 1000, "unchanged")]
    public void Unchanged_threshold(int current, int prior, string expected)
    {
        var result = ComparisonFunctions.Change(Ctx(), current, prior);
        Assert.Equal(expected == "1% higher" || expected == "1% lower" ? "approximately " + expected : expected, result);
    }

    [Fact]
    public void Threshold_and_vocabulary_are_configurable()
    {
        var language = LanguageSettings.Default with { UnchangedThresholdPercent = 5m, Higher = "greater", Approximately = "about", Unchanged = "flat" };
        Assert.Equal("flat", ComparisonFunctions.Change(Ctx(language), 103, 100));
        Assert.Equal("about 14% greater", ComparisonFunctions.Change(Ctx(language), Silver6M_2012, Silver6M_2011));
        Assert.Equal("flat", ComparisonFunctions.Direction(Ctx(language), 103, 100));
    }

    [Fact]
    public void Change_that_rounds_to_zero_reads_unchanged_even_with_zero_threshold()
    {
        var language = LanguageSettings.Default with { UnchangedThresholdPercent = 0m };
        Assert.Equal("unchanged", ComparisonFunctions.Change(Ctx(language), 1002, 1000));
    }

    [Fact]
    public void Change_with_one_decimal()
    {
        Assert.Equal("approximately 17.3% more", ComparisonFunctions.More(Ctx(), TonnesQ2_2012, TonnesQ2_2011, 1));
    }

    [Fact]
    public void Change_from_zero_prior_is_not_comparable()
    {
        var ex = Assert.Throws<ArgumentException>(() => ComparisonFunctions.Change(Ctx(), 10, 0));
        Assert.Contains("compare.change", ex.Message);
        Assert.Contains("not comparable", ex.Message);
    }

    [Fact]
    public void Direction_words()
    {
        Assert.Equal("lower", ComparisonFunctions.Direction(Ctx(), SilverQ2_2012, 581_785));
        Assert.Equal("higher", ComparisonFunctions.Direction(Ctx(), TonnesQ2_2012, TonnesQ2_2011));
        Assert.Equal("unchanged", ComparisonFunctions.Direction(Ctx(), 100, 100));
        Assert.Equal("higher", ComparisonFunctions.Direction(Ctx(), 10, 0)); // zero prior: sign of the difference
    }

    [Fact]
    public void Is_higher_and_is_lower()
    {
        Assert.True(ComparisonFunctions.IsHigher(Ctx(), 22_209, 18_928));
        Assert.False(ComparisonFunctions.IsLower(Ctx(), 22_209, 18_928));
        Assert.True(ComparisonFunctions.IsLower(Ctx(), 458_472, 581_785));
        Assert.False(ComparisonFunctions.IsHigher(Ctx(), 1002, 1000)); // below threshold
        Assert.False(ComparisonFunctions.IsLower(Ctx(), 998, 1000));
    }

    [Fact]
    public void Outcome_higher_is_better()
    {
        Assert.Equal("improved", ComparisonFunctions.Outcome(Ctx(), Silver6M_2012, Silver6M_2011));
        Assert.Equal("declined", ComparisonFunctions.Outcome(Ctx(), SilverQ2_2012, Fig(SilverOz, "2012-Q1", 581_785m)));
    }

    [Fact]
    public void Outcome_lower_is_better_cost_that_fell_improved()
    {
        var now = Fig(CashCost, "2024-Q3", 850m);
        var before = Fig(CashCost, "2023-Q3", 920m);
        Assert.Equal("improved", ComparisonFunctions.Outcome(Ctx(), now, before));
        Assert.Equal("declined", ComparisonFunctions.Outcome(Ctx(), before, now));
    }

    [Fact]
    public void Outcome_negative_cost_moving_toward_zero_is_a_rise_and_declined()
    {
        // -50 -> -20: the value rises by 60% of |prior|; for a lower-is-better cost that is worse.
        var now = Fig(CashCost, "2024-Q3", -20m);
        var before = Fig(CashCost, "2023-Q3", -50m);
        Assert.Equal("higher", ComparisonFunctions.Direction(Ctx(), now, before));
        Assert.Equal("60% higher", ComparisonFunctions.Change(Ctx(), now, before));
        Assert.Equal("declined", ComparisonFunctions.Outcome(Ctx(), now, before));
        // and the other way, -20 -> -50, is a fall: improved
        Assert.Equal("improved", ComparisonFunctions.Outcome(Ctx(), before, now));
        Assert.Equal("150% lower", ComparisonFunctions.Change(Ctx(), before, now));
    }

    [Fact]
    public void Outcome_unchanged_and_neutral()
    {
        Assert.Equal("unchanged", ComparisonFunctions.Outcome(Ctx(), Fig(CashCost, "2024-Q3", 100m), Fig(CashCost, "2023-Q3", 100.2m)));
        var neutral = Metric("price", 2, Polarity.Neutral, "$");
        Assert.Equal("higher", ComparisonFunctions.Outcome(Ctx(), Fig(neutral, "2012-Q2", 30m), Fig(neutral, "2011-Q2", 20m)));
        Assert.Equal("lower", ComparisonFunctions.Outcome(Ctx(), 20, 30)); // plain numbers are neutral
    }

    [Fact]
    public void Outcome_uses_configured_words()
    {
        var language = LanguageSettings.Default with { Improved = "better", Declined = "worse" };
        Assert.Equal("better", ComparisonFunctions.Outcome(Ctx(language), Silver6M_2012, Silver6M_2011));
    }
}
