using AngleSharp.Dom;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReleaseGen.Html;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>Text from data or narrative cannot inject markup, script, attributes or unsafe links.</summary>
public class HostileInputTests
{
    internal const string HostileMarkdown = """
        # Acme <script>alert(1)</script> Mining {onclick=alert(1)}

        <script>alert("block")</script>

        <div onclick="alert(2)">raw block</div>

        Text with <img src=x onerror=alert(3)> inline HTML, AT&amp;T and &lt;b&gt; and Montréal — 5 ¢.

        [script link](javascript:alert(4)) [upper](JAVASCRIPT:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) [file](file:///etc/passwd) [relative](/admin) [quoted](<https://e.com/" onmouseover="alert(6)>) [ok](https://example.com/ok "Title \"x\"") <javascript:alert(7)> <mailto:ir@example.com> <ir@example.com>

        ![pixel](javascript:alert(8))

        Attributes {#evil .x onclick=alert(9)}

        | Company | Ounces |
        |:--|--:|
        | Acme \| Sons <b>Mining</b> | 1,000 |
        | *Beta* {onclick=x} | 2,000 |

        Text before the rule.
        +-----------------------+----------:+
        | Gamma \| Delta Mining | 3,000     |
        after the rule
        """;

    private static readonly string[] SafeHrefPrefixes = ["http://", "https://", "mailto:", "#fn-"];

    public static TheoryData<string> Forms => new() { "page", "edgar" };

    private static string Render(string form, string markdown = HostileMarkdown)
    {
        var doc = ReleaseMarkdown.Parse(markdown);
        return form == "page"
            ? HtmlReleaseRenderer.RenderPage(doc, Fixtures.SampleInfo)
            : HtmlReleaseRenderer.RenderEdgarExhibit(doc, Fixtures.SampleInfo);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Raw_html_is_escaped_never_markup(string form)
    {
        var html = Render(form);
        var dom = HtmlTestDom.Parse(html);
        Assert.Empty(dom.QuerySelectorAll("script, img, div[onclick], b"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var text = dom.Body!.TextContent;
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("<script>alert(\"block\")</script>", text);
        Assert.Contains("<div onclick=\"alert(2)\">raw block</div>", text);
        Assert.Contains("<img src=x onerror=alert(3)>", text);
        Assert.Contains("AT&T and <b>", text);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void No_element_carries_an_event_attribute_or_Markdown_attribute_syntax(string form)
    {
        var dom = HtmlTestDom.Parse(Render(form));
        var attributes = dom.All.SelectMany(e => e.Attributes.Select(a => a.Name)).ToList();
        Assert.DoesNotContain(attributes, name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(dom.QuerySelectorAll("#evil, .x"));
        Assert.Contains("{onclick=alert(1)}", dom.QuerySelector("h1")!.TextContent);
        Assert.Contains("Attributes {#evil .x onclick=alert(9)}", dom.Body!.TextContent);
    }

    [Fact]
    public void Page_links_only_to_http_https_and_mailto()
    {
        var dom = HtmlTestDom.Parse(Render("page"));
        var hrefs = dom.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Equal(
            ["https://example.com/ok", "mailto:ir@example.com", "mailto:ir@example.com"],
            hrefs);
        // The unsafe links keep their text, without a link.
        var text = dom.Body!.TextContent;
        foreach (var label in new[] { "script link", "upper", "data", "vb", "file", "relative", "quoted", "javascript:alert(7)" })
        {
            Assert.Contains(label, text);
        }

        Assert.Equal("Title \"x\"", dom.QuerySelector("a[href='https://example.com/ok']")!.GetAttribute("title"));
    }

    [Fact]
    public void Exhibit_has_no_links_at_all_and_urls_stay_text()
    {
        var html = Render("edgar");
        var dom = HtmlTestDom.Parse(html);
        Assert.Empty(dom.QuerySelectorAll("a, [href], [src]"));
        Assert.Contains("ir@example.com", dom.Body!.TextContent);
        Assert.Empty(EdgarLint.Check(html));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_pipe_in_a_company_name_keeps_the_table_intact(string form)
    {
        var dom = HtmlTestDom.Parse(Render(form));
        var tables = dom.QuerySelectorAll("table");
        Assert.Single(tables);

        var pipeRows = Rows(tables[0]);
        Assert.Equal(3, pipeRows.Count);
        Assert.All(pipeRows, row => Assert.Equal(2, row.Count));
        Assert.Equal("Acme | Sons <b>Mining</b>", pipeRows[1][0]);
        Assert.Equal("1,000", pipeRows[1][1]);
        Assert.Equal("Beta {onclick=x}", pipeRows[2][0]);
    }

    [Fact]
    public void The_parser_sees_the_escaped_pipe_as_text()
    {
        var table = Assert.Single(ReleaseMarkdown.Parse(HostileMarkdown).Descendants<Table>());
        Assert.All(table.Cast<TableRow>(), r => Assert.Equal(2, r.Count));
    }

    // Markdig's grid-table parser, giving up on such a block, used to print "after the rule" twice
    // (issue 15, item 9): lines that look like a grid table are plain text, printed once.
    [Theory]
    [MemberData(nameof(Forms))]
    public void Lines_that_look_like_a_grid_table_are_text_printed_once(string form)
    {
        var text = HtmlTestDom.Parse(Render(form)).Body!.TextContent;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "after the rule"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Text before the rule"));
        Assert.Contains("+-----------------------+----------:+", text);
        Assert.Contains("Gamma | Delta Mining", text);
    }

    [Fact]
    public void Title_and_language_are_escaped_or_rejected()
    {
        var doc = ReleaseMarkdown.Parse("# Headline\n");
        var page = HtmlReleaseRenderer.RenderPage(doc, new HtmlPageInfo("A </title><script>x</script> & B", "en-CA"));
        var dom = HtmlTestDom.Parse(page);
        Assert.Equal("A </title><script>x</script> & B", dom.Title);
        Assert.Empty(dom.QuerySelectorAll("script"));
        Assert.Throws<ArgumentException>(() =>
            HtmlReleaseRenderer.RenderPage(doc, new HtmlPageInfo("T", "en\" onload=\"x")));
    }

    [Fact]
    public void The_shared_pipeline_disables_raw_html()
    {
        var doc = ReleaseMarkdown.Parse("<b>bold?</b>\n\nText <i>x</i>\n");
        Assert.Empty(doc.Descendants<Markdig.Syntax.HtmlBlock>());
        Assert.Empty(doc.Descendants<Markdig.Syntax.Inlines.HtmlInline>());
    }

    private static List<List<string>> Rows(IElement table) =>
        table.QuerySelectorAll("tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
}
