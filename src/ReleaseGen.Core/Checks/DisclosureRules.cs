using System.Text.RegularExpressions;
using ReleaseGen.Diagnostics;
using ReleaseGen.Html;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Checks;

/// <summary>Regime names as the data spells them (<c>issuer.disclosure_regimes</c>).</summary>
public static class Regimes
{
    public const string Ni43101 = "ni-43-101";
    public const string Ni51102 = "ni-51-102";
    public const string Ni52112 = "ni-52-112";
    public const string SK1300 = "sk-1300";
    public const string Pslra = "pslra";
    public const string Edgar = "edgar";
}

/// <summary>RG500: technical figures (grades, recoveries) are printed only with a qualified person in the data.</summary>
public sealed class QualifiedPersonRequiredRule : CheckRule
{
    public override string Code => DiagnosticCodes.QualifiedPersonMissing;

    public override string Title => "Technical information names a qualified person";

    public override string Why => "NI 43-101 s. 3.1 (and S-K 1302(b) for SEC filers): scientific or technical information about a mineral project must be based on, and name, a qualified person.";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni43101, Checks.Regimes.SK1300];

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Data.QualifiedPerson is not null) yield break;
        var first = context.Trace.Entries.FirstOrDefault(e => e.Figure is { } f && IsTechnical(f.Metric));
        if (first is null) yield break;
        yield return Finding(first.Where,
            $"{first.Figure!.MetricKey} ({first.Figure.Metric.Label}) is scientific or technical information, but the data names no qualified_person (name, designations, title, relationship)");
    }
}

/// <summary>RG501: the qualified person has a professional designation and a stated relationship to the issuer.</summary>
public sealed class QualifiedPersonCompleteRule : CheckRule
{
    public override string Code => DiagnosticCodes.QualifiedPersonIncomplete;

    public override string Title => "The qualified person has a designation and a relationship";

    public override string Why => "NI 43-101 s. 3.1 and Form 43-101F1: the qualified person's professional designation and relationship to the issuer (employee, officer, independent) must be disclosed.";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni43101, Checks.Regimes.SK1300];

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Data.QualifiedPerson is not { } qp) yield break;
        if (qp.Designations.Count == 0)
            yield return Finding(qp.Location, $"qualified person {qp.Name} has no professional designation (designations: [P.Geo.])");
        if (string.IsNullOrWhiteSpace(qp.Relationship))
            yield return Finding(qp.Location, $"qualified person {qp.Name} has no relationship to the issuer (relationship: an officer of the company, or independent of it)");
    }
}

/// <summary>RG502: the rendered release names the qualified person when it prints technical figures.</summary>
public sealed class QualifiedPersonStatedRule : CheckRule
{
    public override string Code => DiagnosticCodes.QualifiedPersonNotStated;

    public override string Title => "The release names its qualified person";

    public override string Why => "Having a qualified person in the data is not enough: NI 43-101 requires the disclosure itself to name the person (a template set without the qualified-person section would drop it).";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni43101, Checks.Regimes.SK1300];

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Data.QualifiedPerson is not { } qp) yield break;
        if (!context.Trace.Entries.Any(e => e.Figure is { } f && IsTechnical(f.Metric))) yield break;
        if (context.Markdown!.Contains(qp.Name, StringComparison.Ordinal)) yield break;
        yield return Finding(context.TextLocation, $"the release prints technical information but does not name the qualified person {qp.Name}");
    }
}

/// <summary>RG510: each forward-looking item has at least one material assumption.</summary>
public sealed class ForwardLookingAssumptionRule : CheckRule
{
    public override string Code => DiagnosticCodes.ForwardLookingAssumption;

    public override string Title => "Forward-looking items state their assumptions";

    public override string Why => "NI 51-102 s. 4A.3: material forward-looking information must disclose the material factors or assumptions used to develop it.";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni51102];

    public override IEnumerable<Diagnostic> Check(CheckContext context) =>
        context.Data.ForwardLooking.Where(s => s.Assumptions.Count == 0)
            .Select(s => Finding(s.Location, $"forward-looking item '{s.About}' has no assumption: add at least one under 'assumptions'"));
}

/// <summary>RG511: each forward-looking item has at least one risk factor.</summary>
public sealed class ForwardLookingRiskRule : CheckRule
{
    public override string Code => DiagnosticCodes.ForwardLookingRisk;

    public override string Title => "Forward-looking items state their risk factors";

    public override string Why => "NI 51-102 s. 4A.3 (material risk factors) and the PSLRA safe harbor (15 U.S.C. 78u-5(c): meaningful cautionary statements identifying important factors).";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni51102, Checks.Regimes.Pslra];

    public override IEnumerable<Diagnostic> Check(CheckContext context) =>
        context.Data.ForwardLooking.Where(s => s.Risks.Count == 0)
            .Select(s => Finding(s.Location, $"forward-looking item '{s.About}' has no risk factor: add at least one under 'risks'"));
}

/// <summary>RG512: a release with forward-looking items identifies them as forward-looking.</summary>
public sealed class ForwardLookingIdentifiedRule : CheckRule
{
    public override string Code => DiagnosticCodes.ForwardLookingNotIdentified;

    public override string Title => "Forward-looking information is identified as such";

    public override string Why => "NI 51-102 s. 4A.3(a) and the PSLRA safe harbor: forward-looking information must be identified as forward-looking.";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni51102, Checks.Regimes.Pslra];

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Data.ForwardLooking.Count == 0) yield break;
        if (context.Language.MentionsForwardLooking(context.Markdown!)) yield break;
        yield return Finding(context.TextLocation,
            $"the data lists {context.Data.ForwardLooking.Count} forward-looking item(s), but the release never identifies forward-looking information (include the forward-looking section)");
    }
}

/// <summary>RG513: the release states its policy on updating forward-looking information.</summary>
public sealed partial class UpdatePolicyRule : CheckRule
{
    public override string Code => DiagnosticCodes.UpdatePolicyMissing;

    public override string Title => "The update policy is stated";

    public override string Why => "NI 51-102 s. 4A.3(d): the issuer's policy for updating forward-looking information must be stated; under the PSLRA the statement that the issuer does not undertake to update is customary and limits the duty to update.";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Ni51102, Checks.Regimes.Pslra];

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Data.ForwardLooking.Count == 0 && !context.Language.MentionsForwardLooking(context.Markdown!)) yield break;
        if (context.Language.StatesUpdatePolicy(context.Markdown!)) yield break;
        yield return Finding(context.TextLocation,
            "the release does not state its policy on updating forward-looking information (for example: \"does not undertake to update it, except as required by law\")");
    }

}

/// <summary>Non-GAAP measures shared by RG520-RG523: the printed ones and their comparable GAAP measure.</summary>
internal static class NonGaap
{
    public static readonly string[] RegimeList =
        [Regimes.Ni52112, Regimes.Ni51102, Regimes.Pslra, Regimes.SK1300, Regimes.Edgar];

    /// <summary>Non-GAAP metrics the release prints.</summary>
    public static IEnumerable<Metric> Printed(CheckContext context) =>
        context.Data.Metrics.Where(m => m.NonGaap && context.PrintsOf(m).Any());

    /// <summary>
    /// How a non-GAAP metric is reconciled, and its comparable GAAP measure: the metric's
    /// <c>comparable</c> with a table that holds both (printed as the reconciliation), else a
    /// <c>reconcile:</c> entry expecting the metric and the first GAAP metric its expression names.
    /// </summary>
    public static (string How, Metric Gaap)? Reconciliation(CheckContext context, Metric metric)
    {
        if (metric.Comparable is { } key && context.Data.FindMetric(key) is { } comparable)
        {
            var table = context.Data.Tables.Values.FirstOrDefault(t =>
                Derivation.FigureBook.Flatten(t.Rows).Any(r => r.MetricKey == metric.Key) && Derivation.FigureBook.Flatten(t.Rows).Any(r => r.MetricKey == key));
            if (table is not null) return ($"table '{table.Name}'", comparable);
        }
        foreach (var entry in context.Data.Reconciliations.Where(r => r.Expect == metric.Key))
        {
            ArithmeticExpression expression;
            try
            {
                expression = ArithmeticExpression.Parse(entry.Expression, context.Limits);
            }
            catch (ExpressionException)
            {
                continue;
            }
            var gaap = (metric.Comparable is { } named ? context.Data.FindMetric(named) : null)
                       ?? expression.Names.Select(n => context.Data.FindMetric(n.Name)).FirstOrDefault(m => m is { NonGaap: false });
            if (gaap is not null && expression.Names.Any(n => n.Name == gaap.Key)) return ($"reconciliation '{entry.Name}'", gaap);
        }
        return null;
    }
}

/// <summary>RG520: a printed non-GAAP measure is reconciled to a GAAP measure.</summary>
public sealed class NonGaapReconciliationRule : CheckRule
{
    public override string Code => DiagnosticCodes.NonGaapReconciliation;

    public override string Title => "Non-GAAP measures are reconciled to a GAAP measure";

    public override string Why => "SEC Regulation G (17 CFR 244.100(a)(2)) and Item 10(e)(1)(i)(B) of Regulation S-K; NI 52-112 s. 6(1)(d)(v): a quantitative reconciliation to the most directly comparable GAAP (IFRS) measure.";

    public override IReadOnlyList<string> Regimes => NonGaap.RegimeList;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var printed = NonGaap.Printed(context).ToList();
        foreach (var metric in printed)
        {
            if (NonGaap.Reconciliation(context, metric) is not null) continue;
            yield return Finding(metric.Location,
                $"{metric.Key} is a non-GAAP measure and is printed, but it is not reconciled to a GAAP measure: give it a 'comparable' metric and a table holding both, or a 'reconcile:' entry (expect: {metric.Key}, equals: an expression naming the comparable GAAP metric)");
        }
        // A range in an outlook is the measure too (forward-looking non-GAAP information): it is reconciled through its historical measure.
        foreach (var guided in NonGaapGuidance.Find(context).Where(g => g.Metric is null || !printed.Contains(g.Metric)).DistinctBy(g => g.Metric?.Key ?? g.Term))
        {
            if (guided.Metric is { } metric)
            {
                if (NonGaap.Reconciliation(context, metric) is not null) continue;
                yield return Finding(guided.At,
                    $"the range '{guided.Range}' states {guided.Term}, the non-GAAP measure {metric.Key}, but {metric.Key} is not reconciled to a GAAP measure: give it a 'comparable' metric and a table holding both, or a 'reconcile:' entry");
            }
            else
                yield return Finding(guided.At,
                    $"the range '{guided.Range}' states {guided.Term}, a non-GAAP measure, but the data has no non-GAAP metric for it: add its historical measure to 'metrics' (non_gaap: true, comparable: the GAAP metric) and print its reconciliation");
        }
    }
}

/// <summary>RG521: the comparable GAAP measure is printed, and no later than the non-GAAP measure.</summary>
public sealed class NonGaapProminenceRule : CheckRule
{
    public override string Code => DiagnosticCodes.NonGaapProminence;

    public override string Title => "The comparable GAAP measure is at least as prominent";

    public override string Why => "Item 10(e)(1)(i)(A) of Regulation S-K, SEC C&DI 102.10 and NI 52-112 s. 6(1)(c): the most directly comparable GAAP measure is presented with equal or greater prominence; here: it is printed, and in running text and in tables alike it is there whenever the non-GAAP measure is, and before it.";

    public override IReadOnlyList<string> Regimes => NonGaap.RegimeList;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var metric in NonGaap.Printed(context))
        {
            if (NonGaap.Reconciliation(context, metric) is not { } found) continue;
            var entries = context.Trace.Entries.ToList();
            var firstNonGaap = entries.FindIndex(e => e.Figure?.MetricKey == metric.Key);
            var at = entries[firstNonGaap].Where;
            if (!entries.Any(e => e.Figure?.MetricKey == found.Gaap.Key))
            {
                yield return Finding(at, $"non-GAAP {metric.Key} is printed but its comparable GAAP measure {found.Gaap.Key} is not printed anywhere");
                continue;
            }
            // Running text and tables are each their own place (the trace lists text in reading order, tables after it).
            foreach (var inTable in new[] { false, true })
            {
                var nonGaapHere = entries.FindIndex(e => e.Figure?.MetricKey == metric.Key && IsTable(e) == inTable);
                if (nonGaapHere < 0) continue;
                var gaapHere = entries.FindIndex(e => e.Figure?.MetricKey == found.Gaap.Key && IsTable(e) == inTable);
                if (gaapHere < 0)
                    yield return Finding(entries[nonGaapHere].Where, inTable
                        ? $"non-GAAP {metric.Key} is in a table but its comparable GAAP measure {found.Gaap.Key} is not"
                        : $"non-GAAP {metric.Key} is stated in the text but its comparable GAAP measure {found.Gaap.Key} is not (only in a table): state {found.Gaap.Key} in the text before it (SEC C&DI 102.10)");
                else if (gaapHere > nonGaapHere)
                    yield return Finding(entries[nonGaapHere].Where, $"non-GAAP {metric.Key} is printed before its comparable GAAP measure {found.Gaap.Key} ({entries[gaapHere].Where})");
            }
        }
    }

    private static bool IsTable(Templating.TraceEntry entry) => entry.Expression.StartsWith("table ", StringComparison.Ordinal);
}

/// <summary>RG522: a release printing a non-GAAP measure cautions that it has no standardized meaning.</summary>
public sealed partial class NonGaapCautionRule : CheckRule
{
    public override string Code => DiagnosticCodes.NonGaapCaution;

    public override string Title => "Non-GAAP measures carry the \"not standardized\" caution";

    public override string Why => "NI 52-112 s. 6(1)(a)(ii) (no standardized meaning, may not be comparable with other issuers) and the SEC's Non-GAAP C&DIs.";

    public override IReadOnlyList<string> Regimes => NonGaap.RegimeList;

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var printed = NonGaap.Printed(context).Select(m => m.Key)
            .Concat(NonGaapGuidance.Find(context).Select(g => g.Metric?.Key ?? $"{g.Term} (in the range '{g.Range}')"))
            .Distinct().ToList();
        if (printed.Count == 0 || context.Language.CautionsNonGaap(context.Markdown!)) yield break;
        yield return Finding(context.TextLocation,
            $"the release prints non-GAAP {string.Join(", ", printed)} but does not caution that non-GAAP measures have no standardized meaning and may not be comparable with other issuers' measures");
    }

}

/// <summary>RG523: a printed non-GAAP measure is also printed for a comparative period.</summary>
public sealed class NonGaapComparativeRule : CheckRule
{
    public override string Code => DiagnosticCodes.NonGaapComparative;

    public override string Title => "Non-GAAP measures are shown with a comparative period";

    public override string Why => "NI 52-112 s. 6(1)(b): a non-GAAP measure is presented with its comparative for the prior period; the SEC expects the same consistency across periods.";

    public override IReadOnlyList<string> Regimes => NonGaap.RegimeList;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var reporting = context.Data.Release.PeriodKey;
        foreach (var metric in NonGaap.Printed(context))
        {
            var prints = context.PrintsOf(metric).ToList();
            if (prints.Any(e => e.Figure!.Period.Key.FiscalYear < reporting.FiscalYear || e.Figure.Period.Key == context.Data.Calendar.PreviousQuarter(reporting))) continue;
            yield return Finding(prints[0].Where, $"non-GAAP {metric.Key} is printed without a comparative period (print it for {context.Data.Calendar.PriorYear(reporting)} as well)");
        }
    }
}

/// <summary>RG530: the EDGAR exhibit rendered from the release passes the EDGAR HTML lint.</summary>
public sealed class EdgarExhibitRule : CheckRule
{
    private readonly Func<string, IReadOnlyList<EdgarFinding>> _lint;

    /// <summary>The rule with the EDGAR HTML lint of <see cref="EdgarLint"/>.</summary>
    public EdgarExhibitRule() : this(EdgarLint.Check) { }

    /// <summary>The rule with another lint: the extension point for further EDGAR profiles (and tests).</summary>
    public EdgarExhibitRule(Func<string, IReadOnlyList<EdgarFinding>> lint) => _lint = lint;

    public override string Code => DiagnosticCodes.EdgarExhibit;

    public override string Title => "The EDGAR exhibit passes the EDGAR HTML rules";

    public override string Why => "EDGAR Filer Manual Vol. II s. 5.2.2: EDGAR suspends HTML documents with scripts, external references, disallowed elements or non-ASCII characters.";

    public override IReadOnlyList<string> Regimes => [Checks.Regimes.Edgar];

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        // The exhibit exactly as the registry's edgar format writes it (<release-name>.htm).
        if (context.Document is not { } document) yield break;
        var html = Formats.EdgarExhibitFormat.RenderText(document);
        var path = Path.Combine(context.Data.FolderPath, Formats.EdgarExhibitFormat.FileName(document));
        foreach (var finding in _lint(html))
            yield return Finding(new SourceLocation(path, finding.Line, finding.Column), $"{finding.Code}: {finding.Message} (in the generated EDGAR exhibit)");
    }
}
