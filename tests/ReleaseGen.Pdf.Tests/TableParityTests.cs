using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Formats;
using ReleaseGen.Markdown;
using ReleaseGen.Tables;
using ReleaseGen.Testing;
using UglyToad.PdfPig;

namespace ReleaseGen.Pdf.Tests;

/// <summary>
/// One table model, every format: the HTML page, the EDGAR exhibit, the Markdown GitHub renders and the PDF
/// carry the same cells in the same order, for every table of both examples and of the French edition.
/// </summary>
public class TableParityTests
{
    public static TheoryData<string, string?> Releases => new()
    {
        { "alexco-2012-q2", null },
        { "alexco-2012-q2", "fr-CA" },
        { "us-gold-2024-q3", null },
        // Dual ("Q2 2012 / fiscal Q1 2013") and calendar ("Q2 2011") period labels, after a change of year end.
        { "transition-series/2013-q1", null },
        { "transition-series/2013-q1", "fr-CA" },
    };

    private static ReleaseDocument Build(string example, string? locale)
    {
        var output = ReleasePipeline.Run(Repository.Example(example), Repository.Templates, locale);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        return output.Document!;
    }

    private static string Render(ReleaseDocument document, string format) =>
        System.Text.Encoding.UTF8.GetString(ReleaseFormats.Standard.Get(format).Render(document, FormatOptions.Default).Single().Content);

    [Theory]
    [MemberData(nameof(Releases))]
    public void Html_page_and_exhibit_carry_each_tables_cells_in_order(string example, string? locale)
    {
        var document = Build(example, locale);
        var printed = PrintedTables(document);
        foreach (var format in new[] { "html", "edgar" })
        {
            var html = new HtmlParser().ParseDocument(Render(document, format));
            var tables = html.QuerySelectorAll("table").ToList();
            Assert.Equal(printed.Count, tables.Count);
            for (var t = 0; t < printed.Count; t++)
            {
                var texts = new List<string>();
                if (tables[t].QuerySelector("caption") is { } caption) texts.Add(caption.TextContent);
                texts.AddRange(tables[t].QuerySelectorAll("th, td").Select(c => c.TextContent).Where(text => text.Length > 0));
                // The notes follow the table: the page's note block, the exhibit's paragraphs.
                var notes = printed[t].Notes.Count;
                var after = tables[t].ParentElement!.ClassName == "table-scroll"
                    ? tables[t].ParentElement!.NextElementSibling?.QuerySelectorAll("p").Select(p => p.TextContent) ?? []
                    : Following(tables[t]).Take(notes).Select(p => p.TextContent);
                texts.AddRange(after.Take(notes));
                Assert.Equal(printed[t].Texts().Select(Normalize), texts.Select(Normalize));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Markdown_carries_each_tables_rows_and_cells_in_order(string example, string? locale)
    {
        var document = Build(example, locale);
        // Read back as a reader of the .md file would: no models, only the pipe tables GitHub renders.
        var regions = ReleaseMarkdown.Parse(document.Markdown).Descendants<ReleaseTableBlock>().ToList();
        var printed = PrintedTables(document);
        Assert.Equal(printed.Select(p => p.Name), regions.Select(r => r.Name));
        for (var t = 0; t < printed.Count; t++)
        {
            var model = printed[t];
            var table = regions[t].Descendants<Table>().Single();
            var rows = table.OfType<TableRow>().Where(r => !r.IsHeader).Select(r => r.OfType<TableCell>().Select(Text).ToList()).ToList();
            Assert.Equal(model.Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var expected = model.Rows[r].IsGroup
                    ? [model.Rows[r].Label + model.Rows[r].Marks, .. Enumerable.Repeat("", model.Columns.Count)]
                    : new[] { model.Rows[r].Label + model.Rows[r].Marks }.Concat(model.Rows[r].Cells.Select(c => c.Text + c.Marks)).ToList();
                Assert.Equal(expected.Select(Normalize), rows[r].Select(Normalize));
            }
            var header = table.OfType<TableRow>().Single(r => r.IsHeader).OfType<TableCell>().Skip(1).Select(Text).ToList();
            Assert.Equal(model.Columns.Count, header.Count);
            // Each flattened header holds its column's lowest header text.
            for (var c = 0; c < header.Count; c++) Assert.EndsWith(Normalize(model.HeaderRows[^1].Cells[c + 1].Text), Normalize(header[c]));
            if (model.Title is { } title)
                Assert.Equal(Normalize(title), Normalize(PlainText.Words(DocumentOf(regions[t].OfType<ParagraphBlock>().First())).Aggregate((a, b) => a + " " + b)));
        }
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Pdf_draws_each_tables_texts_in_order(string example, string? locale)
    {
        var document = Build(example, locale);
        using var pdf = PdfDocument.Open(ReleaseFormats.Standard.Get("pdf").Render(document, FormatOptions.Default).Single().Content);
        var pages = pdf.GetPages().Select(p => p.GetWords().Where(w => w.BoundingBox.Bottom >= PdfStyleSheet.Letter.Margins.Bottom).Select(w => w.Text).ToList()).ToList();
        foreach (var model in PrintedTables(document))
        {
            // A header repeated at the top of a continuation page is an artifact: drop it before comparing.
            var header = model.HeaderRows.SelectMany(r => r.Cells).Where(c => c.Text.Length > 0).SelectMany(c => PlainText.SplitWords(c.Text + c.Marks)).ToList();
            var words = new List<string>(pages[0]);
            foreach (var page in pages.Skip(1)) words.AddRange(page.Take(header.Count).SequenceEqual(header) ? page.Skip(header.Count) : page);
            // Units in reading order: the title, the whole header, each row, each note. A cell that wraps is
            // drawn line by line across its row, so within a unit the words may interleave: a unit must appear
            // as a run of exactly its words, and the units in order.
            var units = new List<List<string>>();
            if (model.Title is { } title) units.Add(PlainText.SplitWords(title).ToList());
            units.Add(header);
            foreach (var row in model.Rows)
                units.Add(new[] { row.Label + row.Marks }.Concat(row.Cells.Select(c => c.Text + c.Marks)).SelectMany(PlainText.SplitWords).ToList());
            foreach (var note in model.Notes) units.Add(PlainText.SplitWords(note.Display).ToList());
            var from = 0;
            foreach (var unit in units)
            {
                var at = Enumerable.Range(from, Math.Max(0, words.Count - unit.Count + 1 - from))
                    .FirstOrDefault(i => words.Skip(i).Take(unit.Count).Order(StringComparer.Ordinal).SequenceEqual(unit.Order(StringComparer.Ordinal)), -1);
                Assert.True(at >= 0, $"table {model.Name}: '{string.Join(" ", unit)}' is not drawn after the unit before it");
                from = at + unit.Count;
            }
        }
    }

    /// <summary>The tables the document prints, in document order (a table printed twice counts twice).</summary>
    private static List<TableModel> PrintedTables(ReleaseDocument document) =>
        document.Syntax.Descendants<ReleaseTableBlock>().Select(b => b.Model!).ToList();

    private static IEnumerable<AngleSharp.Dom.IElement> Following(AngleSharp.Dom.IElement element)
    {
        for (var next = element.NextElementSibling; next is not null && next.LocalName == "p"; next = next.NextElementSibling) yield return next;
    }

    private static MarkdownDocument DocumentOf(ParagraphBlock paragraph)
    {
        var document = new MarkdownDocument();
        paragraph.Parent!.Remove(paragraph);
        document.Add(paragraph);
        return document;
    }

    private static string Text(TableCell cell) => string.Concat(cell.Descendants<Inline>().Select(i => i switch
    {
        LiteralInline l => l.Content.ToString(),
        HtmlEntityInline e => e.Transcoded.ToString(),
        _ => "",
    }));

    /// <summary>White space folded, no-break spaces included: indentation is layout, not text.</summary>
    private static string Normalize(string text) => Regex.Replace(text.Replace('\u00A0', ' '), @"\s+", " ").Trim();
}
