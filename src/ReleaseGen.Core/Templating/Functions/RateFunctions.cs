using ReleaseGen.Model;
using ReleaseGen.Periods;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>Rates over a period, imported as <c>rate</c>. Results are unrounded decimals: format them with <c>num.format</c>.</summary>
public sealed class RateFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public RateFunctions() : base(1, autoImportStaticsFromThisType: false)
    {
        this.Function(nameof(PerDay), PerDay);
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
}

/// <summary>Unit conversions, imported as <c>units</c>. Results are unrounded decimals.</summary>
public sealed class UnitFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public UnitFunctions() : base(6, autoImportStaticsFromThisType: false)
    {
        this.Constant(nameof(GramsPerTroyOunce), GramsPerTroyOunce);
        this.Constant(nameof(PoundsPerTonne), PoundsPerTonne);
        this.Function(nameof(GramsToOunces), GramsToOunces);
        this.Function(nameof(OuncesToGrams), OuncesToGrams);
        this.Function(nameof(TonnesToPounds), TonnesToPounds);
        this.Function(nameof(PoundsToTonnes), PoundsToTonnes);
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
