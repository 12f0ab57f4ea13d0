using ReleaseGen.Diff;

namespace ReleaseGen.Core.Tests.Diff;

public class RedlineTests
{
    private const string Old = """
        # Title

        Lead paragraph with 458,472 ounces.

        ## Highlights

        | Metric | Q2 2012 | Q2 2011 |
        |---|--:|--:|
        | Silver (ounces) | 458,472 | 464,324 |
        | Lead (pounds) | 3,661,412 | 4,074,122 |

        ## Contacts

        - Jane Doe
        - John Roe
        """;

    [Fact]
    public void Identical_documents_have_no_differences()
    {
        var redline = Redline.Compare(Old, Old);
        Assert.False(redline.HasDifferences);
        Assert.Empty(redline.ChangedSections);
    }

    [Fact]
    public void Tables_are_compared_cell_by_cell_and_stay_tables()
    {
        var redline = Redline.Compare(Old, Old.Replace("| 458,472 |", "| 459,472 |"));
        var table = Assert.Single(redline.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(ChangeKind.Changed, table.Change);
        Assert.Equal(3, table.Rows.Count);
        var row = Assert.Single(table.Rows, r => r.Change != ChangeKind.Unchanged);
        Assert.Equal(3, row.Cells.Count);
        Assert.Equal([new Segment(SegmentKind.Same, "Silver (ounces)")], row.Cells[0].Segments);
        Assert.Equal([new Segment(SegmentKind.Deleted, "458,472"), new Segment(SegmentKind.Inserted, "459,472")], row.Cells[1].Segments);
        Assert.Equal([new Segment(SegmentKind.Same, "464,324")], row.Cells[2].Segments);
        Assert.Equal(["Highlights"], redline.ChangedSections);
    }

    [Fact]
    public void Added_and_removed_blocks_and_rows_are_whole_insertions_and_deletions()
    {
        var changed = Old
            .Replace("| Lead (pounds) | 3,661,412 | 4,074,122 |\n", "")
            .Replace("- John Roe", "- John Roe\n- Ann Poe")
            .Replace("## Contacts", "A new paragraph.\n\n## Contacts");
        var redline = Redline.Compare(Old, changed);

        var table = Assert.Single(redline.Blocks, b => b.Kind == BlockKind.Table);
        var deletedRow = Assert.Single(table.Rows, r => r.Change == ChangeKind.Deleted);
        Assert.Equal("Lead (pounds)", deletedRow.Cells[0].Segments.Single().Text);

        var inserted = redline.Blocks.Where(b => b.Change == ChangeKind.Inserted).ToList();
        Assert.Equal(2, inserted.Count);
        Assert.Equal((BlockKind.Paragraph, "A new paragraph.", "Highlights"), (inserted[0].Kind, inserted[0].Segments.Single().Text, inserted[0].Section));
        Assert.Equal((BlockKind.ListItem, "Ann Poe", "Contacts"), (inserted[1].Kind, inserted[1].Segments.Single().Text, inserted[1].Section));
        Assert.Equal(["Highlights", "Contacts"], redline.ChangedSections);
    }

    [Fact]
    public void Html_marks_deletions_and_insertions_and_escapes_text()
    {
        var diff = ReleaseDiff.Compare(new DiffSide("old.md", Old), new DiffSide("new.md", Old.Replace("Lead paragraph with", "Lead <b>text</b> & more with")));
        var html = diff.ToHtml();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<del>paragraph</del><ins>&lt;b&gt;text&lt;/b&gt; &amp; more</ins>", html);
        Assert.Contains("<table", html);
        Assert.Equal(html, ReleaseDiff.Compare(new DiffSide("old.md", Old), new DiffSide("new.md", Old.Replace("Lead paragraph with", "Lead <b>text</b> & more with"))).ToHtml());
    }

    [Fact]
    public void Summary_lists_each_change_under_its_section()
    {
        var diff = ReleaseDiff.Compare(new DiffSide("old.md", Old), new DiffSide("new.md", Old.Replace("458,472", "459,472")));
        var summary = diff.ToMarkdownSummary();
        Assert.Contains("2 block(s) changed in 2 section(s).", summary);
        Assert.Contains("### Title\n\n- Lead paragraph with ~~458,472~~**459,472** ounces.", summary);
        Assert.Contains("### Highlights\n\n- table row: Silver (ounces) \\| ~~458,472~~**459,472** \\| 464,324", summary);
        Assert.DoesNotContain("Changed figures", summary);
    }
}
