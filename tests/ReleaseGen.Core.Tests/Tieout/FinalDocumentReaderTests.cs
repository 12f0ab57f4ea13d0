using System.Text;
using ReleaseGen.Tieout;
using ReleaseGen.Tieout.Readers;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// The tie-out readers on small documents: which blocks they make (paragraphs, tables with their
/// header, title and group rows), which markup they drop, and the line and column every character keeps.
/// </summary>
public sealed partial class FinalDocumentReaderTests
{
    private static FinalDocument Read(IFinalDocumentReader reader, string text) => reader.Read("final", Encoding.UTF8.GetBytes(text));

    private static string Texts(FinalDocument document) => string.Join(" | ", document.Blocks.Select(b => b switch
    {
        FinalParagraph p => "P:" + p.Text.Text,
        FinalTable t => "T:" + (t.Title?.Text ?? "-") + ":" + string.Join(";", t.Rows.Select(r => (r.IsHeader ? "H " : "") + r.Label.Text + "=" + string.Join(",", r.Cells.Select(c => c.Text)))),
        _ => "?",
    }));

    private static IEnumerable<PositionedText> AllTexts(FinalDocument document) => document.Blocks.SelectMany(b => b switch
    {
        FinalParagraph p => [p.Text],
        FinalTable t => (t.Title is { } title ? [title] : Array.Empty<PositionedText>()).Concat(t.Rows.SelectMany(r => r.Cells.Prepend(r.Label))),
        _ => Array.Empty<PositionedText>(),
    });

    /// <summary>
    /// Every letter and digit a reader gives sits at its line and column in the source (a letter decoded from an
    /// entity at the entity's '&amp;'): the position a finding points a reviewer to is the number's own.
    /// </summary>
    private static void AssertEveryCharacterIsWhereItSays(FinalDocument document, string source)
    {
        var lines = source.Split('\n');
        var checkedCount = 0;
        foreach (var text in AllTexts(document))
            for (var i = 0; i < text.Text.Length; i++)
            {
                var ch = text.Text[i];
                if (!char.IsLetterOrDigit(ch)) continue;
                var at = text.At(i);
                var found = lines[at.Line - 1][at.Column - 1];
                Assert.True(found == ch || found == '&', $"'{ch}' (#{i} of '{text.Text}') is at {at}, where the source has '{found}'");
                checkedCount++;
            }
        Assert.True(checkedCount > 50, $"only {checkedCount} characters checked");
    }

    // ---------------------------------------------------------------- Markdown

    [Fact]
    public void Markdown_blocks_and_the_markup_they_drop()
    {
        var document = Read(new MarkdownDocumentReader(), string.Join("\n",
            "\uFEFF# Heading 12",
            "<!-- a comment",
            "with 2012 inside -->",
            "<!-- one line -->",
            "Some *emphasis*, a [link](http://x.com/9) and a note[^1] with <span>7</span> \\$5 &amp; a&nbsp;b",
            "continued <http://y.com/8> here.\\",
            "",
            "- item 8",
            "  still item",
            "1. first 9",
            "[^1]: Note 10",
            "",
            "> quoted 11",
            "<!-- unclosed",
            "never read 13"));
        Assert.Equal("markdown", document.Kind);
        Assert.Equal("final", document.Path);
        Assert.Equal(
            "P:Heading 12 | P:Some emphasis, a link and a note with 7 $5 & a b continued http://y.com/8 here. | P:item 8 still item | P:first 9 | P:Note 10 | P:quoted 11",
            Texts(document));
    }

    [Fact]
    public void Markdown_characters_are_where_they_say_past_every_kind_of_markup()
    {
        var source = string.Join("\n",
            "# Heading 12",
            "<!-- a comment with 22,209",
            "still the comment -->",
            "Some *emphasis*, a [link 4](http://x.com/9) and a note[^1] with <span>7</span> \\$5 &amp; a&nbsp;b &eacute;t&eacute; 1 < 2 <3",
            "continued <http://y.com/8> here.\\",
            "and a \\word, a \\+ sign, [^unclosed 5 and [link2](unclosed 6",
            "",
            "**Production by mine**",
            "",
            "| | 2012 | 2011 |",
            "| --- | ---: | ---: |",
            "| Ore \\| mined | 21,273 | 22,166 |",
            "| **Grades:** | | |",
            "",
            "> quoted 11 `code 12`",
            "1. first 9");
        var document = Read(new MarkdownDocumentReader(), source);
        AssertEveryCharacterIsWhereItSays(document, source);
        Assert.Equal(
            "P:Heading 12 | P:Some emphasis, a link 4 and a note with 7 $5 & a b \u00E9t\u00E9 1 < 2 <3 continued http://y.com/8 here. and a \\word, a + sign, (unclosed 6 | " +
            "T:Production by mine:H =2012,2011;Ore | mined=21,273,22,166;Grades:=, | P:quoted 11 code 12 | P:first 9",
            Texts(document));
    }

    [Fact]
    public void Markdown_markup_at_the_end_of_a_line_is_read_without_running_past_it()
    {
        // Each line ends in the first character of some markup: a bracket, a link's close, a tag's open, an escape.
        string[] lines = ["Tonnes 1 [", "tonnes 2 ]", "tonnes 3 <", "tonnes 4 [^", "tonnes 5 ](", "tonnes 6 <b", "tonnes 7 \\", "tonnes 8 \\a", "tonnes 9 &amp"];
        foreach (var line in lines)
        {
            var text = Assert.IsType<FinalParagraph>(Assert.Single(Read(new MarkdownDocumentReader(), line).Blocks)).Text;
            var digit = text.Text.IndexOfAny("123456789".ToCharArray());
            Assert.Equal(new TextPosition(1, line.IndexOfAny("123456789".ToCharArray()) + 1), text.At(digit));
        }
        Assert.Equal(
            "P:Tonnes 1 | P:tonnes 2 ] | P:tonnes 3 < | P:tonnes 4 | P:tonnes 5 | P:tonnes 6 <b | P:tonnes 7 | P:tonnes 8 \\a | P:tonnes 9 &amp",
            string.Join(" | ", lines.Select(l => Texts(Read(new MarkdownDocumentReader(), l)))));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("txt")]
    public void Windows_line_ends_read_as_line_ends(string kind)
    {
        IFinalDocumentReader reader = kind switch { "md" => new MarkdownDocumentReader(), "html" => new HtmlDocumentReader(), _ => new PlainTextDocumentReader() };
        var source = kind == "html" ? "<p>Ore 1</p>\r\n<p>Mill 22\r\nmore 3</p>" : "Ore 1\r\n\r\nMill 22\r\nmore 3";
        var document = Read(reader, source);
        var last = Assert.IsType<FinalParagraph>(document.Blocks[^1]).Text;
        Assert.Equal("Mill 22 more 3", last.Text);
        var (moreLine, millLine, column) = kind == "html" ? (3, 2, 9) : (4, 3, 6);
        Assert.Equal(new TextPosition(moreLine, 1), last.At(last.Text.IndexOf("more", StringComparison.Ordinal)));
        Assert.Equal(new TextPosition(millLine, column), last.At(last.Text.IndexOf("22", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_characters_keep_their_line_and_column()
    {
        var document = Read(new MarkdownDocumentReader(), "Intro\n\nThe mill *processed* 22,209 tonnes\nin the quarter.\n");
        var text = Assert.IsType<FinalParagraph>(document.Blocks[1]).Text;
        Assert.Equal(new TextPosition(1, 1), Assert.IsType<FinalParagraph>(document.Blocks[0]).Text.At(0));
        Assert.Equal(new TextPosition(3, 22), text.At(text.Text.IndexOf("22,209", StringComparison.Ordinal)));
        Assert.Equal(new TextPosition(4, 1), text.At(text.Text.IndexOf("in the", StringComparison.Ordinal)));
        Assert.Equal(new TextPosition(3, 5), text.At(text.Text.IndexOf("mill", StringComparison.Ordinal)));
        // An escaped character is placed at the character, not at the backslash.
        var escaped = Assert.IsType<FinalParagraph>(Assert.Single(Read(new MarkdownDocumentReader(), "a \\$5").Blocks)).Text;
        Assert.Equal(("a $5", new TextPosition(1, 4)), (escaped.Text, escaped.At(2)));
    }

    [Fact]
    public void A_markdown_pipe_table_with_its_bold_title_header_and_group_rows()
    {
        var document = Read(new MarkdownDocumentReader(), string.Join("\n",
            "Text before.",
            "",
            "**Production by mine**",
            "",
            "|  | Q2 2012 | Q2 2011 |",
            "| :--- | ---: | ---: |",
            "| Silver (ounces) | 458,472 | 464\\|324 |",
            "| **Grades:** |  |  |",
            "  | &nbsp;&nbsp;Lead | 8.8% | 10.5% |   ",
            "After."));
        Assert.Equal("P:Text before. | T:Production by mine:H =Q2 2012,Q2 2011;Silver (ounces)=458,472,464|324;Grades:=,;Lead=8.8%,10.5% | P:After.", Texts(document));
        var table = Assert.IsType<FinalTable>(document.Blocks[1]);
        Assert.Equal(new TextPosition(5, 1), table.Rows[0].Position);
        Assert.Equal(new TextPosition(9, 3), table.Rows[3].Position);
        Assert.Equal(new TextPosition(7, 21), table.Rows[1].Cells[0].At(0));
        Assert.Equal(new TextPosition(3, 3), table.Title!.At(0));
        Assert.Single(table.HeaderRows);
        Assert.Equal(3, table.BodyRows.Count());
    }

    [Fact]
    public void A_bold_line_not_right_above_a_table_is_not_its_title()
    {
        Assert.Equal("T:-:H a=b", Texts(Read(new MarkdownDocumentReader(), "****\n\n| a | b |")));
        Assert.Equal("P:Bold and more | T:-:H a=b", Texts(Read(new MarkdownDocumentReader(), "**Bold** and more\n\n| a | b |")));
        Assert.Equal("P:x Title | T:-:H a=b", Texts(Read(new MarkdownDocumentReader(), "x\n**Title**\n| a | b |")));
    }

    [Fact]
    public void Two_tables_one_after_the_other_are_two_tables()
    {
        var document = Read(new MarkdownDocumentReader(), "| a | 1 |\n\n| b | 2 |\n");
        Assert.Equal("T:-:H a=1 | T:-:H b=2", Texts(document));
    }

    // ---------------------------------------------------------------- HTML

    [Fact]
    public void Html_blocks_marks_and_loose_text()
    {
        var document = Read(new HtmlDocumentReader(), string.Join("\n",
            "<!DOCTYPE html><html><head><title>Title 2012</title><style>p { width: 12px }</style></head>",
            "<body>",
            "<h1>Heading  12</h1>",
            "<p>Produced <b>458,472</b> ounces<sup>1</sup> <sup>of 5</sup> &amp; more<br>next <a class=\"footnote-back-ref\" href=\"#r\">back 3</a><script>var x = 4;</script></p>",
            "<div>Loose 6 <p>inner 7</p> after 8</div>",
            "<!-- comment 9 -->",
            "<ul><li>item 10</li></ul>",
            "</body></html>"));
        Assert.Equal("html", document.Kind);
        Assert.Equal("P:Heading 12 | P:Produced 458,472 ounces of 5 & more next | P:Loose 6 | P:inner 7 | P:after 8 | P:item 10", Texts(document).Replace("  ", " "));
        var produced = Assert.IsType<FinalParagraph>(document.Blocks[1]).Text;
        Assert.Equal(new TextPosition(4, 16), produced.At(produced.Text.IndexOf("458", StringComparison.Ordinal)));
        Assert.Equal(new TextPosition(4, 4), produced.At(0));
        var item = Assert.IsType<FinalParagraph>(document.Blocks[5]).Text;
        Assert.Equal(new TextPosition(7, 9), item.At(0));
    }

    [Fact]
    public void Html_characters_are_placed_past_look_alike_text_in_the_head_comments_and_scripts()
    {
        // The body's text also stands in the title, a stylesheet, a script and a comment before it: each
        // character must be placed at the body's copy, past entities of every form and tags of every case.
        var source = string.Join("\n",
            "\uFEFF<!DOCTYPE html>",
            "<html><head><title>Mill 22,209 tonnes</title>",
            "<style>p::after { content: \"22,209 tonnes\" }</style>",
            "<script>var s = \"<p>22,209 tonnes</p>\"; if (a < b && c > d) {}</script>",
            "</head>",
            "<body class=\"x\">",
            "<br>",
            "<!-- 22,209 tonnes, in a comment; a > b 1,234 --><p><b>1,234</b>&nbsp;oz, the mill processed 22,209 tonnes &amp; &eacute;t&eacute; &#8212; up&#160;5% &bogus; 6&#x41;B.</p>",
            "<div>Loose 77 <p>Inner 88</p> after 99</div>",
            "<p>A note<sup>1</sup><sup>(2)</sup><sup>12345</sup> and <a class=\"backref\" href=\"#x\">back 3</a> <a href=\"#y\"> \u21A9 </a> here<br>next 42</p>",
            "<table><caption>Table 5</caption><thead><tr><th></th><th colspan=\"2\">Three Months 2012</th></tr></thead>",
            "<tbody><tr><td>Ore mined</td><td>21,273</td><td>22,166</td></tr></tbody></table>",
            "<SCRIPT>var t = \"Last 7\";</SCRIPT><style>.x { width: 12px }</style><template><p>Hidden 8</p></template><p>Last 7</p>",
            "</body></html>");
        var document = Read(new HtmlDocumentReader(), source);
        Assert.Equal(
            "P:1,234\u00A0oz, the mill processed 22,209 tonnes & \u00E9t\u00E9 \u2014 up\u00A05% &bogus; 6AB. | P:Loose 77 | P:Inner 88 | P:after 99 | " +
            "P:A note12345 and   here next 42 | T:Table 5:H =Three Months 2012,Three Months 2012;Ore mined=21,273,22,166 | P:Last 7",
            Texts(document));
        AssertEveryCharacterIsWhereItSays(document, source.TrimStart('\uFEFF'));
        var mill = Assert.IsType<FinalParagraph>(document.Blocks[0]).Text;
        Assert.Equal(new TextPosition(8, 94), mill.At(mill.Text.IndexOf("22,209", StringComparison.Ordinal)));
        Assert.Equal(new TextPosition(13, 107), Assert.IsType<FinalParagraph>(document.Blocks[^1]).Text.At(0));
        // "1,234" is also in the comment, after a '>' that does not close it, and it is the first text after the comment.
        Assert.Equal(new TextPosition(8, 56), mill.At(mill.Text.IndexOf("1,234", StringComparison.Ordinal)));
        Assert.Equal(new TextPosition(11, 41), Assert.IsType<FinalTable>(document.Blocks[5]).Rows[0].Position);
    }

    [Fact]
    public void An_html_table_combines_its_header_rows_and_expands_spans()
    {
        var document = Read(new HtmlDocumentReader(), string.Join("\n",
            "<table><caption>Highlights 2012</caption>",
            "<thead><tr><th></th><th colspan=\"2\">Three Months</th></tr>",
            "<tr><th></th><th>2012</th><th>2011</th></tr></thead>",
            "<tbody><tr><td colspan=\"3\">Grades:</td></tr>",
            "<tr><td>Silver<sup>(1)</sup></td><td>704</td><td>822</td></tr>",
            "<tr><td>Lead</td><td colspan=\"0\">8.8%</td><td>x</td></tr></tbody></table>",
            "<table><tr><th>a</th><th>b</th></tr><tr><td>c</td><td>1</td></tr></table>"));
        Assert.Equal(
            "T:Highlights 2012:H =Three Months 2012,Three Months 2011;Grades:=;Silver=704,822;Lead=8.8%,x | T:-:H a=b;c=1",
            Texts(document));
        var table = Assert.IsType<FinalTable>(document.Blocks[0]);
        Assert.Equal(new TextPosition(2, 8), table.Rows[0].Position);
        Assert.Equal(new TextPosition(5, 38), table.Rows[2].Cells[0].At(0));
    }

    [Fact]
    public void Leading_rows_of_column_headers_are_the_header_when_none_is_marked()
    {
        static SourceCell Th(string text, int span = 1) => new(Positioned(text), span, true);
        static SourceCell Td(string text, int span = 1) => new(Positioned(text), span, false);
        static SourceRow Row(params SourceCell[] cells) => new(cells, false, new TextPosition(1, 1));

        // A row of column headers with a heading in any column after the label's is a header row, even with empty ones beside it.
        var table = TableAssembly.Build(null, [Row(Th(""), Th("2012"), Th("")), Row(Td("Ore"), Td("5"), Td("6"))]);
        Assert.Equal("H =2012,;Ore=5,6", string.Join(";", table.Rows.Select(RowText)));
        // A table of header rows only; an empty heading adds nothing to its column.
        table = TableAssembly.Build(null, [Row(Th(""), Th("Q2"), Th("Q3")), Row(Th(""), Th("2012"), Th(""))]);
        Assert.Equal("H =Q2 2012,Q3", string.Join(";", table.Rows.Select(RowText)));
        // Header cells with nothing after the label are a body row; a wide first cell beside figures keeps its figures.
        table = TableAssembly.Build(null, [Row(Th("Ore"), Th("")), Row(Td("Grades", 2), Td("7"))]);
        Assert.Equal("Ore=;Grades=7", string.Join(";", table.Rows.Select(RowText)));
    }

    private static PositionedText Positioned(string text)
    {
        var builder = new PositionedTextBuilder();
        for (var i = 0; i < text.Length; i++) builder.Append(text[i], new TextPosition(1, i + 1));
        return builder.Build();
    }

    private static string RowText(FinalRow r) => (r.IsHeader ? "H " : "") + r.Label.Text + "=" + string.Join(",", r.Cells.Select(c => c.Text));

    [Fact]
    public void Html_text_that_cannot_be_found_in_the_source_takes_its_elements_position()
    {
        // "&nbsp" without its semicolon: the parser decodes it, the source map does not, so the text is not found.
        var document = Read(new HtmlDocumentReader(), "<p>x</p>\n <p>a&nbspb 5</p>\n<p>next 6</p>");
        Assert.Equal("P:x | P:a\u00A0b 5 | P:next 6", Texts(document));
        var lost = Assert.IsType<FinalParagraph>(document.Blocks[1]).Text;
        Assert.All(Enumerable.Range(0, lost.Text.Length), i => Assert.Equal(new TextPosition(2, 2), lost.At(i)));
        Assert.Equal(new TextPosition(3, 4), Assert.IsType<FinalParagraph>(document.Blocks[2]).Text.At(0));
    }

    // ---------------------------------------------------------------- plain text and layout lines

    [Fact]
    public void Plain_text_paragraphs_and_a_table_with_header_and_group_rows()
    {
        var document = Read(new PlainTextDocumentReader(), string.Join("\n",
            "\uFEFFThe mine produced 458,472",
            "ounces of silver, a pre-",
            "cise figure.",
            "",
            "                       Q2 2012      Q2 2011",
            "Ore tonnes mined        21,273       22,166",
            "Grades:",
            "\tSilver (g/t)            704          822",
            "Lead                      8.8%        n/m",
            "Net income             ($19)   \u2014",
            "",
            "After the table 5."));
        Assert.Equal("text", document.Kind);
        Assert.Equal(
            "P:The mine produced 458,472 ounces of silver, a pre-cise figure. | T:-:H Q2 2012=Q2 2011;Ore tonnes mined=21,273,22,166;Grades:=;Silver (g/t)=704,822;Lead=8.8%,n/m;Net income=($19),\u2014 | P:After the table 5.",
            Texts(document));
        var table = Assert.IsType<FinalTable>(document.Blocks[1]);
        Assert.Equal(new TextPosition(6, 25), table.Rows[1].Cells[0].At(0));
        Assert.Equal(new TextPosition(8, 2), table.Rows[3].Label.At(0));
        Assert.Equal(new TextPosition(5, 24), table.Rows[0].Position);
        Assert.Equal(new TextPosition(1, 1), Assert.IsType<FinalParagraph>(document.Blocks[0]).Text.At(0));
    }

    [Theory]
    [InlineData("21,273", true)]
    [InlineData("($19)", true)]
    [InlineData("\u221219", true)]
    [InlineData("US$1,325", true)]
    [InlineData("$ 1,325", true)]
    [InlineData("1\u00A0325 $ US", true)]
    [InlineData("8.8 %", true)]
    [InlineData(" 704 ", true)]
    [InlineData("n/m", true)]
    [InlineData("n.s.", true)]
    [InlineData("n/a", true)]
    [InlineData("s.o.", true)]
    [InlineData("\u2014", true)]
    [InlineData("-", true)]
    [InlineData("Silver", false)]
    [InlineData("Q2 2012", false)]
    [InlineData("12 ounces", false)]
    [InlineData("", false)]
    public void What_a_figure_cell_looks_like(string text, bool value) => Assert.Equal(value, LineBlocks.IsCellValue(text));

    private static LayoutLine Line(int number, bool breakBefore, params string[] chunks)
    {
        var built = new List<PositionedText>();
        var column = 1;
        foreach (var chunk in chunks)
        {
            built.Add(new PositionedTextBuilder().Append(chunk, new TextPosition(number, column)).Build());
            column += chunk.Length + 3;
        }
        return new LayoutLine(built, breakBefore);
    }

    private static string Assembled(params LayoutLine[] lines) => Texts(new FinalDocument("final", "layout", LineBlocks.Assemble(lines)));

    [Fact]
    public void Layout_lines_become_rows_by_their_last_chunks()
    {
        // Two values, or one after a short label, make a row; a lone number line does not.
        Assert.Equal("T:-:Silver=704,822", Assembled(Line(1, true, "Silver", "704", "822")));
        Assert.Equal("T:-:Silver=704", Assembled(Line(1, true, "Silver", "704")));
        Assert.Equal("T:-:=704,822", Assembled(Line(1, true, "704", "822")));
        Assert.Equal("P:704", Assembled(Line(1, true, "704")));
        Assert.Equal("P:Silver ounces", Assembled(Line(1, true, "Silver", "ounces")));
        Assert.Equal("P:" + new string('x', 81) + " 704", Assembled(Line(1, true, new string('x', 81), "704")));
        Assert.Equal("T:-:" + new string('x', 80) + "=704", Assembled(Line(1, true, new string('x', 80), "704")));
        Assert.Equal("P:a b 704", Assembled(Line(1, true, "a", "b", "704"))); // one value after two chunks is text
    }

    [Fact]
    public void Header_lines_above_a_row_are_taken_back_from_the_paragraph()
    {
        Assert.Equal("P:Intro text | T:-:H Q2 2012=Q2 2011;H Ended=Ended;Silver=1,2",
            Assembled(Line(1, true, "Intro text"), Line(2, false, "Q2 2012", "Q2 2011"), Line(3, false, "Ended", "Ended"), Line(4, false, "Silver", "1", "2")));
        // At most three header lines; a paragraph break before the first row ends the header.
        Assert.Equal("P:a b | T:-:H c=d;H e=f;H g=h;Silver=1,2",
            Assembled(Line(1, true, "a", "b"), Line(2, false, "c", "d"), Line(3, false, "e", "f"), Line(4, false, "g", "h"), Line(5, false, "Silver", "1", "2")));
        Assert.Equal("P:Q2 Q1 | T:-:Silver=1,2",
            Assembled(Line(1, true, "Q2", "Q1"), Line(2, true, "Silver", "1", "2")));
        // A header whose first chunk is a value has no label.
        Assert.Equal("T:-:H =2012,Six,Months;Silver=1,2,3", Assembled(Line(1, true, "2012", "Six", "Months"), Line(2, false, "Silver", "1", "2", "3")));
    }

    [Fact]
    public void Group_labels_are_short_lines_soon_followed_by_a_row()
    {
        Assert.Equal("T:-:a=1,2;Group:=;b=3,4", Assembled(Line(1, true, "a", "1", "2"), Line(2, false, "Group:"), Line(3, false, "b", "3", "4")));
        // Three lines on, the row is still near; four lines on, it is not.
        Assert.Equal("T:-:a=1,2;G1=;G2=;G3=;b=3,4", Assembled(Line(1, true, "a", "1", "2"), Line(2, false, "G1"), Line(3, false, "G2"), Line(4, false, "G3"), Line(5, false, "b", "3", "4")));
        Assert.Equal("T:-:a=1,2 | P:G1 G2 G3 G4 | T:-:b=3,4", Assembled(Line(1, true, "a", "1", "2"), Line(2, false, "G1"), Line(3, false, "G2"), Line(4, false, "G3"), Line(5, false, "G4"), Line(6, false, "b", "3", "4")));
        Assert.Equal("T:-:a=1,2;Text=;b=3,4", Assembled(Line(1, true, "a", "1", "2"), Line(2, false, "Text"), Line(3, true, "b", "3", "4")));
        Assert.Equal("T:-:a=1,2 | P:" + new string('y', 61), Assembled(Line(1, true, "a", "1", "2"), Line(2, false, new string('y', 61))));
        Assert.Equal("T:-:a=1,2 | P:end", Assembled(Line(1, true, "a", "1", "2"), Line(2, false, "end")));
    }

    [Fact]
    public void A_hyphen_at_a_line_end_joins_the_next_line_without_a_space()
    {
        Assert.Equal("P:pre-cise", Assembled(Line(1, true, "pre-"), Line(2, false, "cise")));
        Assert.Equal("P:a - b", Assembled(Line(1, true, "a -"), Line(2, false, "b")));
        Assert.Equal("P:- b", Assembled(Line(1, true, "-"), Line(2, false, "b")));
        Assert.Equal("P:a | P:b", Assembled(Line(1, true, "a"), Line(2, true, "b")));
    }

    // ---------------------------------------------------------------- table assembly

    private static SourceCell Cell(string text, int span = 1, bool header = false, int column = 1) =>
        new(new PositionedTextBuilder().Append(text, new TextPosition(1, column)).Build(), span, header);

    private static SourceRow Row(bool marked, params SourceCell[] cells) => new(cells, marked, new TextPosition(cells.Length, 1));

    private static string Table(params SourceRow[] rows) => Texts(new FinalDocument("final", "x", [TableAssembly.Build(null, rows)]));

    [Fact]
    public void Header_rows_are_the_marked_ones_or_else_the_leading_rows_of_column_headers()
    {
        Assert.Equal("T:-:H a=b;c=d", Table(Row(true, Cell("a"), Cell("b")), Row(false, Cell("c"), Cell("d"))));
        // Marked rows win over th cells.
        Assert.Equal("T:-:H a=b;c=d", Table(Row(true, Cell("a"), Cell("b")), Row(false, Cell("c", header: true), Cell("d", header: true))));
        Assert.Equal("T:-:H a=b;c=d", Table(Row(false, Cell("a", header: true), Cell("b", header: true)), Row(false, Cell("c"), Cell("d", header: true))));
        // A row of th cells with nothing past the label is a label row, not a header.
        Assert.Equal("T:-:a=;c=d", Table(Row(false, Cell("a", header: true), Cell(" ", header: true)), Row(false, Cell("c"), Cell("d"))));
        Assert.Equal("T:-:H a=,;c=d", Table(Row(false, Cell("a", header: true), Cell("", span: 2, header: true)), Row(false, Cell("c"), Cell("d"))));
        // Empty rows are dropped; a single spanning cell is a group label.
        Assert.Equal("T:-:G=;x=1", Table(Row(false), Row(false, Cell("G", span: 2)), Row(false, Cell("x"), Cell("1"))));
        Assert.Equal("T:-:G=", Table(Row(false, Cell("G"))));
    }

    [Fact]
    public void Spanning_header_cells_head_every_column_they_span()
    {
        var text = Table(Row(true, Cell(""), Cell("Three Months", span: 2), Cell("Six", span: 0)), Row(true, Cell(""), Cell("2012"), Cell("2011"), Cell("2012")), Row(false, Cell("x"), Cell("1"), Cell("2"), Cell("3")));
        Assert.Equal("T:-:H =Three Months 2012,Three Months 2011,Six 2012;x=1,2,3", text);
        var title = new PositionedTextBuilder().Append("T", new TextPosition(1, 1)).Build();
        Assert.Same(title, TableAssembly.Build(title, [Row(false, Cell("x"), Cell("1"))]).Title);
        Assert.Null(TableAssembly.Build(PositionedText.Empty, [Row(false, Cell("x"), Cell("1"))]).Title);
        Assert.Equal(new TextPosition(2, 1), TableAssembly.Build(null, [Row(true, Cell("a"), Cell("b"))]).Rows[0].Position);
    }

    // ---------------------------------------------------------------- positioned text and the registry

    [Fact]
    public void Positioned_text_trims_slices_and_clamps()
    {
        var text = new PositionedTextBuilder().Append("  ab ", new TextPosition(2, 7)).Append('c', new TextPosition(3, 1)).Append("  ", new TextPosition(3, 2)).Build();
        Assert.Equal("  ab c  ", text.Text);
        var trimmed = text.Trim();
        Assert.Equal("ab c", trimmed.Text);
        Assert.Equal(new TextPosition(3, 1), trimmed.At(3));
        Assert.Equal(new TextPosition(3, 1), trimmed.At(99));
        Assert.Equal(new TextPosition(2, 7), trimmed.At(-1));
        Assert.Same(trimmed, trimmed.Trim());
        Assert.Equal("", new PositionedTextBuilder().Append("   ", new TextPosition(1, 1)).Build().Trim().Text);
        Assert.Equal(new TextPosition(1, 1), PositionedText.Empty.At(5));
        Assert.Equal("ab c", trimmed.ToString());
        Assert.Throws<ArgumentException>(() => new PositionedText("ab", [new TextPosition(1, 1)]));
        var spaced = new PositionedTextBuilder().Space(new TextPosition(1, 1)).Append("a", new TextPosition(1, 1)).Space(new TextPosition(1, 2)).Space(new TextPosition(1, 3));
        Assert.Equal(("a ", 2), (spaced.Build().Text, spaced.Length));
    }

    [Fact]
    public void Readers_are_chosen_by_extension()
    {
        var readers = FinalDocumentReaders.Core;
        Assert.IsType<MarkdownDocumentReader>(readers.For("a/final.md"));
        Assert.IsType<MarkdownDocumentReader>(readers.For("FINAL.MARKDOWN"));
        Assert.IsType<HtmlDocumentReader>(readers.For("final.htm"));
        Assert.IsType<HtmlDocumentReader>(readers.For("final.Html"));
        Assert.IsType<PlainTextDocumentReader>(readers.For("final.txt"));
        Assert.Null(readers.For("final.odt"));
        Assert.Null(readers.For("md"));
        Assert.Equal([".md", ".markdown", ".html", ".htm", ".txt", ".text"], readers.Extensions);
        Assert.Equal(3, readers.All.Count);
        var more = readers.With(new PlainTextDocumentReader());
        Assert.Equal(4, more.All.Count);
        Assert.Equal(3, readers.All.Count);
    }
}
