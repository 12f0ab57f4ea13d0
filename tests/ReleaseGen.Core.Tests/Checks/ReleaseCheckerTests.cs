using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Html;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Checks;

public class ReleaseCheckerTests
{
    private static string CopyExample() => Repository.CopyExample("alexco-2012-q2");

    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    [Fact]
    public void The_reference_release_passes_every_rule()
    {
        var result = ReleaseChecker.Check(TestData.Example("alexco-2012-q2"), new CheckOptions(TestData.Templates));
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Output.Markdown);
        Assert.True(result.Output.Succeeded);
    }

    [Fact]
    public void Build_output_is_the_pipeline_output()
    {
        var checkedOutput = ReleaseChecker.Check(TestData.Example("alexco-2012-q2"), new CheckOptions(TestData.Templates)).Output;
        var built = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates);
        Assert.Equal(built.Markdown, checkedOutput.Markdown);
    }

    [Fact]
    public void A_six_month_silver_figure_that_no_longer_reconciles_is_an_error_at_its_data_line()
    {
        var copy = CopyExample();
        Edit(Path.Combine(copy, "release.yaml"), "silver_oz: 1040257", "silver_oz: 1140257");
        var result = ReleaseChecker.Check(copy, new CheckOptions(TestData.Templates));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation(Path.Combine(copy, "release.yaml"), 58, 72), error.Location);
        Assert.Equal(DiagnosticCodes.ReconciliationMismatch, error.Code);
        Assert.Null(result.Output.Markdown);
        Snapshot.Verify(error.ToString().Replace(copy, "FOLDER"));
    }

    [Fact]
    public void A_nine_month_figure_that_is_not_the_sum_of_its_quarters_is_caught()
    {
        // Nine months as printed, with quarters that add up to 1,000 ounces less: the slip the
        // reference release makes possible when a quarter is retyped and the year to date is not.
        var yaml = CheckFixture.Yaml
            .Replace("period: 2024-Q2", "period: 2024-Q3")
            .Replace("  2024-H1: { ore_processed: 250, grade: 440, recovery: 91, silver_oz: 3250 }\n",
                "  2024-Q3: { ore_processed: 120, grade: 450, recovery: 91, silver_oz: 1580 }\n"
                + "  2024-9M: { ore_processed: 370, grade: 443, recovery: 91, silver_oz: 5830 }\n");
        var fixture = new CheckFixture(yaml);
        var findings = fixture.Check().Diagnostics.Where(d => d.Code == DiagnosticCodes.AggregateMismatch).ToList();
        Snapshot.Verify(fixture.Print(findings));
    }

    [Fact]
    public void A_nine_month_figure_is_also_checked_against_six_months_and_the_third_quarter()
    {
        var yaml = CheckFixture.Yaml
            .Replace("period: 2024-Q2", "period: 2024-Q3")
            .Replace("  2024-Q1: { ore_processed: 150, grade: 400, recovery: 92, silver_oz: 1800 }\n", "")
            .Replace("  2024-Q2: { ore_processed: 100, grade: 500, recovery: 90, silver_oz: 1450 }\n",
                "  2024-Q3: { ore_processed: 120, grade: 450, recovery: 91, silver_oz: 1580 }\n"
                + "  2024-9M: { ore_processed: 370, grade: 443, recovery: 91, silver_oz: 4900 }\n");
        var fixture = new CheckFixture(yaml.Replace("columns: [quarter, ytd]", "columns: [quarter]"));
        var finding = Assert.Single(fixture.Check().Diagnostics, d => d.Code == DiagnosticCodes.AggregateMismatch);
        Assert.Equal("silver_oz for 2024-9M is 4,900 but 2024-H1 + 2024-Q3 add up to 4,830 (difference 70): a sum must agree exactly", finding.Message);
    }

    [Fact]
    public void The_trace_covers_every_table_cell_and_the_narrative_figures()
    {
        var result = ReleaseChecker.Check(TestData.Example("alexco-2012-q2"), new CheckOptions(TestData.Templates));
        var entries = result.Trace.Entries;
        Assert.Equal(68, entries.Count(e => e.Expression.StartsWith("table 'highlights'", StringComparison.Ordinal)));
        var silver = Assert.Single(entries, e => e.Expression == "{{ figures.silver_oz.quarter }}");
        Assert.Equal("458,472", silver.Printed);
        Assert.Equal((2, 110), (silver.Where.Line, silver.Where.Column));
        Assert.EndsWith("narrative.md", silver.Where.Path);
        Assert.Equal("0 decimal(s), half away from zero", silver.Rounding);
        var q1 = Assert.Single(entries, e => e.Printed == "234");
        Assert.Equal("2012-Q1", q1.Figure!.Period.Key.ToString());
        Assert.Equal(Model.FigureOrigin.Derived, q1.Figure.Origin);
        var change = entries.Where(e => e.Printed == "approximately 14% higher").Select(e => e.Figure!.Period.Key.ToString()).ToList();
        Assert.Equal(["2012-H1", "2011-H1"], change);
    }

    [Fact]
    public void Figures_read_by_a_condition_are_not_attributed_to_later_text()
    {
        var fixture = new CheckFixture(narrative: "{{ if figures.silver_oz.quarter.value > 0 }}Silver was produced.{{ end }} Grade was {{ figures.grade.quarter }} g/t.\n");
        var entries = fixture.Check().Trace.Entries.Where(e => e.Where.Path.EndsWith("narrative.md", StringComparison.Ordinal)).ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(("500", "grade"), (entry.Printed, entry.Figure!.MetricKey));
    }

    [Fact]
    public void The_trace_lists_numbers_only_each_at_its_own_expression()
    {
        // A list of highlights: a figure, a label read through the figure (text, not a number), a fact
        // (a range) and a figure kept in a variable. Each entry is where its expression is, not at 1,1.
        var fixture = new CheckFixture(narrative: """
            {{ include "dateline" }} Highlights:

            - Silver: {{ figures.silver_oz.quarter }} ounces ({{ figures.silver_oz.quarter.metric.label }})
            - Guidance: {{ num.range 2000 2500 0 }} ounces
            {{ g = figures.grade.quarter ~}}
            - Grade: {{ g }} grams per tonne
            """);
        var entries = fixture.Check().Trace.Entries.Where(e => e.Where.Path.EndsWith("narrative.md", StringComparison.Ordinal))
            .Select(e => (e.Printed, e.Figure?.MetricKey, e.Where.Line, e.Where.Column)).ToList();
        Assert.Equal([("1,450", "silver_oz", 3, 32), ("2,000 to 2,500", null, 4, 16), ("500", "grade", 6, 13)], entries);
    }

    [Fact]
    public void The_edgar_exhibit_of_the_reference_release_passes_the_lint()
    {
        var copy = CopyExample();
        Edit(Path.Combine(copy, "release.yaml"), "disclosure_regimes: [ni-43-101, ni-51-102]", "disclosure_regimes: [ni-43-101, ni-51-102, edgar]");
        var result = ReleaseChecker.Check(copy, new CheckOptions(TestData.Templates));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Edgar_lint_findings_are_reported_at_the_generated_exhibit()
    {
        var fixture = new CheckFixture(CheckFixture.Yaml.Replace("[ni-43-101, ni-51-102]", "[ni-43-101, ni-51-102, edgar]"));
        var rule = new EdgarExhibitRule(html =>
        [
            new EdgarFinding(3, 7, EdgarLint.DisallowedElement, html.Contains("Example", StringComparison.Ordinal) ? "the element <script> is not allowed" : "no html"),
        ]);
        var finding = Assert.Single(fixture.Check([rule]).Diagnostics);
        Assert.Equal("FOLDER/example-2024-q2.htm(3,7): error RG530: EDGAR001: the element <script> is not allowed (in the generated EDGAR exhibit)", fixture.Print([finding]));
        Assert.Empty(fixture.Check([new EdgarExhibitRule()]).Diagnostics);
    }

    [Fact]
    public void Regime_rules_do_not_run_for_other_regimes()
    {
        var fixture = new CheckFixture(CheckFixture.Yaml
            .Replace("disclosure_regimes: [ni-43-101, ni-51-102]", "disclosure_regimes: []")
            .Replace("  designations: [P.Geo.]\n", "")
            .Replace("risks: [variation in grade]", "risks: []"));
        Assert.Empty(fixture.Check().Diagnostics);
    }

    [Fact]
    public void Rules_have_unique_codes_titles_and_reasons()
    {
        Assert.Equal(ReleaseChecker.Rules.Count, ReleaseChecker.Rules.Select(r => r.Code).Distinct().Count());
        Assert.All(ReleaseChecker.Rules, r =>
        {
            Assert.Contains(DiagnosticCodes.All, c => c.Code == r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Why));
        });
    }

    [Fact]
    public void Docs_list_every_code()
    {
        var docs = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "rules.md"));
        Assert.All(DiagnosticCodes.All, c => Assert.Contains($"### {c.Code}", docs));
    }
}
