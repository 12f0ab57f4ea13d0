using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseGen.Diagnostics;
using ReleaseGen.Templating;

namespace ReleaseGen.Checks;

/// <summary>
/// RG403: a number typed into a template's text (outside <c>{{ }}</c>) is not linked to data. Exempt
/// by rule: years (four digits, 1900 to 2099), phone-number patterns, numbers attached to letters
/// (<c>Q2</c>, <c>27A</c>), citations after a word such as Section, Part, Item, Rule, Instrument or
/// subpart (<c>National Instrument 43-101</c>, <c>subpart 1300</c>), ordered-list markers, note marks
/// (<c>[^1]</c>, <c>&lt;sup&gt;1&lt;/sup&gt;</c>, <c>costs(1)</c>) and the "1" of a ratio (<c>80:1</c>). Any
/// other intended number is marked with <c>{{ literal "..." }}</c>.
/// </summary>
public sealed partial class LiteralNumberRule : CheckRule
{
    public override string Code => DiagnosticCodes.LiteralNumber;

    public override string Title => "Numbers in templates are linked to data";

    public override string Why => "Every figure printed in prose must come from the data through a function, so that it agrees with the table and changes when the data changes; a typed number is the \"heading left over from last quarter\" kind of slip.";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Templates is not { } templates) yield break;
        foreach (var path in TemplatePaths(templates))
        {
            string text;
            try
            {
                text = templates.Text(path);
            }
            catch (Safety.SourceFileException)
            {
                continue; // reported where the release was rendered
            }
            var numbers = path == templates.NarrativePath ? Scan(text) : ScanShared(text);
            foreach (var (line, column, number) in numbers)
                yield return Finding(new SourceLocation(path, line, column),
                    $"the number '{number}' is typed into the template, not linked to data: print it from the data through a function, or mark it as intended with {{{{ literal \"{number}\" }}}}");
        }
    }

    // The skeleton and partials are the same text for every release of a batch: each is scanned once (keyed by its
    // text, so an edited file is scanned again); the narrative, a release's own, is not kept.
    private static readonly BoundedCache<string, (int Line, int Column, string Number)[]> SharedScans = new(512, StringComparer.Ordinal);

    private static (int Line, int Column, string Number)[] ScanShared(string text) => SharedScans.GetOrAdd(text, static t => [.. Scan(t)]);

    /// <summary>The skeleton, the partials and the narrative: the templates a release renders from.</summary>
    private static IEnumerable<string> TemplatePaths(TemplateSet templates)
    {
        IEnumerable<string> paths = [templates.SkeletonPath, .. templates.PartialNames().Select(templates.PathOf), templates.NarrativePath];
        return paths.Distinct().Where(File.Exists);
    }

    /// <summary>The numbers in a template's literal text that no exemption covers, with 1-based line and column.</summary>
    public static IEnumerable<(int Line, int Column, string Number)> Scan(string template)
    {
        // The "1" of a ratio is found before the code is blanked: "{{ num.format facts.ratio }}:1".
        var text = MaskCode(Mask(template.Replace("\r\n", "\n"), RatioUnit()));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            line = Mask(line, ListMarker());
            line = Mask(line, Phone());
            line = Mask(line, Citation());
            line = Mask(line, NoteMark());
            foreach (Match match in NumberToken().Matches(line))
            {
                var value = match.Value;
                if (IsYear(value)) continue;
                yield return (i + 1, match.Index + 1, value);
            }
        }
    }

    private static bool IsYear(string value) =>
        value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099;

    /// <summary>Blanks out everything between <c>{{</c> and <c>}}</c> (keeping newlines, so positions hold).</summary>
    private static string MaskCode(string text)
    {
        var sb = new StringBuilder(text);
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + 2;
            for (var j = i; j < end; j++)
                if (sb[j] != '\n') sb[j] = ' ';
            i = end;
        }
        return sb.ToString();
    }

    private static string Mask(string line, Regex pattern) =>
        pattern.Replace(line, m => new string(' ', m.Length));

    [GeneratedRegex(@"^\s*\d+[.)](?=\s)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<![\w-])(?:\+?1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])")]
    private static partial Regex Phone();

    // English and French citation words: Section 27A, subpart 1300, National Instrument 43-101, Règlement 43-101, sous-partie 1300.
    [GeneratedRegex(@"(?i)(?<![\w-])(?:sections?|subpart|sous-partie|parts?|partie|items?|rules?|instrument|forms?|formulaire|regulation|règlement|norme|exhibit|schedule|article|chapter|chapitre|no\.)\s+\d+[A-Za-z]*(?:[-.]\d+[A-Za-z]*)*")]
    private static partial Regex Citation();

    // Note marks: a Markdown footnote ([^1], [^1]:), a superscript (<sup>1</sup>, ^1^), or one or two digits in
    // parentheses glued to the text they mark ("costs(1)"), after a word ("AISC (1)") or opening a note's line
    // ("(1) Cash costs are ..."); "| (5) |" alone in a table cell is a negative number, not a mark.
    [GeneratedRegex(@"\[\^[^\]\s]+\]|<sup>\s*\d{1,2}\s*</sup>|\^\d{1,2}\^|(?:(?<=[^\s|])|(?<=\p{L}[*_]* )|(?<=^\s*(?:[-*+]\s+)?))\(\d{1,2}\)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteMark();

    // The "1" of a conversion ratio written "80:1" (the 80 is printed from data: {{ num.format facts.ratio }}:1).
    [GeneratedRegex(@"(?<=[\d}]) ?: ?1(?![\w]|[.,]\d)")]
    private static partial Regex RatioUnit();

    // A number not glued to a letter, digit or underscore on either side: 14, 21,273, 3.7.
    [GeneratedRegex(@"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")]
    private static partial Regex NumberToken();
}
