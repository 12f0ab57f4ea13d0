using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Dates in prose, imported as <c>dates</c> (Scriban's own <c>date</c> is left alone). A date is a
/// <see cref="DateOnly"/>, a <see cref="DateTime"/> (its date part), a NodaTime <c>LocalDate</c> or a
/// "yyyy-MM-dd" string. Month and day names come from <see cref="LanguageSettings"/>, never the machine's culture.
/// </summary>
public sealed class DateFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public DateFunctions() : base(4, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(DateFunctions).GetMethod(nameof(Long)));
        this.Function(typeof(DateFunctions).GetMethod(nameof(Weekday)));
        this.Function(typeof(DateFunctions).GetMethod(nameof(Ap)));
        this.Function(typeof(DateFunctions).GetMethod(nameof(ApWeekday)));
    }

    /// <summary>Long form.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ dates.long "2012-07-16" }}
    /// ```
    /// ```text
    /// July 16, 2012
    /// ```
    /// </remarks>
    public static string Long(TemplateContext context, object date)
    {
        var language = LanguageSettings.Of(context);
        return language.FormatDate(ToDate(date, "dates.long"), language.LongDatePattern, language.MonthNames);
    }

    /// <summary>Long form with the weekday.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ dates.weekday "2012-08-07" }}
    /// ```
    /// ```text
    /// Tuesday, August 7, 2012
    /// ```
    /// </remarks>
    public static string Weekday(TemplateContext context, object date)
    {
        var language = LanguageSettings.Of(context);
        return language.FormatDate(ToDate(date, "dates.weekday"), language.WeekdayDatePattern, language.MonthNames);
    }

    /// <summary>AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec. abbreviated; March to July spelt out.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ dates.ap "2012-08-07" }}
    /// {{ dates.ap "2012-07-16" }}
    /// ```
    /// ```text
    /// Aug. 7, 2012
    /// July 16, 2012
    /// ```
    /// </remarks>
    public static string Ap(TemplateContext context, object date)
    {
        var language = LanguageSettings.Of(context);
        return language.FormatDate(ToDate(date, "dates.ap"), language.LongDatePattern, language.ApMonthNames);
    }

    /// <summary>AP style with the weekday (AP does not abbreviate weekdays).</summary>
    /// <remarks>
    /// ```scriban
    /// {{ dates.ap_weekday "2012-09-05" }}
    /// ```
    /// ```text
    /// Wednesday, Sept. 5, 2012
    /// ```
    /// </remarks>
    public static string ApWeekday(TemplateContext context, object date)
    {
        var language = LanguageSettings.Of(context);
        return language.FormatDate(ToDate(date, "dates.ap_weekday"), language.WeekdayDatePattern, language.ApMonthNames);
    }

    /// <summary>The date of a date-like argument, or an <see cref="ArgumentException"/> naming the function.</summary>
    internal static DateOnly ToDate(object? value, string function) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        NodaTime.LocalDate ld => ld.ToDateOnly(),
        NodaTime.LocalDateTime ldt => ldt.Date.ToDateOnly(),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        string s => throw new ArgumentException($"{function}: '{s}' is not a date of the form yyyy-MM-dd."),
        null => throw new ArgumentException($"{function}: the date is null."),
        _ => throw new ArgumentException($"{function}: a {value.GetType().Name} is not a date; expected a date or a yyyy-MM-dd string."),
    };
}
