using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

/// <summary>
/// The page-break rules of a table with a caption and notes. On the harness page (160pt of content) a
/// one-row header and the table's rules take 19.6pt and a row 17pt: eight rows fill an empty page.
/// </summary>
public class TableBreakAndCaptionTests
{
    private static Table RowTable(int rows, TextBlock? caption = null, int notes = 0, TableStyle? style = null, int totalRowAt = -1)
    {
        var header = new TableRow([
            new TableCell(Text("Item")),
            new TableCell(new TextBlock("Value", Bold, TextAlignment.Right)),
        ]);
        var body = Enumerable.Range(1, rows).Select(i => new TableRow([
            new TableCell(Text($"row{i}")) { IsRowHeader = true },
            new TableCell(Text((i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture), TextAlignment.Right)),
        ]) { RuleAbove = i == totalRowAt });
        return new Table(2, [header], body, style)
        {
            Caption = caption,
            Notes = Enumerable.Range(1, notes).Select(i => Text($"({i}) note{i}")).ToList(),
        };
    }

    /// <summary><paramref name="lines"/> lines of filler text (12pt each) above <paramref name="table"/>.</summary>
    private static Column AfterFiller(int lines, Element table)
    {
        var column = new Column();
        if (lines > 0) column.Add(Text(string.Join(" ", Enumerable.Range(1, lines).Select(i => "filler" + i + new string('f', 40)))));
        column.Add(table);
        return column;
    }

    private static Dictionary<int, List<string>> RowsByPage(RecordingSurface recorded)
        => recorded.Texts.Where(t => t.Text.StartsWith("row", StringComparison.Ordinal))
            .GroupBy(t => t.Page).ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToList());

    [Fact]
    public void A_break_that_would_leave_one_or_two_rows_on_the_next_page_moves_rows_down_to_make_three()
    {
        // Nine rows: eight would fit on page 1 and leave one; ten would leave two.
        var nine = RowsByPage(Render(Page(RowTable(9))));
        Assert.Equal(6, nine[1].Count);
        Assert.Equal(["row7", "row8", "row9"], nine[2]);

        var ten = RowsByPage(Render(Page(RowTable(10))));
        Assert.Equal(7, ten[1].Count);
        Assert.Equal(["row8", "row9", "row10"], ten[2]);
    }

    [Fact]
    public void No_page_break_leaves_fewer_than_three_rows_on_either_side()
    {
        for (int fillerLines = 0; fillerLines <= 12; fillerLines++)
        {
            for (int rows = 3; rows <= 20; rows++)
            {
                var recorded = Render(Page(AfterFiller(fillerLines, RowTable(rows))));
                var byPage = RowsByPage(recorded);
                Assert.All(byPage, page => Assert.True(page.Value.Count >= 3,
                    $"{fillerLines} filler lines, {rows} rows: {page.Value.Count} rows on page {page.Key}"));
                Assert.Equal(rows, byPage.Values.Sum(v => v.Count)); // every row drawn once
            }
        }
    }

    [Fact]
    public void A_table_with_room_for_only_two_rows_starts_on_the_next_page()
    {
        // 9 filler lines leave 52pt: the header and two rows (53.6pt with rules) do not fit, one does.
        // 8 lines leave 64pt: two rows fit but not three, so the table still moves.
        foreach (int lines in new[] { 8, 9 })
        {
            var recorded = Render(Page(AfterFiller(lines, RowTable(6))));
            var byPage = RowsByPage(recorded);
            Assert.False(byPage.ContainsKey(1), $"{lines} filler lines: rows on page 1");
            Assert.Equal(6, byPage[2].Count);
            Assert.DoesNotContain(recorded.Texts, t => t.Page == 1 && t.Text == "Item");
        }
    }

    [Fact]
    public void The_caption_is_drawn_once_above_the_first_rows_and_never_alone_at_the_bottom_of_a_page()
    {
        bool movedOnce = false;
        for (int fillerLines = 0; fillerLines <= 12; fillerLines++)
        {
            var recorded = Render(Page(AfterFiller(fillerLines, RowTable(12, caption: new TextBlock("Table title", Bold)))));
            var caption = Assert.Single(recorded.Texts, t => t.Text == "Table title");
            var firstRow = recorded.Texts.First(t => t.Text == "row1");
            var header = recorded.Texts.First(t => t.Text == "Item");
            Assert.Equal(firstRow.Page, caption.Page);
            Assert.True(caption.Baseline < header.Baseline && header.Page == caption.Page);
            Assert.Equal(["Table", "Caption"], caption.Tags);
            movedOnce |= caption.Page == 2;
        }
        Assert.True(movedOnce, "some filler should have pushed the captioned table to page 2");
    }

    [Fact]
    public void Notes_are_drawn_under_the_last_rows_and_take_three_rows_with_them_to_a_new_page()
    {
        // Eight rows fit an empty page, but not with the two notes (14pt each): the last three rows
        // go to page 2 with the notes rather than the notes standing alone.
        var recorded = Render(Page(RowTable(8, notes: 2)));
        var byPage = RowsByPage(recorded);
        Assert.Equal(["row1", "row2", "row3", "row4", "row5"], byPage[1]);
        Assert.Equal(["row6", "row7", "row8"], byPage[2]);

        var lastRow = recorded.Texts.Single(t => t.Text == "row8");
        var notes = recorded.Texts.Where(t => t.Text.StartsWith('(')).ToList();
        Assert.Equal(["(1) note1", "(2) note2"], notes.Select(n => n.Text));
        Assert.All(notes, n => Assert.Equal(2, n.Page));
        Assert.All(notes, n => Assert.True(n.Baseline > lastRow.Baseline));
        // The notes follow the Table structure element rather than belonging to it.
        Assert.All(notes, n => Assert.Equal(["Note", "P"], n.Tags)); // each note a Note holding its paragraph (PDF/UA)
        Assert.Equal(["Table", "TBody", "TR", "TH"], lastRow.Tags);
    }

    [Fact]
    public void Row_labels_are_row_headers_and_header_cells_column_headers()
    {
        var recorded = Render(Page(RowTable(3)));
        var log = recorded.ToString();
        Assert.Equal(3, Count(log, "<TH scope=Row>"));
        Assert.Equal(2, Count(log, "<TH>")); // the header row's cells: Column scope, the default
        Assert.Equal(3, Count(log, "<TD>"));
        Assert.Equal(["Table", "TBody", "TR", "TD"], recorded.Texts.Single(t => t.Text == "20").Tags);
    }

    [Fact]
    public void A_total_row_has_a_rule_above_it_unless_it_starts_a_page()
    {
        var style = new TableStyle { TotalRule = 1.5 };
        var recorded = Render(Page(RowTable(4, style: style, totalRowAt: 4)));
        var rule = recorded.ToString().Split('\n').Single(l => l.Contains("w1.5", StringComparison.Ordinal));
        var total = recorded.Texts.Single(t => t.Text == "row4");
        var previous = recorded.Texts.Single(t => t.Text == "row3");
        double ruleY = double.Parse(rule.Trim().Split(' ')[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ruleY, previous.Baseline, total.Baseline);
    }

    private static int Count(string text, string what)
        => System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(what)).Count;
}
