using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>
/// Every rule has a failing fixture (the base release broken in one place) whose findings of that
/// rule's code are snapshot-tested, and a passing fixture with no finding of that code.
/// </summary>
public class RuleFixtureTests
{
    private const string Y = CheckFixture.Yaml;
    private const string N = CheckFixture.Narrative;

    private const string SkeletonWithoutQualifiedPerson = """
        {{ include "headline" }}

        {{ include "narrative" }}

        {{ include "forward-looking" }}
        """;

    private const string SkeletonWithoutForwardLooking = """
        {{ include "headline" }}

        {{ include "narrative" }}

        {{ include "qualified-person" }}
        """;

    private const string SkeletonWithoutUpdatePolicy = """
        {{ include "headline" }}

        {{ include "narrative" }}

        {{ include "qualified-person" }}

        This release contains forward-looking information about 2024 production, subject to risks.
        """;

    private const string UpdatePolicySentence = "\n\nThis release contains forward-looking information; Example does not undertake to update it, except as required by law.\n";

    /// <summary>The base fixture with one more metric, given for Q1 (and Q2, H1 when named), shown in no table.</summary>
    private static string WithExtraMetric(string definition, string q1, string? q2 = null, string? h1 = null) => Y
        .Replace("  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }\n", $"  silver_oz: {{ label: Silver (ounces), unit: oz, aggregate: sum }}\n  {definition}\n")
        .Replace("silver_oz: 1800 }", $"silver_oz: 1800, {q1} }}")
        .Replace("silver_oz: 1450 }", q2 is null ? "silver_oz: 1450 }" : $"silver_oz: 1450, {q2} }}")
        .Replace("silver_oz: 3250 }", h1 is null ? "silver_oz: 3250 }" : $"silver_oz: 3250, {h1} }}");

    /// <summary>The base fixture with a second forward-looking item.</summary>
    private static string WithSecondForwardLookingItem(string assumptions, string risks) => Y.Replace("contacts:\n",
        $"  - about: the silver price\n    assumptions: {assumptions}\n    risks: {risks}\ncontacts:\n");

    private static readonly string History = Y.Replace("period: 2024-Q2", "period: 2024-Q1")
        .Replace("  2024-Q2: { ore_processed: 100, grade: 500, recovery: 90, silver_oz: 1450 }\n", "")
        .Replace("  2024-H1: { ore_processed: 250, grade: 440, recovery: 91, silver_oz: 3250 }\n", "")
        .Replace("silver_oz: 1800", "silver_oz: 1790")
        .Replace("columns: [quarter, ytd]", "columns: [quarter]");

    /// <summary>Silver by segment (north + south = 1,450 in the quarter), the total allowed one ounce of rounding.</summary>
    private static string Segmented(int south) => Y
        .Replace("  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum }",
            "  silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum, by_segment: { north: north_oz, south: south_oz }, segment_tolerance: 1 }\n"
            + "  north_oz: { label: North silver (ounces), unit: oz, aggregate: sum }\n  south_oz: { label: South silver (ounces), unit: oz, aggregate: sum }")
        .Replace("values:\n", "segments: { north: North, south: South }\nvalues:\n")
        .Replace("silver_oz: 1450 }", $"silver_oz: 1450, north_oz: 700, south_oz: {south} }}");

    private const string Restated = "\nrestated:\n  - { metric: silver_oz, period: 2024-Q1, reason: final smelter settlement }\n";

    /// <summary>Code => (a fixture that breaks the rule, a fixture that keeps it).</summary>
    private static readonly Dictionary<string, (Func<CheckFixture> Failing, Func<CheckFixture> Passing)> Fixtures = new()
    {
        [DiagnosticCodes.PeriodNotAvailable] = (
            () => new CheckFixture(Y.Replace("columns: [quarter, ytd]", "columns: [quarter, ytd, full_year]")),
            // The six months are not given but derive from the quarters (recovery, which cannot, is given).
            () => new CheckFixture(Y.Replace("2024-H1: { ore_processed: 250, grade: 440, recovery: 91, silver_oz: 3250 }", "2024-H1: { recovery: 91 }"))),
        [DiagnosticCodes.PercentOutOfRange] = (
            () => new CheckFixture(Y.Replace("recovery: 90,", "recovery: 190,")),
            () => new CheckFixture(WithExtraMetric("mill_availability: { label: Mill availability, unit: \"%\" }", "mill_availability: 100", "mill_availability: 0"))),
        [DiagnosticCodes.TechnicalNotPositive] = (
            () => new CheckFixture(Y.Replace("recovery: 92,", "recovery: 0,")),
            () => new CheckFixture(WithExtraMetric("gold_grade: { label: Gold grade, unit: g/t, decimals: 3 }", "gold_grade: 0.001", "gold_grade: 0.002"))),
        [DiagnosticCodes.YearToDateBelowPart] = (
            () => new CheckFixture(Y.Replace("silver_oz: 3250", "silver_oz: 1400")),
            // Q1 and H1 equal (no waste in Q2): not below its part.
            () => new CheckFixture(WithExtraMetric("waste: { label: Waste tonnes, unit: t, aggregate: sum }", "waste: 50", q2: null, h1: "waste: 50"))),
        [DiagnosticCodes.AggregateMismatch] = (
            () => new CheckFixture(Y.Replace("silver_oz: 3250", "silver_oz: 3260").Replace("grade: 440", "grade: 452")),
            () => new CheckFixture(Y.Replace("grade: 440", "grade: 441"))),
        [DiagnosticCodes.ReconciliationMismatch] = (
            () => new CheckFixture(Y.Replace("within: 2%", "within: 0.5%")),
            () => new CheckFixture(Y.Replace("within: 2%", "within: 1.43%"))),
        [DiagnosticCodes.ReconciliationExpression] = (
            () => new CheckFixture(Y.Replace("reconcile:\n", "reconcile:\n  - { name: broken, expect: silver_oz, equals: \"(ore_processed * grade\" }\n  - { name: typo, expect: silver_oz, equals: \"ore_processed * grde / 31.1\" }\n  - { name: zero, expect: silver_oz, equals: \"grade / (recovery - recovery)\" }\n")),
            () => new CheckFixture(Y.Replace("\"ore_processed * grade * recovery / 100 / 31.1034768\"", "\"(ore_processed * grade) * recovery / (100 * 31.1034768)\""))),
        // One ounce past the declared tolerance fails; exactly at it passes.
        [DiagnosticCodes.SegmentTotalMismatch] = (
            () => new CheckFixture(Segmented(south: 752)),
            () => new CheckFixture(Segmented(south: 751))),
        [DiagnosticCodes.LiteralNumber] = (
            () => new CheckFixture(narrative: N + "\nThe mill ran 24 hours a day and processed 1,450 tonnes, 3.5% more.\n"),
            // Note marks ("costs(1)", "[^1]") and the "1" of a ratio printed from data are not figures.
            () => new CheckFixture(Y + "\nfacts: { silver_ratio: 80 }\n", N + "\nThe mill ran {{ literal \"24\" }} hours a day in Q2 2024 under National Instrument 43-101; call (416) 555-0100 or 1-877-407-8031.\n\n1. First point.\n\nCash costs(1) convert silver at {{ num.format facts.silver_ratio }}:1[^1].\n\n(1) A non-GAAP measure.\n\n[^1]: A ratio of prices.\n")),
        [DiagnosticCodes.ChangedFromHistory] = (
            () => new CheckFixture().With("history/2024-q1.yaml", History),
            // 1800.4 was printed as 1,800: the same figure.
            () => new CheckFixture().With("history/2024-q1.yaml", History.Replace("silver_oz: 1790", "silver_oz: 1800.4"))),
        [DiagnosticCodes.TableNotPrinted] = (
            () => new CheckFixture(Y.Replace("reconcile:\n", "  spare:\n    columns: [quarter]\n    rows: [silver_oz]\nreconcile:\n")),
            () => new CheckFixture(Y.Replace("reconcile:\n", "  spare:\n    columns: [quarter]\n    rows: [silver_oz]\nreconcile:\n"), N + "\n{{ tables.spare }}\n")),
        [DiagnosticCodes.RestatementUnchanged] = (
            () => new CheckFixture(Y + Restated).With("history/2024-q1.yaml", History.Replace("silver_oz: 1790", "silver_oz: 1800")),
            () => new CheckFixture(Y + Restated).With("history/2024-q1.yaml", History)),
        [DiagnosticCodes.PublishedFigureChanged] = (
            () => new CheckFixture().With("../series.yaml", "{}\n").With("../example-2024-q1/release.yaml", History),
            () => new CheckFixture(Y + Restated).With("../series.yaml", "{}\n").With("../example-2024-q1/release.yaml", History)),
        [DiagnosticCodes.QualifiedPersonMissing] = (
            () => new CheckFixture(Without(Y, "qualified_person:", 5)),
            () => new CheckFixture(Without(Y, "qualified_person:", 5).Replace("disclosure_regimes: [ni-43-101, ni-51-102]", "disclosure_regimes: [ni-51-102]"))),
        [DiagnosticCodes.QualifiedPersonIncomplete] = (
            () => new CheckFixture(Y.Replace("  designations: [P.Geo.]\n", "").Replace("  relationship: an officer of Example\n", "")),
            () => new CheckFixture(Y.Replace("  relationship: an officer of Example\n", "  relationship: independent\n"))),
        [DiagnosticCodes.QualifiedPersonNotStated] = (
            () => new CheckFixture().WithSkeleton(SkeletonWithoutQualifiedPerson),
            () => new CheckFixture().WithSkeleton(SkeletonWithoutQualifiedPerson.Replace("{{ include \"forward-looking\" }}", "{{ include \"qualified-person\" }}\n\n{{ include \"forward-looking\" }}"))),
        [DiagnosticCodes.ForwardLookingAssumption] = (
            () => new CheckFixture(Y.Replace("assumptions: [the mill runs as planned]", "assumptions: []")),
            () => new CheckFixture(WithSecondForwardLookingItem("[silver price holds]", "[price falls]"))),
        [DiagnosticCodes.ForwardLookingRisk] = (
            () => new CheckFixture(Y.Replace("risks: [variation in grade]", "risks: []")),
            () => new CheckFixture(WithSecondForwardLookingItem("[silver price holds]", "[price falls]"))),
        [DiagnosticCodes.ForwardLookingNotIdentified] = (
            () => new CheckFixture().WithSkeleton(SkeletonWithoutForwardLooking),
            () => new CheckFixture().WithSkeleton(SkeletonWithoutForwardLooking + UpdatePolicySentence)),
        [DiagnosticCodes.UpdatePolicyMissing] = (
            () => new CheckFixture().WithSkeleton(SkeletonWithoutUpdatePolicy),
            () => new CheckFixture().WithSkeleton(SkeletonWithoutUpdatePolicy.Replace("subject to risks.", "subject to risks; Example does not undertake to update it."))),
        [DiagnosticCodes.NonGaapReconciliation] = (
            () => new CheckFixture(Without(CheckFixture.WithNonGaap(Y), "  - { name: cash cost", 1), CheckFixture.NonGaapNarrative),
            () => new CheckFixture(CheckFixture.WithNonGaap(Y), CheckFixture.NonGaapNarrative)),
        [DiagnosticCodes.NonGaapProminence] = (
            () => new CheckFixture(CheckFixture.WithNonGaap(Y).Replace("rows: [cost_of_sales, cash_cost]", "rows: [cash_cost]"), CheckFixture.NonGaapNarrative),
            () => new CheckFixture(CheckFixture.WithNonGaap(Y), CheckFixture.NonGaapNarrative)),
        [DiagnosticCodes.NonGaapCaution] = (
            () => new CheckFixture(CheckFixture.WithNonGaap(Y), CheckFixture.NonGaapNarrative.Replace("it has no standardized meaning under IFRS and may", "it may"))
                .WithSkeleton(SkeletonWithoutNonGaapSection()),
            () => new CheckFixture(CheckFixture.WithNonGaap(Y), CheckFixture.NonGaapNarrative)),
        [DiagnosticCodes.NonGaapComparative] = (
            () => new CheckFixture(CheckFixture.WithNonGaap(Y).Replace("columns: [quarter, quarter_prior_year]", "columns: [quarter]"), CheckFixture.NonGaapNarrative),
            () => new CheckFixture(CheckFixture.WithNonGaap(Y), CheckFixture.NonGaapNarrative)),
    };

    /// <summary>The shipped skeleton without its non-GAAP section (which states the caution itself).</summary>
    internal static string SkeletonWithoutNonGaapSection()
    {
        var skeleton = File.ReadAllText(Path.Combine(TestData.Templates, "production-release", "release.md"));
        const string section = "{{ if non_gaap.size > 0 }}\n{{ include \"non-gaap\" }}\n{{ end }}\n";
        Assert.Contains(section, skeleton);
        return skeleton.Replace(section, "");
    }

    /// <summary>Removes the line starting with <paramref name="start"/> and the <paramref name="count"/> - 1 lines after it.</summary>
    private static string Without(string yaml, string start, int count)
    {
        var lines = yaml.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        lines.RemoveRange(index, count);
        return string.Join('\n', lines);
    }

    public static TheoryData<string> Codes() => new(Fixtures.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_base_fixtures_pass_every_rule()
    {
        var plain = new CheckFixture();
        Assert.Equal("", plain.Print(plain.Check().Diagnostics));
        var nonGaap = new CheckFixture(CheckFixture.WithNonGaap(CheckFixture.Yaml), CheckFixture.NonGaapNarrative);
        Assert.Equal("", nonGaap.Print(nonGaap.Check().Diagnostics));
    }

    [Fact]
    public void Every_rule_has_fixtures_except_the_edgar_lint()
    {
        var covered = Fixtures.Keys.Append(DiagnosticCodes.EdgarExhibit).Order(StringComparer.Ordinal);
        Assert.Equal(ReleaseChecker.Rules.Select(r => r.Code).Order(StringComparer.Ordinal), covered);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Failing_fixture_is_reported(string code)
    {
        var fixture = Fixtures[code].Failing();
        var findings = fixture.Check().Diagnostics.Where(d => d.Code == code).ToList();
        Assert.NotEmpty(findings);
        Snapshot.Verify(fixture.Print(findings), new SnapshotSettings().UseName(code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Passing_fixture_is_not_reported(string code)
    {
        var fixture = Fixtures[code].Passing();
        var result = fixture.Check();
        Assert.Equal("", fixture.Print(result.Diagnostics.Where(d => d.Code == code)));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }
}
