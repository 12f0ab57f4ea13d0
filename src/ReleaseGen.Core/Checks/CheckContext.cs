using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Templating;

namespace ReleaseGen.Checks;

/// <summary>The data of an earlier published release, for the restatement rules.</summary>
public sealed record HistoricalRelease(string DataPath, ReleaseData Data);

/// <summary>Everything a rule may look at: the data, its figures, the rendered text and its trace, the templates and history.</summary>
public sealed class CheckContext
{
    public required ReleaseData Data { get; init; }

    public required FigureBook Figures { get; init; }

    /// <summary>The rendered Markdown; null when rendering failed or did not run (rules that need it are skipped).</summary>
    public string? Markdown { get; init; }

    /// <summary>The built release; null when rendering failed (rules that need it are skipped).</summary>
    public ReleaseDocument? Document { get; init; }

    /// <summary>The language the release was written in: the words the text rules look for come from it.</summary>
    public Templating.Functions.LanguageSettings Language =>
        Document?.Language ?? Templating.Functions.LanguageSettings.ForLocale(Data.Release.Locale) ?? Templating.Functions.LanguageSettings.Default;

    /// <summary>Every number printed, and the figure it came from (tables included).</summary>
    public required FigureTrace Trace { get; init; }

    /// <summary>The template set; null when no templates folder was found.</summary>
    public TemplateSet? Templates { get; init; }

    public IReadOnlyList<HistoricalRelease> History { get; init; } = [];

    /// <summary>The named limits in force (reconcile expressions are bounded by expression-depth).</summary>
    public Safety.Limits Limits { get; init; } = Safety.Limits.Default;

    /// <summary>Where findings about the rendered text as a whole are reported: the skeleton template, else the data file.</summary>
    public SourceLocation TextLocation => new(Templates?.SkeletonPath ?? Data.DataPath, 1, 1);

    public bool HasRegime(string regime) => Data.Issuer.DisclosureRegimes.Contains(regime);

    /// <summary>The trace entries that printed a figure of <paramref name="metric"/>, in print order.</summary>
    public IEnumerable<TraceEntry> PrintsOf(Metric metric)
    {
        // Indexed once the trace is complete (rules run after rendering), so a rule asking per metric stays linear.
        _printsByMetric ??= Trace.Entries.Where(e => e.Figure is not null).ToLookup(e => e.Figure!.Metric.Key, StringComparer.Ordinal);
        return _printsByMetric[metric.Key];
    }

    private ILookup<string, TraceEntry>? _printsByMetric;

    /// <summary>The non-GAAP ranges of the text, kept by <see cref="NonGaapGuidance.Find"/> for the next rule that asks.</summary>
    internal IReadOnlyList<GuidedMeasure>? GuidedMeasures { get; set; }

    /// <summary>The given value of a metric for a period, with its position.</summary>
    public DataPoint? Given(string metric, PeriodKey period) => Data.Values.GetValueOrDefault((metric, period));
}
