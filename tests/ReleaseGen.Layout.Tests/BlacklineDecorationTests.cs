using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

/// <summary>What a blackline draws: struck-through deletions, underlined insertions, change bars in the margin.</summary>
public class BlacklineDecorationTests
{
    private static readonly Color Red = new(0xa4, 0, 0);

    [Fact]
    public void A_struck_through_run_has_a_line_across_its_ink_at_mid_height_and_plain_text_has_none()
    {
        var text = new TextBlock([new TextSpan("old ", Body with { Strikethrough = true, Color = Red }), new TextSpan("kept", Body)]);
        var recorded = Render(Page(text));

        var line = Assert.Single(recorded.Lines);
        var struck = recorded.Texts.Single(t => t.Text.StartsWith("old", StringComparison.Ordinal));
        Assert.Equal(Red, line.Color);
        Assert.Equal(struck.X, line.X1, 6);
        Assert.Equal(struck.X + 15, line.X2, 6); // "old" is 3 characters of 5 pt: the space after it is not struck
        Assert.Equal(line.Y1, line.Y2);
        Assert.InRange(line.Y1, struck.Baseline - 0.8 * Body.Size, struck.Baseline); // between cap height and baseline
    }

    [Fact]
    public void A_margin_bar_runs_beside_its_child_in_the_left_margin_on_every_page_it_spans()
    {
        var child = Text(Words(200)); // longer than a page
        var recorded = Render(Page(new MarginBar(child, offset: 10, thickness: 2, Red)));

        Assert.True(recorded.PageCount >= 2);
        var bars = recorded.Lines.Where(l => l.Color == Red).ToList();
        Assert.Equal(recorded.PageCount, bars.Count);
        foreach (var bar in bars)
        {
            Assert.Equal(bar.X1, bar.X2);
            Assert.Equal(20 - 10 + 1, bar.X1, 6); // margin 20, 10 pt to its left, centred on its 2 pt width
            var lines = recorded.Texts.Where(t => t.Page == bar.Page).ToList();
            Assert.True(bar.Y1 <= lines.Min(t => t.Baseline) - Body.Size * 0.8 + 1e-6 && bar.Y2 >= lines.Max(t => t.Baseline), "the bar spans the text of its page");
        }
        // The child keeps its full width: the text starts at the margin, not after the bar.
        Assert.All(recorded.Texts.GroupBy(t => (t.Page, t.Baseline)), line => Assert.Equal(20, line.Min(t => t.X), 6));
    }
}
