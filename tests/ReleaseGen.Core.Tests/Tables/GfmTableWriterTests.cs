using ReleaseGen.Periods;
using ReleaseGen.Tables;

namespace ReleaseGen.Core.Tests.Tables;

/// <summary>
/// The exact Markdown a reviewer reads in the pull request for one table (emphasis, indents, empty
/// cells, notes), and the texts the other formats are compared by.
/// </summary>
public class GfmTableWriterTests
{
    private static readonly Period Q2 = new(PeriodKey.ForQuarter(2012, 2), FiscalCalendar.Calendar);
    private static readonly Period Q2Before = new(PeriodKey.ForQuarter(2011, 2), FiscalCalendar.Calendar);

    private static ModelCell Figure(string text, string marks = "") => new(CellKind.Figure, text, Marks: marks);

    /// <summary>
    /// A two-row header with a mark, a top group with a mark over a nested group, a metric row, a total
    /// row with an empty cell, a title and a note that run over two lines, and an unmarked note.
    /// </summary>
    private static TableModel Mines { get; } = new(
        "mines",
        "Production\nby mine",
        [new(ColumnKind.Period, Q2), new(ColumnKind.Period, Q2Before)],
        [
            new HeaderRow([new("", 1), new("Three Months Ended", 2)]),
            new HeaderRow([new("", 1), new("June 30, 2012", 1), new("June 30, 2011", 1, "(2)")]),
        ],
        [
            new(ModelRowKind.Group, "Bellekeno mine", 0, [], Marks: "(1)"),
            new(ModelRowKind.Group, "Grade", 1, []),
            new(ModelRowKind.Metric, "Silver (g/t)", 2, [Figure("704"), Figure("822", "(2)")]),
            new(ModelRowKind.Total, "Silver (ounces)", 0, [Figure("458,472"), new(CellKind.Empty, "")]),
        ],
        [
            new("grade", "(1)", "Grades are\nof ore processed."),
            new("restated", "(2)", "Restated."),
            new("unaudited", "", "All figures are unaudited."),
        ]);

    [Fact]
    public void A_table_is_written_as_a_pipe_table_with_bold_top_groups_italic_nested_groups_and_notes_as_paragraphs()
    {
        const string expected = """
            <!-- releasegen:table mines -->
            **Production by mine**

            |  | Three Months Ended June 30, 2012 | Three Months Ended June 30, 2011(2) |
            | :--- | ---: | ---: |
            | **Bellekeno mine**(1) |  |  |
            | &nbsp;&nbsp;*Grade* |  |  |
            | &nbsp;&nbsp;&nbsp;&nbsp;Silver (g/t) | 704 | 822(2) |
            | **Silver (ounces)** | **458,472** |  |

            (1) Grades are of ore processed.

            (2) Restated.

            All figures are unaudited.
            <!-- /releasegen:table -->

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), GfmTableWriter.Write(Mines));
    }

    [Fact]
    public void A_table_without_title_or_notes_is_the_pipe_table_alone()
    {
        var bare = Mines with { Title = null, Notes = [], HeaderRows = [Mines.HeaderRows[1]], Rows = [Mines.Rows[2]] };
        Assert.Equal(
            "<!-- releasegen:table mines -->\n|  | June 30, 2012 | June 30, 2011(2) |\n| :--- | ---: | ---: |\n| &nbsp;&nbsp;&nbsp;&nbsp;Silver (g/t) | 704 | 822(2) |\n" +
            "<!-- /releasegen:table -->\n",
            GfmTableWriter.Write(bare));
    }

    [Fact]
    public void Texts_are_the_title_headers_labels_cells_and_notes_in_reading_order_without_empty_cells()
    {
        Assert.Equal(
            [
                "Production\nby mine",
                "Three Months Ended", "June 30, 2012", "June 30, 2011(2)",
                "Bellekeno mine(1)", "Grade", "Silver (g/t)", "704", "822(2)", "Silver (ounces)", "458,472",
                "(1) Grades are\nof ore processed.", "(2) Restated.", "All figures are unaudited.",
            ],
            Mines.Texts());
        Assert.Equal(["June 30, 2012", "June 30, 2011(2)", "Silver (g/t)", "704", "822(2)"],
            (Mines with { Title = null, Notes = [], HeaderRows = [Mines.HeaderRows[1]], Rows = [Mines.Rows[2]] }).Texts());
    }
}
