using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Markdown;
using ReleaseGen.Periods;
using ReleaseGen.Tables;

namespace ReleaseGen.Core.Tests.Markdown;

/// <summary>How a data table's region is parsed: skipped when its model is given, parsed as GitHub Markdown when not.</summary>
public class ReleaseTableBlockTests
{
    private static readonly Period Q2 = new(PeriodKey.ForQuarter(2012, 2), FiscalCalendar.Calendar);

    private static TableModel Production(int rows) => new(
        "production",
        "Production",
        [new(ColumnKind.Period, Q2)],
        [new HeaderRow([new("", 1), new("Q2 2012", 1)])],
        [.. Enumerable.Range(1, rows).Select(r => new ModelRow(ModelRowKind.Metric, $"Metric {r}", 0, [new ModelCell(CellKind.Figure, $"{r},000")]))],
        [new("unaudited", "", "All figures are unaudited.")]);

    private static string Text(LeafBlock block) => string.Concat(block.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static string Release(TableModel table) => "# Results\n\n" + GfmTableWriter.Write(table) + "\nSilver rose *sharply*.\n";

    [Fact]
    public void A_region_whose_model_is_given_carries_the_model_and_is_not_parsed()
    {
        var table = Production(3);
        var document = ReleaseMarkdown.Parse(Release(table), new Dictionary<string, TableModel> { ["production"] = table });

        var region = Assert.Single(document.Descendants<ReleaseTableBlock>());
        Assert.Same(table, region.Model);
        Assert.Empty(region);
        Assert.Empty(document.Descendants<Table>());
        // What follows the region is parsed as before, at its own line.
        var last = Assert.IsType<ParagraphBlock>(document[^1]);
        Assert.Equal(Release(table).Split('\n').ToList().IndexOf("Silver rose *sharply*."), last.Line);
        Assert.Equal("Silver rose sharply.", Text(last));
    }

    [Fact]
    public void A_region_without_its_model_keeps_the_GitHub_table_as_its_children()
    {
        var table = Production(3);
        foreach (var document in new[]
                 {
                     ReleaseMarkdown.Parse(Release(table)),
                     ReleaseMarkdown.Parse(Release(table), new Dictionary<string, TableModel> { ["another"] = table }),
                 })
        {
            var region = Assert.Single(document.Descendants<ReleaseTableBlock>());
            Assert.Null(region.Model);
            var grid = Assert.Single(region.Descendants<Table>());
            // The header row and three metric rows, then the title above and the note below as paragraphs.
            Assert.Equal(4, grid.Count);
            Assert.Equal(["Production", "All figures are unaudited."], region.OfType<ParagraphBlock>().Select(p => Text(p)));
        }
    }

    [Fact]
    public void The_words_of_a_modelled_table_are_the_models_texts_in_order()
    {
        var table = Production(2);
        var document = ReleaseMarkdown.Parse(Release(table), new Dictionary<string, TableModel> { ["production"] = table });
        Assert.Equal(
            ["Results", "Production", "Q2", "2012", "Metric", "1", "1,000", "Metric", "2", "2,000", "All", "figures", "are", "unaudited.", "Silver", "rose", "sharply."],
            PlainText.Words(document));
    }
}
