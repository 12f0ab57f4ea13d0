using ReleaseGen.Model;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

public class RateAndUnitFunctionsTests
{
    [Fact]
    public void Tonnes_per_day_reference()
    {
        Assert.Equal(244.05m, Math.Round(RateFunctions.PerDay(TonnesQ2_2012), 2));
        Assert.Equal(208.0m, Math.Round(RateFunctions.PerDay(TonnesQ2_2011), 1));
        Assert.Equal(233.53m, Math.Round(RateFunctions.PerDay(TonnesQ1_2012), 2)); // 21,251 t / 91 days (leap year)
        Assert.Equal("234", NumberFunctions.Format(Ctx(), RateFunctions.PerDay(TonnesQ1_2012), 0));
    }

    [Fact]
    public void Per_day_with_period_or_days()
    {
        Assert.Equal(RateFunctions.PerDay(TonnesQ2_2012), RateFunctions.PerDay(22_209, P("2012-Q2")));
        Assert.Equal(RateFunctions.PerDay(TonnesQ2_2012), RateFunctions.PerDay(22_209, 91));
        Assert.Equal(21_251m / 90m, RateFunctions.PerDay(21_251, P("2011-Q1")));
    }

    [Fact]
    public void Per_day_of_a_plain_number_needs_a_period() =>
        Assert.Contains("rate.per_day", Assert.Throws<ArgumentException>(() => RateFunctions.PerDay(100)).Message);

    [Fact]
    public void Per_day_rejects_zero_days() =>
        Assert.Throws<ArgumentException>(() => RateFunctions.PerDay(100, 0));

    [Fact]
    public void Conversions()
    {
        Assert.Equal(1m, UnitFunctions.GramsToOunces(31.1034768m));
        Assert.Equal(31.1034768m, UnitFunctions.OuncesToGrams(1));
        Assert.Equal(2204.62262m, UnitFunctions.TonnesToPounds(1));
        Assert.Equal(1m, UnitFunctions.PoundsToTonnes(2204.62262m));
        // reference reconciliation: Q2 2011 concentrates 2,683 t x 5,164 g/t + 1,687 t x 348 g/t = 464,324 oz
        Assert.Equal("464,324", NumberFunctions.Format(Ctx(), UnitFunctions.GramsToOunces(2_683m * 5_164m + 1_687m * 348m), 0));
        Assert.Equal("3,646,975", NumberFunctions.Format(Ctx(), UnitFunctions.TonnesToPounds(2_954m * 0.56m), 0));
    }

    [Fact]
    public void Conversion_of_a_figure_uses_its_value() =>
        Assert.Equal(2204.62262m * 2m, UnitFunctions.TonnesToPounds(Fig(TonnesProcessed, "2012-Q2", 2m)));
}

public class TextAndPeriodFunctionsTests
{
    [Fact]
    public void Listings() =>
        Assert.Equal("(TSX: AXR) (NYSE MKT: AXU)",
            TextFunctions.Listings(Fixtures.Ctx(), new List<Listing> { new("TSX", "AXR"), new("NYSE MKT", "AXU") }));

    [Fact]
    public void Listings_rejects_other_things() =>
        Assert.Contains("text.listings", Assert.Throws<ArgumentException>(() => TextFunctions.Listings(Fixtures.Ctx(), new[] { "TSX" })).Message);

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a and b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b and c")]
    public void Join(string[] items, string expected) => Assert.Equal(expected, TextFunctions.Join(Ctx(), items));

    [Fact]
    public void Join_with_serial_comma_and_conjunction()
    {
        var serial = LanguageSettings.Default with { SerialComma = true };
        Assert.Equal("a, b, and c", TextFunctions.Join(Ctx(serial), new[] { "a", "b", "c" }));
        Assert.Equal("a and b", TextFunctions.Join(Ctx(serial), new[] { "a", "b" }));
        Assert.Equal("a, b or c", TextFunctions.Join(Ctx(), new[] { "a", "b", "c" }, "or"));
    }

    [Fact]
    public void Join_numbers_invariantly() =>
        Assert.Equal("1.5 and 2", TextFunctions.Join(Ctx(), new object[] { 1.5m, 2 }));

    [Fact]
    public void Escape_returns_markdown_text()
    {
        MarkdownText escaped = TextFunctions.Escape("*x* | y");
        Assert.Equal("\\*x\\* \\| y", escaped.Value);
    }

    [Fact]
    public void Period_functions_on_periods_and_figures()
    {
        var q2 = P("2012-Q2");
        Assert.Equal("second quarter of 2012", PeriodFunctions.Name(Ctx(), q2));
        Assert.Equal("Second Quarter 2012", PeriodFunctions.Title(Ctx(), q2));
        Assert.Equal("Three Months Ended", PeriodFunctions.SpanHeader(Ctx(), q2));
        Assert.Equal("June 30, 2012", PeriodFunctions.EndDate(Ctx(), q2));
        Assert.Equal(91, PeriodFunctions.Days(q2));
        Assert.Equal("first six months of 2012", PeriodFunctions.Name(Ctx(), Silver6M_2012));
        Assert.Equal("third quarter of fiscal 2024", PeriodFunctions.Name(Ctx(), P("2024-Q3", 6)));
        Assert.Equal("March 31, 2024", PeriodFunctions.EndDate(Ctx(), P("2024-Q3", 6)));
    }

    [Theory]
    [InlineData("2012-Q1", 12)]
    [InlineData("2012-Q4", 12)]
    [InlineData("2012-H1", 12)]
    [InlineData("2012-9M", 12)]
    [InlineData("2012-FY", 12)]
    [InlineData("2024-Q3", 6)]
    [InlineData("2024-9M", 6)]
    [InlineData("2024-H1", 9)]
    [InlineData("2024-FY", 6)]
    public void Default_language_names_periods_as_Period_does(string key, int yearEndMonth)
    {
        var p = P(key, yearEndMonth);
        var language = LanguageSettings.Default;
        Assert.Equal(p.Name, language.PeriodName(p));
        Assert.Equal(p.Title, language.PeriodTitle(p));
        Assert.Equal(p.SpanHeader, language.PeriodSpanHeader(p));
    }

    [Fact]
    public void Period_names_can_be_localised_in_language_settings()
    {
        var fr = LanguageSettings.Default with
        {
            Ordinals = ["premier", "deuxième", "troisième", "quatrième"],
            QuarterNamePattern = "{ordinal} trimestre de {year}",
            FiscalYearPattern = "l'exercice {year}",
        };
        Assert.Equal("deuxième trimestre de 2012", PeriodFunctions.Name(Ctx(fr), P("2012-Q2")));
        Assert.Equal("troisième trimestre de l'exercice 2024", PeriodFunctions.Name(Ctx(fr), P("2024-Q3", 6)));
    }

    [Fact]
    public void Period_function_rejects_other_things() =>
        Assert.Contains("period.name", Assert.Throws<ArgumentException>(() => PeriodFunctions.Name(Ctx(), "2012-Q2")).Message);

    [Fact]
    public void Register_sets_every_family_read_only()
    {
        var globals = new Scriban.Runtime.ScriptObject();
        FunctionLibrary.Register(globals);
        foreach (var name in FunctionLibrary.Names)
        {
            Assert.True(globals.ContainsKey(name), name);
            Assert.False(globals.CanWrite(name), name);
        }
        Assert.Equal(["compare", "dates", "num", "pct", "period", "rate", "text", "times", "units"], globals.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(globals.Keys.Order(StringComparer.Ordinal), FunctionLibrary.Names.Order(StringComparer.Ordinal));
    }
}
