using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>Template functions at their thresholds: where millions start, negative zero, minutes, accepted time forms, elision.</summary>
public class FunctionBoundaryTests
{
    [Theory]
    [InlineData(3_700_000, "3.7 million")]
    [InlineData(999_999, "999,999")]
    public void Scaled_numbers_switch_to_millions_at_one_million(int value, string expected) =>
        Assert.Equal(expected, NumberFunctions.Scaled(Ctx(), value));

    [Fact]
    public void A_range_reaching_one_million_reads_in_millions_and_takes_its_plural_from_the_larger_end()
    {
        Assert.Equal("0.5 to 1.0 million", NumberFunctions.Range(Ctx(), 500_000, 1_000_000));
        Assert.Equal("999,999 to 999,999", NumberFunctions.Range(Ctx(), 999_999, 999_999));
        // French: "millions" because the larger end (2.5) is plural, whichever end it is.
        Assert.EndsWith("millions", NumberFunctions.Range(Ctx(LanguageSettings.FrenchCanada), 2_500_000, 500_000));
    }

    [Fact]
    public void A_negative_number_that_rounds_to_zero_has_no_sign() =>
        Assert.Equal("0.00", NumberFunctions.Format(Ctx(), -0.001m, 2));

    [Theory]
    [InlineData("2012-08-07T11:05", "11:05 a.m.")]
    [InlineData("2012-08-07 11:00", "11 a.m.")]
    [InlineData("2012-08-07T11:00:00", "11 a.m.")]
    public void Local_times_with_minutes_seconds_or_a_space(string local, string expected) =>
        Assert.Equal(expected, TimeFunctions.Ap(Ctx(), local));

    [Fact]
    public void A_missing_zone_is_an_error_naming_the_function() =>
        Assert.Equal("times.in_zones: '' is not a time zone of the tz database (for example America/New_York).",
            Assert.Throws<ArgumentException>(() => TimeFunctions.InZones(Ctx(), "2012-08-07T11:00", null!)).Message);

    [Theory]
    [InlineData("de", "argent", "d'argent")]
    [InlineData("e", "argent", "e argent")] // a one-letter prefix is never elided
    [InlineData("de", "", "de ")] // nothing to elide before
    [InlineData("de", null, "de ")]
    public void Elision_needs_a_two_letter_prefix_and_a_word_starting_with_a_vowel(string prefix, string? word, string expected) =>
        Assert.Equal(expected, TextFunctions.Elide(prefix, word));

    private const string Nbsp = "\u00A0";
    private static readonly LanguageSettings Fr = LanguageSettings.FrenchCanada;

    [Theory]
    [InlineData(1005, 1000, "increased 1%", "higher")] // exactly 0.5%: not below the threshold
    [InlineData(995, 1000, "decreased 1%", "lower")]
    [InlineData(1004, 1000, "was unchanged", "unchanged")] // 0.4%: below it
    public void The_unchanged_threshold_is_half_a_percent_exclusive(int current, int prior, string verb, string direction)
    {
        Assert.Equal(verb, ComparisonFunctions.Verb(Ctx(), current, prior));
        Assert.Equal(direction, ComparisonFunctions.Direction(Ctx(), current, prior));
        Assert.Equal(direction == "higher", ComparisonFunctions.IsHigher(Ctx(), current, prior));
        Assert.Equal(direction == "lower", ComparisonFunctions.IsLower(Ctx(), current, prior));
    }

    [Fact]
    public void A_change_below_the_threshold_is_unchanged_even_when_its_decimals_would_show_it()
    {
        // 0.4% printed with one decimal is "0.4%", but it is below the 0.5% threshold.
        Assert.Equal("was unchanged", ComparisonFunctions.Verb(Ctx(), 1004, 1000, 1));
        Assert.Equal("unchanged", ComparisonFunctions.Change(Ctx(), 1004, 1000, 1));
        Assert.Equal("no change", ComparisonFunctions.Noun(Ctx(), 1004, 1000, 1));
        Assert.Equal("unchanged", ComparisonFunctions.Up(Ctx(), 1004, 1000, 1));
        Assert.Equal("was unchanged at 1,004", ComparisonFunctions.VerbTo(Ctx(), 1004, 1000, 1));
        // and 0.6% with one decimal is above it
        Assert.Equal("increased 0.6%", ComparisonFunctions.Verb(Ctx(), 1006, 1000, 1));
    }

    [Fact]
    public void With_no_threshold_a_change_that_rounds_to_zero_is_still_unchanged()
    {
        var noThreshold = LanguageSettings.Default with { UnchangedThresholdPercent = 0m };
        Assert.Equal("was unchanged", ComparisonFunctions.Verb(Ctx(noThreshold), 1002, 1000));
        Assert.Equal("no change", ComparisonFunctions.Noun(Ctx(noThreshold), 1002, 1000));
        Assert.Equal("increased 0.2%", ComparisonFunctions.Verb(Ctx(noThreshold), 1002, 1000, 1));
        Assert.Equal("higher", ComparisonFunctions.Direction(Ctx(noThreshold), 1002, 1000));
    }

    [Fact]
    public void A_fall_to_zero_is_a_meaningful_change_and_zero_to_zero_is_none()
    {
        Assert.Equal("decreased 100%", ComparisonFunctions.Verb(Ctx(), 0, 10));
        Assert.Equal("down 100%", ComparisonFunctions.Up(Ctx(), 0, 10));
        Assert.Equal("100%", PercentFunctions.ChangeOrNm(Ctx(), 0, 10));
        Assert.Equal("was unchanged", ComparisonFunctions.Verb(Ctx(), 0, 0));
        Assert.Equal("unchanged", ComparisonFunctions.Direction(Ctx(), 0, 0));
        Assert.Equal("lower", ComparisonFunctions.Direction(Ctx(), -10, 0)); // zero prior: the sign of the difference
        Assert.Equal("unchanged", ComparisonFunctions.Change(Ctx(), 0, 0));
    }

    [Theory]
    [InlineData(1100, 100, "increased 1,000%")] // exactly the limit: still meaningful
    [InlineData(1101, 100, "n/m")]
    [InlineData(-5, -10, "increased 50%")] // both negative: no change of sign
    [InlineData(-20, -50, "increased 60%")]
    [InlineData(10, -10, "n/m")]
    public void Changes_above_a_thousand_percent_or_across_zero_are_not_meaningful(int current, int prior, string expected) =>
        Assert.Equal(expected, ComparisonFunctions.Verb(Ctx(), current, prior));

    [Fact]
    public void Verb_to_prints_plain_numbers_percents_and_negative_money_as_they_print()
    {
        var price = Metric("price", 2, Model.Polarity.Neutral, "$/oz") with { Format = new Model.CellFormat { Currency = "USD" } };
        Assert.Equal("increased 25% to 12.5", ComparisonFunctions.VerbTo(Ctx(), 12.5m, 10));
        Assert.Equal("increased 10% to 8.8%", ComparisonFunctions.VerbTo(Ctx(), Fig(LeadGrade, "2012-Q2", 8.8m), Fig(LeadGrade, "2011-Q2", 8m)));
        Assert.Equal("decreased 10% to \u2212$22.00", ComparisonFunctions.VerbTo(Ctx(), Fig(price, "2012-Q2", -22m), Fig(price, "2011-Q2", -20m)));
        Assert.Equal("decreased 100% to $0.00", ComparisonFunctions.VerbTo(Ctx(), Fig(price, "2012-Q2", -0.001m), Fig(price, "2011-Q2", 10m)));
        Assert.Equal("was 2,310 thousand", ComparisonFunctions.VerbTo(Ctx(), Fig(SilverOz with { Scale = Model.MetricScale.Thousands }, "2012-Q2", 2_310_400m), 0));
        Assert.Equal("a augmenté de 10" + Nbsp + "% pour s'établir à 22,00" + Nbsp + "$" + Nbsp + "US",
            ComparisonFunctions.VerbTo(Ctx(Fr), Fig(price, "2012-Q2", 22m), Fig(price, "2011-Q2", 20m)));
    }

    [Theory]
    [InlineData(1_949_999, "1,9 million")]
    [InlineData(1_950_000, "2,0 millions")] // the plural follows the rounded number
    [InlineData(2_000_000, "2,0 millions")]
    [InlineData(-2_500_000, "\u22122,5 millions")]
    public void French_millions_are_plural_from_two_as_printed(int value, string expected) =>
        Assert.Equal(expected, NumberFunctions.Millions(Ctx(Fr), value));

    [Theory]
    [InlineData(1_500_000, "1,5 million")]
    [InlineData(1_960_000, "2 millions")]
    [InlineData(-3_700_000, "\u22123,7 millions")]
    public void French_scaled_numbers_take_the_plural_of_the_printed_millions(int value, string expected) =>
        Assert.Equal(expected, NumberFunctions.Scaled(Ctx(Fr), value));

    [Fact]
    public void Ranges_of_negative_numbers_and_with_decimals()
    {
        Assert.Equal("\u22122.5 to \u22121.0 million", NumberFunctions.Range(Ctx(), -2_500_000, -1_000_000));
        Assert.Equal("\u22122,5 à \u22121,0 millions", NumberFunctions.Range(Ctx(Fr), -2_500_000, -1_000_000));
        Assert.Equal("2.22 to 2.50 million", NumberFunctions.Range(Ctx(), 2_215_000, 2_500_000, 2));
        Assert.Equal("1.5 to 2.25", NumberFunctions.Range(Ctx(), 1.5m, 2.25m)); // each end keeps its own decimals
        Assert.Equal("between 1.5 and 2.25", NumberFunctions.Between(Ctx(), 1.5m, 2.25m));
    }

    [Fact]
    public void Currency_rounds_first_so_a_small_loss_has_no_sign()
    {
        Assert.Equal("$0", NumberFunctions.Currency(Ctx(), -0.4m, 0));
        Assert.Equal("$850.46", NumberFunctions.Currency(Ctx(), Fig(CashCost, "2024-Q3", 850.456m)));
        Assert.Equal("$12.5", NumberFunctions.Currency(Ctx(), 12.5m)); // a plain number keeps its own decimals
    }

    [Fact]
    public void Decimals_from_zero_to_ten_are_accepted_and_a_number_shows_at_most_ten_of_its_own()
    {
        Assert.Equal("5", NumberFunctions.Format(Ctx(), 5, 0));
        Assert.Equal("5.0000000000", NumberFunctions.Format(Ctx(), 5, 10));
        Assert.Equal("0.1234567890", NumberFunctions.Format(Ctx(), 0.123456789012345m));
        Assert.Equal("0.1234567890", NumberFunctions.Format(Ctx(), 0.123456789012345d));
        Assert.Equal("2.5", NumberFunctions.Format(Ctx(), 2.5f));
        Assert.Equal("2,310.4000000000 thousand", NumberFunctions.InScale(Ctx(), 2_310_400, 10, "thousands"));
        Assert.Equal("2 thousand", NumberFunctions.InScale(Ctx(), 2_400, 0, "thousands"));
    }

    [Fact]
    public void Doubles_up_to_decimal_s_limit_are_numbers()
    {
        Assert.Equal("79,000,000,000,000,000,000,000,000,000", NumberFunctions.Format(Ctx(), 7.9e28, 0));
        Assert.Equal("\u221279,000,000,000,000,000,000,000,000,000", NumberFunctions.Format(Ctx(), -7.9e28, 0));
    }

    [Fact]
    public void Percent_format_gives_a_plain_number_no_decimals_unless_asked()
    {
        Assert.Equal("9%", PercentFunctions.Format(Ctx(), 8.84m));
        Assert.Equal("8.8%", PercentFunctions.Format(Ctx(), Fig(LeadGrade, "2012-Q2", 8.84m)));
        Assert.Equal("8.84%", PercentFunctions.Format(Ctx(), 8.84m, 2));
        Assert.Equal("9%", PercentFunctions.Format(Ctx(), Fig(LeadGrade, "2012-Q2", 8.84m), 0));
    }

    [Fact]
    public void French_times_have_two_digit_minutes_and_dates_across_zones()
    {
        Assert.Equal("9 h 05", TimeFunctions.Ap(Ctx(Fr), "2012-08-08T09:05"));
        Assert.Equal("1 h (heure de l'Est), soit 22 h (heure du Pacifique) le mardi 7 août 2012",
            TimeFunctions.InZones(Ctx(Fr), "2012-08-08T01:00", "America/New_York", new[] { "America/Los_Angeles" }));
        Assert.Equal("9:05 a.m.", TimeFunctions.Ap(Ctx(), "2012-08-08T09:05"));
        Assert.Equal("11 p.m.", TimeFunctions.Ap(Ctx(), "2012-08-08T23:00"));
    }
}
