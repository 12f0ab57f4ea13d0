using Markdig;
using ReleaseGen.Templating;

namespace ReleaseGen.Core.Tests.Templating;

public class MarkdownEscaperTests
{
    // Advanced extensions include pipe tables, emphasis extras (~~, ++, ==), generic attributes, autolinks: the worst case.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("1,040,257")]
    [InlineData("8.8")]
    [InlineData("14%")]
    [InlineData("-5")]
    [InlineData("+14%")]
    [InlineData("2.2 to 2.5 million")]
    [InlineData("AT&T")]
    [InlineData("Flame & Moth")]
    [InlineData("(TSX: AXR) (NYSE MKT: AXU)")]
    [InlineData("Alexco Resource Corp.")]
    [InlineData("11 a.m. Eastern (8 a.m. Pacific)")]
    [InlineData("")]
    public void Harmless_text_passes_unchanged(string text) => Assert.Equal(text, MarkdownEscaper.Escape(text));

    [Theory]
    [InlineData("*bold*", "\\*bold\\*")]
    [InlineData("a_b_c", "a\\_b\\_c")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("![img](x.png)", "\\!\\[img\\](x.png)")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("Name {onclick=alert(1)}", "Name \\{onclick\\=alert(1)\\}")]
    [InlineData("&amp; &#38; &#x26;", "\\&amp; \\&\\#38; \\&\\#x26;")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("---", "\\---")]
    [InlineData("=== ", "\\=\\=\\= ")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("2012) year", "2012\\) year")]
    [InlineData("   - indented", "   \\- indented")]
    [InlineData("~~gone~~", "\\~\\~gone\\~\\~")]
    [InlineData("++ins++ ==mark== x^2^", "\\+\\+ins\\+\\+ \\=\\=mark\\=\\= x\\^2\\^")]
    [InlineData("a + b = c", "a + b \\= c")]
    [InlineData("line one\n- two\n3. three", "line one\n\\- two\n3\\. three")]
    public void Hostile_text_is_escaped(string text, string expected) => Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Theory]
    [InlineData("*bold* and _em_ and **strong**")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b onclick=x>hi</b>")]
    [InlineData("Name {onclick=alert(1)}")]
    [InlineData("# Heading")]
    [InlineData("- item")]
    [InlineData("1. first")]
    [InlineData("~~gone~~ ++ins++ ==mark==")]
    [InlineData("`code` \\* back")]
    [InlineData("![img](x.png)")]
    [InlineData("&amp; &lt;b&gt;")]
    [InlineData("<https://example.com>")]
    public void Escaped_text_renders_as_the_original_text_without_markup(string text)
    {
        var html = Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(text), Pipeline).Trim();
        Assert.StartsWith("<p>", html);
        Assert.EndsWith("</p>", html);
        var inner = html[3..^4];
        Assert.DoesNotContain("<", inner);
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(inner));
    }

    [Fact]
    public void Escaped_pipe_stays_in_its_table_cell()
    {
        var cell = MarkdownEscaper.Escape("A | B");
        var html = Markdig.Markdown.ToHtml($"| name | value |\n|---|---|\n| {cell} | 1 |\n", Pipeline);
        Assert.Equal(2, CountOf(html, "<td")); // one row of two cells: the escaped pipe did not split it
        Assert.Contains("A | B", html);
    }

    [Fact]
    public void Null_is_empty() => Assert.Equal("", MarkdownEscaper.Escape(null));

    [Fact]
    public void MarkdownText_renders_as_its_value()
    {
        Assert.Equal("\\*x\\*", MarkdownText.FromPlainText("*x*").ToString());
        Assert.Equal(new MarkdownText("a"), new MarkdownText("a"));
    }

    private static int CountOf(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
