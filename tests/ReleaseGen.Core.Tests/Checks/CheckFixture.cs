using ReleaseGen.Testing;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>
/// A release folder written to a temporary directory from text: a small valid release (every rule
/// passes on it) that a test changes in one place to break exactly one rule.
/// </summary>
internal sealed class CheckFixture
{
    public const string Yaml = """
        issuer:
          name: Example Mining Corp.
          short_name: Example
          listings:
            - { exchange: TSX, symbol: EXM }
          headquarters: { city: Toronto, region: Ontario, country: CA }
          disclosure_regimes: [ni-43-101, ni-51-102]
        release:
          date: 2024-07-15
          period: 2024-Q2
        metrics:
          ore_processed: { label: Ore tonnes processed, unit: t, aggregate: sum }
          grade: { label: Silver grade, unit: g/t, aggregate: { weighted_mean: ore_processed } }
          recovery: { label: Silver recovery, unit: "%" }
          silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }
        values:
          2024-Q1: { ore_processed: 150, grade: 400, recovery: 92, silver_oz: 1800 }
          2024-Q2: { ore_processed: 100, grade: 500, recovery: 90, silver_oz: 1450 }
          2024-H1: { ore_processed: 250, grade: 440, recovery: 91, silver_oz: 3250 }
        tables:
          highlights:
            columns: [quarter, ytd]
            rows: [ore_processed, grade, recovery, silver_oz]
        reconcile:
          - { name: contained silver, expect: silver_oz, equals: "ore_processed * grade * recovery / 100 / 31.1034768", within: 2% }
        qualified_person:
          name: Jane Doe
          designations: [P.Geo.]
          title: Vice President, Exploration
          relationship: an officer of Example
        forward_looking:
          - about: 2024 production guidance
            assumptions: [the mill runs as planned]
            risks: [variation in grade]
        contacts:
          - { name: John Roe, title: Chief Executive Officer, phone: (416) 555-0100 }
        """;

    public const string Narrative = """
        {{ include "dateline" }} {{ issuer.name }} produced {{ figures.silver_oz.quarter }} ounces of silver from ore grading {{ figures.grade.quarter }} grams per tonne.

        {{ include "highlights" }}
        """;

    /// <summary>
    /// Adds a non-GAAP measure (cash cost per ounce), reconciled to cost of sales, shown after it in
    /// its own table with the prior-year quarter, and cautioned as not standardized: every non-GAAP rule passes.
    /// </summary>
    public static string WithNonGaap(string yaml) => yaml
        .Replace("disclosure_regimes: [ni-43-101, ni-51-102]", "disclosure_regimes: [ni-43-101, ni-51-102, ni-52-112]")
        .Replace("  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }\n",
            "  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }\n"
            + "  cost_of_sales: { label: Cost of sales ($000), unit: $000, aggregate: sum }\n"
            + "  cash_cost: { label: Cash cost per ounce ($), unit: $/oz, decimals: 2, non_gaap: true }\n")
        .Replace("values:\n", "values:\n  2023-Q2: { silver_oz: 1200, cost_of_sales: 24, cash_cost: 20 }\n")
        .Replace("2024-Q2: { ore_processed: 100, grade: 500, recovery: 90, silver_oz: 1450 }",
            "2024-Q2: { ore_processed: 100, grade: 500, recovery: 90, silver_oz: 1450, cost_of_sales: 29, cash_cost: 20 }")
        .Replace("reconcile:\n", "reconcile:\n  - { name: cash cost, expect: cash_cost, equals: \"cost_of_sales * 1000 / silver_oz\", within: 1% }\n")
        .Replace("tables:\n", "tables:\n  costs:\n    columns: [quarter, quarter_prior_year]\n    rows: [cost_of_sales, cash_cost]\n");

    public const string NonGaapNarrative = Narrative + """


        {{ tables.costs }}

        Cash cost per ounce is a non-GAAP measure: it has no standardized meaning under IFRS and may not be comparable with similar measures of other issuers.
        """;

    public string Folder { get; }

    public CheckFixture(string yaml = Yaml, string narrative = Narrative)
    {
        Folder = Path.Combine(Scratch.Folder("releasegen-check"), "example-2024-q2");
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "release.yaml"), yaml);
        File.WriteAllText(Path.Combine(Folder, "narrative.md"), narrative);
    }

    /// <summary>Writes a file inside the release folder (history, templates).</summary>
    public CheckFixture With(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A copy of the shipped templates inside the release folder, with the skeleton replaced.</summary>
    public CheckFixture WithSkeleton(string skeleton)
    {
        var target = Path.Combine(Folder, "templates");
        foreach (var file in Directory.GetFiles(TestData.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(TestData.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        File.WriteAllText(Path.Combine(target, "production-release", "release.md"), skeleton);
        UseOwnTemplates = true;
        return this;
    }

    private bool UseOwnTemplates { get; set; }

    public CheckResult Check(IReadOnlyList<CheckRule>? rules = null) =>
        ReleaseChecker.Check(Folder, new CheckOptions(UseOwnTemplates ? null : TestData.Templates), rules ?? ReleaseChecker.Rules);

    /// <summary>The context the checker gives its rules (without history and templates), to run one rule alone.</summary>
    public CheckContext Context()
    {
        var trace = new ReleaseGen.Templating.FigureTrace();
        var output = ReleasePipeline.Run(Folder, TestData.Templates, null, trace);
        return new CheckContext { Data = output.Data!, Figures = output.Figures!, Markdown = output.Markdown, Trace = trace };
    }

    /// <summary>What <paramref name="rule"/> alone finds, in the order it finds it, as printed.</summary>
    public string Run(CheckRule rule) => Print(rule.Check(Context()));

    /// <summary>Findings as printed, with the temporary folder replaced by FOLDER so snapshots are stable.</summary>
    public string Print(IEnumerable<Diagnostic> findings) =>
        string.Join("\n", findings.Select(d => d.ToString().Replace(Folder, "FOLDER").Replace(TestData.Templates, "TEMPLATES")
            .Replace(Path.GetDirectoryName(Folder)!, "SERIES")));
}
