using ReleaseGen.Html;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>The HTML says exactly what the Markdown says: same words, same order, table included.</summary>
public class VisibleTextTests
{
    [Fact]
    public void Page_text_equals_the_Markdown_words()
    {
        var doc = Fixtures.Sample();
        var expected = PlainText.Words(doc);
        var actual = HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderPage(doc, Fixtures.SampleInfo));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Exhibit_text_equals_the_Markdown_words()
    {
        var doc = Fixtures.Sample();
        var expected = PlainText.Words(doc);
        var actual = HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderEdgarExhibit(doc, Fixtures.SampleInfo));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Markdown_words_read_the_table_row_by_row()
    {
        var words = string.Join(" ", PlainText.Words(Fixtures.Sample()));
        Assert.Contains("Q2 2012 Q2 2011 Six Months 2012 Six Months 2011 Ore tonnes mined 21,273 22,166 42,668 38,627 Ore tonnes processed", words);
        Assert.Contains("Grade of ore processed: Silver (grams per tonne) 704 822 800 825", words);
        Assert.Contains("Concentrate production: Lead concentrate: Tonnes produced 2,954", words);
    }

    [Fact]
    public void Markdown_words_are_the_text_not_the_syntax()
    {
        var words = PlainText.Words(Fixtures.Sample());
        Assert.Equal("Alexco", words[0]);
        Assert.DoesNotContain(words, w => w.Contains("**") || w.Contains("+---") || w.StartsWith('#') || w.Contains("[^1]"));
        // The footnote reference is a superscript joined to its word; the link shows its text, not its URL.
        Assert.Contains("information1", words);
        Assert.Contains("link.", words);
        Assert.DoesNotContain("https://example.com/", words);
        // An autolink's text is its URL.
        Assert.Contains("http://www.alexcoresource.com/", words);
        Assert.Equal("law.", words[^1]);
    }

    /// <summary>Every construct the pipeline parses, packed tight so that run-together words would show.</summary>
    internal const string EveryConstruct = """
        Setext heading
        ==============

        ### Third *level* `code`
        #### Fourth
        Line one\
        line two  
        line three
        soft next
        ***bold italic*** **bold *nested* end**`tight`[ref link][r]![alt text](https://example.com/a.gif)end

        [r]: https://example.com/ref "Ref"

        3. starts at three

           loose paragraph

        4. four
           > quoted in a list
           > > nested quote

        ```text
        fenced   code
          indented line
        ```

            indented code

        | A | B |
        |---|---|
        |x|y|
        |**z**|`w`|

        Term&nbsp;with&amp;entities&copy;and a note[^n] and again[^n].

        [^n]: The note, with *emphasis*.

            And a second paragraph in the note.
        """;

    [Fact]
    public void Every_construct_keeps_its_words_in_both_forms()
    {
        var doc = ReleaseMarkdown.Parse(EveryConstruct);
        var expected = PlainText.Words(doc);
        Assert.Equal(expected, HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderPage(doc, Fixtures.SampleInfo)));
        var exhibit = HtmlReleaseRenderer.RenderEdgarExhibit(doc, Fixtures.SampleInfo);
        Assert.Equal(expected, HtmlTestDom.BodyWords(exhibit));
        Assert.Empty(EdgarLint.Check(exhibit));
        // Inline pieces with no space between them stay one word, as the browser shows them.
        Assert.Contains("endtightref", expected);
        Assert.Contains("linkalt", expected);
        Assert.Contains("note1", expected);
        Assert.Contains("again1.", expected);
        Assert.Contains("fenced", expected);
        // An image is its alternative text in every format: nothing is loaded from outside the document (issue 15).
        Assert.Contains("textend", expected);
    }

    [Fact]
    public void Hostile_text_is_shown_word_for_word()
    {
        var doc = ReleaseMarkdown.Parse(HostileInputTests.HostileMarkdown);
        var expected = PlainText.Words(doc);
        Assert.Equal(expected, HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderPage(doc, Fixtures.SampleInfo)));
        Assert.Equal(expected, HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderEdgarExhibit(doc, Fixtures.SampleInfo)));
    }
}
