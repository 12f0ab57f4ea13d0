using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

public class TableLayoutTests
{
    private static Table NumberTable(int rows, Func<int, string>? label = null, IEnumerable<int>? groupRowsBefore = null)
    {
        var groups = new HashSet<int>(groupRowsBefore ?? []);
        var header = new TableRow([
            new TableCell(Text("Item")),
            new TableCell(new TextBlock("Value", Bold, TextAlignment.Right)),
        ]);
        var body = new List<TableRow>();
        for (int i = 1; i <= rows; i++)
        {
            if (groups.Contains(i))
                body.Add(new TableRow([new TableCell(Text($"Group{i}"), 2)]) { IsGroup = true, KeepWithNext = true });
            body.Add(new TableRow([
                new TableCell(Text(label?.Invoke(i) ?? $"row{i}")),
                new TableCell(Text((i * 1000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), TextAlignment.Right)),
            ]));
        }
        return new Table(2, [header], body);
    }

    [Fact]
    public void A_table_breaking_across_pages_repeats_its_header_on_every_page()
    {
        var recorded = Render(Page(NumberTable(30)));

        Assert.True(recorded.PageCount >= 3, $"expected several pages, got {recorded.PageCount}");
        for (int page = 1; page <= recorded.PageCount; page++)
        {
            var texts = recorded.Texts.Where(t => t.Page == page).OrderBy(t => t.Baseline).ToList();
            Assert.Equal("Item", texts[0].Text);
            Assert.Contains(texts, t => t.Text == "Value" && Math.Abs(t.Baseline - texts[0].Baseline) < 0.01);
        }
        // Every body row is drawn exactly once, in order.
        var rows = recorded.Texts.Where(t => t.Text.StartsWith("row", StringComparison.Ordinal)).Select(t => t.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"row{i}"), rows);
    }

    [Fact]
    public void No_row_is_split_across_pages()
    {
        // Each label wraps to three lines in a narrow first column; the rows must stay whole.
        var table = NumberTable(25, i => $"r{i}a r{i}b r{i}c " + new string('x', 30));
        var recorded = Render(Page(table));

        Assert.True(recorded.PageCount >= 2);
        for (int i = 1; i <= 25; i++)
        {
            var pages = recorded.Texts
                .Where(t => t.Text.Split(' ').Any(w => w.StartsWith($"r{i}", StringComparison.Ordinal) && w.Length <= $"r{i}a".Length))
                .Select(t => t.Page).Distinct().ToList();
            Assert.Single(pages);
        }
    }

    [Fact]
    public void A_group_row_never_ends_a_page()
    {
        // Find a layout where, without keep-with-next, the group row would be last on page 1.
        var plain = Render(Page(NumberTable(30)));
        var lastOnPage1 = plain.Texts.Where(t => t.Page == 1 && t.Text.StartsWith("row", StringComparison.Ordinal)).Last().Text;
        int groupBefore = int.Parse(lastOnPage1[3..], System.Globalization.CultureInfo.InvariantCulture);

        var recorded = Render(Page(NumberTable(30, groupRowsBefore: [groupBefore])));

        var group = recorded.Texts.Single(t => t.Text == $"Group{groupBefore}");
        var follower = recorded.Texts.Single(t => t.Text == $"row{groupBefore}");
        Assert.Equal(follower.Page, group.Page);
        Assert.Equal(2, group.Page);
    }

    [Fact]
    public void A_group_heading_never_ends_a_page_with_a_single_row_under_it()
    {
        // A layout where, without the rule, the group heading and its first row would be last on page 1
        // (as "Consolidated:" and one row were at the bottom of the us-gold example's first page).
        var plain = Render(Page(NumberTable(30)));
        var lastOnPage1 = plain.Texts.Where(t => t.Page == 1 && t.Text.StartsWith("row", StringComparison.Ordinal)).Last().Text;
        int lastRow = int.Parse(lastOnPage1[3..], System.Globalization.CultureInfo.InvariantCulture);
        // The heading goes before the second-to-last row of page 1: heading and that row are the last two on the page.
        int groupBefore = lastRow - 1;

        var recorded = Render(Page(NumberTable(30, groupRowsBefore: [groupBefore])));

        var group = recorded.Texts.Single(t => t.Text == $"Group{groupBefore}");
        var rowsOfGroupPage = recorded.Texts.Where(t => t.Page == group.Page && t.Text.StartsWith("row", StringComparison.Ordinal))
            .Select(t => int.Parse(t.Text[3..], System.Globalization.CultureInfo.InvariantCulture))
            .Where(r => r >= groupBefore).ToList();
        Assert.True(rowsOfGroupPage.Count >= 2, $"Group{groupBefore} on page {group.Page} has {rowsOfGroupPage.Count} row(s) under it there");
        Assert.Equal(2, group.Page);
    }

    [Fact]
    public void Right_aligned_numbers_share_their_right_edge()
    {
        var measurer = new FixedWidthTextMeasurer();
        var recorded = Render(Page(NumberTable(5)));
        var numbers = recorded.Texts.Where(t => t.Page == 1 && char.IsDigit(t.Text[0])).ToList();
        Assert.Equal(5, numbers.Count);
        var rightEdges = numbers.Select(t => Math.Round(t.X + measurer.MeasureWidth(t.Text, t.Style), 3)).Distinct().ToList();
        Assert.Single(rightEdges);
    }

    [Fact]
    public void Column_widths_fill_the_width_and_equalize_data_columns()
    {
        var header = new TableRow([new TableCell(Text("")), new TableCell(Text("A")), new TableCell(Text("Longer head"))]);
        var body = new TableRow([new TableCell(Text("label")), new TableCell(Text("1")), new TableCell(Text("2"))]);
        var table = new Table(3, [header], [body]);
        Render(Page(table)); // initializes the table's services
        var widths = table.ColumnWidths(260);
        Assert.Equal(260, widths.Sum(), 6);
        Assert.Equal(widths[1], widths[2], 6);
        Assert.True(widths[0] > widths[1]);
    }

    [Fact]
    public void A_spanning_header_cell_widens_the_columns_it_spans()
    {
        var wide = new string('H', 40); // 200pt wide: more than two narrow columns need
        var header = new TableRow([new TableCell(Text("")), new TableCell(Text(wide), 2)]);
        var body = new TableRow([new TableCell(Text("l")), new TableCell(Text("1")), new TableCell(Text("2"))]);
        var table = new Table(3, [header], [body], new TableStyle { FillWidth = false });
        Render(Page(table));
        var widths = table.ColumnWidths(260);
        Assert.True(widths[1] + widths[2] >= 200 + 2 * table.Style.CellPaddingX - 1e-6);
    }

    [Fact]
    public void A_table_never_starts_with_a_single_row_at_the_bottom_of_a_page()
    {
        // Filler leaves room for the header and exactly one row (12 + 5 = 17pt of rule and padding each).
        for (int fillerLines = 6; fillerLines <= 10; fillerLines++)
        {
            var column = new Column();
            column.Add(Text(string.Join(" ", Enumerable.Range(1, fillerLines).Select(i => "filler" + i + new string('f', 40)))));
            column.Add(NumberTable(10));
            var recorded = Render(Page(column));
            var rowsOnPage1 = recorded.Texts.Count(t => t.Page == 1 && t.Text.StartsWith("row", StringComparison.Ordinal));
            Assert.True(rowsOnPage1 is 0 or >= 2, $"{fillerLines} filler lines: {rowsOnPage1} row on page 1");
            var headerPages = recorded.Texts.Where(t => t.Text == "Item").Select(t => t.Page).ToList();
            Assert.Equal(recorded.Texts.Where(t => t.Text.StartsWith("row", StringComparison.Ordinal)).Select(t => t.Page).Distinct(), headerPages);
        }
    }

    /// <summary>Rows of 17pt (a 12pt line and 2.5pt padding above and below); the header 18.6 with its rules; 1pt closing rule.</summary>
    private static Table Small(int rows) => new(2,
        [new TableRow([new TableCell(Text("Item")), new TableCell(Text("Value", TextAlignment.Right))])],
        Enumerable.Range(1, rows).Select(i => new TableRow([new TableCell(Text($"row{i}")), new TableCell(Text($"{i}", TextAlignment.Right))])));

    [Fact]
    public void A_table_takes_the_full_width_and_the_height_of_its_rows_and_rules()
    {
        Assert.Equal("FullRender 260x19.6", Measure(Small(0), 260, 160)); // header and rules only
        Assert.Equal("FullRender 260x36.6", Measure(Small(1), 260, 160));
        Assert.Equal("FullRender 260x53.6", Measure(Small(2), 260, 160));
    }

    [Fact]
    public void A_one_row_table_is_drawn_as_tagged_header_and_body_with_rules_as_artifacts()
        => Assert.Equal("""
            page 1 300x200
              <Table>
                <Artifact>
                  line 20,20.5 280,20.5 w1
                <THead>
                  <TR>
                    <TH>
                      text 24,32.5 10R "Item"
                    <TH>
                      text 251,32.5 10R "Value"
                <Artifact>
                  line 20,38.3 280,38.3 w0.6
                <TBody>
                  <TR>
                    <TD>
                      text 24,50.1 10R "row1"
                    <TD>
                      text 271,50.1 10R "1"
                  <Artifact>
                    line 20,56.1 280,56.1 w1

            """, Drawn(Small(1)));

    [Fact]
    public void A_table_never_starts_with_fewer_than_three_rows_at_the_foot_of_a_page()
    {
        // Room for the header and three rows (70.6): they go, the rest follows; a hair less leaves two: the table moves.
        Assert.Equal("PartialRender 260x70.6", Measure(Small(6), 260, 70.6));
        Assert.Equal("Wrap", Measure(Small(6), 260, 70.5));
        // A two-row table is whole, so it may sit at the foot of a page.
        Assert.Equal("FullRender 260x53.6", Measure(Small(2), 260, 53.6));
        Assert.Equal("Wrap", Measure(Small(2), 260, 53.5));
    }

    [Fact]
    public void A_table_never_leaves_fewer_than_three_rows_for_the_next_page()
    {
        // Seven rows, room for five (104.6): four go, so three follow.
        Assert.Equal("PartialRender 260x87.6", Measure(Small(7), 260, 104.6));
        // Room for all seven (138.6): the table is whole.
        Assert.Equal("FullRender 260x138.6", Measure(Small(7), 260, 138.6));
    }
}
