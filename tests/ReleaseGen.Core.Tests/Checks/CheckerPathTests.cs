using ReleaseGen.Testing;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>
/// The checker's less travelled paths: where history is read from, a release whose text does not
/// render, and disclosure rules with nothing to disclose.
/// </summary>
public class CheckerPathTests
{
    private const string Y = CheckFixture.Yaml;

    /// <summary>The fixture's Q1 as an earlier release published it, with silver at <paramref name="silver"/>.</summary>
    private static string EarlierQ1(int silver) => Y.Replace("period: 2024-Q2", "period: 2024-Q1")
        .Replace("  2024-Q2: { ore_processed: 100, grade: 500, recovery: 90, silver_oz: 1450 }\n", "")
        .Replace("  2024-H1: { ore_processed: 250, grade: 440, recovery: 91, silver_oz: 3250 }\n", "")
        .Replace("silver_oz: 1800", $"silver_oz: {silver}")
        .Replace("columns: [quarter, ytd]", "columns: [quarter]");

    private static string Codes(CheckResult result) => string.Join(" ", result.Diagnostics.Select(d => d.Code));

    [Fact]
    public void History_is_read_from_yml_files_and_release_folders_in_name_order()
    {
        var fixture = new CheckFixture()
            .With("history/a-2024-q1.yml", EarlierQ1(1790))
            .With("history/b-2024-q1/release.yaml", EarlierQ1(1780));
        var findings = fixture.Print(fixture.Check().Diagnostics.Where(d => d.Code == DiagnosticCodes.ChangedFromHistory));
        // The first release in name order that differs is cited.
        Assert.Equal("FOLDER/release.yaml(17,71): error RG404: silver_oz for 2024-Q1 is 1,800 but was published as 1,790 (FOLDER/history/a-2024-q1.yml(17,71)); if it was restated, declare it under 'restated:' with the reason", findings);

        var folderOnly = new CheckFixture().With("history/b-2024-q1/release.yaml", EarlierQ1(1780));
        Assert.Contains("was published as 1,780 (FOLDER/history/b-2024-q1/release.yaml(17,71))", folderOnly.Print(folderOnly.Check().Diagnostics));
    }

    [Fact]
    public void An_explicit_history_folder_replaces_the_release_folders_own()
    {
        var fixture = new CheckFixture().With("history/2024-q1.yaml", EarlierQ1(1800));
        var elsewhere = Scratch.Folder("releasegen-history");
        File.WriteAllText(Path.Combine(elsewhere, "2024-q1.yaml"), EarlierQ1(1790));
        Assert.Equal("", Codes(fixture.Check()));
        var result = ReleaseChecker.Check(fixture.Folder, new CheckOptions(TestData.Templates, elsewhere));
        Assert.Equal(DiagnosticCodes.ChangedFromHistory, Codes(result));
    }

    [Fact]
    public void A_missing_explicit_history_folder_is_an_error_and_a_broken_history_file_is_reported()
    {
        var fixture = new CheckFixture();
        var missing = Path.Combine(fixture.Folder, "no-such-history");
        var result = ReleaseChecker.Check(fixture.Folder, new CheckOptions(TestData.Templates, missing));
        Assert.Equal($"FOLDER/no-such-history(1,1): error {DiagnosticCodes.MissingFile}: history folder 'FOLDER/no-such-history' does not exist", fixture.Print(result.Diagnostics));

        var broken = new CheckFixture().With("history/2024-q1.yaml", EarlierQ1(1800).Replace("short_name:", "shortname:"));
        Assert.Contains("FOLDER/history/2024-q1.yaml(3,3): error RG103: unknown field 'shortname'", broken.Print(broken.Check().Diagnostics));
    }

    [Fact]
    public void A_release_whose_text_does_not_render_is_still_checked_on_its_data()
    {
        // Every regime, so the rules that read the text would run if the text existed.
        var yaml = CheckFixture.WithNonGaap(Y).Replace("ni-52-112]", "ni-52-112, sk-1300, pslra, edgar]").Replace("recovery: 90,", "recovery: 190,");
        var fixture = new CheckFixture(yaml, CheckFixture.NonGaapNarrative + "\n{{ no_such_variable }}\n");
        var result = fixture.Check();
        Assert.Null(result.Output.Markdown);
        // The template error and the data findings (190% recovery breaks the reconciliation too); no rule that reads the text ran (nor failed on its absence).
        Assert.Equal(["RG210", "RG301", "RG401"], result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_technical_figures_printed_no_qualified_person_is_needed()
    {
        var yaml = Y.Replace("rows: [ore_processed, grade, recovery, silver_oz]", "rows: [ore_processed, silver_oz]");
        var start = yaml.IndexOf("qualified_person:", StringComparison.Ordinal);
        yaml = yaml.Remove(start, yaml.IndexOf("forward_looking:", StringComparison.Ordinal) - start);
        var fixture = new CheckFixture(yaml, "{{ include \"dateline\" }} Example produced {{ figures.silver_oz.quarter }} ounces of silver.\n\n{{ include \"highlights\" }}\n");
        Assert.Equal("", fixture.Print(fixture.Check().Diagnostics));
    }

    [Fact]
    public void Without_forward_looking_items_nothing_needs_identifying_but_a_mention_needs_the_policy()
    {
        var start = Y.IndexOf("forward_looking:", StringComparison.Ordinal);
        var yaml = Y.Remove(start, Y.IndexOf("contacts:", StringComparison.Ordinal) - start);
        const string skeleton = "{{ include \"headline\" }}\n\n{{ include \"narrative\" }}\n\n{{ include \"qualified-person\" }}\n";
        var silent = new CheckFixture(yaml).WithSkeleton(skeleton);
        Assert.Equal("", Codes(silent.Check()));

        var mentioned = new CheckFixture(yaml).WithSkeleton(skeleton + "\nSome statements are forward-looking.\n");
        Assert.Equal(DiagnosticCodes.UpdatePolicyMissing, Codes(mentioned.Check()));
    }
}
