using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

public class NumberFunctionsTests
{
    [Fact]
    public void Format_figure_uses_metric_decimals() =>
        Assert.Equal("458,472", NumberFunctions.Format(Ctx(), SilverQ2_2012));

    [Fact]
    public void Format_percent_grade_figure_with_one_decimal() =>
        Assert.Equal("8.8", NumberFunctions.Format(Ctx(), Fig(LeadGrade, "2012-Q2", 8.84m)));

    [Theory]
    [InlineData(1040257, null, "1,040,257")]
    [InlineData(0, null, "0")]
    [InlineData(-1234567, null, "\u22121,234,567")]
    public void Format_integers(int value, int? decimals, string expected) =>
        Assert.Equal(expected, NumberFunctions.Format(Ctx(), value, decimals));

    [Theory]
    [InlineData("0.5", 0, "1")]
    [InlineData("1.5", 0, "2")]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "\u22123")]
    [InlineData("8.75", 1, "8.8")]
    [InlineData("8.85", 1, "8.9")]
    [InlineData("-0.4", 0, "0")]
    [InlineData("1234.5", 2, "1,234.50")]
    public void Format_rounds_half_away_from_zero(string value, int decimals, string expected) =>
        Assert.Equal(expected, NumberFunctions.Format(Ctx(), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Format_plain_decimal_keeps_its_own_decimals() =>
        Assert.Equal("8.8", NumberFunctions.Format(Ctx(), 8.80m));

    [Fact]
    public void Format_accepts_long_and_double()
    {
        Assert.Equal("3,000,000,000", NumberFunctions.Format(Ctx(), 3_000_000_000L));
        Assert.Equal("2.5", NumberFunctions.Format(Ctx(), 2.5d));
        Assert.Equal("3", NumberFunctions.Format(Ctx(), 2.5d, 0));
    }

    [Fact]
    public void Format_rejects_a_string_naming_the_function_and_type()
    {
        var ex = Assert.Throws<ArgumentException>(() => NumberFunctions.Format(Ctx(), "12"));
        Assert.Contains("num.format", ex.Message);
        Assert.Contains("String", ex.Message);
    }

    [Fact]
    public void Format_rejects_nan() =>
        Assert.Throws<ArgumentException>(() => NumberFunctions.Format(Ctx(), double.NaN));

    [Fact]
    public void Format_uses_language_separators()
    {
        var fr = LanguageSettings.Default with { GroupSeparator = "\u00A0", DecimalSeparator = "," };
        Assert.Equal("1\u00A0040\u00A0257,5", NumberFunctions.Format(Ctx(fr), 1_040_257.5m, 1));
        // and the default is untouched by the copy
        Assert.Equal("1,040,257.5", NumberFunctions.Format(Ctx(), 1_040_257.5m, 1));
    }

    [Fact]
    public void Format_ignores_machine_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,040,257.5", NumberFunctions.Format(Ctx(), 1_040_257.5m, 1));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(3_661_412, "3.7 million")]
    [InlineData(1_340_557, "1.3 million")]
    [InlineData(8_591_724, "8.6 million")]
    [InlineData(2_856_343, "2.9 million")]
    [InlineData(7_000_000, "7.0 million")]
    [InlineData(1_250_000, "1.3 million")]
    public void Millions_reference_figures(int value, string expected) =>
        Assert.Equal(expected, NumberFunctions.Millions(Ctx(), value));

    [Fact]
    public void Millions_of_a_figure_and_with_decimals()
    {
        Assert.Equal("3.7 million", NumberFunctions.Millions(Ctx(), Fig(LeadLb, "2012-Q2", 3_661_412m)));
        Assert.Equal("8.59 million", NumberFunctions.Millions(Ctx(), 8_591_724, 2));
    }

    [Theory]
    [InlineData(2_200_000, "2.2 million")]
    [InlineData(7_000_000, "7 million")]
    [InlineData(10_000_000, "10 million")]
    [InlineData(1_000_000, "1 million")]
    [InlineData(999_999, "999,999")]
    [InlineData(29_000, "29,000")]
    [InlineData(-2_200_000, "\u22122.2 million")]
    public void Scaled(int value, string expected) =>
        Assert.Equal(expected, NumberFunctions.Scaled(Ctx(), value));

    [Theory]
    [InlineData(2_200_000, 2_500_000, "2.2 to 2.5 million")]
    [InlineData(7_000_000, 10_000_000, "7 to 10 million")]
    [InlineData(7_000_000, 10_500_000, "7.0 to 10.5 million")]
    [InlineData(800_000, 1_200_000, "0.8 to 1.2 million")]
    [InlineData(120_000, 135_000, "120,000 to 135,000")]
    public void Range(int low, int high, string expected) =>
        Assert.Equal(expected, NumberFunctions.Range(Ctx(), low, high));
}
