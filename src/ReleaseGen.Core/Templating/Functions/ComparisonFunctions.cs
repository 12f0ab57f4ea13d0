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
    public ComparisonFunctions() : base(6, autoImportStaticsFromThisType: false)
    {
        this.Function(nameof(Change), Change);
        this.Function(nameof(More), More);
        this.Function(nameof(Direction), Direction);
        this.Function(nameof(Outcome), Outcome);
        this.Function(nameof(IsHigher), IsHigher);
        this.Function(nameof(IsLower), IsLower);
    }

    /// <summary>
    /// "approximately 14% higher", "8% lower", "unchanged". "approximately" appears only when the printed
    /// percent is rounded (the exact change differs from it). A change that rounds to 0% reads "unchanged".
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ compare.change 1040257 911848 }}
    /// {{ compare.change 92 100 }}
    /// {{ compare.change 1002 1000 }}
    /// ```
    /// ```text
    /// approximately 14% higher
    /// 8% lower
    /// unchanged
    /// ```
    /// </remarks>
    public static string Change(TemplateContext context, object current, object prior, int decimals = 0) =>
        Phrase(context, current, prior, decimals, "compare.change", more: false);

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
    public static string More(TemplateContext context, object current, object prior, int decimals = 0) =>
        Phrase(context, current, prior, decimals, "compare.more", more: true);

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

    private static string Phrase(TemplateContext context, object current, object prior, int decimals, string fn, bool more)
    {
        var language = LanguageSettings.Of(context);
        var d = Numbers.Decimals(decimals, current, fn);
        var exact = Functions.Change.Percent(current, prior, fn);
        var magnitude = Math.Abs(exact);
        var shown = Numbers.Round(magnitude, d);
        if (magnitude < language.UnchangedThresholdPercent || shown == 0m) return language.Unchanged;
        var word = exact > 0 ? (more ? language.More : language.Higher) : (more ? language.Fewer : language.Lower);
        var approximate = shown != magnitude;
        var pattern = more
            ? (approximate ? language.ApproximateMorePattern : language.MorePattern)
            : (approximate ? language.ApproximateChangePattern : language.ChangePattern);
        return pattern
            .Replace("{pct}", language.FormatPercent(language.FormatNumber(shown, d)), StringComparison.Ordinal)
            .Replace("{word}", word, StringComparison.Ordinal)
            .Replace("{approx}", language.Approximately, StringComparison.Ordinal);
    }
}
