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

    /// <summary>The issuer's reporting segments (mines, regions), in column order: the <c>segments:</c> section.</summary>
    public IReadOnlyList<Segment> Segments { get; init; } = [];

    /// <summary>The series the release belongs to; null for a release folder on its own.</summary>
    public Series.SeriesFolder? Series { get; init; }

    /// <summary>Every figure the other releases of the series (and its ledger files) published, placed on this release's calendar.</summary>
    public IReadOnlyList<Series.LedgerEntry> Ledger { get; init; } = [];

    /// <summary>Findings about already-published figures, acknowledged with a reason (the <c>acknowledged:</c> section).</summary>
    public IReadOnlyList<Acknowledgement> Acknowledgements { get; init; } = [];

    private Dictionary<string, Metric>? _metricsByKey;

    /// <summary>The metric of <paramref name="key"/>, or null; a dictionary lookup, so checks stay linear in the data.</summary>
    public Metric? FindMetric(string key)
    {
        _metricsByKey ??= Metrics.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _metricsByKey.GetValueOrDefault(key);
    }

    private ILookup<string, KeyValuePair<(string Metric, PeriodKey Period), DataPoint>>? _valuesByMetric;

    /// <summary>The given values of one metric, in the order of <see cref="Values"/>; an index built once, so checks stay linear in the data.</summary>
    public IEnumerable<KeyValuePair<(string Metric, PeriodKey Period), DataPoint>> ValuesOf(string metric)
    {
        _valuesByMetric ??= Values.ToLookup(v => v.Key.Metric, StringComparer.Ordinal);
        return _valuesByMetric[metric];
    }

    private HashSet<(string Metric, PeriodKey Period)>? _restated;

    /// <summary>Whether the <c>restated:</c> section declares this figure; a set built once, as checks ask per value.</summary>
    public bool IsDeclaredRestated(string metric, PeriodKey period)
    {
        _restated ??= Restatements.Select(r => (r.Metric, r.Period)).ToHashSet();
        return _restated.Contains((metric, period));
    }

    public Segment? FindSegment(string key) => Segments.FirstOrDefault(s => s.Key == key);

    public Period PeriodOf(PeriodKey key) => new(key, Calendar);
}

/// <summary>A value as typed, with where it was typed.</summary>
public sealed record DataPoint(decimal Value, SourceLocation Location)
{
    /// <summary>The earlier release (or ledger file) of the series that published the value; null for the release's own values.</summary>
    public string? PublishedIn { get; init; }

    public bool IsOwn => PublishedIn is null;
}

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
    string? About)
{
    /// <summary>The form of the issuer's annual report filed with the SEC (10-K, 20-F, 40-F): the US cautionary note names it; null when none is given.</summary>
    public string? AnnualReportForm { get; init; }

    /// <summary>A Canadian reporting issuer: a National Instrument among its regimes.</summary>
    public bool IsCanadian => DisclosureRegimes.Any(r => r.StartsWith("ni-", StringComparison.Ordinal));

    /// <summary>Under the US safe harbor (<c>pslra</c>).</summary>
    public bool IsUs => DisclosureRegimes.Contains("pslra");

    /// <summary>Both: the cautionary note is the combined Canadian and US form.</summary>
    public bool IsDualListed => IsCanadian && IsUs;

    /// <summary>Financial statements under U.S. GAAP: a US registrant filing a 10-K (or no form given) and not a Canadian issuer; IFRS otherwise.</summary>
    public bool ReportsUsGaap => IsUs && !IsCanadian && AnnualReportForm is null or "10-K";
}

/// <summary>The release itself: its date, the period it reports, and how it is rendered.</summary>
public sealed record ReleaseInfo(
    DateOnly Date,
    string? Wire,
    PeriodKey PeriodKey,
    string Template,
    string Narrative,
    string Locale,
    string Subject,
    SourceLocation PeriodLocation)
{
    /// <summary>The verb of the English headline: "Reports" (default), "Announces", "Provides".</summary>
    public string HeadlineVerb { get; init; } = "Reports";

    /// <summary>How headings name periods: long ("First Quarter Fiscal 2025", default) or short ("Q1 Fiscal 2025").</summary>
    public string PeriodNames { get; init; } = "long";

    /// <summary>How listings print: separate ("(TSX: XYZ) (NYSE American: XYZ)", default) or combined ("(TSX/NYSE American: XYZ)").</summary>
    public string ListingStyle { get; init; } = "separate";

    /// <summary>The figures are preliminary (unaudited, may change): the headline and a note say so.</summary>
    public bool Preliminary { get; init; }
}

/// <summary>
/// A reviewer's cross-check: <see cref="Expect"/> should equal <see cref="Expression"/> within <see cref="Tolerance"/>
/// (relative, <c>within: 0.5%</c>, or absolute in the metric's unit, <c>within: 1</c>).
/// </summary>
public sealed record Reconciliation(string Name, string Expect, string Expression, Tolerance Tolerance, SourceLocation Location)
{
    /// <summary>Where the expression text starts in the data file (inside its quotes), so an error in it can be pointed at.</summary>
    public SourceLocation? ExpressionLocation { get; init; }
}

/// <summary>
/// A finding about a figure already published (which this release cannot correct), acknowledged: the
/// finding's code, the figure (metric, period and the value acknowledged) and why. It holds only while
/// the figure keeps that value.
/// </summary>
public sealed record Acknowledgement(string Code, string Metric, PeriodKey Period, decimal Value, string Reason, SourceLocation Location);

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
