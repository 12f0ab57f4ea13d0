using ReleaseGen.Diagnostics;
using ReleaseGen.Model;

namespace ReleaseGen.Checks;

/// <summary>
/// RG407: in a series, every figure the release states agrees with every other publication of the same
/// metric for the same months (compared at the metric's printed decimals), unless the later of the two
/// declares it restated. Reported at both places, each with both values.
/// </summary>
public sealed class PublishedFigureChangedRule : CheckRule
{
    public override string Code => DiagnosticCodes.PublishedFigureChanged;

    public override string Title => "A series publishes each figure once";

    public override string Why => "Each quarter re-prints earlier quarters and years; a figure that differs from its earlier publication is either a slip or a restatement, and a restatement must be disclosed as such (IAS 8; ASC 250).";

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var data = context.Data;
        if (data.Ledger.Count == 0) yield break;
        var byFigure = data.Ledger.Where(e => e.Key is not null).ToLookup(e => (e.Metric, e.Key!.Value));
        foreach (var ((key, period), point) in data.Values.Where(v => v.Value.IsOwn).OrderBy(v => v.Value.Location.Line).ThenBy(v => v.Value.Location.Column))
        {
            var metric = data.FindMetric(key)!;
            var restatedHere = data.IsDeclaredRestated(key, period);
            foreach (var other in byFigure[(key, period)])
            {
                if (Round(other.Value, metric) == Round(point.Value, metric)) continue;
                // The later publication owns the change: this release when the other came first, else the other.
                if (other.IsEarlier ? restatedHere : other.DeclaredRestated) continue;
                var subject = new FindingSubject(key, period);
                var advice = other.IsEarlier
                    ? "if it was restated, declare it under 'restated:' with the reason"
                    : $"if '{other.Source}' restated it, it declares so under 'restated:'";
                yield return Finding(point.Location,
                    $"{key} for {period} is {Show(point.Value, metric)} here but '{other.Source}' published {Show(other.Value, metric)} ({other.Location}); {advice}") with { Subject = subject };
                yield return Finding(other.Location,
                    $"{key} for {other.WrittenAs} is {Show(other.Value, metric)} here but release '{Path.GetFileName(Path.TrimEndingDirectorySeparator(data.FolderPath))}' ({point.Location}) gives {Show(point.Value, metric)} for the same months; {advice}") with { Subject = subject };
            }
        }
    }

    private static decimal Round(decimal value, Metric metric) => Math.Round(value, metric.Decimals, MidpointRounding.AwayFromZero);
}
