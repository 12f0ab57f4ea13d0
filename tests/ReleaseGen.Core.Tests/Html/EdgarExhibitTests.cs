using ReleaseGen.Html;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests.Html;

public class EdgarExhibitTests
{
    [Fact]
    public void The_sample_exhibit_passes_the_lint()
    {
        var html = HtmlReleaseRenderer.RenderEdgarExhibit(Fixtures.Sample(), Fixtures.SampleInfo);
        Assert.Empty(EdgarLint.Check(html));
    }

    [Fact]
    public void The_exhibit_has_no_style_element_sections_links_or_classes()
    {
        var html = HtmlReleaseRenderer.RenderEdgarExhibit(Fixtures.Sample(), Fixtures.SampleInfo);
        var dom = HtmlTestDom.Parse(html);
        foreach (var tag in new[] { "style", "script", "thead", "tbody", "tfoot", "a", "link", "meta", "section", "div", "span" })
        {
            Assert.DoesNotContain("<" + tag, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(dom.QuerySelectorAll("[class], [id], [href], [src]"));
        // Presentation is in inline styles: the table and every cell carry one.
        Assert.All(dom.QuerySelectorAll("table, th, td"), e => Assert.False(string.IsNullOrEmpty(e.GetAttribute("style"))));
        Assert.Contains("http://www.alexcoresource.com/", dom.Body!.TextContent);
    }

    [Fact]
    public void The_exhibit_is_ascii_with_character_references()
    {
        var doc = ReleaseMarkdown.Parse("# Montr\u00e9al \u2014 Q2\n\nCaf\u00e9 \u00a0 \U0001F600 end.\n");
        var html = HtmlReleaseRenderer.RenderEdgarExhibit(doc, new HtmlPageInfo("Montr\u00e9al", "fr-CA"));
        Assert.All(html, c => Assert.True(c < 128, $"U+{(int)c:X4}"));
        Assert.Contains("Montr&#233;al &#8212; Q2", html);
        Assert.Contains("&#128512;", html);
        Assert.Empty(EdgarLint.Check(html));
        Assert.Equal(PlainText.Words(doc), HtmlTestDom.BodyWords(html));
    }
}
