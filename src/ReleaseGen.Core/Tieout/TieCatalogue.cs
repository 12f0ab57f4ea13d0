using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Tieout;

/// <summary>What a number can tie to.</summary>
public enum SourceKind
{
    /// <summary>A figure of the FigureBook: given or derived.</summary>
    Figure,

    /// <summary>A figure over the calendar days of its period.</summary>
    PerDay,

    /// <summary>A number under <c>facts:</c>.</summary>
    Fact,

    /// <summary>A number the draft's templates computed from data and printed (not a figure: a ratio of facts).</summary>
    Computed,
}

/// <summary>One value of the release that a printed number may be: a figure, a rate, a fact.</summary>
public sealed record TieSource(SourceKind Kind, decimal Value, string Description, Figure? Figure = null)
{
    public Metric? Metric => Figure?.Metric;

    public PeriodKey? Period => Figure?.Period.Key;

    /// <summary>The unit the number is in: the metric's, "t/d" for a daily rate of tonnes; null for facts (any unit).</summary>
    public string? Unit => Kind switch
    {
        SourceKind.Figure => Figure!.Metric.Unit,
        SourceKind.PerDay => Figure!.Metric.Unit + "/d",
        _ => null,
    };
}

/// <summary>
/// Every value of the release a printed number may tie to: the figures of every metric for the
/// quarters, years to date and years around the reporting period (given or derived by the
/// FigureBook), their per-day rates, the numeric facts, and the numbers the draft's templates computed
/// from data (the figure trace's non-figure prints: "86.96 ounces of silver to one ounce of gold").
/// </summary>
public sealed class TieCatalogue
{
    public TieCatalogue(ReleaseDocument release, FigureTrace? trace, NumberScanner scanner)
    {
        Release = release;
        var data = release.Data;
        var reporting = data.Release.PeriodKey;
        var periods = new List<PeriodKey>();
        for (var year = reporting.FiscalYear - 2; year <= reporting.FiscalYear + 1; year++)
        {
            for (var q = 1; q <= 4; q++) periods.Add(PeriodKey.ForQuarter(year, q));
            for (var q = 2; q <= 4; q++) periods.Add(PeriodKey.YearToDate(year, q));
        }
        Periods = periods.Distinct().ToList();
        var sources = new List<TieSource>();
        foreach (var metric in data.Metrics)
        {
            foreach (var period in Periods)
            {
                var figure = release.Figures.Find(metric, period);
                if (figure is null) continue;
                sources.Add(new TieSource(SourceKind.Figure, figure.Value, $"{metric.Key} for {period}", figure));
                if (metric.Unit == "t" && metric.Aggregation.Kind == AggregationKind.Sum)
                    sources.Add(new TieSource(SourceKind.PerDay, figure.Value / figure.Period.Days, $"{metric.Key} for {period} over its {figure.Period.Days} days", figure));
            }
        }
        foreach (var (path, value) in Flatten("facts", data.Facts))
            sources.Add(new TieSource(SourceKind.Fact, value, path));
        if (trace is not null)
        {
            foreach (var entry in trace.Entries.Where(e => e.Figure is null).DistinctBy(e => e.Printed))
                foreach (var token in scanner.Scan(entry.Printed).Numbers)
                    sources.Add(new TieSource(SourceKind.Computed, token.Value, $"the draft's template at {entry.Where}"));
        }
        Sources = sources;
    }

    public ReleaseDocument Release { get; }

    public IReadOnlyList<PeriodKey> Periods { get; }

    public IReadOnlyList<TieSource> Sources { get; }

    public Figure? Find(Metric metric, PeriodKey period) => Release.Figures.Find(metric, period);

    /// <summary>The numbers of a fact tree, each with its path ("facts.prices.gold", "facts.mines[1].tonnes"); text that is not a plain number, and ranges ("2-3"), are left out.</summary>
    internal static IEnumerable<(string Path, decimal Value)> Flatten(string path, object? value)
    {
        switch (value)
        {
            case decimal d: yield return (path, d); break;
            case int i: yield return (path, i); break;
            case long l: yield return (path, l); break;
            // Within decimal's range; NaN and the infinities fail the comparison too.
            case double x when Math.Abs(x) < 7.9e27: yield return (path, (decimal)x); break;
            case string s when decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && s.Any(char.IsAsciiDigit) && !s.Contains('-', StringComparison.Ordinal):
                yield return (path, parsed);
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (key, item) in map)
                    foreach (var x in Flatten($"{path}.{key}", item)) yield return x;
                break;
            case System.Collections.IDictionary dictionary:
                foreach (System.Collections.DictionaryEntry entry in dictionary)
                    foreach (var x in Flatten($"{path}.{entry.Key}", entry.Value)) yield return x;
                break;
            case System.Collections.IEnumerable list when value is not string:
                var index = 0;
                foreach (var item in list)
                    foreach (var x in Flatten($"{path}[{index++}]", item)) yield return x;
                break;
        }
    }
}

/// <summary>The rounding rule of tie-out, and the favourable side of a rounding.</summary>
public static class Rounding
{
    /// <summary>
    /// A printed number is right when it is <paramref name="value"/> rounded half away from zero to the
    /// printed precision; "approximately" widens that by one unit of the last printed digit, no more.
    /// </summary>
    public static bool Ties(NumberToken token, decimal value) => Ties(token.Printed, token.Decimals, token.Scale, token.Approximate, value);

    public static bool Ties(decimal printed, int decimals, decimal scale, bool approximate, decimal value)
    {
        var scaled = value / scale;
        if (Math.Round(scaled, decimals, MidpointRounding.AwayFromZero) == printed) return true;
        return approximate && Math.Abs(scaled - printed) <= 1m / NumberToken.Pow10(decimals);
    }

    /// <summary>True when the printed number is the correct rounding (not merely within the approximate tolerance).</summary>
    public static bool IsCorrectlyRounded(NumberToken token, decimal value) =>
        Math.Round(value / token.Scale, token.Decimals, MidpointRounding.AwayFromZero) == token.Printed;

    /// <summary>The value printed at <paramref name="token"/>'s precision and scale, in the language: "8.6 million", "14%".</summary>
    public static string Format(NumberToken token, decimal value, LanguageSettings language)
    {
        var rounded = Math.Round(value / token.Scale, token.Decimals, MidpointRounding.AwayFromZero);
        var number = language.FormatNumber(Math.Abs(rounded), token.Decimals);
        var text = token.IsPercent ? language.FormatPercent(number) : token.IsMoney ? string.Format(System.Globalization.CultureInfo.InvariantCulture, language.CurrencyPattern, number) : number;
        if (rounded < 0) text = language.NegativeSign + text;
        if (token.Scale != 1m) text = language.FormatMillions(text, rounded);
        return text;
    }

    /// <summary>
    /// Whether printing <paramref name="printed"/> for <paramref name="value"/> flatters the result:
    /// higher for a higher-is-better metric, lower for a lower-is-better one.
    /// </summary>
    public static bool IsFavourable(decimal printed, decimal value, Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => printed > value,
        Polarity.LowerIsBetter => printed < value,
        _ => false,
    };
}
