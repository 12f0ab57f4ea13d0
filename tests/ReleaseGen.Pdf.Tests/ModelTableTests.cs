using System.Text.RegularExpressions;
using Markdig.Syntax;
using ReleaseGen.Markdown;
using ReleaseGen.Periods;
using ReleaseGen.Tables;
using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

/// <summary>A release table drawn from its <see cref="TableModel"/> rather than from the Markdown's pipe table.</summary>
public class ModelTableTests
{
    private static readonly Period Q2 = new(PeriodKey.ForQuarter(2012, 2), FiscalCalendar.Calendar);
    private static readonly Period Q2Before = new(PeriodKey.ForQuarter(2011, 2), FiscalCalendar.Calendar);
    private static readonly Period H1 = new(PeriodKey.YearToDate(2012, 2), FiscalCalendar.Calendar);
    private static readonly Period H1Before = new(PeriodKey.YearToDate(2011, 2), FiscalCalendar.Calendar);

    private static ModelCell Figure(string text, string marks = "") => new(CellKind.Figure, text, Marks: marks);

    /// <summary>A two-level header with spans, nested groups, a metric and a total row, marks on a header, a label and a cell, and three notes.</summary>
    internal static TableModel Mines { get; } = new(
        "mines",
        "Production by mine",
        [new(ColumnKind.Period, Q2), new(ColumnKind.Period, Q2Before), new(ColumnKind.Period, H1), new(ColumnKind.Period, H1Before)],
        [
            new HeaderRow([new("", 1), new("Three Months Ended", 2), new("Six Months Ended", 2)]),
            new HeaderRow([new("", 1), new("June 30, 2012", 1), new("June 30, 2011", 1, "(2)"), new("June 30, 2012", 1), new("June 30, 2011", 1)]),
        ],
        [
            new(ModelRowKind.Group, "Bellekeno mine:", 0, []),
            new(ModelRowKind.Metric, "Ore processed (tonnes)", 1, [Figure("22,209"), Figure("18,928"), Figure("43,460"), Figure("36,978")]),
            new(ModelRowKind.Group, "Grade:", 1, []),
            new(ModelRowKind.Metric, "Silver (grams per tonne)", 2, [Figure("704"), Figure("822", "(2)"), Figure("800"), Figure("825")], Marks: "(1)"),
            new(ModelRowKind.Total, "Silver produced (ounces)", 0, [Figure("458,472"), Figure("419,127"), Figure("1,040,257"), Figure("(12,500)")]),
        ],
        [
            new("grade", "(1)", "Grades are of ore processed."),
            new("restated", "(2)", "Restated for the change of method."),
            new("unaudited", "", "All figures are unaudited."),
        ]);

    private static string Markdown => "# Quarterly production\n\n" + GfmTableWriter.Write(Mines) + "\nThe end.\n";

    private static MarkdownDocument WithModel() => ReleaseMarkdown.Parse(Markdown, new Dictionary<string, TableModel> { ["mines"] = Mines });

    [Fact]
    public void Model_table_layout()
    {
        // Caption, two header rows (spanning cells centred, ruled below), groups spanning the table,
        // labels indented by depth and tagged as row headers, the total bold under a rule, the notes.
        var recorded = PdfReleaseRenderer.Record(WithModel(), Samples.Info);
        Snapshot.Verify(recorded.ToString());
    }

    [Fact]
    public void The_pdf_draws_exactly_the_models_texts_in_order()
    {
        var pdf = PdfReleaseRenderer.Render(WithModel(), Samples.Info);
        var expected = new[] { "Quarterly production" }.Concat(Mines.Texts()).Append("The end.")
            .SelectMany(PlainText.SplitWords);
        Assert.Equal(expected, Samples.ContentWords(pdf));
    }

    [Fact]
    public void Row_labels_and_group_headings_are_tagged_row_headers_and_header_cells_column_headers()
    {
        var pdf = PdfReleaseRenderer.Render(WithModel(), Samples.Info);
        var text = PdfText.Expanded(pdf);
        int Count(string pattern) => Regex.Matches(text, pattern).Count;

        Assert.Equal(5, Count(@"/Scope\s*/Row\b"));     // two group headings, three row labels
        Assert.Equal(8, Count(@"/Scope\s*/Column\b"));  // 3 + 5 header cells
        Assert.Equal(2, Count(@"/ColSpan\s+2\b"));      // "Three Months Ended", "Six Months Ended"
        Assert.Equal(2, Count(@"/ColSpan\s+5\b"));      // the group headings span the table
        Assert.Equal(13, Count(@"/Type/StructElem[^>]*?/S/TH\b"));
        Assert.Equal(12, Count(@"/Type/StructElem[^>]*?/S/TD\b"));
        Assert.Equal(1, Count(@"/Type/StructElem[^>]*?/S/Caption\b"));
    }

    [Fact]
    public void The_title_is_the_tables_caption_and_the_notes_follow_the_table()
    {
        var recorded = PdfReleaseRenderer.Record(WithModel(), Samples.Info);
        var caption = recorded.Texts.Single(t => t.Text == "Production by mine");
        Assert.Equal(["Table", "Caption"], caption.Tags);
        Assert.True(caption.Style.Bold);
        var note = recorded.Texts.Single(t => t.Text.StartsWith("(1) Grades", StringComparison.Ordinal));
        Assert.Equal(["Note", "P"], note.Tags);
        Assert.True(note.Style.Size < caption.Style.Size);
        Assert.True(note.Baseline > recorded.Texts.Single(t => t.Text.StartsWith("(12,500)", StringComparison.Ordinal)).Baseline);
    }

    [Fact]
    public void A_captioned_table_that_cannot_start_on_a_page_takes_its_caption_to_the_next()
    {
        // Enough paragraphs before the table that, at some count, only the caption and a row or two would fit.
        bool moved = false;
        for (int paragraphs = 28; paragraphs <= 40; paragraphs++)
        {
            var filler = string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"Paragraph {i} of filler.\n\n"));
            var document = ReleaseMarkdown.Parse(filler + GfmTableWriter.Write(Mines), new Dictionary<string, TableModel> { ["mines"] = Mines });
            var recorded = PdfReleaseRenderer.Record(document, Samples.Info);
            var caption = recorded.Texts.Single(t => t.Text == "Production by mine");
            var rowPages = recorded.Texts.Where(t => t.Tags.Contains("TBody")).GroupBy(t => t.Page).ToList();
            Assert.Equal(caption.Page, rowPages[0].Key);
            moved |= caption.Page == 2 && recorded.Texts.Any(t => t.Page == 1 && t.Text.StartsWith("Paragraph", StringComparison.Ordinal));
        }
        Assert.True(moved, "some filler length should push the table and its caption to page 2");
    }

    [Fact]
    public void Without_its_model_the_block_draws_the_markdown_pipe_table()
    {
        var recorded = PdfReleaseRenderer.Record(ReleaseMarkdown.Parse(Markdown), Samples.Info);
        var title = recorded.Texts.Single(t => t.Text == "Production by mine");
        Assert.Equal(["P"], title.Tags); // the bold paragraph above the pipe table, no caption
        // The pipe table's one header row folds the spanning header into each column's text.
        Assert.Equal(
            PlainText.SplitWords("Three Months Ended June 30, 2012 Three Months Ended June 30, 2011(2) Six Months Ended June 30, 2012 Six Months Ended June 30, 2011"),
            recorded.Texts.Where(t => t.Tags.Contains("TH")).SelectMany(t => PlainText.SplitWords(t.Text)));
        Assert.Contains(recorded.Texts, t => t.Text == "22,209" && t.Tags[^1] == "TD");
        var log = recorded.ToString();
        Assert.DoesNotContain("scope=Row", log, StringComparison.Ordinal);
        Assert.DoesNotContain("<Caption>", log, StringComparison.Ordinal);
    }
}
