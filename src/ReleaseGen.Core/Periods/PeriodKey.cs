using System.Globalization;
using System.Text.RegularExpressions;

namespace ReleaseGen.Periods;

/// <summary>What a period spans within its fiscal year.</summary>
public enum PeriodKind
{
    /// <summary>One fiscal quarter.</summary>
    Quarter,

    /// <summary>The year to date: the first 3, 6 or 9 months of the fiscal year.</summary>
    YearToDate,

    /// <summary>The whole fiscal year.</summary>
    FullYear,

    /// <summary>
    /// The transition period of a fiscal calendar that changes its year end: 1 to 23 months ending on the
    /// first day of the new calendar's year end (<c>2012-T3</c>, <c>2012-T15</c>), a period of its own.
    /// </summary>
    Transition,
}

/// <summary>
/// A period named independently of any calendar: <c>2012-Q2</c>, <c>2012-H1</c> (first six months),
/// <c>2012-9M</c> (first nine months), <c>2012-FY</c>, <c>2012-T15</c> (a transition period of fifteen months
/// ending at the new year end in 2012; its quarters are <c>2012-Q1</c> to <c>2012-Q5</c>). The fiscal
/// calendar turns a key into dates.
/// </summary>
public readonly partial record struct PeriodKey(int FiscalYear, PeriodKind Kind, int Months, int Quarter)
{
    public static PeriodKey ForQuarter(int fiscalYear, int quarter) => new(fiscalYear, PeriodKind.Quarter, 3, quarter);

    /// <summary>Year to date through <paramref name="quarter"/>; through Q4 it is the full year.</summary>
    public static PeriodKey YearToDate(int fiscalYear, int quarter) => quarter switch
    {
        1 => ForQuarter(fiscalYear, 1),
        4 => FullYear(fiscalYear),
        _ => new(fiscalYear, PeriodKind.YearToDate, quarter * 3, quarter),
    };

    public static PeriodKey FullYear(int fiscalYear) => new(fiscalYear, PeriodKind.FullYear, 12, 4);

    /// <summary>A transition period of <paramref name="months"/> months ending at fiscal year <paramref name="fiscalYear"/>'s new year end.</summary>
    public static PeriodKey ForTransition(int fiscalYear, int months) => new(fiscalYear, PeriodKind.Transition, months, Math.Max(1, months / 3));

    /// <summary>The first twelve months of a transition period longer than a year (<c>2012-12M</c>).</summary>
    public static PeriodKey TwelveMonths(int fiscalYear) => new(fiscalYear, PeriodKind.YearToDate, 12, 4);

    /// <summary>The quarters this period adds up from, in order.</summary>
    public IEnumerable<PeriodKey> Quarters()
    {
        if (Kind == PeriodKind.Quarter)
        {
            yield return this;
            yield break;
        }
        if (Months % 3 != 0) yield break; // a transition of one or two months has no quarters
        for (var q = 1; q <= Months / 3; q++) yield return ForQuarter(FiscalYear, q);
    }

    /// <summary>The quarter <paramref name="count"/> quarters later (earlier when negative), across fiscal years.</summary>
    public PeriodKey AddQuarters(int count)
    {
        var index = FiscalYear * 4 + (Quarter - 1) + count;
        return ForQuarter(index / 4, index % 4 + 1);
    }

    /// <summary>The same period one fiscal year earlier, by key (a calendar that changed compares by dates: <see cref="FiscalCalendar.PriorYear"/>).</summary>
    public PeriodKey PriorYear() => this with { FiscalYear = FiscalYear - 1 };

    /// <summary>The quarter before this one (Q4 of the prior year before Q1).</summary>
    public PeriodKey PreviousQuarter() =>
        Quarter == 1 ? ForQuarter(FiscalYear - 1, 4) : ForQuarter(FiscalYear, Quarter - 1);

    public override string ToString() => Kind switch
    {
        PeriodKind.Quarter => $"{FiscalYear}-Q{Quarter}",
        PeriodKind.FullYear => $"{FiscalYear}-FY",
        PeriodKind.Transition => $"{FiscalYear}-T{Months}",
        _ when Months == 6 => $"{FiscalYear}-H1",
        _ => $"{FiscalYear}-{Months}M",
    };

    [GeneratedRegex(@"^(?<year>\d{4})-(?:Q(?<q>[1-5])|(?<h>H1)|(?<m>3|6|9|12)M|(?<fy>FY)|T(?<t>[1-9]|1[0-9]|2[0-3]))$")]
    private static partial Regex KeyPattern();

    /// <summary>
    /// Parses <c>2012-Q2</c>, <c>2012-H1</c>, <c>2012-6M</c>, <c>2012-9M</c>, <c>2012-FY</c>, <c>2012-T15</c>; <c>2012-Q5</c>
    /// is the fifth quarter of a fifteen-month transition period (whose first twelve months, <c>2012-12M</c>, the calendar tells from the full year).
    /// </summary>
    public static bool TryParse(string? text, out PeriodKey key)
    {
        key = default;
        var match = KeyPattern().Match(text ?? "");
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["q"].Success)
            key = ForQuarter(year, int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture));
        else if (match.Groups["h"].Success)
            key = YearToDate(year, 2);
        else if (match.Groups["m"].Success)
            key = YearToDate(year, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) / 3);
        else if (match.Groups["t"].Success)
            key = ForTransition(year, int.Parse(match.Groups["t"].Value, CultureInfo.InvariantCulture));
        else
            key = FullYear(year);
        return true;
    }

    /// <summary>What a valid period key looks like, for error messages.</summary>
    public const string Forms = "YYYY-Q1..Q4, YYYY-H1, YYYY-9M or YYYY-FY";
}
