using System.Globalization;
using ReleaseGen.Html;

namespace ReleaseGen.Core.Tests.Html;

public class DeterminismTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-CA")]
    [InlineData("hi-IN")]
    public void Rendering_does_not_depend_on_the_machine_culture(string culture)
    {
        var (page, exhibit) = RenderIn(CultureInfo.InvariantCulture);
        var (page2, exhibit2) = RenderIn(CultureInfo.GetCultureInfo(culture));
        Assert.Equal(page, page2);
        Assert.Equal(exhibit, exhibit2);
    }

    [Fact]
    public void Output_uses_lf_line_endings_and_ends_with_one_newline()
    {
        var (page, exhibit) = RenderIn(CultureInfo.InvariantCulture);
        foreach (var html in new[] { page, exhibit })
        {
            Assert.DoesNotContain('\r', html);
            Assert.EndsWith("</html>\n", html);
            Assert.False(html.EndsWith("\n\n", StringComparison.Ordinal));
        }
    }

    private static (string Page, string Exhibit) RenderIn(CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var doc = Fixtures.Sample();
            return (HtmlReleaseRenderer.RenderPage(doc, Fixtures.SampleInfo), HtmlReleaseRenderer.RenderEdgarExhibit(doc, Fixtures.SampleInfo));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
