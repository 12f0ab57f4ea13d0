using ReleaseGen.Model;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>How a figure prints when a template writes it as it is, and in tables: its metric's decimals, grouped thousands, a percent sign for percent units, in the release's language.</summary>
public static class FigureFormat
{
    /// <summary>English (invariant) form: "458,472", "8.8%".</summary>
    public static string Format(Figure figure) => LanguageSettings.Default.FormatFigure(figure);

    /// <summary>The form of <paramref name="language"/>: fr-CA "458 472", "8,8 %".</summary>
    public static string Format(Figure figure, LanguageSettings language) => language.FormatFigure(figure);
}
