using ReleaseGen.Loading;
using ReleaseGen.Periods;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Loading;

public class ReleaseLoaderTests
{
    private const string DataPath = "demo/release.yaml";

    private static LoadResult Load(string yaml) => ReleaseLoader.LoadText("demo", DataPath, yaml);

    private static string Messages(LoadResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void Minimal_data_loads_without_findings()
    {
        var result = Load(TestData.MinimalYaml);
        Assert.True(result.Succeeded, Messages(result));
        Assert.Equal(PeriodKey.ForQuarter(2024, 2), result.Data!.Release.PeriodKey);
        Assert.Equal(3, result.Data.Metrics.Count);
        Assert.Equal(100m, result.Data.Values[("ore_processed", PeriodKey.ForQuarter(2024, 2))].Value);
    }

    [Fact]
    public void Reference_example_loads()
    {
        var result = ReleaseLoader.Load(TestData.Example("alexco-2012-q2"));
        Assert.True(result.Succeeded, Messages(result));
        Assert.Equal(17, result.Data!.Metrics.Count);
        Assert.Equal(68, result.Data.Values.Count);
    }

    [Fact]
    public void Yaml_syntax_error_names_line_and_column()
    {
        var result = Load(TestData.MinimalYaml.Replace("short_name: Example", "short_name: [Example"));
        Assert.False(result.Succeeded);
        Snapshot.Verify(Messages(result));
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        var result = Load(TestData.MinimalYaml.Replace("ore_processed: 100,", "ore_processed: lots,"));
        Snapshot.Verify(Messages(result));
    }

    [Fact]
    public void Missing_required_fields_are_all_reported()
    {
        var yaml = TestData.MinimalYaml.Replace("  name: Example Mining Corp.\n", "").Replace("  period: 2024-Q2\n", "");
        Snapshot.Verify(Messages(Load(yaml)));
    }

    [Fact]
    public void Unknown_fields_are_errors_with_a_suggestion()
    {
        var yaml = TestData.MinimalYaml.Replace("short_name:", "shortname:").Replace("unit: t,", "units: t,");
        Snapshot.Verify(Messages(Load(yaml)));
    }

    [Fact]
    public void Table_row_naming_an_unknown_metric_is_an_error()
    {
        var yaml = TestData.MinimalYaml.Replace("rows: [ore_processed,", "rows: [ore_procesed,");
        Snapshot.Verify(Messages(Load(yaml)));
    }

    [Fact]
    public void Value_for_an_unknown_period_or_metric_is_an_error()
    {
        var yaml = TestData.MinimalYaml.Replace("2024-H1:", "2024-H2:").Replace("recovery: 90 }", "recovery: 90, silver: 3 }");
        Snapshot.Verify(Messages(Load(yaml)));
    }

    [Fact]
    public void Many_problems_are_reported_in_one_pass_in_file_order()
    {
        var yaml = TestData.MinimalYaml
            .Replace("date: 2024-07-15", "date: 15/07/2024")
            .Replace("aggregate: sum", "aggregate: total")
            .Replace("columns: [quarter, ytd]", "columns: [quarter, last_year]");
        var result = Load(yaml);
        Assert.Equal(4, result.Diagnostics.Count);
        Assert.Equal(result.Diagnostics.OrderBy(d => d.Location.Line).ToList(), result.Diagnostics);
        Snapshot.Verify(Messages(result));
    }

    [Fact]
    public void Duplicate_key_is_reported()
    {
        var yaml = TestData.MinimalYaml.Replace("  short_name: Example\n", "  short_name: Example\n  short_name: Other\n");
        var result = Load(yaml);
        Assert.Contains(result.Diagnostics, d => d.Code == "RG107" && d.Location.Line == 4);
    }

    [Fact]
    public void Unknown_time_zone_is_reported()
    {
        var yaml = TestData.MinimalYaml + "\nevents:\n  call: { at: 2024-08-08T11:00, zone: Eastern }\n";
        var diagnostic = Assert.Single(Load(yaml).Diagnostics);
        Assert.Equal("demo/release.yaml(22,39): error RG106: 'zone' 'Eastern' is not an IANA time zone (for example America/New_York)", diagnostic.ToString());
    }

    [Fact]
    public void Missing_folder_is_one_clear_error()
    {
        var result = ReleaseLoader.Load(Path.Combine(Path.GetTempPath(), "releasegen-no-such-folder"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RG109", diagnostic.Code);
        Assert.Contains("does not exist", diagnostic.Message);
    }

    [Fact]
    public void Csv_values_are_read_and_conflicts_reported()
    {
        var folder = Scratch.Folder("releasegen-csv");
        try
        {
            File.WriteAllText(Path.Combine(folder, "release.yaml"), TestData.MinimalYaml);
            File.WriteAllText(Path.Combine(folder, "values.csv"),
                "metric,period,value\nore_processed,2024-Q1,150\nore_processed,2024-Q2,101\nsilver,2024-Q1,1\nrecovery,2024-Q7,x\n");
            var result = ReleaseLoader.Load(folder);
            var lines = result.Diagnostics.Select(d => d.ToString().Replace(folder, "FOLDER")).ToList();
            Assert.Equal(
            [
                "FOLDER/values.csv(3,23): error RG110: ore_processed for 2024-Q2 is 101 here but 100 at FOLDER/release.yaml(15,29)",
                "FOLDER/values.csv(4,1): error RG104: unknown metric 'silver'",
                "FOLDER/values.csv(5,10): error RG105: '2024-Q7' is not a period key (YYYY-Q1..Q4, YYYY-H1, YYYY-9M or YYYY-FY)",
                "FOLDER/values.csv(5,18): error RG101: the value 'x' is not a number",
            ], lines);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
