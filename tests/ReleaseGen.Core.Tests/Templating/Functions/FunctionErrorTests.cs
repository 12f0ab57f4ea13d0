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

    public static TheoryData<string, string> Calls() => new()
    {
        { "compare.change", Message(() => ComparisonFunctions.Change(Ctx(), "abc", 1)) },
        { "compare.more", Message(() => ComparisonFunctions.More(Ctx(), "abc", 1)) },
        { "compare.direction", Message(() => ComparisonFunctions.Direction(Ctx(), "abc", 1)) },
        { "compare.outcome", Message(() => ComparisonFunctions.Outcome(Ctx(), "abc", 1)) },
        { "compare.is_higher", Message(() => ComparisonFunctions.IsHigher(Ctx(), "abc", 1)) },
        { "compare.is_lower", Message(() => ComparisonFunctions.IsLower(Ctx(), "abc", 1)) },
        { "dates.weekday", Message(() => DateFunctions.Weekday(Ctx(), 12)) },
        { "dates.ap", Message(() => DateFunctions.Ap(Ctx(), 12)) },
        { "dates.ap_weekday", Message(() => DateFunctions.ApWeekday(Ctx(), 12)) },
        { "period.span_header", Message(() => PeriodFunctions.SpanHeader(Ctx(), 12)) },
        { "period.end_date", Message(() => PeriodFunctions.EndDate(Ctx(), 12)) },
        { "period.days", Message(() => PeriodFunctions.Days(12)) },
        { "rate.per_day", Message(() => RateFunctions.PerDay(100, "abc")) },
        { "units.grams_to_ounces", Message(() => UnitFunctions.GramsToOunces("abc")) },
        { "units.ounces_to_grams", Message(() => UnitFunctions.OuncesToGrams("abc")) },
        { "units.tonnes_to_pounds", Message(() => UnitFunctions.TonnesToPounds("abc")) },
        { "units.pounds_to_tonnes", Message(() => UnitFunctions.PoundsToTonnes("abc")) },
        { "pct.change_value", Message(() => PercentFunctions.ChangeValue("abc", 1)) },
        { "num.range", Message(() => NumberFunctions.Range(Ctx(), "abc", 1)) },
        { "times.ap", Message(() => TimeFunctions.Ap(Ctx(), 12)) },
        { "times.zone_name", Message(() => TimeFunctions.ZoneName(Ctx(), 12, "America/Toronto")) },
        { "times.call", Message(() => TimeFunctions.Call(Ctx(), 12)) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_message_starts_with_the_function_name(string function, string message) =>
        Assert.StartsWith(function + ": ", message);

    [Fact]
    public void Messages_name_the_parameter_and_what_was_given()
    {
        Assert.Equal("num.range: high is a String ('abc'); expected a number (decimal, int, long, double) or a figure.", Message(() => NumberFunctions.Range(Ctx(), 1, "abc")));
        Assert.Equal("period.days: expected a period or a figure, not null.", Message(() => PeriodFunctions.Days(null!)));
        Assert.Equal("times.call: expected a conference call, not null.", Message(() => TimeFunctions.Call(Ctx(), null!)));
        Assert.Equal("rate.per_day: the number of days must be positive, not 0.", Message(() => RateFunctions.PerDay(100, 0)));
        Assert.Equal("num.format: value Infinity is not a finite number.", Message(() => NumberFunctions.Format(Ctx(), double.PositiveInfinity)));
    }
}
