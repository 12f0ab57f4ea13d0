using System.Globalization;
using ReleaseGen.Model;

namespace ReleaseGen.Templating;

/// <summary>How a figure prints when a template writes it as it is, and in tables: its metric's decimals, grouped thousands, a percent sign for percent units.</summary>
public static class FigureFormat
{
    public static string Format(Figure figure)
    {
        var number = figure.Rounded.ToString("N" + figure.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return figure.Metric.ShowsPercentSign ? number + "%" : number;
    }
}
