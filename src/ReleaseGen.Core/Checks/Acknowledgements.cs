using ReleaseGen.Diagnostics;
using ReleaseGen.Model;

namespace ReleaseGen.Checks;

/// <summary>A finding set aside by an acknowledgement in the data: listed, never hidden.</summary>
public sealed record AcknowledgedFinding(Diagnostic Finding, Acknowledgement By);

/// <summary>
/// Applies the data's <c>acknowledged:</c> entries to the findings, the way an analyzer suppression works:
/// an entry names one code and one figure (metric, period, the value as published), so it sets aside only
/// the findings of that code about that figure, and only while the figure keeps that value. An entry that
/// sets aside nothing is a warning (RG408), so a stale one is seen and removed.
/// </summary>
public static class Acknowledgements
{
    /// <summary>
    /// The codes whose findings name one figure (a metric and a period), and so can be acknowledged: a
    /// percentage out of range, a grade not positive, a year to date below a part, a year to date that is not
    /// the sum of its parts, a declared reconciliation that fails, a changed figure against the history, a
    /// segment total, a figure another release of the series published differently.
    /// </summary>
    public static readonly string[] Codes =
    [
        DiagnosticCodes.PercentOutOfRange, DiagnosticCodes.TechnicalNotPositive, DiagnosticCodes.YearToDateBelowPart,
        DiagnosticCodes.AggregateMismatch, DiagnosticCodes.ReconciliationMismatch, DiagnosticCodes.ChangedFromHistory,
        DiagnosticCodes.SegmentTotalMismatch, DiagnosticCodes.PublishedFigureChanged,
    ];

    public static (IReadOnlyList<Diagnostic> Remaining, IReadOnlyList<AcknowledgedFinding> Acknowledged) Apply(
        CheckContext context, IReadOnlyList<Diagnostic> findings)
    {
        var data = context.Data;
        if (data.Acknowledgements.Count == 0) return (findings, []);
        var remaining = new List<Diagnostic>(findings.Count);
        var acknowledged = new List<AcknowledgedFinding>();
        var used = new HashSet<Acknowledgement>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            var entry = finding.Subject is { } subject
                ? data.Acknowledgements.FirstOrDefault(a => a.Code == finding.Code && a.Metric == subject.Metric && a.Period == subject.Period)
                : null;
            if (entry is not null && Current(context, entry) == entry.Value)
            {
                acknowledged.Add(new AcknowledgedFinding(finding, entry));
                used.Add(entry);
            }
            else
            {
                remaining.Add(finding);
            }
        }
        foreach (var entry in data.Acknowledgements.Where(a => !used.Contains(a)))
        {
            var current = Current(context, entry);
            var why = current is { } value && value != entry.Value
                ? $"{entry.Metric} for {entry.Period} is now {value}, not the {entry.Value} acknowledged, so its findings count again"
                : $"no {entry.Code} finding about {entry.Metric} for {entry.Period} remains; remove the acknowledgement";
            remaining.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.AcknowledgementStale, $"the acknowledgement of {entry.Code} does not apply: {why}", entry.Location));
        }
        return (remaining, acknowledged);
    }

    private static decimal? Current(CheckContext context, Acknowledgement entry) =>
        context.Given(entry.Metric, entry.Period)?.Value ?? context.Figures.Find(entry.Metric, entry.Period)?.Value;
}
