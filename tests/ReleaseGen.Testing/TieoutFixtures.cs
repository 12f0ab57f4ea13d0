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
