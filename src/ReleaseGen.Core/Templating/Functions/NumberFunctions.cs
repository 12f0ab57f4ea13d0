using ReleaseGen.Model;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Number formatting, imported as <c>num</c>. Arguments are numbers or figures; a figure's metric
/// decimals are the default decimals. Rounding is half away from zero everywhere.
/// </summary>
public sealed class NumberFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public NumberFunctions() : base(7, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(NumberFunctions).GetMethod(nameof(Format)));
        this.Function(typeof(NumberFunctions).GetMethod(nameof(Millions)));
        this.Function(typeof(NumberFunctions).GetMethod(nameof(Scaled)));
        this.Function(typeof(NumberFunctions).GetMethod(nameof(Range)));
        this.Function(typeof(NumberFunctions).GetMethod(nameof(Currency)));
        this.Function(typeof(NumberFunctions).GetMethod(nameof(InScale)));
        this.Function(typeof(NumberFunctions).GetMethod(nameof(Between)));
    }

    private const decimal Million = 1_000_000m;

    /// <summary>
    /// Formats a number with group separators and fixed decimals (default: the figure's metric decimals;
    /// for a plain number, its own decimals).
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.format 458472 }}
    /// {{ num.format 8.75 1 }}
    /// {{ num.format silver_q2 }}
    /// ```
    /// ```text
    /// 458,472
    /// 8.8
    /// 458,472
    /// ```
    /// </remarks>
    public static string Format(TemplateContext context, object value, int? decimals = null)
    {
        const string fn = "num.format";
        return Numbers.Format(Numbers.ToDecimal(value, fn), Numbers.Decimals(decimals, value, fn), LanguageSettings.Of(context));
    }

    /// <summary>A value in millions with fixed decimals (default 1).</summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.millions 3661412 }}
    /// {{ num.millions 8591724 2 }}
    /// ```
    /// ```text
    /// 3.7 million
    /// 8.59 million
    /// ```
    /// </remarks>
    public static string Millions(TemplateContext context, object value, int decimals = 1)
    {
        const string fn = "num.millions";
        var language = LanguageSettings.Of(context);
        var d = Numbers.Decimals(decimals, value, fn);
        var millions = Numbers.Round(Numbers.ToDecimal(value, fn) / Million, d);
        return language.FormatMillions(language.FormatNumber(millions, d), millions);
    }

    /// <summary>
    /// Millions to one decimal for values of at least 1,000,000 in absolute value (a whole number of
    /// millions drops ".0"); a grouped integer below that.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.scaled 2200000 }}
    /// {{ num.scaled 7000000 }}
    /// {{ num.scaled 29000 }}
    /// ```
    /// ```text
    /// 2.2 million
    /// 7 million
    /// 29,000
    /// ```
    /// </remarks>
    public static string Scaled(TemplateContext context, object value)
    {
        const string fn = "num.scaled";
        var language = LanguageSettings.Of(context);
        var v = Numbers.ToDecimal(value, fn);
        if (Math.Abs(v) >= Million)
            return language.FormatMillions(Numbers.FormatTrimmed(v / Million, 1, language), Numbers.Round(v / Million, 1));
        return Numbers.Format(v, 0, language);
    }

    /// <summary>
    /// A range. When the larger end is at least 1,000,000 both ends are in millions with
    /// <paramref name="decimals"/> decimals (default 1; ".0" dropped when both ends are whole millions);
    /// otherwise both ends are grouped numbers with the values' default decimals.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.range 2200000 2500000 }}
    /// {{ num.range 7000000 10000000 }}
    /// {{ num.range 120000 135000 }}
    /// ```
    /// ```text
    /// 2.2 to 2.5 million
    /// 7 to 10 million
    /// 120,000 to 135,000
    /// ```
    /// </remarks>
    public static string Range(TemplateContext context, object low, object high, int decimals = 1) =>
        RangeText(LanguageSettings.Of(context), low, high, decimals, "num.range", LanguageSettings.Of(context).RangePattern);

    /// <summary>
    /// A range in running text, "between X and Y", with the ends as <c>num.range</c> prints them (millions
    /// from 1,000,000 up, the word "million" once, after the second end).
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.between 2200000 2500000 }}
    /// {{ num.between 120000 135000 }}
    /// ```
    /// ```text
    /// between 2.2 and 2.5 million
    /// between 120,000 and 135,000
    /// ```
    /// (fr-CA: <c>entre 2,2 et 2,5 millions</c>)
    /// </remarks>
    public static string Between(TemplateContext context, object low, object high, int decimals = 1) =>
        RangeText(LanguageSettings.Of(context), low, high, decimals, "num.between", LanguageSettings.Of(context).BetweenPattern);

    /// <summary>
    /// A value in the scale its metric declares (<c>scale: thousands</c> or <c>millions</c>), or in the scale
    /// given as the third argument for a plain number: thousands to 0 decimals, millions to 1 by default.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.in_scale gold_oz_q1 }}
    /// {{ num.in_scale 2310400 null "thousands" }}
    /// {{ num.in_scale 2310400 2 "millions" }}
    /// ```
    /// ```text
    /// 2,310 thousand
    /// 2,310 thousand
    /// 2.31 million
    /// ```
    /// (the first with a metric declaring <c>scale: thousands</c>; fr-CA <c>2 310 mille</c>, <c>2,31 millions</c>)
    /// </remarks>
    public static string InScale(TemplateContext context, object value, int? decimals = null, string? scale = null)
    {
        const string fn = "num.in_scale";
        MetricScale chosen = scale switch
        {
            null or "" when value is Model.Figure { Metric.Scale: { } declared } => declared,
            null or "" => throw new ArgumentException($"{fn}: {(value is Model.Figure f ? $"metric '{f.Metric.Key}' declares no scale" : "a plain number has no scale")}; declare 'scale: thousands' (or millions) on the metric, or pass \"thousands\" or \"millions\"."),
            "thousands" => MetricScale.Thousands,
            "millions" => MetricScale.Millions,
            _ => throw new ArgumentException($"{fn}: the scale must be \"thousands\" or \"millions\", not '{scale}'."),
        };
        if (decimals is { } d && d is < 0 or > 10) throw new ArgumentException($"{fn}: decimals must be between 0 and 10, not {d}.");
        return InScaleText(Numbers.ToDecimal(value, fn), chosen, decimals, LanguageSettings.Of(context));
    }

    internal static string InScaleText(decimal value, MetricScale scale, int? decimals, LanguageSettings language)
    {
        var divisor = scale == MetricScale.Thousands ? 1_000m : Million;
        var d = decimals ?? (scale == MetricScale.Thousands ? 0 : 1);
        var scaled = Numbers.Round(value / divisor, d);
        var number = language.FormatNumber(scaled, d);
        return scale == MetricScale.Thousands
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, language.ThousandPattern, number)
            : language.FormatMillions(number, scaled);
    }

    private static string RangeText(LanguageSettings language, object low, object high, int decimals, string fn, string pattern)
    {
        var lo = Numbers.ToDecimal(low, fn, "low");
        var hi = Numbers.ToDecimal(high, fn, "high");
        if (Math.Max(Math.Abs(lo), Math.Abs(hi)) >= Million)
        {
            var d = Numbers.Decimals(decimals, low, fn);
            var rl = Numbers.Round(lo / Million, d);
            var rh = Numbers.Round(hi / Million, d);
            var whole = rl == decimal.Truncate(rl) && rh == decimal.Truncate(rh);
            var shown = whole ? 0 : d;
            var range = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern,
                language.FormatNumber(rl, shown), language.FormatNumber(rh, shown));
            return language.FormatMillions(range, Math.Max(Math.Abs(rl), Math.Abs(rh)));
        }
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern,
            Numbers.Format(lo, Numbers.DefaultDecimals(low, fn), language),
            Numbers.Format(hi, Numbers.DefaultDecimals(high, fn), language));
    }
    /// <summary>
    /// A money amount, rounded (default decimals: the figure's metric decimals, or 0 for an integer), the
    /// sign in front of the currency symbol. The symbol and its place come from the language.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ num.currency 1234 }}
    /// {{ num.currency -12.4 0 }}
    /// ```
    /// ```text
    /// $1,234
    /// -$12
    /// ```
    /// (fr-CA: <c>1 234 $</c>, <c>-12 $</c>)
    /// </remarks>
    public static string Currency(TemplateContext context, object value, int? decimals = null)
    {
        const string fn = "num.currency";
        var language = LanguageSettings.Of(context);
        var d = Numbers.Decimals(decimals, value, fn);
        return language.FormatCurrency(Numbers.Round(Numbers.ToDecimal(value, fn), d), d);
    }
}
