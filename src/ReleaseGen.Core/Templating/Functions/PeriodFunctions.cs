using ReleaseGen.Model;
using ReleaseGen.Periods;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Period phrases, imported as <c>period</c>. The argument is a <see cref="Period"/> or a
/// <see cref="Figure"/> (its period). Names and dates come from <see cref="LanguageSettings"/> (its
/// English default says exactly what <see cref="Period"/>'s own English names say).
/// </summary>
public sealed class PeriodFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public PeriodFunctions() : base(6, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(PeriodFunctions).GetMethod(nameof(Name)));
        this.Function(typeof(PeriodFunctions).GetMethod(nameof(Title)));
        this.Function(typeof(PeriodFunctions).GetMethod(nameof(SpanHeader)));
        this.Function(typeof(PeriodFunctions).GetMethod(nameof(EndDate)));
        this.Function(typeof(PeriodFunctions).GetMethod(nameof(Days)));
        this.Function(typeof(PeriodFunctions).GetMethod(nameof(Short)));
    }

    /// <summary>The period in running text.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.name report_period }}
    /// ```
    /// ```text
    /// second quarter of 2012
    /// ```
    /// </remarks>
    public static string Name(TemplateContext context, object period) =>
        LanguageSettings.Of(context).PeriodName(ToPeriod(period, "period.name"));

    /// <summary>The heading form.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.title report_period }}
    /// ```
    /// ```text
    /// Second Quarter 2012
    /// ```
    /// </remarks>
    public static string Title(TemplateContext context, object period) =>
        LanguageSettings.Of(context).PeriodTitle(ToPeriod(period, "period.title"));

    /// <summary>The short form for headings: "Q1 Fiscal 2025", "Q2 2012", "6M 2012", "FY2025" (fr-CA "T1 de l'exercice 2025", "T2 2012").</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.short report_period }}
    /// ```
    /// ```text
    /// Q2 2012
    /// ```
    /// </remarks>
    public static string Short(TemplateContext context, object period) =>
        LanguageSettings.Of(context).PeriodShortName(ToPeriod(period, "period.short"));

    /// <summary>The span part of a table header.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.span_header report_period }}
    /// ```
    /// ```text
    /// Three Months Ended
    /// ```
    /// </remarks>
    public static string SpanHeader(TemplateContext context, object period) =>
        LanguageSettings.Of(context).PeriodSpanHeader(ToPeriod(period, "period.span_header"));

    /// <summary>The last day of the period, long form.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.end_date report_period }}
    /// ```
    /// ```text
    /// June 30, 2012
    /// ```
    /// </remarks>
    public static string EndDate(TemplateContext context, object period)
    {
        var language = LanguageSettings.Of(context);
        return language.FormatDate(ToPeriod(period, "period.end_date").End, language.LongDatePattern, language.MonthNames);
    }

    /// <summary>Calendar days in the period, both ends included.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.days report_period }}
    /// ```
    /// ```text
    /// 91
    /// ```
    /// </remarks>
    public static int Days(object period) => ToPeriod(period, "period.days").Days;

    internal static Period ToPeriod(object? value, string function) => value switch
    {
        Period p => p,
        Figure f => f.Period,
        _ => throw new ArgumentException($"{function}: expected a period or a figure, not {value?.GetType().Name ?? "null"}."),
    };
}
