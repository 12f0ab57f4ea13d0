using System.Text.RegularExpressions;
using ReleaseGen.Diff;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Diff;

/// <summary>The acceptance case: the reference release with its quarterly silver figure changed in a copy.</summary>
public class ReferenceRedlineTests
{
    private static (ReleaseDiff Diff, string OldMarkdown) CompareWithChangedSilver()
    {
        var copy = Repository.CopyExample("alexco-2012-q2");
        var data = Path.Combine(copy, "release.yaml");
        var yaml = File.ReadAllText(data);
        Assert.Contains("silver_oz: 458472,", yaml);
        File.WriteAllText(data, yaml.Replace("silver_oz: 458472,", "silver_oz: 459472,"));

        var oldOutput = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates);
        var newOutput = ReleasePipeline.Run(copy, TestData.Templates);
        Assert.True(oldOutput.Succeeded);
        Assert.True(newOutput.Succeeded);
        return (ReleaseDiff.Compare(DiffSide.FromRelease("approved", oldOutput), DiffSide.FromRelease("draft", newOutput)), oldOutput.Markdown!);
    }

    [Fact]
    public void The_old_figure_is_deleted_and_the_new_one_inserted_wherever_it_appears()
    {
        var (diff, oldMarkdown) = CompareWithChangedSilver();
        var occurrences = Regex.Count(oldMarkdown, "458,472");
        Assert.Equal(2, occurrences); // the lead paragraph and the highlights table

        var html = diff.ToHtml();
        var body = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
        Assert.Equal(occurrences, Regex.Count(body, "<del>458,472</del><ins>459,472</ins>"));
        Assert.Equal(occurrences, Regex.Count(body, "458,472"));
        Assert.Equal(occurrences, Regex.Count(body, "<del>"));
        Assert.Equal(occurrences, Regex.Count(body, "<ins>"));

        var table = Assert.Single(diff.Redline.Blocks, b => b.Kind == BlockKind.Table);
        var row = Assert.Single(table.Rows, r => r.Change == ChangeKind.Changed);
        Assert.Equal("Silver (ounces)", row.Cells[0].Segments.Single().Text.Trim());
    }

    [Fact]
    public void The_changed_figure_is_named_with_its_period_values_and_change()
    {
        var (diff, _) = CompareWithChangedSilver();
        var change = Assert.Single(diff.FigureChanges);
        Assert.Equal(("silver_oz", "2012-Q2", 458472m, 459472m), (change.MetricKey, change.Period.ToString(), change.OldValue, change.NewValue));
        Assert.Equal("Silver (ounces) [silver_oz], 2012-Q2: 458,472 -> 459,472 (+0.22%)", change.ToString());
        Assert.Equal(
            ["Alexco Reports Second Quarter 2012 Silver Production", "Second Quarter 2012 Production Highlights"],
            diff.Redline.ChangedSections);
    }

    [Fact]
    public void The_summary_matches_the_verified_snapshot()
    {
        var (diff, _) = CompareWithChangedSilver();
        Snapshot.Verify(diff.ToMarkdownSummary(), new SnapshotSettings().UseExtension("md"));
    }

    [Fact]
    public void Derived_figures_that_change_are_listed_too()
    {
        var oldOutput = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates);
        var copy = Repository.CopyExample("alexco-2012-q2");
        var data = Path.Combine(copy, "release.yaml");
        // Give the quarters of 2011-H1 instead of the half: Q1 is then derived, and a change to Q1 changes the derived half.
        File.WriteAllText(data, File.ReadAllText(data).Replace("2011-H1: { ore_mined: 38627,", "2011-H1: { ore_mined: 38600,"));
        var newOutput = ReleasePipeline.Run(copy, TestData.Templates);
        Assert.True(newOutput.Succeeded);
        var changes = FigureComparison.Compare(oldOutput.Figures!, newOutput.Figures!);
        var change = Assert.Single(changes);
        Assert.Equal(("ore_mined", "2011-H1", "38,627", "38,600", "-0.07%"), (change.MetricKey, change.Period.ToString(), change.OldText, change.NewText, change.ChangeText));
    }

    [Fact]
    public void A_release_compared_with_itself_has_no_differences()
    {
        var output = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates);
        var diff = ReleaseDiff.Compare(DiffSide.FromRelease("a", output), DiffSide.FromRelease("b", output));
        Assert.False(diff.HasDifferences);
        Assert.Empty(diff.FigureChanges);
        Assert.DoesNotContain("<del>", diff.ToHtml());
    }
}

/// <summary>The redline of two built releases keeps how each table row is drawn, so redline formats can draw it the same way.</summary>
public class RedlineTableRowTests
{
    [Fact]
    public void Rows_of_a_data_table_keep_their_group_depth_and_emphasis()
    {
        var document = Examples.ReferenceReleaseTests.BuildDocument(TestData.Example("alexco-2012-q2"));
        var redline = ReleaseGen.Diff.Redline.Compare(document, document);
        var rows = redline.Blocks.Single(b => b.Kind == ReleaseGen.Diff.BlockKind.Table).Rows.Where(r => !r.IsHeader).ToList();
        var group = Assert.Single(rows, r => r.IsGroup && r.Depth == 2 && r.Cells[0].Segments.Single().Text == "Concentrate grade:" && rows.IndexOf(r) < 15);
        Assert.Equal(3, rows[rows.IndexOf(group) + 1].Depth);
        Assert.Equal(0, rows[0].Depth);
        Assert.False(rows[0].IsGroup);
    }
}
