using System.Globalization;
using ReleaseGen.Templating.Functions;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating;

/// <summary>
/// Lets a template set its own comparison words, so a template set (or one issuer's narrative) can say
/// "up" and "down", or "greater" instead of "higher", without code.
/// </summary>
public sealed class VocabularyFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public VocabularyFunctions() : base(1, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(VocabularyFunctions).GetMethod(nameof(Vocabulary)));
    }

    private static readonly string[] Words = ["higher", "lower", "more", "fewer", "improved", "declined", "unchanged", "approximately", "unchanged_threshold"];

    /// <summary>
    /// Replaces comparison words for the rest of the render.
    /// <code>{{ vocabulary { higher: "greater", unchanged: "flat", unchanged_threshold: 1 } }}</code>
    /// then <code>{{ compare.change 101.5 100 }}</code> gives <c>flat</c>. Prints nothing.
    /// </summary>
    public static string Vocabulary(TemplateContext context, ScriptObject words)
    {
        if (context is not ReleaseTemplateContext release)
            throw new ArgumentException("vocabulary: needs a release template context");
        var unknown = words.Keys.Where(k => Array.IndexOf(Words, k) < 0).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"vocabulary: unknown word {string.Join(", ", unknown.Select(u => $"'{u}'"))} (known: {string.Join(", ", Words)})");
        var settings = release.LanguageSettings;
        string Text(string key, string current) => words.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? current : current;
        release.LanguageSettings = settings with
        {
            Higher = Text("higher", settings.Higher),
            Lower = Text("lower", settings.Lower),
            More = Text("more", settings.More),
            Fewer = Text("fewer", settings.Fewer),
            Improved = Text("improved", settings.Improved),
            Declined = Text("declined", settings.Declined),
            Unchanged = Text("unchanged", settings.Unchanged),
            Approximately = Text("approximately", settings.Approximately),
            UnchangedThresholdPercent = words.TryGetValue("unchanged_threshold", out var threshold)
                ? Convert.ToDecimal(threshold, CultureInfo.InvariantCulture)
                : settings.UnchangedThresholdPercent,
        };
        return "";
    }
}
