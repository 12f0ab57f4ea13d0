using System.Globalization;
using System.Numerics;
using NodaTime;
using ReleaseGen.Model;
using ReleaseGen.Templating.Functions;
using Scriban.Runtime;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>
/// Every form an argument may take reads the same: big integers (Scriban's type for a literal past
/// <c>long</c>), each kind of date and local time, a figure where a period or a day count is expected,
/// "" where an optional argument is left out; and numbers in lists and text read the same on any machine.
/// </summary>
public class ArgumentFormTests
{
    [Fact]
    public void Integers_past_long_are_numbers_up_to_decimal_s_limit()
    {
        Assert.Equal("100,000,000,000,000,000,000", NumberFunctions.Format(Ctx(), BigInteger.Pow(10, 20)));
        Assert.Equal("79,228,162,514,264,337,593,543,950,335", NumberFunctions.Format(Ctx(), (BigInteger)decimal.MaxValue));
        Assert.Equal("\u221279,228,162,514,264,337,593,543,950,335", NumberFunctions.Format(Ctx(), (BigInteger)decimal.MinValue));
        Assert.Equal(
            "num.format: value is a BigInteger ('79228162514264337593543950336'); expected a number (decimal, int, long, double) or a figure.",
            Assert.Throws<ArgumentException>(() => NumberFunctions.Format(Ctx(), (BigInteger)decimal.MaxValue + 1)).Message);
        Assert.Equal(
            "num.format: value is a BigInteger ('-79228162514264337593543950336'); expected a number (decimal, int, long, double) or a figure.",
            Assert.Throws<ArgumentException>(() => NumberFunctions.Format(Ctx(), (BigInteger)decimal.MinValue - 1)).Message);
        Assert.Equal("100,000,000,000,000,000,000", Render("{{ num.format 100000000000000000000 }}"));
    }

    [Fact]
    public void Every_numeric_type_is_a_number()
    {
        object[] fives = [5m, 5, 5L, 5d, 5f, (short)5, (byte)5, (sbyte)5, (ushort)5, 5u, 5ul, (BigInteger)5];
        Assert.All(fives, five => Assert.Equal("5", NumberFunctions.Format(Ctx(), five, 0)));
    }

    [Fact]
    public void Dates_are_read_from_every_date_form()
    {
        Assert.Equal("July 16, 2012", DateFunctions.Long(Ctx(), new DateTimeOffset(2012, 7, 16, 23, 30, 0, TimeSpan.FromHours(-5))));
        Assert.Equal("July 16, 2012", DateFunctions.Long(Ctx(), new LocalDate(2012, 7, 16)));
        Assert.Equal("Monday, July 16, 2012", DateFunctions.Weekday(Ctx(), new LocalDateTime(2012, 7, 16, 23, 30)));
    }

    [Fact]
    public void Local_times_are_read_from_a_noda_local_date_time()
    {
        Assert.Equal("2:30 p.m.", TimeFunctions.Ap(Ctx(), new LocalDateTime(2012, 8, 8, 14, 30)));
        Assert.Equal("Eastern", TimeFunctions.ZoneName(Ctx(), new LocalDateTime(2012, 8, 8, 11, 0), "America/Toronto"));
        Assert.Equal("11 a.m. Eastern (8 a.m. Pacific)", TimeFunctions.InZones(Ctx(), new LocalDateTime(2012, 8, 8, 11, 0), "America/New_York", "America/Los_Angeles"));
    }

    [Fact]
    public void Period_functions_read_a_figure_s_period()
    {
        Assert.Equal("Second Quarter 2012", PeriodFunctions.Title(Ctx(), SilverQ2_2012));
        Assert.Equal("Q2 2012", PeriodFunctions.Short(Ctx(), SilverQ2_2012));
        Assert.Equal("Six Months Ended", PeriodFunctions.SpanHeader(Ctx(), Silver6M_2012));
        Assert.Equal("June 30, 2012", PeriodFunctions.EndDate(Ctx(), Silver6M_2012));
        Assert.Equal(182, PeriodFunctions.Days(Silver6M_2012)); // January to June of a leap year
    }

    [Fact]
    public void Rates_take_a_figure_s_period_as_the_days()
    {
        Assert.Equal(22_209m / 91m, RateFunctions.PerDay(22_209, TonnesQ2_2012));
        Assert.Equal(22_209m / 91m, RateFunctions.PerDay(TonnesQ2_2012, null));
        Assert.Equal(22_209m / 0.5m, RateFunctions.PerDay(22_209, 0.5m)); // part of a day is still positive
    }

    [Fact]
    public void Operating_days_may_be_a_figure_for_a_plain_number_or_left_out_as_scriban_leaves_it()
    {
        var ore = Metric("ore", unit: "t") with { OperatingDays = "mill_days" };
        var days = Fig(Metric("mill_days", unit: "days"), "2012-Q2", 84m);
        var tonnes = Fig(ore, "2012-Q2", 22_209m);
        Figure? Find(string metric, ReleaseGen.Periods.PeriodKey period) => metric == "mill_days" && period == days.Period.Key ? days : null;
        Assert.Equal(22_209m / 84m, OperatingDayRate.Compute(tonnes, "", Find));
        Assert.Equal(22_209m / 84m, OperatingDayRate.Compute(22_209, days, null));
        Assert.Equal(22_209m / 0.5m, OperatingDayRate.Compute(22_209, 0.5m, null));
    }

    [Fact]
    public void Numbers_in_lists_and_text_are_written_the_same_on_any_machine()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1.5 and 2", TextFunctions.Join(Ctx(), new object[] { 1.5m, 2 }));
            Assert.Equal("1.5", TextFunctions.Escape(1.5m).Value);
            Assert.Equal("de 1.5", TextFunctions.Elide("de", 1.5m));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Lists_and_text_take_nulls_and_other_objects()
    {
        Assert.Equal(" and b", TextFunctions.Join(Ctx(), new object?[] { null, "b" }));
        Assert.Equal("x, y and z", TextFunctions.Join(Ctx(), new object[] { new System.Text.StringBuilder("x"), "y", "z" }));
        Assert.Equal("", TextFunctions.Escape(null).Value);
        Assert.Equal("x\\*", TextFunctions.Escape(new System.Text.StringBuilder("x*")).Value);
        Assert.Equal("de Keno", TextFunctions.Elide("de", new System.Text.StringBuilder("Keno")));
        Assert.Equal("a, b, c and d", TextFunctions.Join(Ctx(), new[] { "a", "b", "c", "d" }));
        Assert.Equal("a and b", TextFunctions.Join(Ctx(), new[] { "a", "b" }, "")); // Scriban passes a left-out conjunction as ""
        // An object whose text is null reads as empty, as null does.
        Assert.Equal("a and ", TextFunctions.Join(Ctx(), new object[] { "a", new NoText() }));
        Assert.Equal("de ", TextFunctions.Elide("de", new NoText()));
    }

    private sealed class NoText
    {
        public override string? ToString() => null;
    }

    [Fact]
    public void A_scale_left_out_in_a_template_is_the_metric_s_own()
    {
        var figure = Fig(SilverOz with { Scale = MetricScale.Thousands }, "2012-Q2", 2_310_400m);
        // Scriban passes a left-out argument as "", a template may pass null: both take the declared scale.
        Assert.Equal("2,310 thousand", NumberFunctions.InScale(Ctx(), figure, null, ""));
        Assert.Equal("2,310 thousand", NumberFunctions.InScale(Ctx(), figure));
        Assert.Equal("2.3 million", NumberFunctions.InScale(Ctx(), figure, null, "millions"));
    }

    [Fact]
    public void No_listings_print_nothing_in_either_style()
    {
        Assert.Equal("", TextFunctions.Listings(Ctx(), Array.Empty<Listing>()));
        Assert.Equal("", TextFunctions.Listings(Ctx(), Array.Empty<Listing>(), "combined"));
        Assert.Equal("(TSX: AXR)", TextFunctions.Listings(Ctx(), new[] { new Listing("TSX", "AXR") }, ""));
    }

    [Fact]
    public void Register_needs_globals_and_registers_constants_read_only()
    {
        Assert.Throws<ArgumentNullException>(() => FunctionLibrary.Register(null!));
        var globals = new ScriptObject();
        FunctionLibrary.Register(globals);
        var units = Assert.IsType<UnitFunctions>(globals["units"]);
        Assert.False(units.CanWrite("grams_per_troy_ounce"));
        Assert.Equal(2204.62262m, units["pounds_per_tonne"]);
        // The set Register shares is made once per process; a fresh one is made the same way.
        var made = FunctionLibrary.MakeFamilies();
        Assert.Equal(["num", "pct", "compare", "rate", "units", "dates", "times", "text", "period"], made.Select(f => f.Name));
        Assert.Equal(made.Select(f => f.Family.GetType()), made.Select(f => globals[f.Name]!.GetType()));
        Assert.All(made, f => Assert.True(f.Family.IsReadOnly, f.Name));
    }
}
