using ReleaseGen.Html;
using ReleaseGen.Markdown;
using ReleaseGen.Testing;
using UglyToad.PdfPig;

namespace ReleaseGen.Pdf.Tests;

/// <summary>The reference release (examples/alexco-2012-q2) as a PDF: it must say exactly what the HTML says.</summary>
public class ReferenceReleasePdfTests
{
    private static readonly Lazy<(Markdig.Syntax.MarkdownDocument Document, byte[] Pdf, IReadOnlyDictionary<string, ReleaseGen.Tables.TableModel> Tables)> Release = new(() =>
    {
        var output = ReleasePipeline.Run(Repository.Example("alexco-2012-q2"), Repository.Templates);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        // The built release's own parse: its tables carry their models, as the pdf format renders them.
        var document = output.Document!.Syntax;
        var info = Samples.Info with { Title = DocumentTitle.Of(document), FooterText = "Alexco Resource Corp. | Second Quarter 2012" };
        return (document, PdfReleaseRenderer.Render(document, info), output.Document.Tables);
    });

    [Fact]
    public void Pdf_words_equal_the_html_words_in_order()
    {
        var html = HtmlReleaseRenderer.RenderPage(Release.Value.Document, new HtmlPageInfo("t", "en-CA"));
        var htmlWords = PlainText.SplitWords(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent);
        var pdfPages = PagesOfWords(Release.Value.Pdf);
        Assert.True(pdfPages.Count > 1, "the reference release should run over more than one page");

        // A table header repeated at the top of a continuation page is drawn as an artifact, not content.
        var header = new[] { "Three", "Months", "Ended", "Six", "Months", "Ended", "June", "30,", "2012", "June", "30,", "2011", "June", "30,", "2012", "June", "30,", "2011" };
        var pdfWords = new List<string>(pdfPages[0]);
        foreach (var page in pdfPages.Skip(1))
            pdfWords.AddRange(page.Take(header.Length).SequenceEqual(header) ? page.Skip(header.Length) : page);

        Assert.Equal(htmlWords, pdfWords);
    }

    [Fact]
    public void Each_table_draws_its_models_texts_in_order()
    {
        var tables = Release.Value.Tables;
        Assert.NotEmpty(tables);
        var pdfPages = PagesOfWords(Release.Value.Pdf);
        foreach (var table in tables.Values)
        {
            // The header is repeated on continuation pages (as artifacts, which PdfPig still reads): drop those.
            var header = table.HeaderRows.SelectMany(r => r.Cells).Where(c => c.Text.Length > 0)
                .SelectMany(c => PlainText.SplitWords(c.Text + c.Marks)).ToList();
            var pdfWords = new List<string>(pdfPages[0]);
            foreach (var page in pdfPages.Skip(1))
                pdfWords.AddRange(page.Take(header.Count).SequenceEqual(header) ? page.Skip(header.Count) : page);

            var expected = table.Texts().SelectMany(PlainText.SplitWords).ToList();
            int at = Enumerable.Range(0, Math.Max(0, pdfWords.Count - expected.Count + 1))
                .FirstOrDefault(i => pdfWords.Skip(i).Take(expected.Count).SequenceEqual(expected), -1);
            Assert.True(at >= 0, $"table {table.Name}: its texts are not drawn in order:\n{string.Join(" ", expected)}");
        }
    }

    [Fact]
    public void Every_highlights_figure_is_in_the_pdf_text()
    {
        using var pdf = PdfDocument.Open(Release.Value.Pdf);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var figure in new[] { "21,273", "458,472", "1,040,257", "911,848", "8,591,724", "2,881,214", "10.5%" })
            Assert.Contains(figure, text);
    }

    private static List<List<string>> PagesOfWords(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(page => page.GetWords()
            .Where(w => w.BoundingBox.Bottom >= PdfStyleSheet.Letter.Margins.Bottom)
            .Where(w => w.Text is not ("\u2022" or "\u25E6"))
            .Select(w => w.Text)
            .ToList()).ToList();
    }
}
