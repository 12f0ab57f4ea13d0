namespace ReleaseGen.Periods;

/// <summary>
/// A fiscal calendar whose year ends on the last day of <see cref="YearEndMonth"/>. A fiscal year is
/// named by the calendar year it ends in: with a September year end, fiscal 2012 runs from
/// October 1, 2011 to September 30, 2012.
/// </summary>
public sealed record FiscalCalendar(int YearEndMonth)
{
    /// <summary>The calendar-year calendar (December year end).</summary>
    public static FiscalCalendar Calendar { get; } = new(12);

    /// <summary>True when fiscal years are calendar years, so prose need not say "fiscal".</summary>
    public bool IsCalendarYear => YearEndMonth == 12;

    /// <summary>First day of fiscal year <paramref name="fiscalYear"/>.</summary>
    public DateOnly YearStart(int fiscalYear) => YearEnd(fiscalYear - 1).AddDays(1);

    /// <summary>Last day of fiscal year <paramref name="fiscalYear"/>.</summary>
    public DateOnly YearEnd(int fiscalYear) =>
        new(fiscalYear, YearEndMonth, DateTime.DaysInMonth(fiscalYear, YearEndMonth));

    /// <summary>The first day of the month that starts fiscal month <paramref name="monthIndex"/> (0-based).</summary>
    public DateOnly MonthStart(int fiscalYear, int monthIndex) => YearStart(fiscalYear).AddMonths(monthIndex);

    /// <summary>Parses "MM-DD" where the day is the month's last day (Feb 28 stands for the end of February).</summary>
    public static bool TryParseYearEnd(string text, out FiscalCalendar calendar, out string error)
    {
        calendar = Calendar;
        error = "";
        var parts = text.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var month) || !int.TryParse(parts[1], out var day)
            || month is < 1 or > 12)
        {
            error = $"fiscal year end '{text}' is not of the form MM-DD (for example 12-31 or 09-30)";
            return false;
        }
        var lastDay = DateTime.DaysInMonth(2001, month);
        if (day != lastDay && !(month == 2 && day == 29))
        {
            error = $"fiscal year end '{text}' must be the last day of a month ({month:00}-{lastDay:00})";
            return false;
        }
        calendar = new FiscalCalendar(month);
        return true;
    }
}
