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
}
