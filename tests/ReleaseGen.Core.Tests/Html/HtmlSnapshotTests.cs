using ReleaseGen.Html;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Html;

public class HtmlSnapshotTests
{
    [Fact]
    public void Page_of_the_sample_release()
    {
        var html = HtmlReleaseRenderer.RenderPage(Fixtures.Sample(), Fixtures.SampleInfo);
        Snapshot.Verify(html, new SnapshotSettings().UseName("page").UseExtension("html").WithoutPageStylesheet());
    }

    /// <summary>The standalone page's stylesheet, once; page snapshots leave it out (<see cref="PageSnapshots"/>).</summary>
    [Fact]
    public void Page_stylesheet() => Snapshot.Verify(PageStylesheet.Css, new SnapshotSettings().UseExtension("css"));

    [Fact]
    public void Edgar_exhibit_of_the_sample_release()
    {
        var html = HtmlReleaseRenderer.RenderEdgarExhibit(Fixtures.Sample(), Fixtures.SampleInfo);
        Snapshot.Verify(html, new SnapshotSettings().UseName("edgar").UseExtension("html"));
    }
}
