using ReleaseGen.Diagnostics;
using ReleaseGen.Periods;

namespace ReleaseGen.Model;

/// <summary>
/// Everything one release says, as loaded from its folder: issuer, reporting period, metric
/// catalogue, values, tables, facts, events, people and the forward-looking register.
/// </summary>
public sealed class ReleaseData
{
    public required string FolderPath { get; init; }

    public required string DataPath { get; init; }

    public required Issuer Issuer { get; init; }

    public required ReleaseInfo Release { get; init; }

    public required FiscalCalendar Calendar { get; init; }

    /// <summary>The metric catalogue, in the order the data file lists it.</summary>
    public required IReadOnlyList<Metric> Metrics { get; init; }

    public required IReadOnlyDictionary<(string Metric, PeriodKey Period), DataPoint> Values { get; init; }

    public required IReadOnlyDictionary<string, TableLayout> Tables { get; init; }

    public required IReadOnlyList<Reconciliation> Reconciliations { get; init; }

    /// <summary>Stated facts that are not in a table: scalars, lists and maps as the data file has them.</summary>
    public required IReadOnlyDictionary<string, object?> Facts { get; init; }

    public required Events Events { get; init; }

    public QualifiedPerson? QualifiedPerson { get; init; }

    public required IReadOnlyList<ForwardLookingStatement> ForwardLooking { get; init; }

    public required IReadOnlyList<Contact> Contacts { get; init; }

    /// <summary>Figures this release declares restated from an earlier release (the <c>restated:</c> section).</summary>
    public IReadOnlyList<Restatement> Restatements { get; init; } = [];

    // A catalogue of tens of thousands of metrics must not make every lookup a scan (issue 15: 80,000 metrics took minutes).
    private Dictionary<string, Metric>? _metricsByKey;

    public Metric? FindMetric(string key)
    {
        _metricsByKey ??= Metrics.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _metricsByKey.GetValueOrDefault(key);
    }

    public Period PeriodOf(PeriodKey key) => new(key, Calendar);
}

/// <summary>A value as typed, with where it was typed.</summary>
public sealed record DataPoint(decimal Value, SourceLocation Location);

public sealed record Listing(string Exchange, string Symbol);

public sealed record Place(string City, string? Region, string? Country);

public sealed record Issuer(
    string Name,
    string ShortName,
    IReadOnlyList<Listing> Listings,
    Place Headquarters,
    string? Website,
    string? Email,
    IReadOnlyList<string> DisclosureRegimes,
    string? About);

/// <summary>The release itself: its date, the period it reports, and how it is rendered.</summary>
public sealed record ReleaseInfo(
    DateOnly Date,
    string? Wire,
    PeriodKey PeriodKey,
    string Template,
    string Narrative,
    string Locale,
    string Subject,
    SourceLocation PeriodLocation);

/// <summary>
/// A table: its columns are periods named relative to the reporting period (<c>quarter</c>,
/// <c>ytd_prior_year</c>) or absolutely (<c>2012-Q1</c>); its rows are metrics and nested groups.
/// </summary>
/// <remarks>
/// A table may carry a <see cref="Title"/> (with translations by locale, <see cref="Titles"/>) that
/// templates print above it (<c>tables.titles.NAME</c>).
/// </remarks>
public sealed record TableLayout(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, SourceLocation Location,
    string? Title = null, IReadOnlyDictionary<string, string>? Titles = null)
{
    public string? TitleIn(string? locale) => Title is null ? null : Localized.Pick(Title, Titles, locale);
}

public sealed record TableColumn(string PeriodRef, SourceLocation Location);

public abstract record TableRow(SourceLocation Location);

/// <summary>A metric's row; <see cref="Label"/> and <see cref="Labels"/> override the metric's own label in this table.</summary>
public sealed record MetricRow(string MetricKey, string? Label, SourceLocation Location, IReadOnlyDictionary<string, string>? Labels = null) : TableRow(Location)
{
    /// <summary>The row's label in <paramref name="locale"/>: this row's own, else the metric's.</summary>
    public string LabelIn(Metric metric, string? locale) => Label is null
        ? Labels is null ? metric.LabelIn(locale) : Localized.Pick(metric.LabelIn(locale), Labels, locale)
        : Localized.Pick(Label, Labels, locale);
}

public sealed record GroupRow(string Label, IReadOnlyList<TableRow> Rows, SourceLocation Location, IReadOnlyDictionary<string, string>? Labels = null) : TableRow(Location)
{
    public string LabelIn(string? locale) => Localized.Pick(Label, Labels, locale);
}

/// <summary>A reviewer's cross-check: <see cref="Expect"/> should equal <see cref="Expression"/> within a relative tolerance.</summary>
public sealed record Reconciliation(string Name, string Expect, string Expression, decimal Tolerance, SourceLocation Location)
{
    /// <summary>Where the expression text starts in the data file (inside its quotes), so an error in it can be pointed at.</summary>
    public SourceLocation? ExpressionLocation { get; init; }
}

/// <summary>A figure deliberately changed from an earlier published release, with the reason given for it.</summary>
public sealed record Restatement(string Metric, PeriodKey Period, string Reason, SourceLocation Location);

public sealed record ResultsEvent(DateOnly Date, string? Timing);

public sealed record ConferenceCall(
    DateTime LocalStart,
    string Zone,
    IReadOnlyList<string> AlsoZones,
    IReadOnlyDictionary<string, string> DialIn,
    string? Webcast,
    Replay? Replay);

public sealed record Replay(DateOnly Until, IReadOnlyDictionary<string, string> DialIn, string? Account, string? ConferenceId);

public sealed record Events(ResultsEvent? Results, ConferenceCall? Call);

public sealed record QualifiedPerson(string Name, IReadOnlyList<string> Designations, string Title, string Relationship, SourceLocation Location);

public sealed record ForwardLookingStatement(string About, IReadOnlyList<string> Assumptions, IReadOnlyList<string> Risks, SourceLocation Location);

public sealed record Contact(string Name, string? Title, string? Phone, string? Email);
