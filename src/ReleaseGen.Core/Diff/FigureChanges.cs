using System.Globalization;
using ReleaseGen.Derivation;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Diff;

/// <summary>A figure whose value differs between two versions of a release (null: the figure is absent on that side).</summary>
public sealed record FigureChange(string MetricKey, string Label, string Unit, int Decimals, PeriodKey Period, decimal? OldValue, decimal? NewValue)
{
    /// <summary>The change in percent of the old value, when both values exist and the old one is not zero.</summary>
    public decimal? ChangePercent => OldValue is { } o && NewValue is { } n && o != 0 ? (n - o) / Math.Abs(o) * 100m : null;

    public string OldText => Format(OldValue);

    public string NewText => Format(NewValue);

    public string ChangeText => ChangePercent is { } p
        ? (p > 0 ? "+" : "") + p.ToString("0.00", CultureInfo.InvariantCulture) + "%"
        : OldValue is null ? "added" : NewValue is null ? "removed" : "n/a";

    /// <summary>"Silver (ounces) [silver_oz], 2012-Q2: 458,472 -> 459,472 (+0.22%)".</summary>
    public override string ToString() => $"{Label} [{MetricKey}], {Period}: {OldText} -> {NewText} ({ChangeText})";

    // The metric's decimals, unless the rounded values would look equal: then as many as show the difference.
    private string Format(decimal? value)
    {
        if (value is not { } v) return "(none)";
        var decimals = Decimals;
        if (OldValue is { } o && NewValue is { } n)
            while (decimals < 6 && Math.Round(o, decimals, MidpointRounding.AwayFromZero) == Math.Round(n, decimals, MidpointRounding.AwayFromZero)) decimals++;
        return Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.InvariantCulture);
    }
}

/// <summary>Compares the figures of two built releases, given and derived, for every period their tables show.</summary>
public static class FigureComparison
{
    public static IReadOnlyList<FigureChange> Compare(FigureBook oldBook, FigureBook newBook)
    {
        var periods = TablePeriods(newBook.Data).Concat(TablePeriods(oldBook.Data)).Distinct().ToList();
        var metrics = newBook.Data.Metrics.Select(m => m.Key)
            .Concat(oldBook.Data.Metrics.Select(m => m.Key)).Distinct().ToList();
        var changes = new List<FigureChange>();
        foreach (var key in metrics)
        {
            var metric = newBook.Data.FindMetric(key) ?? oldBook.Data.FindMetric(key)!;
            foreach (var period in periods)
            {
                var oldValue = oldBook.Find(key, period)?.Value;
                var newValue = newBook.Find(key, period)?.Value;
                if (oldValue == newValue) continue;
                changes.Add(new FigureChange(key, metric.Label, metric.Unit, metric.Decimals, period, oldValue, newValue));
            }
        }
        return changes;
    }

    /// <summary>The periods a release's tables show, in column order.</summary>
    public static IEnumerable<PeriodKey> TablePeriods(ReleaseData data) => data.Tables.Values
        .SelectMany(t => Tables.TableModelBuilder.Periods(t, data))
        .Distinct();
}
