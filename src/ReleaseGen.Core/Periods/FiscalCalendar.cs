namespace ReleaseGen.Periods;

/// <summary>
/// A change of fiscal year end: the transition period of <see cref="Months"/> months (3, 6, 15...) that
/// ends at the new calendar's year end in <see cref="FiscalYear"/> and is a period of its own. Periods of
/// earlier fiscal years are on the previous calendar, whose year end is the month before the transition starts.
/// </summary>
public sealed record FiscalTransition(int FiscalYear, int Months);

/// <summary>
/// A fiscal calendar whose year ends on the last day of <see cref="YearEndMonth"/>. A fiscal year is
/// named by the calendar year it ends in: with a September year end, fiscal 2012 runs from
/// October 1, 2011 to September 30, 2012. With a <see cref="Transition"/>, the calendar changed: fiscal
/// years before the transition's are on the previous calendar, the transition's year is the transition
/// period (its quarters counted from its start: a fifteen-month one has five), later ones are on this one.
/// </summary>
public sealed record FiscalCalendar(int YearEndMonth)
{
    /// <summary>The calendar-year calendar (December year end).</summary>
    public static FiscalCalendar Calendar { get; } = new(12);

    /// <summary>The change of year end that led to this calendar, if any.</summary>
    public FiscalTransition? Transition { get; init; }

    /// <summary>True when fiscal years are calendar years, so prose need not say "fiscal".</summary>
    public bool IsCalendarYear => YearEndMonth == 12;

    /// <summary>The calendar before the transition (this one when there was none).</summary>
    public FiscalCalendar Previous => Transition is not null
        ? new FiscalCalendar((TransitionStart.Month + 10) % 12 + 1)
        : this;

    /// <summary>The first day of the transition period.</summary>
    public DateOnly TransitionStart => Transition is { } t
        ? new FiscalCalendar(YearEndMonth).YearEnd(t.FiscalYear).AddDays(1).AddMonths(-t.Months)
        : DateOnly.MinValue;

    /// <summary>True when <paramref name="fiscalYear"/> is the transition period's year.</summary>
    public bool IsTransitionYear(int fiscalYear) => Transition?.FiscalYear == fiscalYear;

    /// <summary>The calendar that names periods of <paramref name="fiscalYear"/>: the one in force then.</summary>
    public FiscalCalendar InForce(int fiscalYear) =>
        Transition is { } t && fiscalYear < t.FiscalYear ? Previous : this;

    /// <summary>Months in fiscal year <paramref name="fiscalYear"/> (the transition period's, in its year).</summary>
    public int MonthsIn(int fiscalYear) => IsTransitionYear(fiscalYear) ? Transition!.Months : 12;

    /// <summary>First day of fiscal year <paramref name="fiscalYear"/>.</summary>
    public DateOnly YearStart(int fiscalYear) =>
        IsTransitionYear(fiscalYear) ? TransitionStart : YearEnd(fiscalYear - 1).AddDays(1);

    /// <summary>Last day of fiscal year <paramref name="fiscalYear"/>.</summary>
    public DateOnly YearEnd(int fiscalYear)
    {
        var month = InForce(fiscalYear).YearEndMonth;
        return new(fiscalYear, month, DateTime.DaysInMonth(fiscalYear, month));
    }

    /// <summary>The first day of the month that starts fiscal month <paramref name="monthIndex"/> (0-based).</summary>
    public DateOnly MonthStart(int fiscalYear, int monthIndex) => YearStart(fiscalYear).AddMonths(monthIndex);

    /// <summary>The first and last day of <paramref name="key"/> on this calendar.</summary>
    public (DateOnly Start, DateOnly End) Place(PeriodKey key)
    {
        var start = key.Kind == PeriodKind.Quarter ? MonthStart(key.FiscalYear, (key.Quarter - 1) * 3) : YearStart(key.FiscalYear);
        var months = key.Kind is PeriodKind.FullYear or PeriodKind.Transition ? MonthsIn(key.FiscalYear) : key.Months;
        if (key.Kind == PeriodKind.Transition && !IsTransitionYear(key.FiscalYear)) months = key.Months;
        return (start, start.AddMonths(months).AddDays(-1));
    }

    /// <summary>
    /// The key this calendar writes <paramref name="key"/> as: in a transition year the whole period is the
    /// transition (<c>2012-FY</c> is <c>2012-T15</c>), and twelve months of a longer one are <c>2012-12M</c>.
    /// </summary>
    public PeriodKey Normalize(PeriodKey key)
    {
        if (Transition is not { } t || key.FiscalYear != t.FiscalYear) return key;
        if (key.Kind == PeriodKind.FullYear) return t.Months > 12 ? PeriodKey.TwelveMonths(t.FiscalYear) : PeriodKey.ForTransition(t.FiscalYear, t.Months);
        if (key.Kind is PeriodKind.YearToDate && key.Months == t.Months) return PeriodKey.ForTransition(t.FiscalYear, t.Months);
        if (key.Kind is PeriodKind.Quarter && t.Months == 3) return PeriodKey.ForTransition(t.FiscalYear, 3);
        return key;
    }

    /// <summary>
    /// Parses a period key as this calendar reads it: a transition period or a fifth quarter is a key only
    /// of a calendar that declares its change of year end (elsewhere <c>2012-Q5</c> is a typo).
    /// </summary>
    public bool TryParseKey(string? text, out PeriodKey key) =>
        PeriodKey.TryParse(text, out key) && (Transition is not null || !(key.Kind == PeriodKind.Transition || key is { Kind: PeriodKind.Quarter, Quarter: 5 }));

    /// <summary>Why <paramref name="key"/> is no period of this calendar; null when it is one.</summary>
    public string? Invalid(PeriodKey key)
    {
        var t = Transition;
        if (key.Kind == PeriodKind.Transition && (t is null || t.FiscalYear != key.FiscalYear || t.Months != key.Months))
            return t is null
                ? $"'{key}' is a transition period, but the issuer declares none (issuer.fiscal_transition)"
                : $"'{key}' is not the issuer's transition period ({PeriodKey.ForTransition(t.FiscalYear, t.Months)})";
        if (t is not null && key.FiscalYear == t.FiscalYear && key.Kind != PeriodKind.Transition
            && (key.Kind == PeriodKind.Quarter ? key.Quarter * 3 > t.Months : key.Months >= t.Months))
            return $"fiscal {key.FiscalYear} is the {t.Months}-month transition period ({PeriodKey.ForTransition(t.FiscalYear, t.Months)}): '{key}' is not inside it";
        if (key.Kind == PeriodKind.Quarter && key.Quarter == 5 && (t is null || t.FiscalYear != key.FiscalYear || t.Months < 15))
            return $"'{key}': only a transition period of fifteen months or more has a fifth quarter";
        return null;
    }

    /// <summary>The key of this calendar that spans exactly <paramref name="start"/> to <paramref name="end"/>, if any (the transition's own keys first).</summary>
    public PeriodKey? KeyFor(DateOnly start, DateOnly end)
    {
        if (Transition is { } t)
        {
            foreach (var key in KeysOf(t.FiscalYear))
                if (Place(key) == (start, end)) return key;
        }
        for (var year = end.Year; year <= end.Year + 1; year++)
        {
            if (IsTransitionYear(year)) continue;
            foreach (var key in KeysOf(year))
                if (Place(key) == (start, end)) return key;
        }
        return null;
    }

    /// <summary>Every period key of fiscal year <paramref name="fiscalYear"/>: its quarters, years to date and the whole year.</summary>
    public IEnumerable<PeriodKey> KeysOf(int fiscalYear)
    {
        var months = MonthsIn(fiscalYear);
        if (IsTransitionYear(fiscalYear)) yield return PeriodKey.ForTransition(fiscalYear, months);
        for (var q = 1; q * 3 <= months; q++)
        {
            yield return PeriodKey.ForQuarter(fiscalYear, q);
            if (q > 1 && q * 3 < months) yield return YearToDate(fiscalYear, q);
        }
        if (!IsTransitionYear(fiscalYear)) yield return PeriodKey.FullYear(fiscalYear);
    }

    /// <summary>The year to date through quarter <paramref name="quarter"/> (the whole year, or the transition period, through its last).</summary>
    public PeriodKey YearToDate(int fiscalYear, int quarter)
    {
        if (!IsTransitionYear(fiscalYear)) return PeriodKey.YearToDate(fiscalYear, quarter);
        var months = Transition!.Months;
        if (quarter * 3 >= months) return PeriodKey.ForTransition(fiscalYear, months);
        if (quarter == 1) return PeriodKey.ForQuarter(fiscalYear, 1);
        return quarter == 4 ? PeriodKey.TwelveMonths(fiscalYear) : PeriodKey.YearToDate(fiscalYear, quarter);
    }

    /// <summary>The quarter <paramref name="count"/> quarters after <paramref name="quarter"/> (before, when negative), by dates across a transition.</summary>
    public PeriodKey AddQuarters(PeriodKey quarter, int count)
    {
        if (Transition is null) return quarter.AddQuarters(count);
        var current = quarter;
        for (var i = 0; i < Math.Abs(count); i++)
        {
            var (start, end) = Place(current);
            var (nextStart, nextEnd) = count > 0 ? (end.AddDays(1), end.AddDays(1).AddMonths(3).AddDays(-1)) : (start.AddMonths(-3), start.AddDays(-1));
            current = QuarterFor(nextStart, nextEnd) ?? current.AddQuarters(Math.Sign(count));
        }
        return current;
    }

    /// <summary>The quarter before <paramref name="quarter"/>.</summary>
    public PeriodKey PreviousQuarter(PeriodKey quarter) => AddQuarters(quarter, -1);

    /// <summary>
    /// The same period a year earlier: the same months when the calendar in force then has a period for
    /// them (after a change of year end, the first quarter of fiscal 2013, April to June 2012, compares with
    /// April to June 2011, the second quarter of 2011); else the same key a year earlier.
    /// </summary>
    public PeriodKey PriorYear(PeriodKey key)
    {
        if (Transition is null) return key.PriorYear();
        var (start, end) = Place(key);
        return KeyFor(start.AddYears(-1), end.AddDays(1).AddYears(-1).AddDays(-1)) ?? key.PriorYear();
    }

    /// <summary>A three-month key for the dates: a quarter, or a transition period of three months.</summary>
    private PeriodKey? QuarterFor(DateOnly start, DateOnly end) =>
        KeyFor(start, end) is { } key && key.Months == 3 ? key : null;

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
