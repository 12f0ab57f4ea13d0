namespace ReleaseGen.Periods;

/// <summary>
/// A period key placed on a fiscal calendar: its dates, day count and names. Names are English here;
/// the language functions render them for other locales.
/// </summary>
public sealed record Period(PeriodKey Key, FiscalCalendar Calendar)
{
    public static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    /// <summary>The months of a quarter or a year to date (a year to date of twelve months is the full year).</summary>
    private static string MonthCountWord(int months) => months switch
    {
        3 => "three",
        6 => "six",
        _ => "nine",
    };

    public int FiscalYear => Key.FiscalYear;

    public PeriodKind Kind => Key.Kind;

    public int Months => Key.Months;

    public DateOnly Start => Key.Kind == PeriodKind.Quarter
        ? Calendar.MonthStart(Key.FiscalYear, (Key.Quarter - 1) * 3)
        : Calendar.YearStart(Key.FiscalYear);

    public DateOnly End => Start.AddMonths(Key.Months).AddDays(-1);

    /// <summary>Calendar days in the period, both ends included (Q1 2012 has 91: 2012 is a leap year).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>"2012", or "fiscal 2024" when fiscal years are not calendar years.</summary>
    public string YearName => Calendar.IsCalendarYear ? $"{FiscalYear}" : $"fiscal {FiscalYear}";

    /// <summary>
    /// The period in running text: "second quarter of 2012", "first six months of 2012",
    /// "third quarter of fiscal 2024", "2012" (full year), "fiscal 2024".
    /// </summary>
    public string Name => Key.Kind switch
    {
        PeriodKind.Quarter => $"{Ordinals[Key.Quarter - 1]} quarter of {YearName}",
        PeriodKind.YearToDate => $"first {MonthCountWord(Key.Months)} months of {YearName}",
        _ => YearName,
    };

    /// <summary>Short heading form: "Second Quarter 2012", "Six Months 2012", "Fiscal 2024".</summary>
    public string Title => Key.Kind switch
    {
        PeriodKind.Quarter => $"{Capitalize(Ordinals[Key.Quarter - 1])} Quarter {TitleYear}",
        PeriodKind.YearToDate => $"{Capitalize(MonthCountWord(Key.Months))} Months {TitleYear}",
        _ => Calendar.IsCalendarYear ? $"Year {FiscalYear}" : $"Fiscal {FiscalYear}",
    };

    private string TitleYear => Calendar.IsCalendarYear ? $"{FiscalYear}" : $"Fiscal {FiscalYear}";

    /// <summary>The span part of a table header: "Three Months Ended", "Six Months Ended", "Year Ended".</summary>
    public string SpanHeader => Key.Kind == PeriodKind.FullYear ? "Year Ended" : $"{Capitalize(MonthCountWord(Key.Months))} Months Ended";

    public override string ToString() => Key.ToString();

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
