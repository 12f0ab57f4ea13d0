using ReleaseGen.Html;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Html;

public class HtmlSnapshotTests
{
    [Fact]
    public void Page_of_the_sample_release()
    {
        var html = HtmlReleaseRenderer.RenderPage(Fixtures.Sample(), Fixtures.SampleInfo);
        Snapshot.Verify(html, new SnapshotSettings().UseName("page").UseExtension("html"));
    }

    [Fact]
    public void Edgar_exhibit_of_the_sample_release()
    {
        var html = HtmlReleaseRenderer.RenderEdgarExhibit(Fixtures.Sample(), Fixtures.SampleInfo);
        Snapshot.Verify(html, new SnapshotSettings().UseName("edgar").UseExtension("html"));
    }
}
