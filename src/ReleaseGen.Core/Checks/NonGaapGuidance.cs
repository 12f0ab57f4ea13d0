using System.Text.RegularExpressions;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;

namespace ReleaseGen.Checks;

/// <summary>A range of a non-GAAP measure stated in the text (an outlook): the measure, the words that name it, the range and where it was printed.</summary>
/// <param name="Metric">The non-GAAP metric of the catalogue the sentence names; null for a measure the catalogue does not have.</param>
public sealed record GuidedMeasure(Metric? Metric, string Term, string Range, SourceLocation At);

/// <summary>
/// Non-GAAP measures stated as ranges in running text ("AISC of between $1,250 and $1,350 per ounce",
/// "cash costs of $900 to $975 per ounce"): a sentence holding a range and the name of a non-GAAP measure.
/// The names are the labels of the catalogue's non-GAAP metrics (up to "per", without parentheses) and
/// their initials ("AISC"), and the measures mining issuers commonly report outside GAAP.
/// </summary>
internal static partial class NonGaapGuidance
{
    // Declared first: the static patterns below are made with them.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    // A batch's releases name the same few measures: each pattern is made (parsed and prepared) once, not per release.
    private static readonly BoundedCache<(string Pattern, RegexOptions Options), Regex> Patterns = new(256);

    /// <summary>Names of measures that are non-GAAP wherever they appear (English and French).</summary>
    private static readonly string[] CommonTerms =
    [
        "all-in sustaining cost", "all-in cost", "AISC", "AIC", "cash cost", "total cash cost", "sustaining cost",
        "free cash flow", "adjusted EBITDA", "EBITDA", "adjusted earnings", "adjusted net earnings",
        "coûts de maintien tout compris", "coût de maintien tout compris", "CMTC", "coûts décaissés", "coût décaissé",
        "flux de trésorerie disponibles", "BAIIA",
    ];

    /// <summary>The ranges of non-GAAP measures in the text, found once per check (two rules read them).</summary>
    public static IReadOnlyList<GuidedMeasure> Find(CheckContext context) => context.GuidedMeasures ??= Scan(context);

    private static IReadOnlyList<GuidedMeasure> Scan(CheckContext context)
    {
        if (context.Markdown is not { } markdown) return [];
        // The names are compiled into patterns only when the text holds a range at all: most releases have none.
        List<(Metric? Metric, string Term, Regex Pattern)>? terms = null;
        var found = new List<GuidedMeasure>();
        foreach (var sentence in Sentences(WithoutTables(markdown)))
        {
            var range = Range().Match(sentence);
            if (!range.Success) continue;
            terms ??= Terms(context).ToList();
            var named = terms.Where(t => t.Pattern.IsMatch(sentence)).ToList();
            // A catalogue metric named in the sentence is the measure; a common name only when no metric is named.
            var metrics = named.Where(t => t.Metric is not null).DistinctBy(t => t.Metric!.Key).ToList();
            var measures = metrics.Count > 0 ? metrics : named.Take(1).ToList();
            var at = Position(context, range.Value);
            found.AddRange(measures.Select(m => new GuidedMeasure(m.Metric, m.Term, range.Value.Trim(), at)));
        }
        return found;
    }

    private static IEnumerable<(Metric? Metric, string Term, Regex Pattern)> Terms(CheckContext context)
    {
        var locale = context.Language.Locale;
        foreach (var metric in context.Data.Metrics.Where(m => m.NonGaap))
        {
            foreach (var label in new[] { metric.LabelIn(locale), metric.Label }.Distinct())
            {
                var name = Parenthesis().Replace(label, "");
                name = PerUnit().Split(name)[0].Trim();
                var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2) yield return (metric, name, Named(name));
                if (words.Length >= 3)
                {
                    var initials = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
                    yield return (metric, initials, Pattern($@"\b{initials}s?\b", RegexOptions.CultureInvariant));
                }
            }
        }
        foreach (var (term, pattern) in CommonPatterns) yield return (null, term, pattern);
    }

    /// <summary>The common terms' patterns, the same for every release: made once.</summary>
    private static readonly (string Term, Regex Pattern)[] CommonPatterns =
        [.. CommonTerms.Select(term => (term, term.All(c => char.IsUpper(c)) ? new Regex($@"\b{term}s?\b", RegexOptions.CultureInvariant, Timeout) : Named(term)))];

    /// <summary>A name in any case, its last word singular or plural ("cash cost", "Cash costs").</summary>
    private static Regex Named(string name) =>
        Pattern($@"(?<![\p{{L}}-]){System.Text.RegularExpressions.Regex.Escape(name).Replace(@"\ ", @"\s+")}s?(?![\p{{L}}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex Pattern(string pattern, RegexOptions options) =>
        Patterns.GetOrAdd((pattern, options), static key => new Regex(key.Pattern, key.Options, Timeout));

    /// <summary>The template position of the expression that printed the range (or its first number), else the skeleton.</summary>
    private static SourceLocation Position(CheckContext context, string range)
    {
        var numbers = Number().Matches(range).Select(m => m.Value).ToList();
        var text = context.Trace.Entries.Where(e => !e.Expression.StartsWith("table ", StringComparison.Ordinal)).ToList();
        var entry = text.FirstOrDefault(e => numbers.Count > 0 && numbers.All(n => e.Printed.Contains(n, StringComparison.Ordinal)))
                    ?? text.FirstOrDefault(e => numbers.Count > 0 && e.Printed.Contains(numbers[0], StringComparison.Ordinal));
        return entry?.Where ?? context.TextLocation;
    }

    private static string WithoutTables(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("<!-- releasegen:table ", StringComparison.Ordinal)) inTable = true;
            if (!inTable) kept.Add(line);
            if (line.StartsWith(Tables.GfmTableWriter.ClosingLine, StringComparison.Ordinal)) inTable = false;
        }
        // Markdown escapes ("\$1,250") are not part of the words.
        return MarkdownEscape().Replace(string.Join('\n', kept), "$1");
    }

    /// <summary>Paragraphs and list items split into sentences (a full stop, then a space and a capital).</summary>
    private static IEnumerable<string> Sentences(string text) =>
        text.Split('\n').SelectMany(line => SentenceEnd().Split(line)).Where(s => s.Any(char.IsAsciiDigit));

    // "between $1,250 and $1,350", "entre 900 $ et 975 $", or with a currency sign: "$1,250 to $1,350", "1 250 $ à 1 350 $",
    // "$1,250-$1,350". Grouping is a comma, a point or a no-break space, never a plain space ("2024 1,250").
    // "fell from $1,467 to $1,325" is a change, not a range ("to range from $1,250 to $1,350" is one).
    [GeneratedRegex(@"\b(?:between|entre)\s+[$€£]?\d[\d,.\u00A0\u202F]*(?:[\u00A0\u202F ]?\$)?\s+(?:and|et)\s+[$€£]?\d[\d,.\u00A0\u202F]*(?:[\u00A0\u202F ]?\$)?"
        + @"|(?<!(?<!\branges?\s)\bfrom\s)[$€£]\d[\d,.\u00A0\u202F]*(?:\s+(?:to|à)\s+|\s?[-–—]\s?)[$€£]?\d[\d,.\u00A0\u202F]*"
        + @"|(?<!(?<!\branges?\s)\bfrom\s)(?<![\d,.])\d[\d,.\u00A0\u202F]*[\u00A0\u202F ]?\$\s+(?:to|à)\s+\d[\d,.\u00A0\u202F]*[\u00A0\u202F ]?\$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Range();

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\s(?:per|par)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}(])")]
    private static partial Regex SentenceEnd();
}
