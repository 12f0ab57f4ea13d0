using ReleaseGen.Core.Tests.Html;
using ReleaseGen.Html;
using ReleaseGen.Markdown;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Examples;

/// <summary>The reference release as a web page and as an EDGAR exhibit, both from the one built document.</summary>
public class ReferenceReleaseHtmlTests
{
    private static readonly Lazy<(string Markdown, Markdig.Syntax.MarkdownDocument Document)> Release = new(() =>
    {
        var document = ReferenceReleaseTests.BuildDocument(TestData.Example("alexco-2012-q2"));
        return (document.Markdown, document.Syntax);
    });

    private static HtmlPageInfo Info => new(DocumentTitle.Of(Release.Value.Document), "en-CA");

    [Fact]
    public void Page_matches_the_verified_snapshot() =>
        Snapshot.Verify(HtmlReleaseRenderer.RenderPage(Release.Value.Document, Info), new SnapshotSettings().UseExtension("html"));

    [Fact]
    public void Exhibit_matches_the_verified_snapshot() =>
        Snapshot.Verify(HtmlReleaseRenderer.RenderEdgarExhibit(Release.Value.Document, Info), new SnapshotSettings().UseExtension("html"));

    [Fact]
    public void Title_is_the_headline()
    {
        Assert.Equal("Alexco Reports Second Quarter 2012 Silver Production", Info.Title);
        var page = HtmlTestDom.Parse(HtmlReleaseRenderer.RenderPage(Release.Value.Document, Info));
        Assert.Equal(Info.Title, page.Title);
        Assert.Equal("en-CA", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Page_and_exhibit_say_exactly_what_the_Markdown_says()
    {
        var words = PlainText.Words(Release.Value.Document);
        Assert.Contains("458,472", words);
        Assert.Equal(words, HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderPage(Release.Value.Document, Info)));
        Assert.Equal(words, HtmlTestDom.BodyWords(HtmlReleaseRenderer.RenderEdgarExhibit(Release.Value.Document, Info)));
    }

    [Fact]
    public void Exhibit_passes_the_EDGAR_lint()
    {
        var exhibit = HtmlReleaseRenderer.RenderEdgarExhibit(Release.Value.Document, Info);
        Assert.Empty(EdgarLint.Check(exhibit));
        Assert.DoesNotContain("<a ", exhibit);
    }

    [Fact]
    public void The_page_lints_as_not_an_exhibit()
    {
        // The page keeps its stylesheet and links: the lint must see that, or it proves nothing above.
        var findings = EdgarLint.Check(HtmlReleaseRenderer.RenderPage(Release.Value.Document, Info));
        Assert.Contains(findings, f => f.Code == EdgarLint.DisallowedElement);
    }
}
