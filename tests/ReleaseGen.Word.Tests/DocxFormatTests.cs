using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReleaseGen.Markdown;
using ReleaseGen.Testing;

namespace ReleaseGen.Word.Tests;

public class DocxFormatTests
{
    [Theory]
    [MemberData(nameof(Examples.Names), MemberType = typeof(Examples))]
    public void Every_example_passes_the_Open_XML_validator_with_zero_errors(string name)
    {
        using var docx = Examples.Open(Examples.DocxOf(name));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Examples.Names), MemberType = typeof(Examples))]
    public void Two_builds_are_byte_identical_and_every_zip_entry_carries_the_release_date(string name)
    {
        var document = Examples.Document(name);
        var first = Examples.Render(document);
        var second = Examples.Render(Examples.Build(name.StartsWith("alexco", StringComparison.Ordinal) ? "alexco-2012-q2" : name,
            name.EndsWith(".fr-CA", StringComparison.Ordinal) ? "fr-CA" : null));
        Assert.Equal(first, second);

        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal(["[Content_Types].xml", "_rels/.rels"], zip.Entries.Take(2).Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(document.Info.Date.ToDateTime(TimeOnly.MinValue), e.LastWriteTime.DateTime));
        // No generated ids: every relationship id is named by the writer.
        using var docx = Examples.Open(first);
        Assert.All(docx.MainDocumentPart!.Parts.Select(p => p.RelationshipId), id => Assert.Matches("^rId[0-9]+$", id));
        Assert.All(docx.MainDocumentPart.HyperlinkRelationships.Select(r => r.Id), id => Assert.Matches("^rIdLink[0-9]+$", id));
    }

    [Theory]
    [MemberData(nameof(Examples.Names), MemberType = typeof(Examples))]
    public void The_text_of_the_docx_says_what_the_Markdown_says(string name)
    {
        var document = Examples.Document(name);
        using var docx = Examples.Open(Examples.DocxOf(name));
        var body = docx.MainDocumentPart!.Document.Body!;
        var notes = docx.MainDocumentPart.FootnotesPart!.Footnotes.Elements<Footnote>().Where(f => f.Id!.Value > 0);
        var words = WordText.Words(body).Concat(notes.SelectMany(n => WordText.Words(n))).ToList();
        Assert.Equal(PlainText.Words(document.Syntax, WordText.Options), words);
    }

    [Fact]
    public void The_highlights_table_has_17_metric_rows_with_the_published_figures_under_a_repeating_header()
    {
        var document = Examples.Document("alexco-2012-q2");
        using var docx = Examples.Open(Examples.DocxOf("alexco-2012-q2"));
        var table = Assert.Single(docx.MainDocumentPart!.Document.Body!.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();
        var header = rows.TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();
        Assert.Equal(2, header.Count);
        var body = rows.Skip(header.Count).ToList();
        var metricRows = body.Where(r => r.Elements<TableCell>().Count() == 5).ToList();
        Assert.Equal(17, metricRows.Count);

        var model = document.Tables["highlights"];
        var silver = metricRows.Single(r => CellText(r, 0) == "Silver (ounces)");
        Assert.Equal(["458,472", "464,324", "1,040,257", "911,848"], Enumerable.Range(1, 4).Select(i => CellText(silver, i)));
        Assert.All(metricRows.SelectMany(r => r.Elements<TableCell>().Skip(1)),
            cell => Assert.Equal(JustificationValues.Right, cell.Descendants<Justification>().Single().Val!.Value));
        // The spanning header cells: "Three Months Ended" over two columns.
        var spans = header[0].Elements<TableCell>().Select(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1).ToList();
        Assert.Equal([1, 2, 2], spans);
        Assert.Equal(model.Rows.Count, body.Count);
    }

    [Theory]
    [InlineData(null, "Q2 2012 / fiscal Q1 2013", "Q2 2011", "Q1 2012 / transition period")]
    [InlineData("fr-CA", "T2 2012 / T1 de l'exercice 2013", "T2 2011", "T1 2012 / période de transition")]
    public void Dual_and_calendar_period_labels_head_the_Word_tables(string? locale, string quarter, string priorYear, string previous)
    {
        var document = Examples.BuildPath(Repository.Example(Path.Combine("transition-series", "2013-q1")), locale);
        using var docx = Examples.Open(Examples.Render(document));
        var tables = docx.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        // One header row (a label that names its period needs no span above it), read from the same model as every format.
        var highlights = tables[0].Elements<TableRow>().First();
        Assert.Equal(["", quarter, priorYear, previous], Enumerable.Range(0, 4).Select(i => CellText(highlights, i)));
        Assert.Equal(document.Tables["highlights"].HeaderRows.Single().Cells.Select(c => c.Text), Enumerable.Range(0, 4).Select(i => CellText(highlights, i)));
        var calendar = tables[1].Elements<TableRow>().First();
        Assert.Equal(document.Tables["calendar_quarters"].HeaderRows.Single().Cells.Select(c => c.Text), Enumerable.Range(0, 6).Select(i => CellText(calendar, i)));
        Assert.Equal(priorYear, CellText(calendar, 1));
    }

    private static string CellText(TableRow row, int index) => string.Concat(row.Elements<TableCell>().ElementAt(index).Descendants<Text>().Select(t => t.Text));

    [Theory]
    [InlineData("alexco-2012-q2", "en-CA", "Page ", " of ")]
    [InlineData("alexco-2012-q2.fr-CA", "fr-CA", "Page ", " de ")]
    public void Styles_properties_and_footer_carry_the_document_language(string name, string language, string before, string between)
    {
        var document = Examples.Document(name);
        using var docx = Examples.Open(Examples.DocxOf(name));
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal(language, styles.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
        Assert.Equal("Liberation Sans", styles.DocDefaults.Descendants<RunFonts>().Single().Ascii!.Value);
        Assert.Equal("Arial", docx.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().First().AltName!.Val!.Value);

        var core = docx.CoreFilePropertiesPart!;
        using var reader = new StreamReader(core.GetStream());
        var xml = System.Xml.Linq.XDocument.Load(reader);
        string Value(string local) => xml.Root!.Elements().Single(e => e.Name.LocalName == local).Value;
        Assert.Equal(document.Info.Title, Value("title"));
        Assert.Equal(document.Info.Issuer, Value("creator"));
        Assert.Equal(document.Info.Description, Value("subject"));
        Assert.Equal(language, Value("language"));
        Assert.Equal("2012-07-16T00:00:00Z", Value("created"));
        Assert.Equal("2012-07-16T00:00:00Z", Value("modified"));
        Assert.Contains("TSX: AXR", Value("keywords"));

        var footer = docx.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        var texts = footer.Descendants<Text>().Select(t => t.Text).ToList();
        Assert.Equal([document.Info.FooterText, before, "1", between, "1"], texts);

        var paragraphs = docx.MainDocumentPart.Document.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
    }

    [Fact]
    public void A_footnote_is_a_Word_footnote_the_reference_points_at()
    {
        using var docx = Examples.Open(Examples.DocxOf("us-gold-2024-q3"));
        var reference = Assert.Single(docx.MainDocumentPart!.Document.Body!.Descendants<FootnoteReference>());
        var note = docx.MainDocumentPart.FootnotesPart!.Footnotes.Elements<Footnote>().Single(f => f.Id! == reference.Id!.Value);
        Assert.StartsWith("1. Gold-equivalent ounces", WordText.Of(note).Trim());
        Assert.Equal("FootnoteReference", reference.Parent!.GetFirstChild<RunProperties>()!.RunStyle!.Val!.Value);
    }

    [Fact]
    public void Only_http_https_and_mailto_links_become_hyperlinks_and_lists_are_numbered()
    {
        const string markdown = """
            # Title

            See [the site](https://example.com/a), [mail](mailto:ir@example.com), [bad](javascript:alert(1)) and [file](file:///etc/passwd).

            1. first
            2. second

            - bullet
            """;
        var docx = DocxReleaseRenderer.Render(ReleaseMarkdown.Parse(markdown), Info);
        using var document = Examples.Open(docx);
        var main = document.MainDocumentPart!;
        Assert.Equal(["https://example.com/a", "mailto:ir@example.com"], main.HyperlinkRelationships.Select(r => r.Uri.OriginalString));
        Assert.Equal(2, main.Document.Body!.Descendants<Hyperlink>().Count());
        Assert.Contains("bad and file.", WordText.Of(main.Document.Body));

        var numbered = main.Document.Body.Descendants<NumberingProperties>().Select(n => n.NumberingId!.Val!.Value).ToList();
        Assert.Equal(3, numbered.Count);
        Assert.Equal(numbered[0], numbered[1]);
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var abstractOf = numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value, n => n.AbstractNumId!.Val!.Value);
        string Format(int numId) => numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId! == abstractOf[numId])
            .Elements<Level>().First().NumberingFormat!.Val!.ToString()!;
        Assert.Equal(["decimal", "bullet"], new[] { Format(numbered[0]), Format(numbered[2]) });
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void A4_is_a_narrower_page()
    {
        var document = Examples.Document("alexco-2012-q2");
        using var docx = Examples.Open(Examples.Render(document, "a4"));
        var size = docx.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Throws<ArgumentException>(() => Examples.Render(document, "legal"));
    }

    internal static WordDocumentInfo Info { get; } = new("Title", "Issuer", "Subject", ["k"], "en-CA", new DateOnly(2012, 7, 16), "Issuer | Q2", "Page {page} of {pages}");
}
