using System.Text.RegularExpressions;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Periods;
using ReleaseGen.Scaffolding;

namespace ReleaseGen.Core.Tests.Series;

/// <summary><c>releasegen next</c>: the next quarter's folder, what check lists in it, and that it builds once filled in.</summary>
public class NextReleaseTests
{
    private static string Write(NextReleaseResult result)
    {
        Assert.Empty(result.Diagnostics);
        var folder = result.Folder!;
        Directory.CreateDirectory(folder);
        foreach (var file in result.Files) File.WriteAllText(Path.Combine(folder, file.Name), file.Text);
        return folder;
    }

    private static CheckResult Check(string folder) => ReleaseChecker.Check(folder, new CheckOptions(TestData.Templates));

    private static readonly string[] QuarterMetrics =
    [
        "cf_ore_t", "cf_au_gpt", "cf_au_rec", "cf_au_oz", "cf_ag_oz", "sg_ore_t", "sg_au_gpt", "sg_ag_gpt", "sg_au_rec", "sg_ag_rec",
        "sg_au_oz", "sg_ag_oz", "total_ore_t", "total_au_oz", "total_ag_oz", "total_geo", "au_oz_sold", "cost_of_sales", "depreciation",
        "byproduct_credits", "cash_costs", "sustaining_capital", "corporate_ga", "reclamation_accretion", "aisc", "cash_cost_oz", "aisc_oz",
        "sg_au_oz_sold", "sg_cost_of_sales", "sg_depreciation", "sg_byproduct_credits", "sg_cash_costs", "sg_cash_cost_oz",
    ];

    [Fact]
    public void Next_on_the_last_release_lists_exactly_the_new_figures_and_the_dates_to_confirm()
    {
        var copy = SeriesTests.CopySeries();
        var result = NextRelease.Create(Path.Combine(copy, "2024-q3"));
        Assert.Equal(Path.Combine(copy, "2024-q4"), result.Folder);
        Assert.Equal(PeriodKey.ForQuarter(2024, 4), result.Period);
        Assert.Equal(["release.yaml", "narrative.md"], result.Files.Select(f => f.Name));
        // The narrative is carried over as it is; the restatement was the last release's news.
        Assert.Equal(File.ReadAllText(Path.Combine(copy, "2024-q3", "narrative.md")), result.Files[1].Text);
        Assert.DoesNotContain("restated:", result.Files[0].Text);
        var folder = Write(result);

        var check = Check(folder);
        Assert.All(check.Diagnostics, d => Assert.Equal(DiagnosticCodes.Incomplete, d.Code));
        var fields = check.Diagnostics.Select(d => Regex.Match(d.Message, "^(\\S+) is not filled in yet").Groups[1].Value).ToList();
        var expected = new[] { "release.date" }
            .Concat(QuarterMetrics.Select(m => $"values.2024-Q4.{m}"))
            .Concat(["values.2024-FY.cf_au_rec", "values.2024-FY.sg_au_rec", "values.2024-FY.sg_ag_rec", "values.2024-FY.total_au_oz"])
            .Concat(["events.results.date", "events.call.at", "events.call.replay.until"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
        Assert.Contains(check.Diagnostics, d => d.Message.StartsWith("events.results.date is not filled in yet (TODO: confirm (last quarter: 2024-05-08))", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_release_builds_once_filled_in_with_prior_columns_from_the_ledger()
    {
        var copy = SeriesTests.CopySeries();
        var folder = Write(NextRelease.Create(Path.Combine(copy, "2024-q3")));
        var path = Path.Combine(folder, "release.yaml");
        var text = File.ReadAllText(path);
        // The fourth quarter as the third (it reconciles), the fiscal year's recoveries and gold, and the dates.
        var q3 = File.ReadAllText(Path.Combine(copy, "2024-q3", "release.yaml"));
        foreach (var metric in QuarterMetrics)
        {
            var value = Regex.Match(q3, $@"\b{metric}: (-?[\d.]+)").Groups[1].Value;
            text = new Regex($@"(2024-Q4:(?:\n    \w+: \S+)*?\n    {metric}: )TODO").Replace(text, $"${{1}}{value}");
        }
        text = text.Replace("cf_au_rec: TODO", "cf_au_rec: 75.0").Replace("sg_au_rec: TODO", "sg_au_rec: 92.7")
            .Replace("sg_ag_rec: TODO", "sg_ag_rec: 85.6").Replace("total_au_oz: TODO", "total_au_oz: 131660");
        text = Regex.Replace(text, "date: \"TODO: the release date[^\"]*\"", "date: 2024-07-11");
        text = text.Replace("\"TODO: confirm (last quarter: 2024-05-08)\"", "2024-08-07")
            .Replace("\"TODO: confirm (last quarter: 2024-05-09T11:00)\"", "2024-08-08T11:00")
            .Replace("\"TODO: confirm (last quarter: 2024-05-23)\"", "2024-08-22");
        Assert.DoesNotContain("TODO", text);
        File.WriteAllText(path, text);

        var check = Check(folder);
        Assert.Empty(check.Diagnostics);
        var markdown = check.Output.Markdown!;
        Assert.Contains("# Imaginary Peak Reports Fourth Quarter Fiscal 2024 Production and Cost Results", markdown);
        // Prior-year quarter from ledger.csv (April to June 2023), the year from three releases and this one.
        Assert.Contains("| &nbsp;&nbsp;Gold produced (ounces) | 33,522 | 31,205 | 7% | 131,660 | 122,444 | 8% |", markdown);
    }

    [Fact]
    public void Next_after_the_fourth_quarter_rolls_over_into_the_next_fiscal_year()
    {
        var copy = SeriesTests.CopySeries();
        var q4 = Write(NextRelease.Create(Path.Combine(copy, "2024-q3")));
        var result = NextRelease.Create(q4);
        // The fourth quarter still has TODOs: next needs a release that loads.
        Assert.Null(result.Folder);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.Incomplete);

        File.WriteAllText(Path.Combine(q4, "release.yaml"), Regex.Replace(File.ReadAllText(Path.Combine(q4, "release.yaml")), "\"?TODO[^\"\\n]*\"?", m => m.Value.Contains("release date") ? "2024-07-11" : m.Value.Contains("05-09T") ? "2024-08-08T11:00" : m.Value.Contains("last quarter") ? "2024-08-07" : "1"));
        var next = NextRelease.Create(q4);
        Assert.Equal(Path.Combine(copy, "2025-q1"), next.Folder);
        Assert.Equal(PeriodKey.ForQuarter(2025, 1), next.Period);
        var data = next.Files[0].Text;
        Assert.Contains("  period: 2025-Q1\n", data);
        Assert.Contains("  2025-Q1:\n    cf_ore_t: TODO\n", data);
        // The first quarter is its own year to date: no other period to fill in.
        Assert.DoesNotContain("2025-FY", data);
        Assert.DoesNotContain("2024-", Regex.Match(data, "values:\\n(.*?)\\n\\n", RegexOptions.Singleline).Value);
    }

    [Theory]
    [InlineData("2024-q3", 2024, 3, "2024-q4")]
    [InlineData("acme-2024-Q4", 2024, 4, "acme-2025-Q1")]
    [InlineData("drafts", 2012, 2, "drafts-2012-q3")]
    public void The_next_folder_is_named_for_the_next_quarter(string name, int year, int quarter, string expected)
    {
        var current = PeriodKey.ForQuarter(year, quarter);
        Assert.Equal(expected, NextRelease.NextName(name, current, current.AddQuarters(1)));
    }

    [Fact]
    public void Next_on_a_release_folder_on_its_own_keeps_its_earlier_figures()
    {
        var copy = ReleaseGen.Testing.Repository.CopyExample("us-gold-2024-q3");
        var result = NextRelease.Create(copy);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(copy)!, "us-gold-2024-q4"), result.Folder);
        var data = result.Files.Single(f => f.Name == "release.yaml").Text;
        Assert.Contains("  2024-Q4:\n    cf_ore_t: TODO\n", data);
        // Without a ledger, the quarters already published stay in the data.
        Assert.Contains("  2024-Q3: { total_ore_t: 1400200,", data);
        Assert.Contains("  2023-Q1: { cf_ore_t: 1262000,", data);
        Assert.Contains("issuer:\n  name: Imaginary Peak Mining Corp.", data);
    }
}
