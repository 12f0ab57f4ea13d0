using ReleaseGen.Markdown;
using UglyToad.PdfPig;

namespace ReleaseGen.Pdf.Tests;

public class PdfContentTests
{
    private static readonly byte[] Sample = PdfReleaseRenderer.Render(Samples.SampleRelease, Samples.Info);

    [Fact]
    public void Extracted_words_equal_the_words_of_the_markdown_in_order()
    {
        var expected = PlainText.Words(Samples.SampleRelease, PlainTextOptions.Pdf);
        var actual = Samples.ContentWords(Sample);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    [Fact]
    public void Footnote_references_read_in_place_up_to_two_digits()
    {
        var refs = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"claim{i}[^n{i}]"));
        var notes = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"[^n{i}]: Note number {i}."));
        var document = ReleaseMarkdown.Parse($"# Notes\n\nThe release makes {refs} and stops.\n\n{notes}\n");
        var words = Samples.ContentWords(PdfReleaseRenderer.Render(document, Samples.Info));
        Assert.Equal(string.Join("\n", PlainText.Words(document, PlainTextOptions.Pdf)), string.Join("\n", words));
        Assert.Contains("claim1\u00B9", words);
        Assert.Contains("claim12\u00B9\u00B2", words);
        Assert.Contains("10", words); // no superscript zero in the font: set small on the baseline
    }

    // Grid tables are off (issue 15, item 9): a narrative line that looks like a grid-table rule used to
    // make the line after it print twice in HTML and PDF.
    [Fact]
    public void Lines_that_look_like_a_grid_table_are_text_printed_once()
    {
        var document = ReleaseMarkdown.Parse("Text before the rule.\n+------+------+\nafter the rule\n");
        var words = Samples.ContentWords(PdfReleaseRenderer.Render(document, Samples.Info));
        Assert.Equal(["Text", "before", "the", "rule.", "+------+------+", "after", "the", "rule"], words);
    }

    [Fact]
    public void Table_rows_are_extracted_on_one_line_in_order()
    {
        using var document = PdfDocument.Open(Sample);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        var label = words.First(w => w.Text == "mined");
        var row = words.Where(w => Math.Abs(w.BoundingBox.Bottom - label.BoundingBox.Bottom) < 0.5)
            .OrderBy(w => w.BoundingBox.Left).Select(w => w.Text);
        Assert.Equal(["Ore", "tonnes", "mined", "21,273", "22,166", "42,668", "38,627"], row);
    }

    [Fact]
    public void Numbers_in_a_column_are_right_aligned()
    {
        using var document = PdfDocument.Open(Sample);
        var words = document.GetPage(1).GetWords().ToList();
        var firstColumn = new[] { "21,273", "22,209", "704", "8.8%", "2,954", "458,472" }
            .Select(t => words.Last(w => w.Text == t).BoundingBox.Right).ToList();
        Assert.True(firstColumn.Max() - firstColumn.Min() < 0.05, string.Join(", ", firstColumn));
    }

    [Fact]
    public void The_footer_is_on_every_page_with_page_n_of_m()
    {
        using var document = PdfDocument.Open(Sample);
        int m = document.NumberOfPages;
        foreach (var page in document.GetPages())
        {
            var footer = string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom < PdfStyleSheet.Letter.Margins.Bottom).Select(w => w.Text));
            Assert.Equal($"Alexco Resource Corp. | Q2 2012 production Page {page.Number} of {m}", footer);
        }
    }

    [Fact]
    public void Letter_is_the_default_and_A4_an_option()
    {
        using (var letter = PdfDocument.Open(Sample))
        {
            Assert.Equal(612, letter.GetPage(1).Width, 1);
            Assert.Equal(792, letter.GetPage(1).Height, 1);
        }
        var a4Bytes = PdfReleaseRenderer.Render(Samples.SampleRelease, Samples.Info, PdfStyleSheet.A4);
        using var a4 = PdfDocument.Open(a4Bytes);
        Assert.Equal(595.28, a4.GetPage(1).Width, 1);
        Assert.Equal(841.89, a4.GetPage(1).Height, 1);
        Assert.Equal(PlainText.Words(Samples.SampleRelease, PlainTextOptions.Pdf), Samples.ContentWords(a4Bytes, PdfStyleSheet.A4));
    }

    [Fact]
    public void Only_http_https_and_mailto_links_become_annotations()
    {
        var markdown = """
            # Links

            Safe [site](https://example.com/a), [plain](http://example.com/b), <mailto:ir@example.com> and <ir@example.com>.
            Unsafe [script](javascript:alert(1)), [file](file:///etc/passwd) and [data](data:text/html,hi).
            """;
        var pdf = PdfReleaseRenderer.Render(ReleaseMarkdown.Parse(markdown), Samples.Info);
        using var document = PdfDocument.Open(pdf);
        var uris = document.GetPage(1).GetHyperlinks().Select(h => h.Uri).ToList();
        Assert.Equal(["https://example.com/a", "http://example.com/b", "mailto:ir@example.com", "mailto:ir@example.com"], uris);
        // The unsafe links keep their words.
        var words = Samples.ContentWords(pdf);
        Assert.Contains("script,", words);
        Assert.Contains("file", words);
    }

    [Fact]
    public void Link_annotations_cover_their_words()
    {
        using var document = PdfDocument.Open(Sample);
        var page = document.GetPage(1);
        var link = page.GetHyperlinks().Single(h => h.Uri == "http://www.alexcoresource.com/");
        var word = page.GetWords().Single(w => w.Text == "http://www.alexcoresource.com/");
        Assert.True(link.Bounds.Left <= word.BoundingBox.Left + 0.5 && link.Bounds.Right >= word.BoundingBox.Right - 0.5);
        Assert.True(link.Bounds.Bottom <= word.BoundingBox.Bottom && link.Bounds.Top >= word.BoundingBox.Top);
    }

    [Fact]
    public void A_long_table_repeats_its_header_on_every_page_and_never_splits_a_row()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 90).Select(i => $"| Item {i} | {i * 7,6} |"));
        var markdown = $"# Long\n\n| Metric | Value |\n|:--|--:|\n{rows}\n";
        var pdf = PdfReleaseRenderer.Render(ReleaseMarkdown.Parse(markdown), Samples.Info);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        var seen = new List<int>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => w.BoundingBox.Bottom >= 72).OrderByDescending(w => w.BoundingBox.Bottom).ToList();
            var firstCell = words.First(w => w.Text is "Metric" or "Item");
            Assert.Equal("Metric", firstCell.Text);
            var items = words.Where(w => w.Text == "Item").ToList();
            foreach (var item in items)
            {
                var rowWords = words.Where(w => Math.Abs(w.BoundingBox.Bottom - item.BoundingBox.Bottom) < 0.5).OrderBy(w => w.BoundingBox.Left).ToList();
                Assert.Equal(3, rowWords.Count); // "Item", its number and its value: the row is whole on this page
                seen.Add(int.Parse(rowWords[1].Text, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Assert.Equal(Enumerable.Range(1, 90), seen);
    }
}
