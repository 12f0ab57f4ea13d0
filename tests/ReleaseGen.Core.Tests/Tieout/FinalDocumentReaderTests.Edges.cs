using ReleaseGen.Tieout;
using ReleaseGen.Tieout.Readers;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>The readers at their edges: where a paragraph ends, what markup keeps or drops, and which file each reads.</summary>
public sealed partial class FinalDocumentReaderTests
{
    [Theory]
    [InlineData("release.md", typeof(MarkdownDocumentReader))]
    [InlineData("RELEASE.MARKDOWN", typeof(MarkdownDocumentReader))]
    [InlineData("release.html", typeof(HtmlDocumentReader))]
    [InlineData("Release.HTM", typeof(HtmlDocumentReader))]
    [InlineData("release.txt", typeof(PlainTextDocumentReader))]
    [InlineData("release.text", typeof(PlainTextDocumentReader))]
    public void Each_reader_reads_its_own_extensions_in_any_case(string path, Type reader)
    {
        var readers = new FinalDocumentReaders([new MarkdownDocumentReader(), new HtmlDocumentReader(), new PlainTextDocumentReader()]);
        Assert.IsType(reader, readers.For(path));
        Assert.Null(readers.For("release.docx"));
        Assert.Null(readers.For("release"));
    }

    // ---------------------------------------------------------------- Markdown

    [Theory]
    [InlineData("Before 1.\n<!--\nhidden 2\n-->\nAfter 3.", "P:Before 1. | P:After 3.")]
    [InlineData("Para one\n<!-- a note -->\nPara two", "P:Para one | P:Para two")]
    [InlineData("Text\n| a | 1 |\nMore", "P:Text | T:-:H a=1 | P:More")]
    [InlineData("Text\n# Heading", "P:Text | P:Heading")]
    [InlineData("Text\n- item 1", "P:Text | P:item 1")]
    public void A_markdown_paragraph_ends_at_a_comment_table_heading_or_list_item(string source, string expected) =>
        Assert.Equal(expected, Texts(Read(new MarkdownDocumentReader(), source)));

    [Theory]
    [InlineData("| a | 1", "T:-:H a=1")]
    [InlineData("| a | 1 |", "T:-:H a=1")]
    [InlineData("| a \\| b | 1 |", "T:-:H a | b=1")]
    public void A_markdown_row_without_its_closing_pipe_keeps_its_last_cell(string source, string expected) =>
        Assert.Equal(expected, Texts(Read(new MarkdownDocumentReader(), source)));

    [Theory]
    [InlineData("a&nbsp;b", "a b")]
    [InlineData("a&#160;b", "a\u00A0b")]
    [InlineData("a\\*458\\*", "a*458*")]
    [InlineData("\\$5 and \\\\", "$5 and \\")]
    [InlineData("458,472\\", "458,472")] // a hard line break
    [InlineData("a\\b", "a\\b")]
    public void Markdown_entities_and_escapes_read_as_their_characters(string source, string expected) =>
        Assert.Equal(expected, Assert.IsType<FinalParagraph>(Assert.Single(Read(new MarkdownDocumentReader(), source).Blocks)).Text.Text);

    // ---------------------------------------------------------------- HTML

    [Fact]
    public void An_html_thead_row_is_a_header_row_even_in_td_cells()
    {
        const string table = "<table><thead><tr><td>Period</td><td>2012</td></tr></thead><tbody><tr><td>Ore</td><td>1</td></tr></tbody></table>";
        var rows = Assert.IsType<FinalTable>(Assert.Single(Read(new HtmlDocumentReader(), table).Blocks)).Rows;
        Assert.Equal([true, false], rows.Select(r => r.IsHeader));
        var plain = Assert.IsType<FinalTable>(Assert.Single(Read(new HtmlDocumentReader(), table.Replace("thead", "tbody", StringComparison.Ordinal)).Blocks)).Rows;
        Assert.All(plain, r => Assert.False(r.IsHeader));
    }

    [Theory]
    [InlineData("<p>Gold 458,472<sup>1234</sup> ounces</p>", "Gold 458,472 ounces")]
    [InlineData("<p>Gold 458,472<sup>(2)</sup> ounces</p>", "Gold 458,472 ounces")]
    [InlineData("<p>Gold 2<sup>12345</sup> ounces</p>", "Gold 212345 ounces")]
    [InlineData("<p>Gold m<sup>3</sup>a</p>", "Gold ma")]
    [InlineData("<p>See <a href=\"#q2\">458,472 ounces</a>.</p>", "See 458,472 ounces.")]
    [InlineData("<p>Text<a class=\"backref\" href=\"#r\">1</a></p>", "Text")]
    public void Html_note_marks_and_back_links_are_dropped_and_other_links_kept(string source, string expected) =>
        Assert.Equal(expected, Assert.IsType<FinalParagraph>(Assert.Single(Read(new HtmlDocumentReader(), source).Blocks)).Text.Text);

    // ---------------------------------------------------------------- plain text

    [Fact]
    public void In_plain_text_a_blank_line_ends_a_paragraph_and_a_short_line_between_rows_is_a_group()
    {
        Assert.Equal("P:One line. | P:Two line.", Texts(Read(new PlainTextDocumentReader(), "One line.\n\nTwo line.")));
        Assert.Equal("P:One line. Two line.", Texts(Read(new PlainTextDocumentReader(), "One line.\nTwo line.")));
        var sixty = new string('g', 60);
        Assert.Equal($"T:-:Ore mined=1,000,2,000;{sixty}=;Silver=3,4",
            Texts(Read(new PlainTextDocumentReader(), $"Ore mined   1,000   2,000\n{sixty}\nSilver   3   4")));
        Assert.Equal($"T:-:Ore mined=1,000,2,000 | P:{sixty}g | T:-:Silver=3,4",
            Texts(Read(new PlainTextDocumentReader(), $"Ore mined   1,000   2,000\n{sixty}g\nSilver   3   4")));
    }

    [Fact]
    public void A_plain_text_label_in_several_chunks_is_joined_by_one_space()
    {
        var row = Assert.IsType<FinalTable>(Assert.Single(Read(new PlainTextDocumentReader(), "Ore tonnes  mined   21,273   22,166").Blocks)).Rows.Single();
        Assert.Equal(("Ore tonnes mined", 2), (row.Label.Text, row.Cells.Count));
        Assert.Equal(new TextPosition(1, 1), row.Position);
    }

    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("h1")]
    [InlineData("h2")]
    [InlineData("h3")]
    [InlineData("h4")]
    [InlineData("h5")]
    [InlineData("h6")]
    [InlineData("ul")]
    [InlineData("ol")]
    [InlineData("li")]
    [InlineData("section")]
    [InlineData("article")]
    [InlineData("main")]
    [InlineData("blockquote")]
    [InlineData("header")]
    [InlineData("footer")]
    [InlineData("nav")]
    [InlineData("dl")]
    [InlineData("dt")]
    [InlineData("dd")]
    [InlineData("pre")]
    [InlineData("figure")]
    [InlineData("figcaption")]
    [InlineData("center")]
    [InlineData("address")]
    [InlineData("aside")]
    public void Every_html_block_element_is_a_paragraph_of_its_own(string tag) =>
        Assert.Equal("P:Lead 1 | P:Zinc 2 | P:Tail 3", Texts(Read(new HtmlDocumentReader(), $"<html><body><div>Lead 1<{tag}>Zinc 2</{tag}>Tail 3</div></body></html>")));

    [Fact]
    public void A_rule_between_texts_parts_them_and_inline_elements_do_not()
    {
        Assert.Equal("P:Lead 1 | P:Tail 3", Texts(Read(new HtmlDocumentReader(), "<html><body><div>Lead 1<hr>Tail 3</div></body></html>")));
        Assert.Equal("P:Lead 1Zinc 2Tail 3", Texts(Read(new HtmlDocumentReader(), "<html><body><div>Lead 1<span>Zinc 2</span>Tail 3</div></body></html>")));
    }
}
