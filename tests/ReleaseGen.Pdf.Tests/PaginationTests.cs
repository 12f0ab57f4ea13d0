using ReleaseGen.Markdown;

namespace ReleaseGen.Pdf.Tests;

public class PaginationTests
{
    private const string Filler =
        "Exploration at the Bermingham deposit continued with four drill rigs during the quarter, and the company "
        + "expects to report an updated mineral resource estimate later in the year, subject to assay results.\n\n";

    /// <summary>
    /// Push the sample's headings to every position on the page by inserting 0 to 24 filler
    /// paragraphs: no page may end with a heading.
    /// </summary>
    [Fact]
    public void No_page_ends_with_a_heading()
    {
        var sample = Samples.SampleMarkdown;
        int split = sample.IndexOf("## Financial Results", StringComparison.Ordinal);
        int headingsSeenAtPageTop = 0;
        for (int n = 0; n <= 24; n++)
        {
            var markdown = sample[..split] + string.Concat(Enumerable.Repeat(Filler, n)) + sample[split..];
            var recorded = PdfReleaseRenderer.Record(ReleaseMarkdown.Parse(markdown), Samples.Info);
            for (int page = 1; page <= recorded.PageCount; page++)
            {
                var content = recorded.Texts.Where(t => t.Page == page && !t.InArtifact).ToList();
                var last = content[^1];
                Assert.False(last.Tags.Any(t => t.StartsWith('H')), $"{n} fillers: page {page} ends with heading text '{last.Text}'");
                if (page > 1 && content[0].Tags.Any(t => t.StartsWith('H'))) headingsSeenAtPageTop++;
            }
        }
        Assert.True(headingsSeenAtPageTop > 0, "the fillers never pushed a heading to a page top: the test proves nothing");
    }

    [Fact]
    public void Pipe_table_group_rows_span_the_table_and_indent_the_rows_under_them()
    {
        var markdown = "| | Q2 2012 | Q2 2011 |\n|:--|--:|--:|\n| **Grade:** | | |\n| Silver | 704 | 822 |\n| Total | 1 | 2 |\n";
        var recorded = PdfReleaseRenderer.Record(ReleaseMarkdown.Parse(markdown), Samples.Info);
        var group = recorded.Texts.Single(t => t.Text == "Grade:");
        var silver = recorded.Texts.Single(t => t.Text == "Silver");
        Assert.True(group.Style.Bold);
        Assert.Equal(group.X + PdfStyleSheet.Letter.TableGroupIndent, silver.X, 6);
        Assert.Contains("<TD colspan=3>", recorded.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_row_with_values_is_not_a_group_row()
    {
        var markdown = "| | Q2 2012 |\n|:--|--:|\n| **Total** | 5 |\n| Silver | 704 |\n";
        var recorded = PdfReleaseRenderer.Record(ReleaseMarkdown.Parse(markdown), Samples.Info);
        Assert.DoesNotContain("colspan", recorded.ToString(), StringComparison.Ordinal);
        Assert.Equal(recorded.Texts.Single(t => t.Text == "Total").X, recorded.Texts.Single(t => t.Text == "Silver").X, 6);
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_margins()
    {
        var markdown = Samples.SampleMarkdown + "\n\nSee <https://example.com/" + new string('a', 150) + "> for the full report.\n";
        var pdf = PdfReleaseRenderer.Render(ReleaseMarkdown.Parse(markdown), Samples.Info);
        var m = PdfStyleSheet.Letter.Margins;
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                Assert.True(word.BoundingBox.Left >= m.Left - 0.5 && word.BoundingBox.Right <= page.Width - m.Right + 0.5,
                    $"page {page.Number}: '{word.Text}' spans {word.BoundingBox.Left:F1}-{word.BoundingBox.Right:F1}");
                Assert.True(word.BoundingBox.Top <= page.Height - m.Top + 0.5, $"page {page.Number}: '{word.Text}' above the top margin");
            }
        }
    }

    [Fact]
    public void An_empty_document_is_one_page_with_its_footer()
    {
        var pdf = PdfReleaseRenderer.Render(ReleaseMarkdown.Parse(""), Samples.Info);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.EndsWith("Page 1 of 1", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }
}
