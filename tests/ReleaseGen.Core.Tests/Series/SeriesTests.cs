using ReleaseGen.Testing;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Periods;
using ReleaseGen.Series;

namespace ReleaseGen.Core.Tests.Series;

/// <summary>
/// The issuer's series (examples/us-gold-series): issuer data once, figures published once, every
/// release reading earlier quarters from the ledger, and the checks across releases.
/// </summary>
public class SeriesTests
{
    internal const string ExampleName = "us-gold-series";

    /// <summary>A scratch copy of the example series (every file and release folder).</summary>
    internal static string CopySeries(string name = ExampleName)
    {
        var source = TestData.Example(name);
        var copy = Path.Combine(Scratch.Folder("releasegen-series"), name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    private static CheckResult Check(string folder) => ReleaseChecker.Check(folder, new CheckOptions(TestData.Templates));

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Theory]
    [InlineData("2024-q1")]
    [InlineData("2024-q2")]
    [InlineData("2024-q3")]
    public void Every_release_of_the_example_checks_clean_with_the_known_slip_acknowledged(string release)
    {
        var result = Check(Path.Combine(TestData.Example(ExampleName), release));
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Output.Document);
        // The fiscal 2023 nine-month silver slip in ledger.csv: two findings, both acknowledged in series.yaml.
        Assert.Equal(["RG400", "RG406"], result.Acknowledged.Select(a => a.Finding.Code).Order());
        Assert.All(result.Acknowledged, a => Assert.EndsWith("ledger.csv", a.Finding.Location.Path));
    }

    [Fact]
    public void A_release_states_only_its_quarter_and_reads_prior_periods_from_the_ledger()
    {
        var folder = Path.Combine(TestData.Example(ExampleName), "2024-q3");
        var loaded = ReleaseLoader.Load(folder);
        var data = loaded.Data!;
        // Issuer data comes from series.yaml, figures of earlier releases and of ledger.csv from the ledger.
        Assert.Equal("Imaginary Peak Mining Corp.", data.Issuer.Name);
        Assert.Equal(6, data.Calendar.YearEndMonth);
        var q2Gold = data.Values[("total_au_oz", PeriodKey.ForQuarter(2024, 2))];
        Assert.Equal(32723m, q2Gold.Value);
        Assert.Equal("2024-q2", q2Gold.PublishedIn);
        Assert.EndsWith(Path.Combine("2024-q2", "release.yaml"), q2Gold.Location.Path);
        var priorYear = data.Values[("total_au_oz", PeriodKey.ForQuarter(2023, 3))];
        Assert.Equal("ledger.csv", priorYear.PublishedIn);
        // The restated figure is the release's own; the earlier publication stays in the ledger for the check.
        Assert.True(data.Values[("cf_au_rec", PeriodKey.ForQuarter(2024, 2))].IsOwn);
        Assert.Contains(data.Ledger, e => e is { Metric: "cf_au_rec", Value: 74.9m, Source: "2024-q2", IsEarlier: true });
    }

    [Fact]
    public void The_series_release_prints_what_the_standalone_release_prints_with_prior_periods_from_the_ledger()
    {
        var series = Check(Path.Combine(TestData.Example(ExampleName), "2024-q3")).Output.Markdown!;
        // Trend columns from three releases and the ledger; nine months summed across three releases.
        Assert.Contains("| Gold produced (ounces) | 30,881 | 31,205 | 31,893 | 32,723 | 33,522 |", series);
        Assert.Contains("| &nbsp;&nbsp;Gold produced (ounces) | 19,322 | 18,024 | 7% | 56,212 | 52,876 | 6% |", series);
        // The acknowledged prior-year figure is reprinted as published.
        Assert.Contains("| &nbsp;&nbsp;Silver produced (ounces) | 282,776 | 316,102 | \u221211% | 875,385 | 952,827 | \u22128% |", series);
    }

    [Fact]
    public void Changing_a_published_second_quarter_figure_fails_the_third_quarter_at_both_files_until_declared_restated()
    {
        var copy = CopySeries();
        var q3 = Path.Combine(copy, "2024-q3");
        var q3Data = Path.Combine(q3, "release.yaml");
        var restated = """
            restated:
              - metric: cf_au_rec
                period: 2024-Q2
                reason: The final leach-pad assays for the second quarter raised Coyote Flats' gold recovery from 74.9% to 75.0%.

            """;
        Edit(q3Data, restated, "");

        var result = Check(q3);
        var findings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PublishedFigureChanged).ToList();
        Assert.Equal(2, findings.Count);
        var atQ3 = Assert.Single(findings, d => d.Location.Path == q3Data);
        var atQ2 = Assert.Single(findings, d => d.Location.Path == Path.Combine(copy, "2024-q2", "release.yaml"));
        foreach (var finding in new[] { atQ3, atQ2 })
        {
            Assert.True(finding.IsError);
            Assert.Contains("75", finding.Message);
            Assert.Contains("74.9", finding.Message);
        }
        Assert.Contains("cf_au_rec for 2024-Q2 is 75% here but '2024-q2' published 74.9%", atQ3.Message);
        Assert.Contains("declare it under 'restated:'", atQ3.Message);
        Assert.Null(result.Output.Markdown);

        // Declared restated: it passes, and the release prints the note.
        Edit(q3Data, "events:\n", restated + "events:\n");
        var declared = Check(q3);
        Assert.DoesNotContain(declared.Diagnostics, d => d.IsError);
        Assert.Contains("_Restated:_ Gold recovery for the second quarter of fiscal 2024 is restated from the figure published earlier. The final leach-pad assays",
            declared.Output.Markdown);
    }

    [Fact]
    public void A_nine_month_figure_that_is_not_the_sum_of_three_quarters_published_in_three_releases_is_caught_at_each()
    {
        var copy = CopySeries();
        var q1Data = Path.Combine(copy, "2024-q1", "release.yaml");
        // The first quarter's gold as published in its own release, changed: Q3's nine months (98,138) no longer add up.
        Edit(q1Data, "total_au_oz: 31893", "total_au_oz: 31993");

        var findings = Check(Path.Combine(copy, "2024-q3")).Diagnostics
            .Where(d => d.Code == DiagnosticCodes.AggregateMismatch && d.Subject == new FindingSubject("total_au_oz", PeriodKey.YearToDate(2024, 3)))
            .ToList();
        var atNineMonths = Assert.Single(findings, d => d.Location.Path == Path.Combine(copy, "2024-q3", "release.yaml"));
        Assert.Equal("total_au_oz for 2024-9M is 98,138 but 2024-Q1 + 2024-Q2 + 2024-Q3 add up to 98,238 (difference -100): a sum must agree exactly", atNineMonths.Message);
        var atFirstQuarter = Assert.Single(findings, d => d.Location.Path == q1Data);
        Assert.StartsWith("total_au_oz for 2024-Q1 is 31,993 here, one of the parts of total_au_oz for 2024-9M, which is 98,138 at ", atFirstQuarter.Message);
        Assert.Single(findings, d => d.Location.Path == Path.Combine(copy, "2024-q2", "release.yaml"));
    }

    [Fact]
    public void An_acknowledged_finding_fails_again_when_its_figure_changes()
    {
        var copy = CopySeries();
        Edit(Path.Combine(copy, "ledger.csv"), "total_ag_oz,2023-9M,952827", "total_ag_oz,2023-9M,952837");
        var result = Check(Path.Combine(copy, "2024-q3"));
        Assert.Empty(result.Acknowledged);
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.AggregateMismatch, IsError: true } && d.Location.Path.EndsWith("ledger.csv", StringComparison.Ordinal));
        var stale = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.AcknowledgementStale).ToList();
        Assert.Equal(2, stale.Count);
        Assert.All(stale, d => Assert.Contains("total_ag_oz for 2023-9M is now 952837, not the 952827 acknowledged, so its findings count again", d.Message));
    }

    [Fact]
    public void An_acknowledgement_names_one_code_one_figure_and_is_never_global()
    {
        var copy = CopySeries();
        // Acknowledging the slip under another code sets nothing aside, and says so.
        Edit(Path.Combine(copy, "series.yaml"), "  - code: RG400\n", "  - code: RG212\n");
        var result = Check(Path.Combine(copy, "2024-q1"));
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.AggregateMismatch, IsError: true });
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.AcknowledgementStale && d.Message.Contains("no RG212 finding about total_ag_oz for 2023-9M remains", StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_file_may_not_hold_what_belongs_to_one_release()
    {
        var copy = CopySeries();
        File.AppendAllText(Path.Combine(copy, "series.yaml"), "values:\n  2024-Q1: { total_au_oz: 1 }\n");
        var result = ReleaseLoader.Load(Path.Combine(copy, "2024-q1"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(Path.Combine(copy, "series.yaml"), error.Location.Path);
        Assert.Contains("'values' belongs to one release, not to the series", error.Message);
    }

    [Fact]
    public void A_typo_in_the_series_issuer_data_is_reported_in_series_yaml()
    {
        var copy = CopySeries();
        Edit(Path.Combine(copy, "series.yaml"), "  short_name: Imaginary Peak\n", "  shortname: Imaginary Peak\n");
        var error = Assert.Single(ReleaseLoader.Load(Path.Combine(copy, "2024-q2")).Diagnostics, d => d.IsError);
        Assert.Equal(Path.Combine(copy, "series.yaml"), error.Location.Path);
        Assert.Contains("unknown field 'shortname' in issuer", error.Message);
    }

    [Fact]
    public void A_placeholder_left_in_series_yaml_is_reported_there()
    {
        var copy = CopySeries();
        Edit(Path.Combine(copy, "series.yaml"), "  website: www.imaginarypeak.example\n", "  website: TODO\n");
        var error = Assert.Single(ReleaseLoader.Load(Path.Combine(copy, "2024-q1")).Diagnostics);
        Assert.Equal(DiagnosticCodes.Incomplete, error.Code);
        Assert.Equal(Path.Combine(copy, "series.yaml"), error.Location.Path);
        Assert.StartsWith("issuer.website is not filled in yet", error.Message);
    }

    [Fact]
    public void A_series_reads_nothing_through_links()
    {
        var copy = CopySeries();
        var outside = Path.Combine(Scratch.Folder("releasegen-outside"), "ledger.yaml");
        File.WriteAllText(outside, "2022-Q3: { total_au_oz: 29000 }\n");
        File.CreateSymbolicLink(Path.Combine(copy, "ledger.yaml"), outside);
        Directory.CreateSymbolicLink(Path.Combine(copy, "2023-q4"), Path.Combine(copy, "2024-q1"));

        var loaded = ReleaseLoader.Load(Path.Combine(copy, "2024-q2"));
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Path.Combine(copy, "ledger.yaml"), error.Location.Path);
        Assert.Equal("the ledger file is a link: a series reads only files inside its folder", error.Message);
        Assert.DoesNotContain(ReleaseGen.Series.SeriesFolder.Open(copy).ReleaseFolders(), f => f.EndsWith("2023-q4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_restatement_that_changes_nothing_published_is_warned_about()
    {
        var copy = CopySeries();
        Edit(Path.Combine(copy, "2024-q3", "release.yaml"), "2024-Q2: { cf_au_rec: 75.0 }", "2024-Q2: { cf_au_rec: 74.9 }");
        var warning = Assert.Single(Check(Path.Combine(copy, "2024-q3")).Diagnostics);
        Assert.Equal(DiagnosticCodes.RestatementUnchanged, warning.Code);
        Assert.Equal("declared restated, but no earlier release of the series published a different cf_au_rec for 2024-Q2", warning.Message);
    }

    [Fact]
    public void The_index_page_lists_a_release_that_did_not_build_and_redlines_skip_it()
    {
        var example = TestData.Example(ExampleName);
        BuiltRelease Built(string name) => new(name, Check(Path.Combine(example, name)).Output, [$"{name}.md"], 0);
        var pages = SeriesPages.Write("us-gold-series", [Built("2024-q3"), new BuiltRelease("2024-q2", null, [], 3), Built("2024-q1")]);
        Assert.Equal(["index.html", "2024-q3.redline.html"], pages.Select(p => p.FileName));
        var index = pages[0].Text;
        Assert.Contains("<tr><td>2024-q2</td><td></td><td></td><td><span class=\"failed\">did not build: 3 error(s)</span></td><td></td></tr>", index);
        Assert.Contains("<a href=\"2024-q3.redline.html\">against 2024-q1</a>", index);
        // Releases in period order, whatever order they were built in.
        Assert.True(index.IndexOf("<td>2024-q1</td>", StringComparison.Ordinal) < index.IndexOf("<td>2024-q3</td>", StringComparison.Ordinal));
    }
}

/// <summary>A series' ledger is read inside the series folder only: a link out of it is refused with a diagnostic.</summary>
public class SeriesTrustBoundaryTests
{
    [Fact]
    public void A_ledger_that_links_outside_the_series_is_refused_and_nothing_is_read_from_it()
    {
        var copy = SeriesTests.CopySeries();
        var outside = Path.Combine(Scratch.Folder("releasegen-outside"), "ledger.csv");
        try
        {
            File.WriteAllText(outside, "metric,period,value\ntotal_au_oz,2023-Q3,99999\n");
            File.Delete(Path.Combine(copy, "ledger.csv"));
            File.CreateSymbolicLink(Path.Combine(copy, "ledger.csv"), outside);
            var result = ReleaseChecker.Check(Path.Combine(copy, "2024-q3"), new CheckOptions(TestData.Templates));
            var refusal = Assert.Single(result.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("ledger.csv", StringComparison.Ordinal));
            Assert.Contains("link", refusal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("99999", StringComparison.Ordinal) || d.Message.Contains("99,999", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
            Directory.Delete(Path.GetDirectoryName(outside)!, recursive: true);
        }
    }
}
