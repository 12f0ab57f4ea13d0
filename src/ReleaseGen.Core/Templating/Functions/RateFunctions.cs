using ReleaseGen.Model;
using ReleaseGen.Periods;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>Rates over a period, imported as <c>rate</c>. Results are unrounded decimals: format them with <c>num.format</c>.</summary>
public sealed class RateFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public RateFunctions() : base(2, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(RateFunctions).GetMethod(nameof(PerDay)));
        this.Function(typeof(RateFunctions).GetMethod(nameof(PerOperatingDay)));
    }

    /// <summary>
    /// A figure's value per calendar day of its own period, or a value per day of a given period (or a
    /// number of days). 22,209 t over Q2 2012 (91 days) is 244.05 t/d.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ rate.per_day tonnes_q2_2012 | num.format 0 }}
    /// {{ rate.per_day 22209 91 | num.format 2 }}
    /// ```
    /// ```text
    /// 244
    /// 244.05
    /// ```
    /// </remarks>
    public static decimal PerDay(object value, object? period = null)
    {
        const string fn = "rate.per_day";
        var days = period switch
        {
            null when value is Figure f => f.Period.Days,
            null => throw new ArgumentException($"{fn}: a plain number needs a period (or a number of days) to be divided by."),
            Period p => p.Days,
            Figure pf => pf.Period.Days,
            _ => Numbers.ToDecimal(period, fn, "period"),
        };
        if (days <= 0) throw new ArgumentException($"{fn}: the number of days must be positive, not {days.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        return Numbers.ToDecimal(value, fn) / days;
    }

    /// <summary>
    /// A value per operating day: divided by a day count from the data, not by calendar days. With one
    /// argument, a figure is divided by the same period's figure of the metric its metric names in
    /// <c>operating_days</c>; with two, by the given days (a number or a day-count figure of the same period).
    /// 22,209 t over 84 operating days is 264.39 t/d.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ rate.per_operating_day figures.ore_processed.quarter | num.format 0 }}
    /// {{ rate.per_operating_day 22209 84 | num.format 2 }}
    /// ```
    /// ```text
    /// 264
    /// 264.39
    /// ```
    /// (the first with <c>ore_processed: { ..., operating_days: mill_days }</c> and 84 mill days in the quarter)
    /// </remarks>
    public static decimal PerOperatingDay(Scriban.TemplateContext context, object value, object? days = null) =>
        OperatingDayRate.Compute(value, days, context is IFigureSource source ? source.FindFigure : null);
}

/// <summary>Rates that need the release's figures (a metric's operating days), imported into <c>rate</c> beside <see cref="RateFunctions"/>.</summary>
public static class OperatingDayRate
{
    /// <summary>
    /// The divisor of <c>rate.per_operating_day</c>: a number of days, a figure of a day-count metric (its
    /// value), or, with one argument, the figure of the metric that <paramref name="value"/>'s metric names
    /// in <c>operating_days</c>, for the same period (found by <paramref name="findDays"/>).
    /// </summary>
    public static decimal Compute(object value, object? days, Func<string, Periods.PeriodKey, Figure?>? findDays)
    {
        const string fn = "rate.per_operating_day";
        decimal count;
        switch (days)
        {
            case null or "":
                if (value is not Figure f)
                    throw new ArgumentException($"{fn}: a plain number needs the number of operating days.");
                if (f.Metric.OperatingDays is not { } daysKey)
                    throw new ArgumentException($"{fn}: metric '{f.Metric.Key}' does not name its operating days: add 'operating_days: METRIC' to it, or pass the days.");
                var daysFigure = findDays?.Invoke(daysKey, f.Period.Key)
                    ?? throw new ArgumentException($"{fn}: there is no '{daysKey}' figure for {f.Period.Key}, so {f.Metric.Key} has no operating days then.");
                count = daysFigure.Value;
                break;
            case Figure d:
                if (value is Figure v && v.Period.Key != d.Period.Key)
                    throw new ArgumentException($"{fn}: the days ({d.Metric.Key}, {d.Period.Key}) are not of the value's period ({v.Period.Key}).");
                count = d.Value;
                break;
            default:
                count = Numbers.ToDecimal(days, fn, "days");
                break;
        }
        if (count <= 0) throw new ArgumentException($"{fn}: the number of operating days must be positive, not {count.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        return Numbers.ToDecimal(value, fn) / count;
    }
}

/// <summary>Unit conversions, imported as <c>units</c>. Results are unrounded decimals.</summary>
public sealed class UnitFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public UnitFunctions() : base(6, autoImportStaticsFromThisType: false)
    {
        this.Constant(nameof(GramsPerTroyOunce), GramsPerTroyOunce);
        this.Constant(nameof(PoundsPerTonne), PoundsPerTonne);
        this.Function(typeof(UnitFunctions).GetMethod(nameof(GramsToOunces)));
        this.Function(typeof(UnitFunctions).GetMethod(nameof(OuncesToGrams)));
        this.Function(typeof(UnitFunctions).GetMethod(nameof(TonnesToPounds)));
        this.Function(typeof(UnitFunctions).GetMethod(nameof(PoundsToTonnes)));
    }

    /// <summary>Grams in one troy ounce.</summary>
    public const decimal GramsPerTroyOunce = 31.1034768m;

    /// <summary>Pounds (avoirdupois) in one metric tonne.</summary>
    public const decimal PoundsPerTonne = 2204.62262m;

    /// <summary>Grams to troy ounces.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ units.grams_to_ounces 31.1034768 }}
    /// {{ units.grams_to_ounces 1000000 | num.format 0 }}
    /// ```
    /// ```text
    /// 1
    /// 32,151
    /// ```
    /// </remarks>
    public static decimal GramsToOunces(object grams) => Normalize(Numbers.ToDecimal(grams, "units.grams_to_ounces") / GramsPerTroyOunce);

    /// <summary>Troy ounces to grams.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ units.ounces_to_grams 2 }}
    /// ```
    /// ```text
    /// 62.2069536
    /// ```
    /// </remarks>
    public static decimal OuncesToGrams(object ounces) => Normalize(Numbers.ToDecimal(ounces, "units.ounces_to_grams") * GramsPerTroyOunce);

    /// <summary>Metric tonnes to pounds.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ units.tonnes_to_pounds 2 }}
    /// ```
    /// ```text
    /// 4409.24524
    /// ```
    /// </remarks>
    public static decimal TonnesToPounds(object tonnes) => Normalize(Numbers.ToDecimal(tonnes, "units.tonnes_to_pounds") * PoundsPerTonne);

    /// <summary>Pounds to metric tonnes.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ units.pounds_to_tonnes 2204.62262 }}
    /// ```
    /// ```text
    /// 1
    /// ```
    /// </remarks>
    public static decimal PoundsToTonnes(object pounds) => Normalize(Numbers.ToDecimal(pounds, "units.pounds_to_tonnes") / PoundsPerTonne);

    private static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;
}
