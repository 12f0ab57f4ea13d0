using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>
/// A template author who passes the wrong thing to a function reads a message that starts with the
/// function's name as the template spells it and says what was expected: the message is the product.
/// </summary>
public class FunctionErrorTests
{
    private static string Message(Action call) => Assert.Throws<ArgumentException>(call).Message;

    public static TheoryData<string, Action> Calls() => new()
    {
        { "compare.change", () => ComparisonFunctions.Change(Ctx(), "abc", 1) },
        { "compare.more", () => ComparisonFunctions.More(Ctx(), "abc", 1) },
        { "compare.direction", () => ComparisonFunctions.Direction(Ctx(), "abc", 1) },
        { "compare.outcome", () => ComparisonFunctions.Outcome(Ctx(), "abc", 1) },
        { "compare.is_higher", () => ComparisonFunctions.IsHigher(Ctx(), "abc", 1) },
        { "compare.is_lower", () => ComparisonFunctions.IsLower(Ctx(), "abc", 1) },
        { "dates.weekday", () => DateFunctions.Weekday(Ctx(), 12) },
        { "dates.ap", () => DateFunctions.Ap(Ctx(), 12) },
        { "dates.ap_weekday", () => DateFunctions.ApWeekday(Ctx(), 12) },
        { "period.span_header", () => PeriodFunctions.SpanHeader(Ctx(), 12) },
        { "period.end_date", () => PeriodFunctions.EndDate(Ctx(), 12) },
        { "period.days", () => PeriodFunctions.Days(12) },
        { "rate.per_day", () => RateFunctions.PerDay(100, "abc") },
        { "units.grams_to_ounces", () => UnitFunctions.GramsToOunces("abc") },
        { "units.ounces_to_grams", () => UnitFunctions.OuncesToGrams("abc") },
        { "units.tonnes_to_pounds", () => UnitFunctions.TonnesToPounds("abc") },
        { "units.pounds_to_tonnes", () => UnitFunctions.PoundsToTonnes("abc") },
        { "pct.change_value", () => PercentFunctions.ChangeValue("abc", 1) },
        { "num.range", () => NumberFunctions.Range(Ctx(), "abc", 1) },
        { "times.ap", () => TimeFunctions.Ap(Ctx(), 12) },
        { "times.zone_name", () => TimeFunctions.ZoneName(Ctx(), 12, "America/Toronto") },
        { "times.call", () => TimeFunctions.Call(Ctx(), 12) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_message_starts_with_the_function_name(string function, Action call) =>
        Assert.StartsWith(function + ": ", Message(call));

    [Fact]
    public void Messages_name_the_parameter_and_what_was_given()
    {
        Assert.Equal("num.range: high is a String ('abc'); expected a number (decimal, int, long, double) or a figure.", Message(() => NumberFunctions.Range(Ctx(), 1, "abc")));
        Assert.Equal("period.days: expected a period or a figure, not null.", Message(() => PeriodFunctions.Days(null!)));
        Assert.Equal("times.call: expected a conference call, not null.", Message(() => TimeFunctions.Call(Ctx(), null!)));
        Assert.Equal("rate.per_day: the number of days must be positive, not 0.", Message(() => RateFunctions.PerDay(100, 0)));
        Assert.Equal("num.format: value Infinity is not a finite number.", Message(() => NumberFunctions.Format(Ctx(), double.PositiveInfinity)));
    }

    private static readonly Model.Metric Ore = Metric("ore", unit: "t") with { OperatingDays = "mill_days" };
    private static readonly Model.Metric MillDays = Metric("mill_days", unit: "days");

    /// <summary>Each message a template author can meet, word for word, with the call that raises it.</summary>
    public static TheoryData<string, Action> ExactMessages() => new()
    {
        // numbers
        { "num.format: value is null; expected a number or a figure.", () => NumberFunctions.Format(Ctx(), null!) },
        { "num.format: decimals must be between 0 and 10, not 11.", () => NumberFunctions.Format(Ctx(), 5, 11) },
        { "num.format: decimals must be between 0 and 10, not -1.", () => NumberFunctions.Format(Ctx(), 5, -1) },
        { "num.millions: decimals must be between 0 and 10, not 11.", () => NumberFunctions.Millions(Ctx(), 5, 11) },
        { "num.range: decimals must be between 0 and 10, not 11.", () => NumberFunctions.Range(Ctx(), 1_000_000, 2_000_000, 11) },
        { "num.currency: decimals must be between 0 and 10, not -1.", () => NumberFunctions.Currency(Ctx(), 5, -1) },
        { "pct.format: decimals must be between 0 and 10, not 11.", () => PercentFunctions.Format(Ctx(), 5, 11) },
        { "num.format: value NaN is not a finite number.", () => NumberFunctions.Format(Ctx(), double.NaN) },
        { "num.format: value -Infinity is not a finite number.", () => NumberFunctions.Format(Ctx(), double.NegativeInfinity) },
        { "num.format: value -8E+28 is not a finite number.", () => NumberFunctions.Format(Ctx(), -8e28) },
        { "num.range: high NaN is not a finite number.", () => NumberFunctions.Range(Ctx(), 1, double.NaN) },
        { "num.in_scale: decimals must be between 0 and 10, not 11.", () => NumberFunctions.InScale(Ctx(), 5, 11, "thousands") },
        { "num.in_scale: decimals must be between 0 and 10, not -1.", () => NumberFunctions.InScale(Ctx(), 5, -1, "thousands") },
        { "num.in_scale: a plain number has no scale; declare 'scale: thousands' (or millions) on the metric, or pass \"thousands\" or \"millions\".", () => NumberFunctions.InScale(Ctx(), 5) },
        { "num.in_scale: metric 'silver_oz' declares no scale; declare 'scale: thousands' (or millions) on the metric, or pass \"thousands\" or \"millions\".", () => NumberFunctions.InScale(Ctx(), SilverQ2_2012, null, "") },
        { "num.in_scale: the scale must be \"thousands\" or \"millions\", not 'billions'.", () => NumberFunctions.InScale(Ctx(), 5, null, "billions") },
        // percent changes
        { "pct.change: not comparable: the prior value is zero, so a percent change is undefined (current 5.5).", () => PercentFunctions.Change(Ctx(), 5.5m, 0) },
        { "compare.more: not comparable: the prior value is zero, so a percent change is undefined (current -3).", () => ComparisonFunctions.More(Ctx(), -3, 0) },
        { "compare.change: prior is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => ComparisonFunctions.Change(Ctx(), 1, "x") },
        // each wording function names itself and the argument that is wrong, whichever check meets it first
        { "compare.verb: current is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => ComparisonFunctions.Verb(Ctx(), "x", 1) },
        { "compare.noun: prior is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => ComparisonFunctions.Noun(Ctx(), 1, "x") },
        { "compare.up: current is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => ComparisonFunctions.Up(Ctx(), "x", 1) },
        { "compare.direction: current is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => ComparisonFunctions.Direction(Ctx(), "x", 1) },
        { "compare.outcome: prior is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => ComparisonFunctions.Outcome(Ctx(), 1, "x") },
        { "pct.change: current is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => PercentFunctions.Change(Ctx(), "x", 1) },
        { "num.between: low is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => NumberFunctions.Between(Ctx(), "x", 1) },
        // rates
        { "rate.per_day: a plain number needs a period (or a number of days) to be divided by.", () => RateFunctions.PerDay(100) },
        { "rate.per_day: the number of days must be positive, not -1.", () => RateFunctions.PerDay(100, -1) },
        { "rate.per_day: period is a String ('abc'); expected a number (decimal, int, long, double) or a figure.", () => RateFunctions.PerDay(100, "abc") },
        { "rate.per_operating_day: a plain number needs the number of operating days.", () => OperatingDayRate.Compute(100, null, null) },
        { "rate.per_operating_day: metric 'silver_oz' does not name its operating days: add 'operating_days: METRIC' to it, or pass the days.", () => OperatingDayRate.Compute(SilverQ2_2012, "", null) },
        { "rate.per_operating_day: there is no 'mill_days' figure for 2012-Q2, so ore has no operating days then.", () => OperatingDayRate.Compute(Fig(Ore, "2012-Q2", 100m), null, (_, _) => null) },
        { "rate.per_operating_day: there is no 'mill_days' figure for 2012-Q3, so ore has no operating days then.", () => RateFunctions.PerOperatingDay(Ctx(), Fig(Ore, "2012-Q3", 100m)) },
        { "rate.per_operating_day: the days (mill_days, 2012-Q1) are not of the value's period (2012-Q2).", () => OperatingDayRate.Compute(Fig(Ore, "2012-Q2", 100m), Fig(MillDays, "2012-Q1", 80m), null) },
        { "rate.per_operating_day: the number of operating days must be positive, not 0.", () => OperatingDayRate.Compute(100, 0, null) },
        { "rate.per_operating_day: the number of operating days must be positive, not -2.", () => OperatingDayRate.Compute(100, Fig(MillDays, "2012-Q1", -2m), null) },
        { "rate.per_operating_day: days is a String ('x'); expected a number (decimal, int, long, double) or a figure.", () => OperatingDayRate.Compute(100, "x", null) },
        // dates and periods
        { "dates.long: '07/16/2012' is not a date of the form yyyy-MM-dd.", () => DateFunctions.Long(Ctx(), "07/16/2012") },
        { "dates.long: the date is null.", () => DateFunctions.Long(Ctx(), null!) },
        { "dates.weekday: a Int32 is not a date; expected a date or a yyyy-MM-dd string.", () => DateFunctions.Weekday(Ctx(), 20120807) },
        { "period.name: expected a period or a figure, not String.", () => PeriodFunctions.Name(Ctx(), "2012-Q2") },
        { "period.title: expected a period or a figure, not Int32.", () => PeriodFunctions.Title(Ctx(), 2012) },
        { "period.short: expected a period or a figure, not null.", () => PeriodFunctions.Short(Ctx(), null!) },
        // times
        { "times.in_zones: the DateTime has kind Utc; a local start must be a wall-clock time (kind Unspecified) read in its zone.", () => TimeFunctions.InZones(Ctx(), new DateTime(2012, 8, 8, 11, 0, 0, DateTimeKind.Utc), "America/New_York") },
        { "times.ap: 'noon' is not a local time of the form yyyy-MM-ddTHH:mm.", () => TimeFunctions.Ap(Ctx(), "noon") },
        { "times.ap: the local start is null.", () => TimeFunctions.Ap(Ctx(), null!) },
        { "times.ap: a Int32 is not a local date and time; expected a DateTime or a yyyy-MM-ddTHH:mm string.", () => TimeFunctions.Ap(Ctx(), 12) },
        { "times.in_zones: 2012-03-11T02:30 does not exist in America/New_York (the clocks skip it).", () => TimeFunctions.InZones(Ctx(), "2012-03-11T02:30", "America/New_York") },
        { "times.in_zones: 2012-11-04T01:30 occurs twice in America/New_York (the clocks go back); choose another time.", () => TimeFunctions.InZones(Ctx(), "2012-11-04T01:30", "America/New_York") },
        { "times.in_zones: 'Eastern/Standard' is not a time zone of the tz database (for example America/New_York).", () => TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "Eastern/Standard") },
        { "times.in_zones: 'Pacific/Nowhere' is not a time zone of the tz database (for example America/New_York).", () => TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York", new[] { "Pacific/Nowhere" }) },
        { "times.in_zones: other zones must be zone ids (strings), not Int32.", () => TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York", new object[] { 5 }) },
        { "times.in_zones: other zones must be zone ids (strings), not null.", () => TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York", new object?[] { null }) },
        { "times.in_zones: other zones must be a zone id or a list of zone ids.", () => TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York", 5) },
        { "times.call: expected a conference call, not String.", () => TimeFunctions.Call(Ctx(), "11 a.m.") },
        // text
        { "text.listings: expected a list of listings, not String.", () => TextFunctions.Listings(Ctx(), "TSX: AXR") },
        { "text.listings: expected a list of listings, not null.", () => TextFunctions.Listings(Ctx(), null!) },
        { "text.listings: expected listings (exchange and symbol), not String.", () => TextFunctions.Listings(Ctx(), new[] { "TSX" }) },
        { "text.listings: expected listings (exchange and symbol), not null.", () => TextFunctions.Listings(Ctx(), new Model.Listing?[] { null }) },
        { "text.listings: the style must be \"separate\" or \"combined\", not 'merged'.", () => TextFunctions.Listings(Ctx(), Array.Empty<Model.Listing>(), "merged") },
        { "text.join: expected a list, not String.", () => TextFunctions.Join(Ctx(), "a, b") },
        { "text.join: expected a list, not null.", () => TextFunctions.Join(Ctx(), null!) },
    };

    [Theory]
    [MemberData(nameof(ExactMessages))]
    public void The_message_is_exact(string expected, Action call) => Assert.Equal(expected, Message(call));
}
