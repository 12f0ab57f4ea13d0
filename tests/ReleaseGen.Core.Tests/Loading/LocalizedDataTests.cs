using ReleaseGen.Loading;

namespace ReleaseGen.Core.Tests.Loading;

/// <summary>The data format's additions for other languages and non-GAAP measures: labels, table titles, comparable measures, locales.</summary>
public class LocalizedDataTests
{
    private static LoadResult Load(string yaml) => ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml);

    private static string Messages(LoadResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void Labels_and_titles_are_read_by_locale()
    {
        var yaml = TestData.MinimalYaml
            .Replace("ore_processed: { label: Ore tonnes processed,", "ore_processed: { label: Ore tonnes processed, labels: { fr-CA: Tonnes traitées },")
            .Replace("highlights:\n", "highlights:\n    title: Highlights\n    titles: { fr: Faits saillants }\n")
            .Replace("{ group: \"Grades:\", rows: [grade] }", "{ group: \"Grades:\", labels: { fr-CA: \"Teneurs :\" }, rows: [grade] }");
        var result = Load(yaml);
        Assert.True(result.Succeeded, Messages(result));
        var metric = result.Data!.FindMetric("ore_processed")!;
        Assert.Equal("Tonnes traitées", metric.LabelIn("fr-CA"));
        Assert.Equal("Ore tonnes processed", metric.LabelIn("en-CA"));
        var table = result.Data.Tables["highlights"];
        Assert.Equal("Faits saillants", table.TitleIn("fr-CA")); // the language's translation serves its locales
        Assert.Equal("Highlights", table.TitleIn("en-US"));
        var group = Assert.IsType<Model.GroupRow>(table.Rows[1]);
        Assert.Equal("Teneurs :", group.LabelIn("fr-CA"));
    }

    [Fact]
    public void Unknown_locales_and_comparables_are_errors_at_their_position()
    {
        var yaml = TestData.MinimalYaml
            .Replace("period: 2024-Q2", "period: 2024-Q2\n  locale: de-DE")
            .Replace("recovery: { label: Silver recovery,", "recovery: { label: Silver recovery, labels: { de: Ausbeute }, non_gaap: true, comparable: cost_of_sale,");
        var result = Load(yaml);
        Assert.False(result.Succeeded);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("demo/release.yaml(10,11): error RG106: locale 'de-DE' is not supported (supported: en-CA, en-US, fr-CA)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("error RG106: 'de' in 'labels' of metric 'recovery' is not a supported locale or language", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("error RG104: the comparable measure of 'recovery'", StringComparison.Ordinal) && m.Contains("'cost_of_sale'", StringComparison.Ordinal));
    }
}
