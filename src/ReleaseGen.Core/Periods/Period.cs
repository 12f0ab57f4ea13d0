namespace ReleaseGen.Periods;

/// <summary>
/// A period key placed on a fiscal calendar: its dates, day count and names. Names are English here;
/// the language functions render them for other locales.
/// </summary>
public sealed record Period(PeriodKey Key, FiscalCalendar Calendar)
{
    public static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    private static readonly string[] Numbers =
    [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three",
    ];

    /// <summary>The months of a quarter, a year to date or a transition period in words ("three", "fifteen").</summary>
    internal static string MonthCountWord(int months) => months is > 0 and < 24 ? Numbers[months] : months.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private string EndText => $"{MonthNames[End.Month - 1]} {End.Day}, {End.Year}";

    public int FiscalYear => Key.FiscalYear;

    public PeriodKind Kind => Key.Kind;

    public int Months => Key.Months;

    public DateOnly Start => Calendar.Place(Key).Start;

    public DateOnly End => Calendar.Place(Key).End;

    /// <summary>The calendar in force for this period (the previous one before a change of year end).</summary>
    public FiscalCalendar InForce => Calendar.InForce(Key.FiscalYear);

    /// <summary>Calendar days in the period, both ends included (Q1 2012 has 91: 2012 is a leap year).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>"2012", or "fiscal 2024" when fiscal years are not calendar years.</summary>
    public string YearName => InForce.IsCalendarYear ? $"{FiscalYear}" : $"fiscal {FiscalYear}";

    /// <summary>
    /// The period in running text: "second quarter of 2012", "first six months of 2012",
    /// "third quarter of fiscal 2024", "2012" (full year), "fiscal 2024", "three-month transition period ended
    /// March 31, 2012", "fifteen months ended March 31, 2012".
    /// </summary>
    public string Name => Key.Kind switch
    {
        PeriodKind.Transition when Months < 12 => $"{MonthCountWord(Months)}-month transition period ended {EndText}",
        PeriodKind.Transition => $"{MonthCountWord(Months)} months ended {EndText}",
        PeriodKind.Quarter => $"{Ordinals[Key.Quarter - 1]} quarter of {YearName}",
        PeriodKind.YearToDate => $"first {MonthCountWord(Key.Months)} months of {YearName}",
        _ => YearName,
    };

    /// <summary>Short heading form: "Second Quarter 2012", "Six Months 2012", "Fiscal 2024".</summary>
    public string Title => Key.Kind switch
    {
        PeriodKind.Transition when Months < 12 => $"{Capitalize(MonthCountWord(Months))}-Month Transition Period Ended {EndText}",
        PeriodKind.Transition => $"{Capitalize(MonthCountWord(Months))} Months Ended {EndText}",
        PeriodKind.Quarter => $"{Capitalize(Ordinals[Key.Quarter - 1])} Quarter {TitleYear}",
        PeriodKind.YearToDate => $"{Capitalize(MonthCountWord(Key.Months))} Months {TitleYear}",
        _ => InForce.IsCalendarYear ? $"Year {FiscalYear}" : $"Fiscal {FiscalYear}",
    };

    private string TitleYear => InForce.IsCalendarYear ? $"{FiscalYear}" : $"Fiscal {FiscalYear}";

    /// <summary>The span part of a table header: "Three Months Ended", "Six Months Ended", "Year Ended".</summary>
    public string SpanHeader => Key.Kind == PeriodKind.FullYear ? "Year Ended" : $"{Capitalize(MonthCountWord(Months))} Months Ended";

    public override string ToString() => Key.ToString();

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
