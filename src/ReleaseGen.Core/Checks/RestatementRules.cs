using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Checks;

/// <summary>Compares the current data with earlier releases' data, shared by RG404 and RG405.</summary>
internal static class History
{
    /// <summary>
    /// A published value that differs from the current one, compared at the coarser of the two printed
    /// precisions: a price published in whole dollars and now given to the cent is the same figure when
    /// the cents round to the dollars published.
    /// </summary>
    public static (HistoricalRelease Release, DataPoint Point)? FirstDifference(CheckContext context, Metric metric, PeriodKey period, decimal current)
    {
        var placed = context.Data.PeriodOf(period);
        foreach (var release in context.History)
        {
            // The same months on the earlier release's calendar: a fiscal year end may have changed since.
            var theirs = release.Data.Calendar == context.Data.Calendar ? period : Series.SeriesLedger.PeriodOn(release.Data.Calendar, placed.Start, placed.End);
            if (theirs is null || !release.Data.Values.TryGetValue((metric.Key, theirs.Value), out var earlier)) continue;
            var decimals = Math.Min(metric.Decimals, release.Data.FindMetric(metric.Key)?.Decimals ?? metric.Decimals);
            if (Round(earlier.Value, decimals) != Round(current, decimals)) return (release, earlier);
        }
        return null;
    }

    /// <summary>An earlier publication in the series that differs from the current value.</summary>
    public static bool ChangedInSeries(CheckContext context, Metric metric, PeriodKey period, decimal current) =>
        context.Data.Ledger.Any(e => e.IsEarlier && e.Metric == metric.Key && e.Key == period && Round(e.Value, metric) != Round(current, metric));

    private static decimal Round(decimal value, Metric metric) => Round(value, metric.Decimals);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}

/// <summary>RG404: a figure published in an earlier release is unchanged, unless declared restated.</summary>
public sealed class ChangedFromHistoryRule : CheckRule
{
    public override string Code => DiagnosticCodes.ChangedFromHistory;

    public override string Title => "Published figures do not change silently";

    public override string Why => "Comparatives are re-printed every quarter; a changed prior-period figure is either a slip or a restatement, and a restatement must be disclosed as such (IAS 8; ASC 250).";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.History.Count == 0) yield break;
        foreach (var ((key, period), point) in context.Data.Values.OrderBy(v => v.Value.Location.Line).ThenBy(v => v.Value.Location.Column))
        {
            var metric = context.Data.FindMetric(key)!;
            if (context.Data.IsDeclaredRestated(key, period)) continue;
            if (History.FirstDifference(context, metric, period, point.Value) is not { } earlier) continue;
            yield return Finding(point.Location,
                $"{key} for {period} is {Show(point.Value, metric)} but was published as {Show(earlier.Point.Value, metric)} ({earlier.Point.Location}); if it was restated, declare it under 'restated:' with the reason")
                with { Subject = new FindingSubject(key, period) };
        }
    }
}

/// <summary>RG405: a declared restatement is contradicted by some earlier release (otherwise the declaration is stale).</summary>
public sealed class RestatementUnchangedRule : CheckRule
{
    public override string Code => DiagnosticCodes.RestatementUnchanged;

    public override string Title => "Declared restatements change a published figure";

    public override string Why => "A restatement note left over from an earlier quarter tells readers a figure changed when it did not.";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var inSeries = context.Data.Ledger.Count > 0;
        if (context.History.Count == 0 && !inSeries) yield break;
        foreach (var restatement in context.Data.Restatements)
        {
            if (context.Data.FindMetric(restatement.Metric) is not { } metric) continue;
            var current = context.Given(restatement.Metric, restatement.Period);
            if (current is not null && History.FirstDifference(context, metric, restatement.Period, current.Value) is not null) continue;
            if (current is not null && History.ChangedInSeries(context, metric, restatement.Period, current.Value)) continue;
            var reason = current is null
                ? $"the data gives no value of {restatement.Metric} for {restatement.Period}"
                : $"no earlier release {(inSeries ? "of the series" : "in the history")} published a different {restatement.Metric} for {restatement.Period}";
            yield return Finding(restatement.Location, $"declared restated, but {reason}");
        }
    }
}
