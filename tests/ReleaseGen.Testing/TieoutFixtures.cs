using System.Text.RegularExpressions;
using Xunit;

namespace ReleaseGen.Testing;

/// <summary>
/// The edited Alexco release of the tie-out fixtures (issue 12), shared by the Markdown, HTML, PDF and
/// Word tests so that every format is edited the same way and must give the same findings.
/// </summary>
public static class TieoutFixtures
{
    /// <summary>The six edits of the Done-when, on the Markdown: a table cell, a running-text figure, a percent claim, a direction word, a weekday, an "approximately ... million".</summary>
    public static readonly (string From, string To)[] Edits =
    [
        ("| 458,472 | 464,324 |", "| 458,472 | 464,234 |"),
        ("produced 458,472 ounces", "produced 458,742 ounces"),
        ("approximately 17% more tonnes", "approximately 19% more tonnes"),
        ("2012 was lower than in the first quarter", "2012 was higher than in the first quarter"),
        ("Tuesday, August 7, 2012", "Wednesday, August 7, 2012"),
        ("3.7 million and 1.3 million pounds", "3.7 million and approximately 1.4 million pounds"),
    ];

    /// <summary>Code, Markdown line, and the right value each finding must name.</summary>
    public static readonly (string Code, int Line, string Right)[] Expected =
    [
        ("RG702", 3, "should be 458,472"),
        ("RG706", 3, "correctly rounded it is 1.3 million"),
        ("RG701", 34, "the data gives 464,324"),
        ("RG704", 39, "it should read 'lower'"),
        ("RG703", 41, "it should read 'approximately 17% more'"),
        ("RG708", 53, "it is a Tuesday"),
    ];

    /// <summary>Planted errors of the rules the six edits do not reach (rate, total, time, another period's figure): example, text, replacement, code, the right value the finding names.</summary>
    public static readonly (string Example, string From, string To, string Code, string Right)[] PlantedErrors =
    [
        ("alexco-2012-q2", "244 tonnes per day (tpd)", "254 tonnes per day (tpd)", "RG705", "should be 244"),
        ("us-gold-2024-q3", "| &nbsp;&nbsp;**All-in sustaining costs** | **43,977** |", "| &nbsp;&nbsp;**All-in sustaining costs** | **43,997** |", "RG707", "the rows it totals add to 43,977 as printed"),
        ("alexco-2012-q2", "(8 a.m. Pacific)", "(9 a.m. Pacific)", "RG709", "is at 8 a.m. Pacific"),
        // The quarter's zinc typed as the first quarter's (1,515,786 pounds): it matches only a period its sentence does not name.
        ("alexco-2012-q2", "3.7 million and 1.3 million pounds", "3.7 million and 1.5 million pounds", "RG712", "it should read 1.3 million"),
    ];

    /// <summary>Variants of one claim (silver, six months 2012 against 2011: 14.08% higher) and the finding each must give (null: none).</summary>
    public static readonly (string Claim, string? Code)[] RoundingVariants =
    [
        ("approximately 14% higher", null),
        ("14% higher", null),
        ("approximately 15% higher", "RG706"),
        ("approximately 16% higher", "RG703"),
        ("approximately 13% higher", "RG703"),
        ("15% higher", "RG703"),
        ("approximately 14% lower", "RG704"),
    ];

    /// <summary>Two errors planted in the French release's first paragraph: a running-text figure and a percent claim.</summary>
    public static readonly (string From, string To, string Code, string Right)[] FrenchEdits =
    [
        ("a produit 458\u00A0472 onces", "a produit 458\u00A0742 onces", "RG702", "should be 458\u00A0472"),
        ("en hausse d'environ 14\u00A0%", "en hausse d'environ 16\u00A0%", "RG703", "it should read 'en hausse d'environ 14\u00A0%'"),
    ];

    /// <summary>The generated Alexco Markdown with the six edits; each edit must match exactly once.</summary>
    public static string EditMarkdown(string markdown)
    {
        foreach (var (from, to) in Edits)
        {
            Assert.Single(Regex.Matches(markdown, Regex.Escape(from)));
            markdown = markdown.Replace(from, to, StringComparison.Ordinal);
        }
        return markdown;
    }
}
