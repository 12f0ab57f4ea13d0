namespace ReleaseGen.Periods;

/// <summary>
/// Names for the comparatives of a reporting quarter, so table layouts and templates say
/// "quarter_prior_year" and next quarter's release needs no edit.
/// </summary>
public static class RelativePeriods
{
    public static readonly string[] Names =
    [
        "quarter", "quarter_prior_year", "previous_quarter", "ytd", "ytd_prior_year", "full_year", "full_year_prior_year",
    ];

    /// <summary>
    /// The key a relative name stands for when <paramref name="reporting"/> is the reported quarter, on
    /// <paramref name="calendar"/> (across a change of year end, prior-year periods are the same months
    /// on the calendar in force then, and a transition period is its year's whole).
    /// </summary>
    public static PeriodKey? Resolve(string name, PeriodKey reporting, FiscalCalendar? calendar = null)
    {
        calendar ??= FiscalCalendar.Calendar;
        var ytd = calendar.YearToDate(reporting.FiscalYear, reporting.Quarter);
        var year = calendar.IsTransitionYear(reporting.FiscalYear)
            ? PeriodKey.ForTransition(reporting.FiscalYear, calendar.MonthsIn(reporting.FiscalYear))
            : PeriodKey.FullYear(reporting.FiscalYear);
        return name switch
        {
            "quarter" => reporting,
            "quarter_prior_year" => calendar.PriorYear(reporting),
            "previous_quarter" => calendar.PreviousQuarter(reporting),
            "ytd" => ytd,
            "ytd_prior_year" => calendar.PriorYear(ytd),
            "full_year" => year,
            "full_year_prior_year" => calendar.PriorYear(year),
            _ => PeriodKey.TryParse(name, out var key) ? calendar.Normalize(key) : null,
        };
    }

    public static bool IsValidReference(string name, FiscalCalendar? calendar = null) =>
        Array.IndexOf(Names, name) >= 0 || ((calendar ?? FiscalCalendar.Calendar).TryParseKey(name, out var key) && (calendar ?? FiscalCalendar.Calendar).Invalid(key) is null);
}
