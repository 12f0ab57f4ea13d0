using ReleaseGen.Diagnostics;
using ReleaseGen.Periods;

namespace ReleaseGen.Model;

/// <summary>Where a figure's value came from, for the reviewer's audit trail.</summary>
public enum FigureOrigin
{
    /// <summary>Typed in the data file or CSV.</summary>
    Given,

    /// <summary>Computed from other figures by the metric's aggregation rule.</summary>
    Derived,

    /// <summary>Computed by a template function (a rate, a conversion).</summary>
    Computed,
}

/// <summary>
/// One value of one metric for one period: what templates print. It carries its metric (label, unit,
/// decimals, polarity) so formatting and comparison functions need nothing else, and its source
/// (file position, or how it was derived) so every printed figure can be traced.
/// </summary>
public sealed record Figure(Metric Metric, Period Period, decimal Value, FigureOrigin Origin, SourceLocation Location, string Derivation = "")
{
    public string MetricKey => Metric.Key;

    public int Decimals => Metric.Decimals;

    /// <summary>The value rounded as it is printed (half away from zero, the convention of financial print).</summary>
    public decimal Rounded => Math.Round(Value, Decimals, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{Metric.Key}[{Period.Key}] = {Value}";
}
