using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// Table tie-out at its edges: which data table a printed table is, how its columns and rows are found
/// (headers in any order, labels wrapped or cut, a table in two pieces), where a finding points, and
/// when a total is held to its rows.
/// </summary>
public sealed partial class TieoutRuleBoundaryTests
{
    /// <summary>The Markdown table of <paramref name="example"/> with a row that contains <paramref name="row"/>.</summary>
    private static string TableWith(string example, string row)
    {
        var lines = Release(example).Markdown.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith('|') && l.Contains(row, StringComparison.Ordinal));
        Assert.True(at > 0, $"no table row with '{row}'");
        var (top, end) = (at, at);
        while (lines[top - 1].StartsWith('|')) top--;
        while (end + 1 < lines.Length && lines[end + 1].StartsWith('|')) end++;
        return string.Join("\n", lines[top..(end + 1)]);
    }

    private static string[] Codes(string example, string markdown) => Tie(example, markdown).Diagnostics.Select(d => d.Code).ToArray();

    /// <summary>The data table a printed table was matched to, read from its findings: the errors, and the table whose rows it leaves out.</summary>
    private static (int Errors, string? Missing) Matched(string example, string markdown)
    {
        var findings = Tie(example, markdown).Diagnostics;
        var missing = findings.Select(d => System.Text.RegularExpressions.Regex.Match(d.Message, "^the data's table '([^']+)' has the row")).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        return (findings.Count(d => d.IsError), missing);
    }

    // ---------------------------------------------------------------- which data table, which columns

    [Fact]
    public void Printed_columns_are_found_by_their_headers_in_any_order()
    {
        // The quarter's two columns swapped, headers and cells alike.
        static string Swap(string line)
        {
            var cells = line.Split('|');
            (cells[2], cells[3]) = (cells[3], cells[2]);
            return string.Join("|", cells);
        }
        var swapped = string.Join("\n", HighlightsTable().Split('\n').Select(Swap));
        Assert.Empty(Findings(Alexco, swapped));
        Assert.Contains(Tie(Alexco, swapped).Marks, m => m.Printed == "22,166" && m.Note == "ore_mined for 2011-Q2 = 22,166");
        // When one header is not the data's, columns are taken by position: the swapped cells are then wrong.
        var lines = swapped.Split('\n');
        lines[0] = lines[0].Replace("Six Months Ended June 30, 2011", "Six Months, 2011", StringComparison.Ordinal);
        var byPosition = Codes(Alexco, string.Join("\n", lines));
        Assert.NotEmpty(byPosition);
        Assert.All(byPosition, code => Assert.Equal("RG701", code));
    }

    // us-gold: 'Gold produced (ounces)' and 'Silver produced (ounces)' are rows of three tables: highlights (six figure
    // columns), by_mine (three: the mines and their total) and trend (five quarters).
    private const string ByMineRows = "| Gold produced (ounces) | 19,322 | 14,200 | 33,522 |\n| Silver produced (ounces) | 4,610 | 278,166 | 282,776 |";
    private const string TrendRows = "| Gold produced (ounces) | 30,881 | 31,205 | 31,893 |\n| Silver produced (ounces) | 316,102 | 309,880 | 301,635 |";

    [Fact]
    public void Between_tables_with_the_same_rows_the_number_of_columns_decides()
    {
        Assert.Equal((0, "by_mine"), Matched(UsGold, "| | A | B | C |\n| --- | ---: | ---: | ---: |\n" + ByMineRows));
        Assert.Equal((0, "trend"), Matched(UsGold, "| | A | B | C | D | E |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
            + "| Gold produced (ounces) | 30,881 | 31,205 | 31,893 | 32,723 | 33,522 |\n| Silver produced (ounces) | 316,102 | 309,880 | 301,635 | 290,974 | 282,776 |"));
        // The trend's first three quarters in three columns read as the mines of the quarter: wrong cells.
        Assert.Equal(6, Codes(UsGold, "| | A | B | C |\n| --- | ---: | ---: | ---: |\n" + TrendRows).Count(c => c == "RG701"));
    }

    [Fact]
    public void Between_tables_with_the_same_rows_a_matching_title_or_header_decides()
    {
        Assert.Equal((0, "trend"), Matched(UsGold, "**Five-quarter trend**\n\n| | A | B | C |\n| --- | ---: | ---: | ---: |\n" + TrendRows));
        Assert.Equal((0, "trend"), Matched(UsGold, "| | Three Months Ended March 31, 2023 | Three Months Ended June 30, 2023 | Three Months Ended September 30, 2023 |\n| --- | ---: | ---: | ---: |\n" + TrendRows));
        // A header counts half a row: one row more outweighs it. Here by_mine has all three rows, the trend two and one header.
        Assert.Equal((0, null), Matched(UsGold, "| | Three Months Ended June 30, 2023 | B | C |\n| --- | ---: | ---: | ---: |\n" + ByMineRows + "\n| Ore processed (tonnes) | 1,289,000 | 111,200 | 1,400,200 |"));
    }

    [Fact]
    public void A_table_without_rows_has_nothing_to_tie()
    {
        var document = new ReleaseGen.Tieout.Readers.HtmlDocumentReader().Read("final.html", System.Text.Encoding.UTF8.GetBytes("<html><body><p>Text.</p><table></table></body></html>"));
        var result = Tie(Alexco, document);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Marks);
    }

    // ---------------------------------------------------------------- rows: wrapped, cut, repeated, unlabelled

    private static string LeadRow(string label) => HighlightsTable(t => t.Replace("| &nbsp;&nbsp;Lead in lead con (pounds) |", label, StringComparison.Ordinal));

    [Fact]
    public void A_label_wrapped_onto_a_line_of_its_own_is_read_whole()
    {
        Assert.Empty(Findings(Alexco, LeadRow("| Lead in |\n| lead con (pounds) |")));
        Assert.Contains(Tie(Alexco, LeadRow("| Lead in |\n| lead con (pounds) |")).Marks, m => m.Printed == "3,661,412" && m.Status == TieStatus.Tied);
        // Only a line without cells starts a wrapped label.
        Assert.Equal(["final.md(27,3): warning RG711: the row 'lead con (pounds)' is not in the data's table 'highlights'; its numbers are not tied"],
            Findings(Alexco, LeadRow("| Lead in | |\n| lead con (pounds) |")).Where(f => f.Contains("RG711", StringComparison.Ordinal) && f.Contains("(27,", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_label_cut_short_is_the_one_data_label_it_starts_when_it_has_twelve_letters_or_more()
    {
        // "Lead in lead" (12 characters) starts only 'Lead in lead con (pounds)'.
        Assert.Empty(Findings(Alexco, LeadRow("| Lead in lead |") + "\n| con (pounds) |"));
        // One character shorter is too short to tell.
        Assert.Contains("final.md(26,3): warning RG711: the row 'Lead in lea' is not in the data's table 'highlights'; its numbers are not tied",
            Findings(Alexco, LeadRow("| Lead in lea |")));
        // 'Silver (grams' starts three data labels: none is taken.
        Assert.Contains("final.md(26,3): warning RG711: the row 'Silver (grams' is not in the data's table 'highlights'; its numbers are not tied",
            Findings(Alexco, LeadRow("| Silver (grams |")));
    }

    [Fact]
    public void A_row_printed_twice_or_without_label_is_reported_and_left_untied()
    {
        var twice = HighlightsTable(t => t + "\n| Ore tonnes mined | 21,273 | 22,166 | 42,668 | 38,627 |");
        Assert.Equal(["final.md(28,3): warning RG711: the row 'Ore tonnes mined' is printed more often than the data's table 'highlights' has it; its numbers are not tied"], Findings(Alexco, twice));
        var result = Tie(Alexco, "Before the table.\n\n" + HighlightsTable(t => t + "\n|  | 1 | 2 | 3 | 4 |"));
        Assert.Equal(["final.md(30,1): warning RG711: the row '(no label)' is not in the data's table 'highlights'; its numbers are not tied"], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["1", "2", "3", "4"], result.Marks.Where(m => m.Status == TieStatus.Untied).Select(m => m.Printed));
        Assert.All(result.Marks.Where(m => m.Status == TieStatus.Untied), m => Assert.Equal(("in a row the data's table 'highlights' does not have", "RG711"), (m.Note, m.Code)));
    }

    [Fact]
    public void A_cell_finding_points_at_the_cell_or_for_an_empty_cell_at_its_row()
    {
        var empty = Tie(Alexco, "Before the table.\n\n" + HighlightsTable(t => t.Replace("| 21,273 | 22,166 |", "| 21,273 |  |", StringComparison.Ordinal)));
        Assert.Equal(["final.md(5,1): error RG701: 'Ore tonnes mined' / 'Three Months Ended June 30, 2011' of table 'highlights' is empty or not a number (''); the data gives 22,166"],
            empty.Diagnostics.Select(d => d.ToString()));
        var extra = Tie(Alexco, HighlightsTable(t => t.Replace("| **Grade of ore processed:** |  |", "| **Grade of ore processed:** | 12 |", StringComparison.Ordinal)));
        Assert.Equal(("the data has no figure here", "RG701"), extra.Marks.Where(m => m.Status == TieStatus.Wrong).Select(m => (m.Note, m.Code)).Single());
        var wrong = Tie(Alexco, HighlightsTable(t => t.Replace("| 21,273 | 22,166 |", "| 21,273 | 22,116 |", StringComparison.Ordinal)));
        Assert.Equal("should read 22,166 (ore_mined for 2011-Q2 = 22,166)", wrong.Marks.Single(m => m.Status == TieStatus.Wrong).Note);
        // A cell that holds a date instead of a number: the date is recognised, the cell is not the figure.
        var date = Tie(Alexco, HighlightsTable(t => t.Replace("| 21,273 | 22,166 |", "| 21,273 | June 30, 2011 |", StringComparison.Ordinal)));
        Assert.Contains("is empty or not a number ('June 30, 2011'); the data gives 22,166", Assert.Single(date.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains(date.Marks, m => m.Status == TieStatus.Recognised && m.Note == "date" && m.Printed.StartsWith("June 30", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_in_a_header_cell_is_recognised_as_a_heading_in_reading_order()
    {
        var result = Tie(Alexco, HighlightsTable(t => t.Replace("|  | Three Months", "| Mine 7 | Three Months", StringComparison.Ordinal)));
        var header = result.Marks.Where(m => m.Status == TieStatus.Recognised && m.Text.At(0).Line == 1).ToList();
        Assert.Equal(("7", "column heading"), (header[0].Printed, header[0].Note));
        Assert.True(header.Count > 1);
        Assert.All(header.Skip(1), m => Assert.NotEqual("7", m.Printed));
    }

    // ---------------------------------------------------------------- a table in two pieces

    [Fact]
    public void The_second_piece_of_a_table_goes_on_after_the_last_row_the_first_printed()
    {
        var lines = HighlightsTable().Split('\n');
        var zincGrade = Array.FindLastIndex(lines, l => l.Contains("*Concentrate grade:*", StringComparison.Ordinal));
        var oreGradeSilver = Array.FindIndex(lines, l => l.Contains("Silver (grams per tonne)", StringComparison.Ordinal));
        var first = lines[..(zincGrade + 1)].Where((_, i) => i != oreGradeSilver);
        var footer = Release(Alexco).Document.Info.FooterText;
        var broken = string.Join("\n", first) + "\n\n" + footer + "\n\n" + string.Join("\n", lines[..2]) + "\n" + string.Join("\n", lines[(zincGrade + 1)..]);
        // The second piece's 'Silver (grams per tonne)' is the zinc concentrate's, not the ore grade's the first piece left out.
        Assert.Equal(["final.md(1,1): warning RG711: the data's table 'highlights' has the row 'Silver (grams per tonne)' under 'Grade of ore processed:', which the document does not print"],
            Findings(Alexco, broken));
        // A row the first piece printed, printed again in the second, is a row printed twice.
        var again = string.Join("\n", lines[..(zincGrade + 1)]) + "\n\n" + footer + "\n\n" + string.Join("\n", lines[..3]) + "\n" + string.Join("\n", lines[(zincGrade + 1)..]);
        Assert.Contains(Findings(Alexco, again), f => f.Contains("the row 'Ore tonnes mined' is printed more often", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------- totals

    [Fact]
    public void A_subtotal_adds_only_the_rows_of_its_own_group()
    {
        var table = TableWith(UsGold, "All-in sustaining costs");
        // Silver Gulch: cash costs (266) = 9,900 - 3,750 - 6,416, the rows under its own group heading only.
        var total = Assert.Single(Findings(UsGold, table.Replace("**(266)**", "**(276)**", StringComparison.Ordinal)));
        Assert.EndsWith("error RG707: 'Cash costs' reads (276), but the rows it totals add to -266 as printed (9,900 + (3,750) + (6,416)); the data gives (266)", total, StringComparison.Ordinal);
        var mark = Tie(UsGold, table.Replace("**(266)**", "**(276)**", StringComparison.Ordinal)).Marks.Single(m => m.Status == TieStatus.Wrong);
        Assert.Equal(("RG707", "should read (266) (the sum of its rows)"), (mark.Code, mark.Note));
    }

    [Fact]
    public void A_total_whose_rows_are_not_all_printed_as_numbers_is_not_added()
    {
        var table = TableWith(UsGold, "All-in sustaining costs");
        // The total row left out: only the row is missing.
        Assert.Equal(["RG711"], Codes(UsGold, string.Join("\n", table.Split('\n').Where(l => !l.Contains("All-in sustaining costs**", StringComparison.Ordinal)))));
        // One of its rows left out: the total is not held to the others.
        Assert.Equal(["RG711"], Codes(UsGold, string.Join("\n", table.Split('\n').Where(l => !l.Contains("Reclamation cost accretion", StringComparison.Ordinal)))));
        // One of its rows not a number: that cell is the finding.
        Assert.Equal(["RG701"], Codes(UsGold, table.Replace("| 400 | 380 |", "| n/a | 380 |", StringComparison.Ordinal)));
        // The total not a number: that cell is the finding.
        Assert.Equal(["RG701"], Codes(UsGold, table.Replace("**43,977**", "n/a", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_table_title_is_the_caption_of_its_table_in_the_trace()
    {
        var html = TieoutReport.WriteHtml(Tie(UsGold, "**Five-quarter trend**\n\n| | A | B | C |\n| --- | ---: | ---: | ---: |\n" + TrendRows), "final.md");
        Assert.Contains("<caption>Five-quarter trend</caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<caption>", TieoutReport.WriteHtml(Tie(UsGold, "| | A | B | C |\n| --- | ---: | ---: | ---: |\n" + TrendRows), "final.md"), StringComparison.Ordinal);
    }
}
