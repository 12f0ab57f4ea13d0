using ReleaseGen.Model;
using ReleaseGen.Periods;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Period phrases, imported as <c>period</c>. The argument is a <see cref="Period"/> or a
/// <see cref="Figure"/> (its period). Names come from <see cref="Period"/> (English); dates from <see cref="LanguageSettings"/>.
/// </summary>
public sealed class PeriodFunctions : ScriptObject
{
    /// <summary>The period in running text.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.name report_period }}
    /// ```
    /// ```text
    /// second quarter of 2012
    /// ```
    /// </remarks>
    public static string Name(object period) => ToPeriod(period, "period.name").Name;

    /// <summary>The heading form.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.title report_period }}
    /// ```
    /// ```text
    /// Second Quarter 2012
    /// ```
    /// </remarks>
    public static string Title(object period) => ToPeriod(period, "period.title").Title;

    /// <summary>The span part of a table header.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ period.span_header report_period }}
    /// ```
    /// ```text
    /// Three Months Ended
    /// ```
    /// </remarks>
    public static string SpanHeader(object period) => ToPeriod(period, "period.span_header").SpanHeader;

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
