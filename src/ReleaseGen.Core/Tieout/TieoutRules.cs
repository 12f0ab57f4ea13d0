using ReleaseGen.Diagnostics;

namespace ReleaseGen.Tieout;

/// <summary>
/// One rule of <c>releasegen tieout</c>: its code, severity, what it checks and why (docs/rules.md
/// lists the same). The <see cref="TieoutEngine"/> applies them; each finding it reports names its rule.
/// </summary>
public abstract class TieoutRule
{
    public abstract string Code { get; }

    public abstract string Title { get; }

    public abstract string Why { get; }

    public virtual Severity Severity => Severity.Error;

    public Diagnostic Finding(string path, TextPosition at, string message) => new(Severity, Code, message, new SourceLocation(path, at.Line, at.Column));

    /// <summary>Every rule, in code order.</summary>
    public static IReadOnlyList<TieoutRule> All { get; } =
    [
        new UnreadableDocumentRule(), new TableCellRule(), new RunningFigureRule(), new PercentClaimRule(), new DirectionRule(),
        new PerDayRateRule(), new FavourableRoundingRule(), new TotalRule(), new WeekdayRule(), new TimeZoneRule(),
        new UntiedNumberRule(), new TableStructureRule(), new OtherPeriodRule(),
    ];
}

/// <summary>RG700: the final document cannot be read (unknown extension, not a PDF, too large).</summary>
public sealed class UnreadableDocumentRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutUnreadable;
    public override string Title => "The final document can be read";
    public override string Why => "A document that cannot be read cannot be tied; say so instead of reporting nothing.";
}

/// <summary>RG701: a table cell differs from the figure of its row's metric for its column's period.</summary>
public sealed class TableCellRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutTableCell;
    public override string Title => "Table cells tie to the data";
    public override string Why => "A retyped table cell is the commonest slip between the approved draft and the release that goes out.";
}

/// <summary>RG702: a figure in running text differs from the data for its metric, unit and stated period.</summary>
public sealed class RunningFigureRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutRunningFigure;
    public override string Title => "Figures in running text tie to the data";
    public override string Why => "A sentence states a number with its unit and period; the reader trusts that the three belong together.";
}

/// <summary>RG703: a percent change claim is not the change between the figures it compares, correctly rounded.</summary>
public sealed class PercentClaimRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutPercentClaim;
    public override string Title => "Percent changes are recomputed from the figures";
    public override string Why => "Published releases carry percentages one point off their own tables, truncated instead of rounded, or computed from other figures.";
}

/// <summary>RG704: a direction word (higher, lower, up, down, improvement) contradicts the sign of the change.</summary>
public sealed class DirectionRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutDirection;
    public override string Title => "Direction words agree with the sign of the change";
    public override string Why => "\"Higher\" for a figure that fell is the error readers notice last and regulators first.";
}

/// <summary>RG705: a per-day rate differs from the figure divided by the calendar days of its period.</summary>
public sealed class PerDayRateRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutPerDayRate;
    public override string Title => "Per-day rates are recomputed";
    public override string Why => "A rate divides by the days of the period stated (91 in a leap-year first quarter); a rate from the wrong period or day count looks plausible.";
}

/// <summary>RG706: an approximate number is within the widened tolerance but rounded toward the more favourable side.</summary>
public sealed class FavourableRoundingRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutFavourableRounding;
    public override string Title => "Approximations do not round toward good news";
    public override string Why => "\"Approximately\" allows one unit of the last digit, but using it to round production up toward guidance (or a cost down) overstates the result.";
}

/// <summary>RG707: a total or subtotal row does not equal the sum of the rows it totals, as printed.</summary>
public sealed class TotalRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutTotal;
    public override string Title => "Totals add up as printed";
    public override string Why => "A total that is not the sum of its rows is visible to every reader with a calculator.";
}

/// <summary>RG708: the weekday printed with a date is not that date's weekday.</summary>
public sealed class WeekdayRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutWeekday;
    public override string Title => "Weekdays agree with their dates";
    public override string Why => "A date copied from last quarter's release keeps last quarter's weekday.";
}

/// <summary>RG709: a time in a named zone is not the conference call's time in that zone.</summary>
public sealed class TimeZoneRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutTimeZone;
    public override string Title => "Times agree with their zones";
    public override string Why => "\"11 a.m. Eastern (9 a.m. Pacific)\" sends half the callers to the wrong hour.";
}

/// <summary>RG710: a number ties to no figure, fact or event of the release.</summary>
public sealed class UntiedNumberRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutUntied;
    public override string Title => "Every number ties to something";
    public override Severity Severity => Severity.Warning;
    public override string Why => "A number typed by hand has no source; the reviewer must see it to tick it.";
}

/// <summary>RG711: a table matches no table of the data, or has rows the data's table does not have, or lacks some.</summary>
public sealed class TableStructureRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutTableStructure;
    public override string Title => "Tables have the data's rows";
    public override Severity Severity => Severity.Warning;
    public override string Why => "A row added or dropped by hand changes what the table says without changing any figure.";
}

/// <summary>
/// RG712 (warning): a number in running text ties only to a figure of a period its sentence does not name,
/// while the reporting period's figure of the same metric reads otherwise ("0.45 million ounces" in a
/// sentence about the quarter, matching a year-earlier quarter's 447,524 rather than this one's 458,472).
/// </summary>
public sealed class OtherPeriodRule : TieoutRule
{
    public override string Code => DiagnosticCodes.TieoutOtherPeriod;
    public override string Title => "Figures tie to the period their sentence is about";
    public override Severity Severity => Severity.Warning;
    public override string Why => "A number that matches only another period's figure is most often the reporting period's figure mistyped; the match would hide the error.";
}
