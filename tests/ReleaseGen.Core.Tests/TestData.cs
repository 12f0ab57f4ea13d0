using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests;

/// <summary>Paths into the repository, and a small valid release used as a base for bad-input tests.</summary>
internal static class TestData
{
    public static string RepositoryRoot => Repository.Root;

    public static string Example(string name) => Repository.Example(name);

    public static string Templates => Repository.Templates;

    /// <summary>A minimal valid data file: two quarters and a six-month total of one additive metric.</summary>
    public const string MinimalYaml = """
        issuer:
          name: Example Mining Corp.
          short_name: Example
          listings:
            - { exchange: TSX, symbol: EXM }
          headquarters: { city: Toronto, region: Ontario, country: CA }
        release:
          date: 2024-07-15
          period: 2024-Q2
        metrics:
          ore_processed: { label: Ore tonnes processed, unit: t, aggregate: sum }
          grade: { label: Silver (grams per tonne), unit: g/t, aggregate: { weighted_mean: ore_processed } }
          recovery: { label: Silver recovery, unit: "%" }
        values:
          2024-Q2: { ore_processed: 100, grade: 500, recovery: 90 }
          2024-H1: { ore_processed: 250, grade: 440, recovery: 91 }
        tables:
          highlights:
            columns: [quarter, ytd]
            rows: [ore_processed, { group: "Grades:", rows: [grade] }, recovery]
        """;
}
