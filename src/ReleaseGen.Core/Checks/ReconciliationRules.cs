using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Checks;

/// <summary>
/// RG400: a year to date that is given and also derivable from given parts agrees with them: a sum
/// exactly; a weighted mean within the rounding of its printed decimals.
/// </summary>
public sealed class AggregateReconcilesRule : CheckRule
{
    public override string Code => DiagnosticCodes.AggregateMismatch;

    public override string Title => "Year-to-date figures agree with their quarters";

    public override string Why => "A six- or nine-month figure and its quarters are printed side by side; readers add them up. Sums must agree exactly; tonnage-weighted grades within the rounding of the printed decimals.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var ((key, period), point) in context.Data.Values)
        {
            var metric = context.Data.FindMetric(key)!;
            if (metric.Aggregation.Kind == AggregationKind.None || period.Kind == PeriodKind.Quarter) continue;
            // Every way the period is given in parts (its quarters; nine months and the fourth quarter; ...): the first that disagrees.
            foreach (var parts in Decompositions(context, key, period))
            {
                var finding = metric.Aggregation.Kind == AggregationKind.Sum
                    ? CheckSum(metric, period, point, parts, context)
                    : CheckWeighted(metric, period, point, parts, context);
                if (finding is null) continue;
                var subject = new FindingSubject(key, period);
                yield return finding with { Subject = subject };
                // In a series the parts may have been published in other releases: the finding is shown there too.
                foreach (var part in parts)
                {
                    var given = context.Given(key, part)!;
                    if (given.Location.Path == point.Location.Path) continue;
                    yield return Finding(given.Location,
                        $"{key} for {part} is {Show(given.Value, metric)} here, one of the parts of {key} for {period}, which is {Show(point.Value, metric)} at {point.Location}: {finding.Message}") with { Subject = subject };
                }
                break;
            }
        }
    }

    /// <summary>The given parts that make up <paramref name="period"/>: all its quarters, or a shorter year to date and the quarters after it.</summary>
    private static IEnumerable<List<PeriodKey>> Decompositions(CheckContext context, string key, PeriodKey period)
    {
        var quarters = period.Months / 3;
        for (var k = 0; k < quarters; k++)
        {
            if (k == 1) continue; // the year to date through Q1 is Q1 itself
            var parts = new List<PeriodKey>();
            if (k > 0) parts.Add(context.Data.Calendar.YearToDate(period.FiscalYear, k));
            parts.AddRange(Enumerable.Range(k + 1, quarters - k).Select(q => PeriodKey.ForQuarter(period.FiscalYear, q)));
            if (parts.All(p => context.Given(key, p) is not null)) yield return parts;
        }
    }

    private Diagnostic? CheckSum(Metric metric, PeriodKey period, DataPoint point, List<PeriodKey> parts, CheckContext context)
    {
        var sum = parts.Sum(p => context.Given(metric.Key, p)!.Value);
        if (sum == point.Value) return null;
        return Finding(point.Location,
            $"{metric.Key} for {period} is {Show(point.Value, metric)} but {string.Join(" + ", parts)} add up to {Show(sum, metric)} (difference {Show(point.Value - sum)}): a sum must agree exactly");
    }

    private Diagnostic? CheckWeighted(Metric metric, PeriodKey period, DataPoint point, List<PeriodKey> parts, CheckContext context)
    {
        var weightKey = metric.Aggregation.WeightedBy!;
        decimal amount = 0, weights = 0;
        foreach (var part in parts)
        {
            if (context.Figures.Find(weightKey, part) is not { } w) return null;
            amount += context.Given(metric.Key, part)!.Value * w.Value;
            weights += w.Value;
        }
        if (weights == 0) return null;
        var mean = amount / weights;
        // Each side is printed rounded to the metric's decimals: half a unit of the last decimal each.
        var allowed = Pow10(-metric.Decimals);
        var difference = point.Value - mean;
        if (Math.Abs(difference) <= allowed) return null;
        return Finding(point.Location,
            $"{metric.Key} for {period} is {Show(point.Value, metric)} but the mean of {string.Join(", ", parts)} weighted by {weightKey} is {Show(Math.Round(mean, metric.Decimals + 2), metric)} (difference {Show(Math.Round(difference, metric.Decimals + 2))}; allowed {Show(allowed)} for figures printed to {metric.Decimals} decimal(s))");
    }

    internal static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) value = exponent < 0 ? value / 10 : value * 10;
        return value;
    }
}

/// <summary>Parses and evaluates the data's <c>reconcile:</c> entries, shared by RG401 and RG402.</summary>
internal static class DeclaredReconciliations
{
    /// <summary>Names starting with this read a stated fact (<c>facts.geo_prices.silver</c>), so a price is typed once.</summary>
    public const string FactsPrefix = "facts.";

    /// <summary>A metric, or a dotted path to a number in the data's facts.</summary>
    public static bool IsKnown(ReleaseData data, string name) =>
        name.StartsWith(FactsPrefix, StringComparison.Ordinal) ? Fact(data, name) is not null : data.FindMetric(name) is not null;

    /// <summary>The value a name stands for in <paramref name="period"/>: a fact (the same in every period) or the metric's figure.</summary>
    public static decimal? Value(CheckContext context, string name, PeriodKey period) =>
        name.StartsWith(FactsPrefix, StringComparison.Ordinal) ? Fact(context.Data, name) : context.Figures.Find(name, period)?.Value;

    private static decimal? Fact(ReleaseData data, string name)
    {
        object? current = data.Facts;
        foreach (var part in name[FactsPrefix.Length..].Split('.'))
            current = current is IReadOnlyDictionary<string, object?> map && map.TryGetValue(part, out var next) ? next : null;
        return current as decimal?;
    }

    public sealed record Parsed(Reconciliation Entry, ArithmeticExpression? Expression, ExpressionException? Error);

    public static IEnumerable<Parsed> Parse(ReleaseData data, Safety.Limits? limits = null)
    {
        foreach (var entry in data.Reconciliations)
        {
            ArithmeticExpression? expression = null;
            ExpressionException? error = null;
            try
            {
                expression = ArithmeticExpression.Parse(entry.Expression, limits);
            }
            catch (ExpressionException ex)
            {
                error = ex;
            }
            yield return new Parsed(entry, expression, error);
        }
    }

    /// <summary>Where offset <paramref name="offset"/> of the expression is in the data file.</summary>
    public static SourceLocation At(Reconciliation entry, int offset) =>
        entry.ExpressionLocation is { } start ? start with { Column = start.Column + offset } : entry.Location;

    /// <summary>The periods the expected metric is given for, in file order.</summary>
    public static IEnumerable<(PeriodKey Period, DataPoint Point)> Periods(ReleaseData data, string metric) =>
        data.ValuesOf(metric).Where(v => v.Value.IsOwn)
            .OrderBy(v => v.Value.Location.Line).ThenBy(v => v.Value.Location.Column)
            .Select(v => (v.Key.Period, v.Value));

    /// <summary>
    /// The expression evaluated for every period its expected metric is given, with the value or the
    /// evaluation error (a division by zero) of each. Nothing when the expression did not parse or names
    /// something unknown: RG402 reports those.
    /// </summary>
    public static IEnumerable<(PeriodKey Period, DataPoint Point, decimal? Value, ExpressionException? Error)> Evaluate(CheckContext context, Parsed parsed)
    {
        if (parsed.Expression is not { } expression || context.Data.FindMetric(parsed.Entry.Expect) is null) yield break;
        if (expression.Names.Any(n => !IsKnown(context.Data, n.Name))) yield break;
        foreach (var (period, point) in Periods(context.Data, parsed.Entry.Expect))
        {
            decimal? value = null;
            ExpressionException? error = null;
            try
            {
                value = expression.Evaluate(name => Value(context, name, period));
            }
            catch (ExpressionException ex)
            {
                error = ex;
            }
            yield return (period, point, value, error);
        }
    }
}

/// <summary>RG401: each declared reconciliation holds for every period its expected metric is given.</summary>
public sealed class DeclaredReconciliationRule : CheckRule
{
    public override string Code => DiagnosticCodes.ReconciliationMismatch;

    public override string Title => "Declared reconciliations hold within their tolerance";

    public override string Why => "Contained metal follows from concentrate tonnes and grades (tonnes x grade / 31.1034768 g per troy ounce); a figure that does not follow is a typing or copying slip a reviewer would otherwise catch by hand.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var parsed in DeclaredReconciliations.Parse(context.Data, context.Limits))
        {
            var entry = parsed.Entry;
            foreach (var (period, point, computed, _) in DeclaredReconciliations.Evaluate(context, parsed))
            {
                // An evaluation error is RG402's to report.
                if (computed is not { } value) continue;
                var metric = context.Data.FindMetric(entry.Expect)!;
                var difference = point.Value - value;
                var stated = entry.Tolerance.Relative ? entry.Tolerance.Amount * Math.Abs(value) : entry.Tolerance.Amount;
                var allowed = Math.Max(stated, AggregateReconcilesRule.Pow10(-metric.Decimals) / 2);
                if (Math.Abs(difference) <= allowed) continue;
                var relative = value == 0 ? "" : $", {ShowNonZero(Math.Abs(difference) / Math.Abs(value) * 100, 2)}%";
                yield return Finding(point.Location,
                    $"reconciliation '{entry.Name}' does not hold for {period}: {entry.Expect} is {Show(point.Value, metric)} but {entry.Expression} gives {ShowNonZero(value, 1)} (difference {ShowNonZero(difference, 1)}{relative}; allowed {(entry.Tolerance.Amount == 0 ? "the rounding of the printed figure" : entry.Tolerance.Relative ? entry.Tolerance.ToString() : $"{entry.Tolerance} {metric.Unit}".TrimEnd())})")
                    with { Subject = new FindingSubject(entry.Expect, period) };
            }
        }
    }

    /// <summary>
    /// A number for a message, grouped, to <paramref name="decimals"/> decimals, or with more when needed to
    /// show two significant digits: one unit in a million is 0.0001%, not 0%. Zero only when it is zero.
    /// </summary>
    internal static string ShowNonZero(decimal value, int decimals)
    {
        const int mostDecimals = 20;
        var magnitude = Math.Abs(value);
        while (decimals < mostDecimals && magnitude != 0 && magnitude < AggregateReconcilesRule.Pow10(1 - decimals)) decimals++;
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0." + new string('#', decimals), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>RG402: a declared reconciliation's expression reads, names known metrics, and evaluates.</summary>
public sealed class ReconciliationExpressionRule : CheckRule
{
    public override string Code => DiagnosticCodes.ReconciliationExpression;

    public override string Title => "Reconciliation expressions are valid";

    public override string Why => "A reconciliation that cannot be evaluated checks nothing; it must fail loudly at its position in the data rather than pass silently.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var parsed in DeclaredReconciliations.Parse(context.Data, context.Limits))
        {
            var entry = parsed.Entry;
            if (parsed.Error is { } error)
            {
                yield return Finding(DeclaredReconciliations.At(entry, error.Offset), $"in reconciliation '{entry.Name}': {error.Message}");
                continue;
            }
            var expression = parsed.Expression!;
            var unknown = expression.Names.Where(n => !DeclaredReconciliations.IsKnown(context.Data, n.Name)).ToList();
            foreach (var (name, offset) in unknown)
            {
                var suggestion = Loading.YamlReader.Suggest(name, context.Data.Metrics.Select(m => m.Key));
                yield return Finding(DeclaredReconciliations.At(entry, offset), name.StartsWith(DeclaredReconciliations.FactsPrefix, StringComparison.Ordinal)
                    ? $"in reconciliation '{entry.Name}': '{name}' is not a number in facts"
                    : $"in reconciliation '{entry.Name}': unknown metric '{name}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
            }
            var failures = DeclaredReconciliations.Evaluate(context, parsed)
                .Where(e => e.Error is not null)
                .Select(e => (e.Period, Error: e.Error!))
                .ToList();
            foreach (var group in failures.GroupBy(f => (f.Error.Offset, f.Error.Message)))
                yield return Finding(DeclaredReconciliations.At(entry, group.Key.Offset),
                    $"in reconciliation '{entry.Name}' for {string.Join(", ", group.Select(f => f.Period))}: {group.Key.Message}");
        }
    }
}

/// <summary>
/// RG406: a total declared over segments (<c>by_segment</c>) is the sum of its segments, as printed, within
/// its <c>segment_tolerance</c> (absolute in the metric's unit, or relative with %), for every period whose
/// total and segments are all known.
/// </summary>
public sealed class SegmentTotalRule : CheckRule
{
    public override string Code => DiagnosticCodes.SegmentTotalMismatch;

    public override string Title => "Segment totals are the sums of their segments";

    public override string Why => "A consolidated column that does not add across the mines is the commonest table slip; rounding may leave a declared unit of difference, never more.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var data = context.Data;
        foreach (var metric in data.Metrics.Where(m => m.BySegment.Count > 0))
        {
            var periods = data.Values.Keys.Where(k => k.Metric == metric.Key).Select(k => k.Period).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal);
            foreach (var period in periods)
            {
                var total = context.Figures.Find(metric, period)!;
                var parts = metric.BySegment.Select(p => (Segment: p.Key, Figure: context.Figures.Find(p.Value, period))).ToList();
                if (parts.Any(p => p.Figure is null)) continue;
                var sum = parts.Sum(p => p.Figure!.Rounded);
                if (metric.SegmentTolerance.Allows(total.Rounded, sum)) continue;
                var terms = string.Join(" + ", parts.Select(p => $"{p.Figure!.MetricKey} {Show(p.Figure.Rounded, p.Figure.Metric)}"));
                yield return Finding(total.Location,
                    $"{metric.Key} for {period} is {Show(total.Rounded, metric)}, but its segments add to {Show(sum, metric)} ({terms}; difference {Show(total.Rounded - sum)}; allowed {(metric.SegmentTolerance.Amount == 0 ? "none" : metric.SegmentTolerance.ToString())})") with { Subject = new FindingSubject(metric.Key, period) };
            }
        }
    }
}
