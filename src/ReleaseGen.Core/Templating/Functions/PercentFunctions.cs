using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>Percentages and percent change, imported as <c>pct</c>.</summary>
public sealed class PercentFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public PercentFunctions() : base(4, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(PercentFunctions).GetMethod(nameof(Format)));
        this.Function(typeof(PercentFunctions).GetMethod(nameof(Change)));
        this.Function(typeof(PercentFunctions).GetMethod(nameof(ChangeValue)));
        this.Function(typeof(PercentFunctions).GetMethod(nameof(ChangeOrNm)));
    }

    /// <summary>
    /// Formats a value that is already in percent (default decimals: the figure's metric decimals, or 0 for a plain number).
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ pct.format 90 }}
    /// {{ pct.format 8.84 1 }}
    /// ```
    /// ```text
    /// 90%
    /// 8.8%
    /// ```
    /// </remarks>
    public static string Format(TemplateContext context, object value, int? decimals = null)
    {
        const string fn = "pct.format";
        var language = LanguageSettings.Of(context);
        var d = decimals ?? (value is Model.Figure f ? f.Decimals : 0);
        d = Numbers.Decimals(d, value, fn);
        return language.FormatPercent(Numbers.Format(Numbers.ToDecimal(value, fn), d, language));
    }

    /// <summary>
    /// The absolute percent change from <paramref name="prior"/> to <paramref name="current"/>, relative
    /// to |prior|, computed from the printed (rounded) values of figures. A zero prior is an error
    /// ("not comparable") unless both are zero (0%).
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ pct.change 1040257 911848 }}
    /// {{ pct.change 458472 581785 }}
    /// {{ pct.change 22209 18928 1 }}
    /// ```
    /// ```text
    /// 14%
    /// 21%
    /// 17.3%
    /// ```
    /// </remarks>
    public static string Change(TemplateContext context, object current, object prior, int decimals = 0)
    {
        const string fn = "pct.change";
        var language = LanguageSettings.Of(context);
        var d = Numbers.Decimals(decimals, current, fn);
        return language.FormatPercent(Numbers.Format(Math.Abs(Functions.Change.Percent(current, prior, fn)), d, language));
    }

    /// <summary>
    /// Like <c>change</c>, but "n/m" (not meaningful; fr-CA "n.s.") where a percent would mislead: a zero
    /// prior, a change of sign, or a change above <c>LanguageSettings.NotMeaningfulAbovePercent</c> (1,000%).
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ pct.change_or_nm 1040257 911848 }}
    /// {{ pct.change_or_nm 120 0 }}
    /// {{ pct.change_or_nm -5 10 }}
    /// ```
    /// ```text
    /// 14%
    /// n/m
    /// n/m
    /// ```
    /// </remarks>
    public static string ChangeOrNm(TemplateContext context, object current, object prior, int decimals = 0)
    {
        const string fn = "pct.change_or_nm";
        var language = LanguageSettings.Of(context);
        return Functions.Change.NotMeaningful(current, prior, fn, language) ? language.NotMeaningful : Change(context, current, prior, decimals);
    }

    /// <summary>The signed percent change as an unrounded decimal, from printed values (for <c>if</c> and further arithmetic).</summary>
    /// <remarks>
    /// ```scriban
    /// {{ pct.change_value 110 100 }}
    /// {{ pct.change_value 90 100 }}
    /// ```
    /// ```text
    /// 10
    /// -10
    /// ```
    /// </remarks>
    public static decimal ChangeValue(object current, object prior) =>
        Functions.Change.Percent(current, prior, "pct.change_value") / 1.000000000000000000000000000000000m; // drop trailing zeros
}
