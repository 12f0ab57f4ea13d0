using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

/// <summary><see cref="Padding"/>: space around a child, which is measured in what is left inside.</summary>
public class PaddingLayoutTests
{
    [Fact]
    public void The_padding_is_added_around_the_child_and_moves_what_it_draws()
    {
        var padded = new Padding(Text("alpha"), left: 10, top: 5, right: 10, bottom: 5);
        Assert.Equal("FullRender 45x22", Measure(padded, 260, 160)); // 25 + 20 by 12 + 10
        Assert.Equal("""
            page 1 300x200
              text 30,34 10R "alpha"

            """, Drawn(padded));
    }

    [Fact]
    public void The_child_wraps_in_the_width_left_inside()
    {
        // 60 less 20 leaves 40: "alpha beta" (47.5) breaks into two lines.
        Assert.Equal("FullRender 45x24", Measure(new Padding(Text("alpha beta"), left: 10, right: 10), 60, 160));
        Assert.Equal("FullRender 67.5x12", Measure(new Padding(Text("alpha beta"), left: 10, right: 10), 67.5, 160));
    }

    [Fact]
    public void The_padded_child_moves_to_the_next_page_when_its_padding_leaves_no_room()
    {
        var padded = new Padding(Text("alpha"), top: 10, bottom: 10);
        Assert.Equal("FullRender 25x32", Measure(padded, 260, 32));
        Assert.Equal("Wrap", Measure(padded, 260, 31.9)); // a line needs 12 inside
        Assert.Equal("Wrap", Measure(padded, 260, 15)); // less than the padding itself
    }

    [Fact]
    public void Padding_around_nothing_takes_no_space()
        => Assert.Equal("Empty", Measure(new Padding(new EmptyElement(), top: 10), 260, 5));

    [Fact]
    public void Each_page_of_a_split_child_is_padded()
    {
        var padded = new Padding(Lines(Enumerable.Range(1, 16).Select(i => $"l{i}").ToArray()), top: 10, bottom: 10);
        // 140 inside the first page: 11 lines (132) plus the padding; five lines follow.
        Assert.Equal("PartialRender 15x152", Measure(padded, 260, 160));
        var recorded = Render(Page(padded));
        Assert.Equal(2, recorded.PageCount);
        Assert.Equal([("l1", 39.0), ("l12", 39.0)], recorded.Texts.GroupBy(t => t.Page).Select(p => (p.First().Text, p.First().Baseline)));
    }
}

/// <summary><see cref="Layers"/>: children drawn over each other at one origin, as a footer's left and right texts.</summary>
public class LayersLayoutTests
{
    [Fact]
    public void Layers_take_the_size_of_the_largest_and_draw_at_the_same_origin()
    {
        var layers = new Layers(Text("left"), Text("right side", TextAlignment.Right));
        Assert.Equal("FullRender 47.5x12", Measure(layers, 260, 160));
        Assert.Equal("""
            page 1 300x200
              text 20,29 10R "left"
              text 232.5,29 10R "right side"

            """, Drawn(layers));
    }

    [Fact]
    public void If_one_layer_must_move_to_the_next_page_all_move()
        => Assert.Equal("Wrap", Measure(new Layers(Text("one"), Lines("a", "b", "c")), 260, 12));

    [Fact]
    public void If_one_layer_continues_on_the_next_page_the_layers_do()
        => Assert.Equal("PartialRender 15x24", Measure(new Layers(Text("one"), Lines("a", "b", "c", "d", "e")), 260, 30));

    [Fact]
    public void Layers_of_nothing_take_no_space()
    {
        Assert.Equal("Empty", Measure(new Layers(new EmptyElement(), new EmptyElement()), 260, 160));
        Assert.Equal("FullRender 15x12", Measure(new Layers(new EmptyElement(), Text("one")), 260, 160));
    }
}

/// <summary><see cref="ListItem"/>: a label hanging in an indent beside a body that may continue on the next page.</summary>
public class ListItemLayoutTests
{
    [Fact]
    public void The_label_hangs_in_the_indent_beside_the_first_line()
    {
        var item = new ListItem(Text("1."), Text("alpha beta"), indent: 15);
        Assert.Equal("FullRender 62.5x12", Measure(item, 260, 160));
        Assert.Equal("""
            page 1 300x200
              <LI>
                <Lbl>
                  text 20,29 10R "1."
                <LBody>
                  text 35,29 10R "alpha beta"

            """, Drawn(item));
    }

    [Fact]
    public void The_body_wraps_in_the_width_beside_the_indent()
        => Assert.Equal("FullRender 40x24", Measure(new ListItem(Text("1."), Text("alpha beta"), indent: 15), 60, 160));

    [Fact]
    public void An_item_whose_body_cannot_start_moves_to_the_next_page()
        => Assert.Equal("Wrap", Measure(new ListItem(Text("1."), Lines("a", "b", "c"), indent: 15), 260, 12));

    [Fact]
    public void A_body_continuing_on_the_next_page_keeps_its_item_open_and_draws_the_label_once()
    {
        var column = new Column().Add(Spacer(130)).Add(new ListItem(Text("1."), Lines("one", "two", "three", "four"), indent: 15));
        Assert.Equal("""
            page 1 300x200
              <Artifact>
                line 20,85 280,85 w130
              <LI>
                <Lbl>
                  text 20,159 10R "1."
                <LBody>
                  text 35,159 10R "one"
                  text 35,171 10R "two"
                  (continues: LI > LBody)
            page 2 300x200
                  text 35,29 10R "three"
                  text 35,41 10R "four"

            """, Drawn(column));
    }
}

/// <summary><see cref="Column"/>: children stacked with spacing; what does not fit starts the next page.</summary>
public class ColumnLayoutTests
{
    [Fact]
    public void Spacing_goes_between_children_not_after_the_last()
    {
        var column = new Column(spacing: 6).Add(Text("a")).Add(Text("b"));
        Assert.Equal("FullRender 5x30", Measure(column, 260, 160));
        Assert.Equal("""
            page 1 300x200
              text 20,29 10R "a"
              text 20,47 10R "b"

            """, Drawn(column));
    }

    [Fact]
    public void Space_before_a_child_is_dropped_at_the_top_of_a_page()
    {
        var column = new Column().Add(Text("a"), spaceBefore: 10);
        Assert.Equal("FullRender 5x12", Measure(column, 260, 160));
        Assert.Equal("FullRender 5x22", Measure(new Column().Add(Text("a"), spaceBefore: 10), 260, 159.9));
    }

    [Fact]
    public void A_child_that_does_not_fit_starts_the_next_page()
    {
        Assert.Equal("FullRender 260x160", Measure(new Column().Add(Spacer(148)).Add(Text("a")), 260, 160));
        Assert.Equal("PartialRender 260x149", Measure(new Column().Add(Spacer(149)).Add(Text("a")), 260, 160));
    }

    [Fact]
    public void A_heading_kept_with_next_moves_with_a_paragraph_that_cannot_start()
    {
        // 30 left: the heading fits (12), but three lines in the 18 below it would leave an orphan.
        Column Build(bool keep) => new Column().Add(Spacer(130)).Add(Text("Heading"), keepWithNext: keep).Add(Lines("a", "b", "c"));
        Assert.Equal("PartialRender 260x142", Measure(Build(keep: false), 260, 160));
        Assert.Equal("PartialRender 260x130", Measure(Build(keep: true), 260, 160));
        Assert.Equal("""
            page 1 300x200
              <Artifact>
                line 20,85 280,85 w130
            page 2 300x200
              text 20,29 10R "Heading"
              text 20,41 10R "a"
              text 20,53 10R "b"
              text 20,65 10R "c"

            """, Drawn(Build(keep: true)));
    }

    [Fact]
    public void A_column_whose_first_child_cannot_start_moves_and_an_empty_one_takes_no_space()
    {
        Assert.Equal("Wrap", Measure(new Column().Add(Text("a")), 260, 5));
        Assert.Equal("Empty", Measure(new Column(), 260, 160));
        Assert.Equal("Empty", Measure(new Column(spacing: 6).Add(new EmptyElement()).Add(new EmptyElement()), 260, 160));
    }
}
