using ReleaseGen.Diagnostics;

namespace ReleaseGen.Model;

/// <summary>Whether a rise in a metric is good news, bad news, or neither.</summary>
public enum Polarity
{
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How a metric's value over a longer period follows from its quarters.</summary>
public enum AggregationKind
{
    /// <summary>Not derivable (recoveries, prices): every period's value must be given.</summary>
    None,

    /// <summary>Additive (tonnes, ounces): a year to date is the sum of its quarters.</summary>
    Sum,

    /// <summary>A rate (grades): the mean of the quarters weighted by another metric (tonnes processed).</summary>
    WeightedMean,
}

/// <summary>The aggregation rule of a metric; <see cref="WeightedBy"/> names the weight metric.</summary>
public sealed record Aggregation(AggregationKind Kind, string? WeightedBy = null)
{
    public static Aggregation None { get; } = new(AggregationKind.None);

    public static Aggregation Sum { get; } = new(AggregationKind.Sum);

    public override string ToString() => Kind switch
    {
        AggregationKind.WeightedMean => $"weighted mean by {WeightedBy}",
        AggregationKind.Sum => "sum",
        _ => "none",
    };
}

/// <summary>One entry of the metric catalogue: how a figure reads and behaves.</summary>
/// <param name="Key">The identifier used in data and templates (<c>silver_oz</c>).</param>
/// <param name="Label">The row label in tables ("Silver (ounces)").</param>
/// <param name="Unit">The unit: <c>t</c>, <c>g/t</c>, <c>%</c>, <c>oz</c>, <c>lb</c>, or any text.</param>
/// <param name="Decimals">Decimals shown wherever the figure is printed; rounding is the same everywhere.</param>
/// <param name="NonGaap">A non-GAAP measure, which brings disclosure duties with it.</param>
/// <param name="Labels">The label in other languages, by locale (<c>labels: { fr-CA: Argent (onces) }</c>).</param>
/// <param name="Comparable">For a non-GAAP measure: the metric of the most directly comparable GAAP measure (<c>comparable: cost_of_sales</c>).</param>
public sealed record Metric(
    string Key,
    string Label,
    string Unit,
    int Decimals,
    Aggregation Aggregation,
    Polarity Polarity,
    SourceLocation Location,
    bool NonGaap = false,
    IReadOnlyDictionary<string, string>? Labels = null,
    string? Comparable = null)
{
    /// <summary>The label in <paramref name="locale"/>: an exact translation, else one for its language ("fr"), else <see cref="Label"/>.</summary>
    public string LabelIn(string? locale) => Localized.Pick(Label, Labels, locale);

    /// <summary>
    /// This metric is the total of its segments: the metric that holds each segment's figure, by
    /// segment key (<c>by_segment: { coyote_flats: cf_au_oz }</c>). Segment columns read it, and the
    /// checks hold the total to the sum of its parts within <see cref="SegmentTolerance"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> BySegment { get; init; } = new Dictionary<string, string>();

    /// <summary>How far the printed total may differ from the sum of the printed segments (rounding): default exact.</summary>
    public Tolerance SegmentTolerance { get; init; } = Tolerance.Exact;

    /// <summary>Where <c>by_segment</c> is written, for the segment check's messages.</summary>
    public SourceLocation? BySegmentLocation { get; init; }

    /// <summary>How the metric's figures print in tables (currency, negatives, nil, decimals); null: plain.</summary>
    public CellFormat? Format { get; init; }

    /// <summary>The scale the metric is written in, in prose (<c>scale: thousands</c>): <c>num.in_scale</c> prints 2,310,400 as "2,310 thousand"; null: none.</summary>
    public MetricScale? Scale { get; init; }

    /// <summary>The metric holding the operating days of each period (<c>operating_days: mill_days</c>), which <c>rate.per_operating_day</c> divides by; null: none.</summary>
    public string? OperatingDays { get; init; }

    /// <summary>Percent-unit figures print their sign ("8.8%"); other units are named in the label.</summary>
    public bool ShowsPercentSign => Unit == "%";
}

/// <summary>A scale for prose: the divisor and default decimals of "thousand" and "million".</summary>
public enum MetricScale
{
    Thousands,
    Millions,
}

/// <summary>Picks the text of a locale from a default text and its translations.</summary>
public static class Localized
{
    /// <summary>True when <paramref name="translations"/> has a text for <paramref name="locale"/> or its language.</summary>
    public static bool Has(IReadOnlyDictionary<string, string>? translations, string locale) =>
        translations is not null && translations.Keys.Any(tag =>
            string.Equals(tag, locale, StringComparison.OrdinalIgnoreCase) || string.Equals(tag, locale.Split('-')[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The translation for <paramref name="locale"/> ("fr-CA"), else for its language ("fr"), else
    /// <paramref name="text"/>. Locale tags compare case-insensitively.
    /// </summary>
    public static string Pick(string text, IReadOnlyDictionary<string, string>? translations, string? locale)
    {
        if (translations is null || translations.Count == 0 || string.IsNullOrEmpty(locale)) return text;
        foreach (var (tag, value) in translations)
            if (string.Equals(tag, locale, StringComparison.OrdinalIgnoreCase)) return value;
        var language = locale.Split('-')[0];
        foreach (var (tag, value) in translations)
            if (string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)) return value;
        return text;
    }
}
