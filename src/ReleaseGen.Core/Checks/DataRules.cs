using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Checks;

/// <summary>RG200: every figure a table needs is given or derivable.</summary>
public sealed class TablePeriodsAvailableRule : CheckRule
{
    public override string Code => DiagnosticCodes.PeriodNotAvailable;

    public override string Title => "Every period a table needs is present or derivable";

    public override string Why => "A table cell that cannot be filled would print blank or stop the build; the reviewer learns which value to add.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        // A built document's tables were filled from these figures, each cell or none: the pipeline stops at the
        // first table that cannot be. Building them again would find nothing.
        if (context.Document is not null) return [];
        var bag = new DiagnosticBag();
        Tables.TableModelBuilder.BuildAll(context.Figures, Templating.Functions.LanguageSettings.Default, bag);
        return bag.ToSortedList();
    }
}

/// <summary>RG210: a percentage is between 0 and 100.</summary>
public sealed class PercentRangeRule : CheckRule
{
    public override string Code => DiagnosticCodes.PercentOutOfRange;

    public override string Title => "Percentages are within 0 to 100";

    public override string Why => "Grades, recoveries and availabilities are shares of a whole; 120% or -3% is a typing slip (a misplaced decimal, a value in the wrong column).";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var ((key, period), point) in context.Data.Values)
        {
            var metric = context.Data.FindMetric(key)!;
            if (metric.Unit != "%" || point.Value is >= 0 and <= 100) continue;
            yield return Finding(point.Location, $"{key} for {period} is {Show(point.Value)}%: a percentage must be between 0 and 100") with { Subject = new FindingSubject(key, period) };
        }
    }
}

/// <summary>RG211: grades and recoveries are positive.</summary>
public sealed class TechnicalPositiveRule : CheckRule
{
    public override string Code => DiagnosticCodes.TechnicalNotPositive;

    public override string Title => "Grades and recoveries are positive";

    public override string Why => "A zero or negative grade or recovery cannot be measured; it is a blank cell or a sign slip, and it is technical information the qualified person signs for.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var ((key, period), point) in context.Data.Values)
        {
            var metric = context.Data.FindMetric(key)!;
            if (!IsTechnical(metric) || point.Value > 0) continue;
            yield return Finding(point.Location, $"{key} ({metric.Label}) for {period} is {Show(point.Value, metric)}: a grade or recovery must be greater than zero") with { Subject = new FindingSubject(key, period) };
        }
    }
}

/// <summary>
/// RG212: a year-to-date total of an additive metric is not below any of its parts. Applies to
/// metrics whose given values are all zero or more (tonnes, ounces); a metric that can be negative
/// (a net income) can fall over a year.
/// </summary>
public sealed class YearToDateNotBelowPartRule : CheckRule
{
    public override string Code => DiagnosticCodes.YearToDateBelowPart;

    public override string Title => "A year-to-date additive figure is not below its quarter";

    public override string Why => "Tonnes and ounces only accumulate: six months cannot be less than one of its quarters. The slip is usually a quarter typed into the six-month column.";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        // Metrics with a negative value anywhere (a net change can be) are left out: found once, not per value.
        var withNegatives = context.Data.Values.Where(v => v.Value.Value < 0).Select(v => v.Key.Metric).ToHashSet(StringComparer.Ordinal);
        foreach (var ((key, period), point) in context.Data.Values.OrderBy(v => v.Value.Location.Line).ThenBy(v => v.Value.Location.Column))
        {
            var metric = context.Data.FindMetric(key)!;
            if (metric.Aggregation.Kind != AggregationKind.Sum || period.Kind == PeriodKind.Quarter) continue;
            if (withNegatives.Contains(key)) continue;
            // Its quarters, and the shorter years to date inside it, as given.
            var parts = period.Quarters().Concat(Enumerable.Range(2, Math.Max(0, period.Months / 3 - 2)).Select(q => context.Data.Calendar.YearToDate(period.FiscalYear, q)))
                .Where(p => p != period)
                .Select(p => (Period: p, Point: context.Given(key, p)))
                .Where(p => p.Point is not null && p.Point.Value > point.Value)
                .ToList();
            foreach (var (part, partPoint) in parts)
                yield return Finding(point.Location,
                    $"{key} for {period} is {Show(point.Value, metric)}, below {Show(partPoint!.Value, metric)} for {part} ({partPoint.Location}): an additive figure over a longer period cannot be less than over a part of it") with { Subject = new FindingSubject(key, period) };
        }
    }
}
