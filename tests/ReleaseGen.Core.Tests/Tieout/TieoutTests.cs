using ReleaseGen.Testing;
using System.Text.RegularExpressions;
using ReleaseGen.Formats;
using ReleaseGen.Templating;
using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>Tie-out of the examples' own outputs (clean) and of an Alexco release edited by hand (six planted errors).</summary>
public sealed class TieoutTests : IDisposable
{
    private readonly string _dir = Scratch.Folder("tieout-");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly (string From, string To)[] Edits = ReleaseGen.Testing.TieoutFixtures.Edits;

    private static readonly (string Code, int Line, string Right)[] Expected = ReleaseGen.Testing.TieoutFixtures.Expected;

    // The generated outputs, rendered once per example, format and locale (tie-out itself runs in every test).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(string FileName, string Text)>> Rendered = new(StringComparer.Ordinal);

    private static (string FileName, string Text) Render(string example, string format, string? locale) =>
        Rendered.GetOrAdd($"{example}|{format}|{locale}", _ => new Lazy<(string, string)>(() =>
        {
            var output = ReleasePipeline.Run(TestData.Example(example), TestData.Templates, locale);
            Assert.True(output.Succeeded);
            var file = OutputFormatRegistry.Core.Get(format).Render(output.Document!, FormatOptions.Default).Single();
            return (file.FileName, System.Text.Encoding.UTF8.GetString(file.Content));
        })).Value;

    private (string Path, TieoutRun Run) TieFormat(string example, string format, Func<string, string>? edit = null, string? locale = null)
    {
        var folder = TestData.Example(example);
        var (fileName, text) = Render(example, format, locale);
        var path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, edit is null ? text : edit(text));
        return (path, TieoutRunner.Run(path, folder, FinalDocumentReaders.Core, TestData.Templates, locale));
    }

    [Theory]
    [InlineData("alexco-2012-q2", "md")]
    [InlineData("alexco-2012-q2", "html")]
    [InlineData("alexco-2012-q2", "edgar")]
    [InlineData("us-gold-2024-q3", "md")]
    [InlineData("us-gold-2024-q3", "html")]
    [InlineData("us-gold-2024-q3", "edgar")]
    public void A_generated_release_ties_completely(string example, string format)
    {
        var (_, run) = TieFormat(example, format);
        Assert.Empty(run.Diagnostics);
        Assert.NotNull(run.Result);
        Assert.Equal(0, run.Result!.Untied);
        Assert.Equal(0, run.Result.Wrong);
        Assert.True(run.Result.Tied > 80, run.Result.Counts);
    }

    private static string EditMarkdown(string markdown) => ReleaseGen.Testing.TieoutFixtures.EditMarkdown(markdown);

    [Fact]
    public void Each_planted_error_in_the_markdown_is_reported_once_at_its_line_with_the_right_value()
    {
        var (path, run) = TieFormat("alexco-2012-q2", "md", EditMarkdown);
        Assert.Equal(Expected.Length, run.Diagnostics.Count);
        foreach (var (code, line, right) in Expected)
        {
            var finding = Assert.Single(run.Diagnostics, d => d.Code == code);
            Assert.True(finding.IsError);
            Assert.Equal(path, finding.Location.Path);
            Assert.Equal(line, finding.Location.Line);
            Assert.Contains(right, finding.Message, StringComparison.Ordinal);
        }
        Assert.Equal(Expected.Length, run.Result!.Wrong);
        Assert.Equal(0, run.Result.Untied);
    }

    [Fact]
    public void The_same_edits_in_the_html_page_give_the_same_findings()
    {
        var (_, markdown) = TieFormat("alexco-2012-q2", "md", EditMarkdown);
        var (_, html) = TieFormat("alexco-2012-q2", "html", text =>
        {
            text = text.Replace("<td class=\"num\">464,324</td>", "<td class=\"num\">464,234</td>", StringComparison.Ordinal);
            foreach (var (from, to) in Edits.Skip(1)) text = text.Replace(from, to, StringComparison.Ordinal);
            return text;
        });
        Assert.Equal(markdown.Diagnostics.Select(d => (d.Code, d.Message)), html.Diagnostics.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void The_html_trace_marks_every_number_and_its_counts_match_the_text_report()
    {
        var (path, run) = TieFormat("alexco-2012-q2", "md", EditMarkdown);
        var result = run.Result!;
        var report = TieoutReport.WriteHtml(result, Path.GetFileName(path));
        Assert.Equal(result.Tied, Regex.Matches(report, "<mark class=\"tied\"").Count);
        Assert.Equal(result.Wrong, Regex.Matches(report, "<mark class=\"wrong\"").Count);
        Assert.Equal(result.Untied, Regex.Matches(report, "<mark class=\"untied\"").Count);
        Assert.Equal(result.Recognised, Regex.Matches(report, "<mark class=\"recognised\"").Count);
        Assert.Contains(result.Counts, report, StringComparison.Ordinal);
        // Every digit of the document's text is inside a mark.
        var unmarked = Regex.Replace(report[report.IndexOf("</h1>", StringComparison.Ordinal)..report.IndexOf("<h2>Findings", StringComparison.Ordinal)], "<mark[^>]*>.*?</mark>|<span class=\"note\">.*?</span>|<p id=\"counts\".*?</p>", "");
        Assert.DoesNotMatch(@"\d", System.Net.WebUtility.HtmlDecode(Regex.Replace(unmarked, "<[^>]+>", "")));
    }

    public static TheoryData<string, string?> RoundingVariants
    {
        get
        {
            var data = new TheoryData<string, string?>();
            foreach (var (claim, code) in ReleaseGen.Testing.TieoutFixtures.RoundingVariants) data.Add(claim, code);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RoundingVariants))]
    public void The_rounding_rule_widens_approximately_by_one_unit_and_not_toward_good_news(string claim, string? code)
    {
        // Silver, six months 2012 against 2011: 1,040,257 / 911,848 is 14.08% higher; silver is higher-is-better.
        var (_, run) = TieFormat("alexco-2012-q2", "md", text => text.Replace("approximately 14% higher", claim, StringComparison.Ordinal));
        var errors = run.Diagnostics.Where(d => d.IsError).ToList();
        if (code is null) Assert.Empty(errors);
        else Assert.Equal(code, Assert.Single(errors).Code);
    }

    /// <summary>The planted errors of the rules the six Done-when edits do not reach: a per-day rate, a total, a time in a zone, another period's figure.</summary>
    public static TheoryData<string, string, string, string, string> PlantedErrors
    {
        get
        {
            var data = new TheoryData<string, string, string, string, string>();
            foreach (var (example, from, to, code, right) in ReleaseGen.Testing.TieoutFixtures.PlantedErrors) data.Add(example, from, to, code, right);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PlantedErrors))]
    public void A_planted_rate_total_time_or_period_error_is_reported_once(string example, string from, string to, string code, string right)
    {
        var (_, run) = TieFormat(example, "md", text =>
        {
            Assert.Single(Regex.Matches(text, Regex.Escape(from)));
            return text.Replace(from, to, StringComparison.Ordinal);
        });
        var finding = Assert.Single(run.Diagnostics);
        Assert.Equal(code, finding.Code);
        Assert.Equal(TieoutRule.All.Single(r => r.Code == code).Severity, finding.Severity);
        Assert.Contains(right, finding.Message, StringComparison.Ordinal);
        // An error marks its number wrong; a warning, untied.
        Assert.Equal(finding.IsError ? (1, 0) : (0, 1), (run.Result!.Wrong, run.Result.Untied));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("edgar")]
    public void The_whole_french_release_ties_completely(string format)
    {
        var (_, run) = TieFormat("alexco-2012-q2", format, locale: "fr-CA");
        Assert.Empty(run.Diagnostics);
        Assert.Equal(0, run.Result!.Untied);
        Assert.True(run.Result.Tied > 80, run.Result.Counts);
    }

    [Fact]
    public void A_planted_error_in_the_french_release_is_reported_in_french_forms()
    {
        var edits = ReleaseGen.Testing.TieoutFixtures.FrenchEdits;
        var (_, run) = TieFormat("alexco-2012-q2", "md", text => edits.Aggregate(text, (t, e) => t.Replace(e.From, e.To, StringComparison.Ordinal)), "fr-CA");
        Assert.Equal(edits.Select(e => e.Code).Order(), run.Diagnostics.Select(d => d.Code).Order());
        Assert.All(run.Diagnostics, d => Assert.Equal(3, d.Location.Line));
        foreach (var edit in edits) Assert.Contains(edit.Right, run.Diagnostics.Single(d => d.Code == edit.Code).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void French_numbers_percents_and_words_are_read()
    {
        var scanner = new NumberScanner(ReleaseGen.Templating.Functions.LanguageSettings.FrenchCanada);
        var scanned = scanner.Scan("458\u00A0472 onces, en hausse d'environ 14\u00A0%, soit 3,7 millions de livres le mardi 7 août 2012 à 11 h (heure de l'Est)");
        Assert.Equal([458472m, 14m, 3_700_000m], scanned.Numbers.Select(n => n.Value));
        Assert.True(scanned.Numbers[1].IsPercent);
        Assert.True(scanned.Numbers[1].Approximate);
        Assert.Equal(new DateOnly(2012, 8, 7), Assert.Single(scanned.Dates).Date);
        Assert.Equal((11, "heure de l'Est"), (Assert.Single(scanned.Times).Hour, scanned.Times[0].Zone));
    }

    [Fact]
    public void Years_phones_dates_citations_and_note_marks_are_recognised_not_tied()
    {
        var scanner = new NumberScanner(ReleaseGen.Templating.Functions.LanguageSettings.Default);
        var scanned = scanner.Scan("In 2012 call 1-877-407-8031 or (604) 633-4888 on July 16, 2012 under National Instrument 43-101 and Section 27A; ounces(1) see Q2.");
        Assert.Empty(scanned.Numbers);
        Assert.Contains(scanned.Recognised, r => r.Kind == "phone number");
        Assert.Contains(scanned.Recognised, r => r.Kind == "note mark");
        Assert.Contains(scanned.Recognised, r => r.Kind == "citation");
    }
}
