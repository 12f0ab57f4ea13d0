using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Derivation;

/// <summary>
/// Every figure a release can print: the values given in the data, and those that follow from them by
/// each metric's aggregation rule. A year to date is the sum (or weighted mean) of its quarters; a
/// quarter is its year to date less the rest (Q1 2012 = six months 2012 - Q2 2012).
/// </summary>
/// <remarks>
/// Additive rules work on "amounts": the value itself for a sum, value x weight for a weighted mean,
/// so one decomposition serves both kinds.
/// </remarks>
public sealed class FigureBook(ReleaseData data)
{
    private readonly Dictionary<(string, PeriodKey), Figure> _resolved = [];
    private readonly HashSet<(string, PeriodKey)> _visiting = [];

    public ReleaseData Data { get; } = data;

    /// <summary>The figure of <paramref name="metricKey"/> for <paramref name="period"/>, or null when it is neither given nor derivable.</summary>
    public Figure? Find(string metricKey, PeriodKey period)
    {
        if (Data.FindMetric(metricKey) is not { } metric) return null;
        return Find(metric, period);
    }

    public Figure? Find(Metric metric, PeriodKey period)
    {
        var key = (metric.Key, period);
        if (_resolved.TryGetValue(key, out var known)) return known;
        if (Data.Values.TryGetValue(key, out var point))
            return _resolved[key] = new Figure(metric, Data.PeriodOf(period), point.Value, FigureOrigin.Given, point.Location);
        if (metric.Aggregation.Kind == AggregationKind.None || !_visiting.Add(key)) return null;
        try
        {
            var derived = Derive(metric, period);
            if (derived is not null) _resolved[key] = derived;
            return derived;
        }
        finally
        {
            _visiting.Remove(key);
        }
    }

    /// <summary>Why a figure is unavailable, for error messages.</summary>
    public string ExplainMissing(Metric metric, PeriodKey period) => metric.Aggregation.Kind == AggregationKind.None
        ? $"'{metric.Key}' has no value for {period}, and its values cannot be derived from other periods (aggregate: none)"
        : period.Kind == PeriodKind.Quarter
            ? $"'{metric.Key}' has no value for {period}, and it cannot be derived: give {period}, or a year to date that includes it and the other quarters of that year to date"
            : $"'{metric.Key}' has no value for {period}, and it cannot be derived: give {period}, or every quarter it spans";

    private Figure? Derive(Metric metric, PeriodKey period)
    {
        var weight = metric.Aggregation.Kind == AggregationKind.WeightedMean ? Data.FindMetric(metric.Aggregation.WeightedBy!) : null;
        if (metric.Aggregation.Kind == AggregationKind.WeightedMean && weight is null) return null;

        decimal? amount;
        string derivation;
        if (period.Kind != PeriodKind.Quarter)
        {
            var quarters = period.Quarters().ToList();
            amount = Sum(quarters.Select(q => Amount(metric, weight, q)));
            derivation = string.Join(" + ", quarters);
        }
        else
        {
            (amount, derivation) = QuarterFromYearToDate(metric, weight, period);
        }
        if (amount is null) return null;

        decimal value;
        if (weight is null)
        {
            value = amount.Value;
        }
        else
        {
            if (Find(weight, period) is not { Value: not 0 } w) return null;
            value = amount.Value / w.Value;
            derivation = $"weighted by {weight.Key}: {derivation}";
        }
        var location = Data.ValuesOf(metric.Key).Select(v => v.Value.Location).FirstOrDefault()
                       ?? metric.Location;
        return new Figure(metric, Data.PeriodOf(period), value, FigureOrigin.Derived, location, derivation);
    }

    // Qn = YTD(m) - YTD(n-1) - (Q(n+1) .. Qm), trying the shortest year to date that is known.
    private (decimal?, string) QuarterFromYearToDate(Metric metric, Metric? weight, PeriodKey quarter)
    {
        var n = quarter.Quarter;
        var calendar = Data.Calendar;
        for (var m = n; m * 3 <= calendar.MonthsIn(quarter.FiscalYear); m++)
        {
            var total = calendar.YearToDate(quarter.FiscalYear, m);
            if (total == quarter) continue;
            if (Amount(metric, weight, total) is not { } totalAmount) continue;
            var before = n > 1 ? Amount(metric, weight, calendar.YearToDate(quarter.FiscalYear, n - 1)) : 0m;
            if (before is null) continue;
            var after = Sum(Enumerable.Range(n + 1, m - n).Select(k => Amount(metric, weight, PeriodKey.ForQuarter(quarter.FiscalYear, k))));
            if (after is null) continue;
            var parts = new List<string> { total.ToString() };
            if (n > 1) parts.Add(calendar.YearToDate(quarter.FiscalYear, n - 1).ToString());
            parts.AddRange(Enumerable.Range(n + 1, m - n).Select(k => PeriodKey.ForQuarter(quarter.FiscalYear, k).ToString()));
            return (totalAmount - before.Value - after.Value, string.Join(" - ", parts));
        }
        return (null, "");
    }

    private decimal? Amount(Metric metric, Metric? weight, PeriodKey period)
    {
        if (Find(metric, period) is not { } figure) return null;
        if (weight is null) return figure.Value;
        return Find(weight, period) is { } w ? figure.Value * w.Value : null;
    }

    private static decimal? Sum(IEnumerable<decimal?> amounts)
    {
        var total = 0m;
        foreach (var amount in amounts)
        {
            if (amount is null) return null;
            total += amount.Value;
        }
        return total;
    }

    public static IEnumerable<MetricRow> Flatten(IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            if (row is MetricRow m) yield return m;
            else if (row is GroupRow g)
                foreach (var child in Flatten(g.Rows)) yield return child;
        }
    }
}
