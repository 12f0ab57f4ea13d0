using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

/// <summary>
/// A paragraph measured alone (10pt text: 5pt a character, 2.5pt a space, 12pt lines) and drawn on a
/// 300 x 200 page with 20pt margins: what fits, what wraps, and what moves to the next page.
/// </summary>
public class TextBlockLayoutTests
{
    [Fact]
    public void A_line_that_fits_takes_its_own_width_and_one_line_height()
    {
        Assert.Equal("FullRender 47.5x12", Measure(Text("alpha beta"), 260, 160)); // 5 + 1 + 4 characters
        Assert.Equal("""
            page 1 300x200
              text 20,29 10R "alpha beta"

            """, Drawn(Text("alpha beta")));
    }

    [Fact]
    public void Words_wrap_at_the_available_width()
    {
        // "alpha beta gamma" is 75pt: at 75 it fits on one line, at 74.9 "gamma" goes to a second.
        Assert.Equal("FullRender 75x12", Measure(Text("alpha beta gamma"), 75, 160));
        Assert.Equal("FullRender 47.5x24", Measure(Text("alpha beta gamma"), 74.9, 160));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_rather_than_overflowing()
        => Assert.Equal("FullRender 30x24", Measure(Text("abcdefghij"), 30, 160)); // six characters, then four

    [Fact]
    public void Lines_that_do_not_fit_continue_on_the_next_page()
    {
        // Five lines offered 30pt: two fit (24pt), three follow.
        Assert.Equal("PartialRender 5x24", Measure(Lines("a", "b", "c", "d", "e"), 260, 30));
        Assert.Equal("PartialRender 5x24", Measure(Lines("a", "b", "c", "d", "e"), 260, 35.9));
        Assert.Equal("PartialRender 5x36", Measure(Lines("a", "b", "c", "d", "e"), 260, 36));
    }

    [Fact]
    public void Less_than_a_line_of_room_moves_the_paragraph_to_the_next_page()
    {
        Assert.Equal("FullRender 25x12", Measure(Text("alpha"), 260, 12));
        Assert.Equal("Wrap", Measure(Text("alpha"), 260, 11.9));
    }

    [Fact]
    public void No_line_is_left_alone_at_the_foot_or_the_head_of_a_page()
    {
        // Three lines with room for two would leave one alone on the next page (a widow); taking one
        // back would leave one alone here (an orphan): the paragraph moves whole.
        Assert.Equal("Wrap", Measure(Lines("a", "b", "c"), 260, 30));
        // Four lines with room for three: two go, so two follow.
        Assert.Equal("PartialRender 5x24", Measure(Lines("a", "b", "c", "d"), 260, 36));
        // At the top of a page the rules give way: what fits is drawn.
        var long_ = Lines(Enumerable.Range(1, 14).Select(i => $"l{i}").ToArray());
        Assert.Equal("PartialRender 15x156", Measure(long_, 260, 160));
    }

    [Fact]
    public void An_empty_paragraph_takes_no_space()
        => Assert.Equal("Empty", Measure(Text(""), 260, 160));

    [Fact]
    public void A_paragraph_split_across_pages_starts_the_next_page_at_the_top_margin()
    {
        var column = new Column().Add(Spacer(130)).Add(Lines("one", "two", "three", "four"));
        Assert.Equal("""
            page 1 300x200
              <Artifact>
                line 20,85 280,85 w130
              text 20,159 10R "one"
              text 20,171 10R "two"
            page 2 300x200
              text 20,29 10R "three"
              text 20,41 10R "four"

            """, Drawn(column));
    }
}
