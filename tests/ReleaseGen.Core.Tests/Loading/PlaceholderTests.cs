using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;

namespace ReleaseGen.Core.Tests.Loading;

public class PlaceholderTests
{
    private static LoadResult Load(string yaml) => ReleaseLoader.LoadText("folder", "release.yaml", yaml);

    [Theory]
    [InlineData("TODO", true)]
    [InlineData(" TODO ", true)]
    [InlineData("TODO: the issuer's name", true)]
    [InlineData("TODO the name", true)]
    [InlineData("TODOS", false)]
    [InlineData("todo", false)]
    [InlineData("Mine TODO", false)]
    [InlineData(null, false)]
    public void What_counts_as_a_placeholder(string? value, bool expected) => Assert.Equal(expected, Placeholders.IsPlaceholder(value));

    [Fact]
    public void Placeholders_are_incomplete_fields_not_type_errors()
    {
        var yaml = TestData.MinimalYaml
            .Replace("name: Example Mining Corp.", "name: TODO")
            .Replace("date: 2024-07-15", "date: TODO")
            .Replace("2024-Q2: { ore_processed: 100,", "2024-Q2: { ore_processed: \"TODO: from the mill report\",")
            .Replace("headquarters: { city: Toronto, region: Ontario, country: CA }", "headquarters: TODO");
        var result = Load(yaml);

        Assert.Null(result.Data);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.Incomplete, d.Code));
        Assert.Equal(
        [
            "release.yaml(2,9): error RG111: issuer.name is not filled in yet: The issuer's legal name, as printed: Alexco Resource Corp.",
            "release.yaml(6,17): error RG111: issuer.headquarters is not filled in yet: Where the issuer is based; the city opens the dateline.",
            "release.yaml(8,9): error RG111: release.date is not filled in yet: The release date as YYYY-MM-DD; it also fixes every date inside the outputs.",
            "release.yaml(15,29): error RG111: values.2024-Q2.ore_processed is not filled in yet (TODO: from the mill report): The figure, without thousands separators: 458472.",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Other_problems_are_still_reported_beside_placeholders()
    {
        var yaml = TestData.MinimalYaml.Replace("name: Example Mining Corp.", "name: TODO").Replace("short_name: Example", "shortname: Example");
        var codes = Load(yaml).Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal([DiagnosticCodes.Incomplete, DiagnosticCodes.UnknownField], codes);
    }

    [Fact]
    public void Data_without_placeholders_loads_as_before() => Assert.True(Load(TestData.MinimalYaml).Succeeded);
}
