using ReleaseGen.Model;
using ReleaseGen.Templating.Functions;
using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// The rounding rule of tie-out at its limits: a printed number is right when it is the value rounded
/// half away from zero to the printed precision; "approximately" widens that by exactly one unit of the
/// last printed digit, and one step past it is wrong; which side of a rounding flatters the result.
/// </summary>
public sealed class RoundingRuleTests
{
    private static NumberToken Token(decimal printed, int decimals, decimal scale = 1m, bool approximate = false, bool percent = false, bool money = false) =>
        new(0, 1, "x", printed, decimals, scale, percent, money, approximate);

    [Theory]
    [InlineData(14, 0, 14.08, true)]      // the correct rounding
    [InlineData(14, 0, 14.49, true)]      // just below the midpoint
    [InlineData(14, 0, 14.5, false)]      // the midpoint rounds away from zero, to 15
    [InlineData(15, 0, 14.5, true)]
    [InlineData(3, 0, 2.5, true)]         // away from zero, not to even (which gives 2)
    [InlineData(2, 0, 2.5, false)]
    [InlineData(-3, 0, -2.5, true)]       // away from zero on the negative side too
    [InlineData(14.1, 1, 14.0823, true)]
    [InlineData(14.0, 1, 14.0823, false)] // truncated, not rounded
    [InlineData(15, 0, 14.0, false)]      // one unit off is wrong without "approximately"
    public void An_exact_claim_is_the_value_correctly_rounded_at_the_printed_precision(double printed, int decimals, double value, bool ties)
    {
        Assert.Equal(ties, Rounding.Ties((decimal)printed, decimals, 1m, approximate: false, (decimal)value));
        Assert.Equal(ties, Rounding.IsCorrectlyRounded(Token((decimal)printed, decimals), (decimal)value));
    }

    [Theory]
    [InlineData(15, 0, 14.0, true)]        // exactly one unit of the last printed digit
    [InlineData(15, 0, 16.0, true)]
    [InlineData(15, 0, 13.99, false)]      // one step past it
    [InlineData(15, 0, 16.01, false)]
    [InlineData(14.2, 1, 14.1, true)]      // one unit is 0.1 at one decimal
    [InlineData(14.2, 1, 14.09, false)]
    [InlineData(14.2, 1, 14.31, false)]
    public void Approximately_widens_by_exactly_one_unit_of_the_last_printed_digit(double printed, int decimals, double value, bool ties)
    {
        Assert.Equal(ties, Rounding.Ties((decimal)printed, decimals, 1m, approximate: true, (decimal)value));
        Assert.Equal(ties, Rounding.Ties(Token((decimal)printed, decimals, approximate: true), (decimal)value));
        Assert.False(Rounding.IsCorrectlyRounded(Token((decimal)printed, decimals, approximate: true), (decimal)value));
    }

    [Theory]
    [InlineData(1.3, 1_340_557, false, true)]  // "1.3 million" for 1,340,557
    [InlineData(1.4, 1_340_557, false, false)]
    [InlineData(1.4, 1_340_557, true, true)]   // "approximately 1.4 million": within one unit (100,000)
    [InlineData(1.4, 1_300_000, true, true)]   // exactly one unit
    [InlineData(1.4, 1_299_999, true, false)]  // one ounce past it
    [InlineData(1.5, 1_340_557, true, false)]
    public void A_scaled_number_is_compared_at_its_scale(double printed, int value, bool approximate, bool ties)
    {
        var token = Token((decimal)printed, 1, 1_000_000m, approximate);
        Assert.Equal(ties, Rounding.Ties(token, value));
        Assert.Equal(100_000m, token.Unit);
        Assert.Equal((decimal)printed * 1_000_000m, token.Value);
    }

    [Fact]
    public void Correctly_rounded_is_at_scale_and_not_merely_within_the_approximate_tolerance()
    {
        Assert.True(Rounding.IsCorrectlyRounded(Token(1.3m, 1, 1_000_000m, approximate: true), 1_340_557m));
        Assert.False(Rounding.IsCorrectlyRounded(Token(1.4m, 1, 1_000_000m, approximate: true), 1_340_557m));
        Assert.False(Rounding.IsCorrectlyRounded(Token(1.3m, 1), 1_340_557m));
        Assert.True(Rounding.IsCorrectlyRounded(Token(8.6m, 1, 1_000_000m), 8_591_724m));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 15, 14.08, true)]  // rounded up: flatters production
    [InlineData(Polarity.HigherIsBetter, 14, 14.08, false)]
    [InlineData(Polarity.HigherIsBetter, 14.08, 14.08, false)] // the value itself flatters nothing
    [InlineData(Polarity.LowerIsBetter, 13, 13.6, true)]     // rounded down: flatters a cost
    [InlineData(Polarity.LowerIsBetter, 14, 13.6, false)]
    [InlineData(Polarity.LowerIsBetter, 13.6, 13.6, false)]
    [InlineData(Polarity.Neutral, 15, 14.08, false)]         // no side is good news
    [InlineData(Polarity.Neutral, 13, 14.08, false)]
    public void The_favourable_side_depends_on_the_metric_polarity(Polarity polarity, double printed, double value, bool favourable) =>
        Assert.Equal(favourable, Rounding.IsFavourable((decimal)printed, (decimal)value, polarity));

    [Fact]
    public void The_right_value_is_printed_at_the_claims_precision_scale_and_form()
    {
        var english = LanguageSettings.Default;
        Assert.Equal("1.3 million", Rounding.Format(Token(1.4m, 1, 1_000_000m, approximate: true), 1_340_557m, english));
        Assert.Equal("14%", Rounding.Format(Token(15m, 0, percent: true), 14.0823m, english));
        Assert.Equal("14.1%", Rounding.Format(Token(14.0m, 1, percent: true), 14.0823m, english));
        Assert.Equal("$1,325", Rounding.Format(Token(1_335m, 0, money: true), 1_325.4m, english));
        Assert.Equal("458,472", Rounding.Format(Token(458_742m, 0), 458_472m, english));
        Assert.Equal("\u221219", Rounding.Format(Token(-18m, 0), -19m, english));
        Assert.Equal("3", Rounding.Format(Token(2m, 0), 2.5m, english)); // half away from zero
        var french = LanguageSettings.FrenchCanada;
        Assert.Equal("3,7 millions", Rounding.Format(Token(3.6m, 1, 1_000_000m), 3_661_412m, french));
        Assert.Equal("1,3 million", Rounding.Format(Token(1.4m, 1, 1_000_000m), 1_340_557m, french));
    }

    [Fact]
    public void One_unit_of_the_last_printed_digit()
    {
        Assert.Equal(1m, Token(14m, 0).Unit);
        Assert.Equal(0.01m, Token(14.08m, 2).Unit);
        Assert.Equal(1_000_000m, Token(4m, 0, 1_000_000m).Unit);
        Assert.Equal(15, new NumberToken(10, 5, "x", 1m, 0, 1m, false, false, false).End);
    }

    [Fact]
    public void Facts_give_every_number_of_every_form_with_its_path()
    {
        var facts = new Dictionary<string, object?>
        {
            ["price"] = 1600m,
            ["count"] = 3,
            ["big"] = 5_000_000_000L,
            ["ratio"] = 86.96d,
            ["nan"] = double.NaN,
            ["infinite"] = double.PositiveInfinity,
            ["huge"] = 1e30,
            ["text"] = "1,234.5",
            ["range"] = "2-3",
            ["word"] = "none",
            ["dot"] = ".",
            ["nested"] = new Dictionary<string, object?> { ["a"] = 1, ["b"] = new object?[] { 4, "5", null } },
            ["legacy"] = new System.Collections.Hashtable { ["c"] = 2m },
        };
        Assert.Equal(
            [("facts.price", 1600m), ("facts.count", 3m), ("facts.big", 5_000_000_000m), ("facts.ratio", 86.96m), ("facts.text", 1234.5m),
             ("facts.nested.a", 1m), ("facts.nested.b[0]", 4m), ("facts.nested.b[1]", 5m), ("facts.legacy.c", 2m)],
            TieCatalogue.Flatten("facts", facts).ToList());
        Assert.Equal([("facts[0]", 7m), ("facts[1]", 8m)], TieCatalogue.Flatten("facts", new List<object> { 7, 8m }).ToList());
        Assert.Empty(TieCatalogue.Flatten("facts", "12 tonnes"));
    }

    [Fact]
    public void A_value_that_rounds_to_zero_prints_without_a_sign()
    {
        var zero = new NumberToken(0, 1, "0", 0m, 0, 1m, false, false, false);
        Assert.Equal("0", Rounding.Format(zero, -0.2m, LanguageSettings.Default));
        Assert.Equal("0", Rounding.Format(zero, 0.2m, LanguageSettings.Default));
        Assert.Equal(LanguageSettings.Default.NegativeSign + "1", Rounding.Format(zero, -0.6m, LanguageSettings.Default));
    }
}
