using ReleaseGen.Model;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Comparison language, imported as <c>compare</c>. Changes are relative to |prior| and computed from
/// the printed (rounded) values of figures, so the words always agree with the printed numbers. The
/// words and the "unchanged" threshold come from <see cref="LanguageSettings"/> (default: below 0.5%
/// reads "unchanged"). A zero prior with a non-zero current cannot be expressed as a percent: the
/// percent functions (<c>change</c>, <c>more</c>) raise "not comparable"; the direction functions
/// (<c>direction</c>, <c>outcome</c>, <c>is_higher</c>, <c>is_lower</c>) use the sign of the difference.
/// </summary>
public sealed class ComparisonFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public ComparisonFunctions() : base(10, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(Change)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(More)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(Direction)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(Outcome)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(IsHigher)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(IsLower)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(Noun)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(VerbTo)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(Up)));
        this.Function(typeof(ComparisonFunctions).GetMethod(nameof(Verb)));
    }

    /// <summary>
    /// "approximately 14% higher", "8% lower", "unchanged". "approximately" appears only when the printed
    /// percent is rounded (the exact change differs from it), and never when <paramref name="approximately"/>
    /// is false. A change that rounds to 0% reads "unchanged".
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.change 1040257 911848 }}
    /// {{ compare.change 92 100 }}
    /// {{ compare.change 1002 1000 }}
    /// {{ compare.change 1040257 911848 0 false }}
    /// ```
    /// ```text
    /// approximately 14% higher
    /// 8% lower
    /// unchanged
    /// 14% higher
    /// ```
    /// </remarks>
    public static string Change(TemplateContext context, object current, object prior, int decimals = 0, bool approximately = true) =>
        Phrase(context, current, prior, decimals, "compare.change", more: false, approximately);

    /// <summary>Like <c>change</c>, with "more"/"fewer": for counts (tonnes, ounces).</summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.more 22209 18928 }}
    /// {{ compare.more 90 100 }}
    /// ```
    /// ```text
    /// approximately 17% more
    /// 10% fewer
    /// ```
    /// </remarks>
    public static string More(TemplateContext context, object current, object prior, int decimals = 0, bool approximately = true) =>
        Phrase(context, current, prior, decimals, "compare.more", more: true, approximately);

    /// <summary>
    /// The change as a verb, as issuers write it (never "approximately"): "increased 4%", "decreased 1%",
    /// "was unchanged" (below the threshold), or "n/m" where a percent means nothing (a zero prior, a
    /// change of sign, or above 1,000%).
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.verb 2310 2221 }}
    /// {{ compare.verb 99 100 }}
    /// ```
    /// ```text
    /// increased 4%
    /// decreased 1%
    /// ```
    /// (fr-CA: <c>a augmenté de 4 %</c>, <c>a diminué de 1 %</c>)
    /// </remarks>
    public static string Verb(TemplateContext context, object current, object prior, int decimals = 0)
    {
        var language = LanguageSettings.Of(context);
        return Wording(current, prior, decimals, "compare.verb", language) switch
        {
            { Trend: Trend.NotMeaningful } => language.NotMeaningful,
            { Trend: Trend.Unchanged } => language.WasUnchanged,
            var w => Fill(language.VerbPattern, language, w.Percent, w.Decimals, verb: w.Trend == Trend.Increase ? language.Increased : language.Decreased),
        };
    }

    /// <summary>
    /// The change as a verb with the new value: "increased 4% to 2,310", "was unchanged at 2,310". The
    /// value prints as the figure prints (its metric's decimals, its currency or percent sign), in its
    /// metric's scale when it declares one (<c>scale: thousands</c>: "to 2,310 thousand"). Where a
    /// percent means nothing (a zero prior, a change of sign, above 1,000%) the value stands alone: "was 2,310".
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.verb_to gold_koz_q1 gold_koz_q1_prior }} ounces
    /// {{ compare.verb_to 1500 1500 }}
    /// ```
    /// ```text
    /// increased 4% to 2,310 thousand ounces
    /// was unchanged at 1,500
    /// ```
    /// </remarks>
    public static string VerbTo(TemplateContext context, object current, object prior, int decimals = 0)
    {
        const string fn = "compare.verb_to";
        var language = LanguageSettings.Of(context);
        var value = PrintedValue(current, fn, language);
        return Wording(current, prior, decimals, fn, language) switch
        {
            { Trend: Trend.NotMeaningful } => language.WasPattern.Replace("{value}", value, StringComparison.Ordinal),
            { Trend: Trend.Unchanged } => language.UnchangedAtPattern.Replace("{value}", value, StringComparison.Ordinal),
            var w => Fill(language.VerbToPattern, language, w.Percent, w.Decimals, verb: w.Trend == Trend.Increase ? language.Increased : language.Decreased)
                .Replace("{value}", value, StringComparison.Ordinal),
        };
    }

    /// <summary>
    /// The change as a noun phrase: "a 1% decrease", "an 8% increase", "an 11% increase", "no change";
    /// "n/m" where a percent means nothing.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.noun 99 100 }}
    /// {{ compare.noun 108 100 }}
    /// ```
    /// ```text
    /// a 1% decrease
    /// an 8% increase
    /// ```
    /// (fr-CA: <c>une baisse de 1 %</c>, <c>une hausse de 8 %</c>)
    /// </remarks>
    public static string Noun(TemplateContext context, object current, object prior, int decimals = 0)
    {
        var language = LanguageSettings.Of(context);
        var w = Wording(current, prior, decimals, "compare.noun", language);
        if (w.Trend == Trend.NotMeaningful) return language.NotMeaningful;
        if (w.Trend == Trend.Unchanged) return language.NoChange;
        var text = Fill(language.NounPattern, language, w.Percent, w.Decimals, noun: w.Trend == Trend.Increase ? language.Increase : language.Decrease);
        // English chooses "a" or "an" by how the number sounds; French carries the article in its noun.
        return language.ArticleFor is { } article
            ? text.Replace("{article}", article(language.FormatNumber(w.Percent, w.Decimals)), StringComparison.Ordinal)
            : text;
    }

    /// <summary>The short form of tables and bullets: "up 20%", "down 3%", "unchanged"; "n/m" where a percent means nothing.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.up 120 100 }}
    /// {{ compare.up 97 100 }}
    /// ```
    /// ```text
    /// up 20%
    /// down 3%
    /// ```
    /// (fr-CA: <c>en hausse de 20 %</c>, <c>en baisse de 3 %</c>)
    /// </remarks>
    public static string Up(TemplateContext context, object current, object prior, int decimals = 0)
    {
        var language = LanguageSettings.Of(context);
        var w = Wording(current, prior, decimals, "compare.up", language);
        if (w.Trend == Trend.NotMeaningful) return language.NotMeaningful;
        if (w.Trend == Trend.Unchanged) return language.Unchanged;
        return Fill(language.UpPattern, language, w.Percent, w.Decimals, word: w.Trend == Trend.Increase ? language.Up : language.Down);
    }

    private enum Trend { NotMeaningful, Unchanged, Increase, Decrease }

    private readonly record struct Measured(Trend Trend, decimal Percent, int Decimals);

    /// <summary>The rounded absolute percent and its trend: unchanged below the threshold or when it rounds to 0%; not meaningful per <see cref="Functions.Change.NotMeaningful"/>.</summary>
    private static Measured Wording(object current, object prior, int decimals, string fn, LanguageSettings language)
    {
        var d = Numbers.Decimals(decimals, current, fn);
        if (Functions.Change.NotMeaningful(current, prior, fn, language)) return new Measured(Trend.NotMeaningful, 0m, d);
        var exact = Functions.Change.Percent(current, prior, fn);
        var shown = Numbers.Round(Math.Abs(exact), d);
        if (Math.Abs(exact) < language.UnchangedThresholdPercent || shown == 0m) return new Measured(Trend.Unchanged, 0m, d);
        return new Measured(exact > 0 ? Trend.Increase : Trend.Decrease, shown, d);
    }

    private static string Fill(string pattern, LanguageSettings language, decimal percent, int decimals, string verb = "", string noun = "", string word = "") =>
        pattern
            .Replace("{pct}", language.FormatPercent(language.FormatNumber(percent, decimals)), StringComparison.Ordinal)
            .Replace("{verb}", verb, StringComparison.Ordinal)
            .Replace("{noun}", noun, StringComparison.Ordinal)
            .Replace("{word}", word, StringComparison.Ordinal);

    /// <summary>The current value as printed: a figure in its metric's scale, currency or percent; a plain number with its own decimals.</summary>
    internal static string PrintedValue(object value, string fn, LanguageSettings language)
    {
        if (value is not Figure figure) return Numbers.Format(Numbers.ToDecimal(value, fn), Numbers.DefaultDecimals(value, fn), language);
        if (figure.Metric.Scale is { } scale) return NumberFunctions.InScaleText(figure.Value, scale, null, language);
        if (figure.Metric.Format?.Currency is { } currency)
        {
            var rounded = figure.Rounded;
            var text = language.FormatMoney(language.FormatNumber(Math.Abs(rounded), figure.Decimals), currency);
            return rounded < 0m ? language.NegativeSign + text : text;
        }
        return language.FormatFigure(figure);
    }

    /// <summary>"higher", "lower" or "unchanged" (below the threshold).</summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.direction 458472 581785 }}
    /// ```
    /// ```text
    /// lower
    /// ```
    /// </remarks>
    public static string Direction(TemplateContext context, object current, object prior)
    {
        var language = LanguageSettings.Of(context);
        return Functions.Change.Direction(current, prior, "compare.direction", language) switch
        {
            > 0 => language.Higher,
            < 0 => language.Lower,
            _ => language.Unchanged,
        };
    }

    /// <summary>
    /// Whether the change is good news, from the first argument's metric polarity: higher-is-better
    /// rises "improved" and falls "declined"; lower-is-better (costs) falls "improved" and rises
    /// "declined" (a negative cost moving toward zero, -50 to -20, is a rise: "declined"). Below the
    /// threshold: "unchanged". A neutral metric or a plain number gives the direction word ("higher"/"lower").
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.outcome silver_6m_2012 silver_6m_2011 }}
    /// {{ compare.outcome cash_cost_q3 cash_cost_q3_prior }}
    /// ```
    /// ```text
    /// improved
    /// improved
    /// ```
    /// (the second with a lower-is-better cost that fell)
    /// </remarks>
    public static string Outcome(TemplateContext context, object current, object prior)
    {
        var language = LanguageSettings.Of(context);
        var direction = Functions.Change.Direction(current, prior, "compare.outcome", language);
        if (direction == 0) return language.Unchanged;
        var polarity = current is Figure f ? f.Metric.Polarity : Polarity.Neutral;
        return polarity switch
        {
            Polarity.HigherIsBetter => direction > 0 ? language.Improved : language.Declined,
            Polarity.LowerIsBetter => direction < 0 ? language.Improved : language.Declined,
            _ => direction > 0 ? language.Higher : language.Lower,
        };
    }

    /// <summary>True when <c>direction</c> would say "higher".</summary>
    /// <remarks>
    /// ```scriban
    /// {{ if compare.is_higher 22209 18928 }}up{{ end }}
    /// ```
    /// ```text
    /// up
    /// ```
    /// </remarks>
    public static bool IsHigher(TemplateContext context, object current, object prior) =>
        Functions.Change.Direction(current, prior, "compare.is_higher", LanguageSettings.Of(context)) > 0;

    /// <summary>True when <c>direction</c> would say "lower".</summary>
    /// <remarks>
    /// ```scriban
    /// {{ if compare.is_lower 458472 581785 }}down{{ end }}
    /// ```
    /// ```text
    /// down
    /// ```
    /// </remarks>
    public static bool IsLower(TemplateContext context, object current, object prior) =>
        Functions.Change.Direction(current, prior, "compare.is_lower", LanguageSettings.Of(context)) < 0;

    private static string Phrase(TemplateContext context, object current, object prior, int decimals, string fn, bool more, bool allowApproximately)
    {
        var language = LanguageSettings.Of(context);
        var d = Numbers.Decimals(decimals, current, fn);
        var exact = Functions.Change.Percent(current, prior, fn);
        var magnitude = Math.Abs(exact);
        var shown = Numbers.Round(magnitude, d);
        if (magnitude < language.UnchangedThresholdPercent || shown == 0m) return language.Unchanged;
        var word = exact > 0 ? (more ? language.More : language.Higher) : (more ? language.Fewer : language.Lower);
        var approximate = allowApproximately && shown != magnitude;
        var pattern = more
            ? (approximate ? language.ApproximateMorePattern : language.MorePattern)
            : (approximate ? language.ApproximateChangePattern : language.ChangePattern);
        return pattern
            .Replace("{pct}", language.FormatPercent(language.FormatNumber(shown, d)), StringComparison.Ordinal)
            .Replace("{word}", word, StringComparison.Ordinal)
            .Replace("{approx}", language.Approximately, StringComparison.Ordinal);
    }
}
