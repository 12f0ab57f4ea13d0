using ReleaseGen.Html;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>The standalone page: head, self-contained styles, and the highlights table's structure.</summary>
public class PageTests
{
    private static readonly string Page = HtmlReleaseRenderer.RenderPage(Fixtures.Sample(), Fixtures.SampleInfo);

    [Fact]
    public void Head_has_doctype_language_charset_viewport_and_title()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-CA\">\n<head>\n<meta charset=\"utf-8\">\n", Page);
        var dom = HtmlTestDom.Parse(Page);
        Assert.Equal("width=device-width, initial-scale=1", dom.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Equal(Fixtures.SampleInfo.Title, dom.Title);
    }

    [Fact]
    public void An_image_in_the_text_loads_nothing_and_keeps_its_words()
    {
        var page = HtmlReleaseRenderer.RenderPage(ReleaseMarkdown.Parse("See ![the mine site](https://tracker.example/pixel.gif) today.\n"), Fixtures.SampleInfo);
        var dom = HtmlTestDom.Parse(page);
        Assert.Empty(dom.QuerySelectorAll("img, [src]"));
        Assert.DoesNotContain("tracker.example", page);
        Assert.Contains("See the mine site today.", dom.Body!.TextContent);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var dom = HtmlTestDom.Parse(Page);
        Assert.Empty(dom.QuerySelectorAll("script, link, iframe, object, embed, img, [src]"));
        var css = Assert.Single(dom.QuerySelectorAll("style")).TextContent;
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("@font-face", css);
    }

    [Fact]
    public void The_stylesheet_covers_numbers_narrow_screens_and_print()
    {
        var css = HtmlTestDom.Parse(Page).QuerySelector("style")!.TextContent;
        Assert.Contains("font-variant-numeric: tabular-nums", css);
        Assert.Contains("overflow-x: auto", css);
        Assert.Contains("@media (max-width:", css);
        Assert.Contains("@page {", css);
        Assert.Contains("@media print", css);
        Assert.Contains("break-inside: avoid", css);
        Assert.Contains("content: \" (\" attr(href) \")\"", css);
    }

    [Fact]
    public void A_narrative_table_keeps_its_header_in_a_scrolling_wrapper()
    {
        var dom = HtmlTestDom.Parse(Page);
        var table = Assert.Single(dom.QuerySelectorAll("table"));
        Assert.Equal("table-scroll", table.ParentElement!.ClassName);

        var header = Assert.Single(table.QuerySelectorAll("thead tr"));
        Assert.All(header.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(
            ["Q2 2012", "Q2 2011", "Six Months 2012", "Six Months 2011"],
            header.QuerySelectorAll("th.num").Select(th => th.TextContent));
    }

    [Fact]
    public void Group_rows_are_marked_with_their_level()
    {
        var dom = HtmlTestDom.Parse(Page);
        string[] Texts(string selector) => dom.QuerySelectorAll(selector).Select(tr => tr.TextContent.Trim()).ToArray();
        Assert.Equal(["Grade of ore processed:", "Concentrate production:", "Production - contained metal:"], Texts("tr.group.level-1"));
        Assert.Equal(["Lead concentrate:"], Texts("tr.group.level-2"));
        Assert.All(dom.QuerySelectorAll("tr.group td"), td => Assert.Equal("5", td.GetAttribute("colspan")));
        // Rows under a group are indented to its level.
        Assert.Equal("in-2", dom.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Tonnes produced")).ClassName);
    }

    [Fact]
    public void Numeric_cells_are_marked_and_label_cells_are_not()
    {
        var dom = HtmlTestDom.Parse(Page);
        var numbers = dom.QuerySelectorAll("tbody td.num").Select(td => td.TextContent).ToList();
        Assert.Equal(6 * 4, numbers.Count);
        Assert.All(numbers, n => Assert.Matches(@"^[0-9][0-9,.]*%?$", n));
        Assert.All(dom.QuerySelectorAll("tbody tr:not(.group) td:first-child"), td => Assert.False(td.ClassList.Contains("num")));
    }

    [Theory]
    [InlineData("| **Total** | 5 | |")]
    [InlineData("| **Total** | | 5 |")]
    [InlineData("| **Total** and more | | |")]
    [InlineData("| Total | | |")]
    public void A_row_is_a_group_only_when_its_label_is_wholly_emphasised_and_the_rest_empty(string row)
    {
        var doc = ReleaseMarkdown.Parse($"""
            | Metric | 2012 | 2011 |
            |--------|-----:|-----:|
            {row}
            | Ounces | 1    | 2    |
            """);
        var dom = HtmlTestDom.Parse(HtmlReleaseRenderer.RenderPage(doc, Fixtures.SampleInfo));
        Assert.Empty(dom.QuerySelectorAll("tr.group"));
        Assert.Empty(dom.QuerySelectorAll("td[colspan]"));
        Assert.Equal(2, dom.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Footnote_references_point_at_their_notes()
    {
        var dom = HtmlTestDom.Parse(Page);
        var reference = Assert.Single(dom.QuerySelectorAll("sup.fnref a"));
        Assert.Equal("1", reference.TextContent);
        Assert.NotNull(dom.GetElementById(reference.GetAttribute("href")![1..]));
    }
}
