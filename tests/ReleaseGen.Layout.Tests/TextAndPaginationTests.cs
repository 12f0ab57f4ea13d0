using ReleaseGen.Layout;
using static ReleaseGen.Layout.Tests.LayoutHarness;

namespace ReleaseGen.Layout.Tests;

public class TextAndPaginationTests
{
    [Fact]
    public void A_paragraph_longer_than_a_page_continues_on_the_next_page()
    {
        var text = Words(400);
        var recorded = Render(Page(Text(text)));

        Assert.True(recorded.PageCount >= 3, $"got {recorded.PageCount} pages");
        var words = recorded.Texts.SelectMany(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(text.Split(' '), words);
        // Nothing is drawn below the content area (page 200 - bottom margin 20).
        Assert.All(recorded.Texts, t => Assert.True(t.Baseline <= 180, $"'{t.Text}' at {t.Baseline} on page {t.Page}"));
    }

    [Fact]
    public void Ragged_lines_keep_real_spaces_between_words()
    {
        var recorded = Render(Page(Text("alpha beta gamma")));
        Assert.Equal("alpha beta gamma", Assert.Single(recorded.Texts).Text);
    }

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last()
    {
        var measurer = new FixedWidthTextMeasurer();
        var recorded = Render(Page(Text(Words(60), TextAlignment.Justify)));
        var lines = recorded.Texts.GroupBy(t => (t.Page, t.Baseline)).ToList();
        Assert.True(lines.Count > 2);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var last = line.OrderBy(t => t.X).Last();
            var right = last.X + measurer.MeasureWidth(last.Text.TrimEnd(), last.Style);
            Assert.Equal(280, right, 6); // left margin 20 + width 260
        }
        var lastLine = lines[^1].OrderBy(t => t.X).Last();
        Assert.True(lastLine.X + measurer.MeasureWidth(lastLine.Text, lastLine.Style) < 280);
        // Every word but the last of a line carries its space, so extracted text reads right.
        Assert.All(lines.Take(lines.Count - 1).SelectMany(l => l.OrderBy(t => t.X).SkipLast(1)), t => Assert.EndsWith(" ", t.Text));
    }

    [Fact]
    public void Mixed_runs_in_one_paragraph_keep_their_styles_and_spaces()
    {
        var block = new TextBlock([
            new TextSpan("Plain start ", Body),
            new TextSpan("bold words", Bold),
            new TextSpan(" then a ", Body),
            new TextSpan("link", Body with { Underline = true }, "https://example.com/"),
            new TextSpan(".", Body),
        ]);
        var recorded = Render(Page(block));
        Assert.Equal("Plain start bold words then a link.", string.Concat(recorded.Texts.Select(t => t.Text)));
        Assert.True(recorded.Texts.Single(t => t.Text.StartsWith("bold", StringComparison.Ordinal)).Style.Bold);
        Assert.Equal([(1, "https://example.com/")], recorded.Links);
    }

    [Fact]
    public void Keep_together_moves_a_block_that_would_be_split_to_the_next_page()
    {
        // 10 lines of filler (120pt of 160), then a 5-line block: 3 lines would fit on page 1.
        Column Build(bool keep)
        {
            var column = new Column();
            column.Add(Text(string.Join(" ", Enumerable.Range(1, 10).Select(i => "filler" + i + new string('f', 40)))));
            Element block = Text(string.Join(" ", Enumerable.Range(1, 5).Select(i => "kept" + i + new string('k', 40))));
            column.Add(keep ? new KeepTogether(block) : block);
            return column;
        }

        var split = Render(Page(Build(keep: false)));
        Assert.True(split.Texts.Where(t => t.Text.StartsWith("kept", StringComparison.Ordinal)).Select(t => t.Page).Distinct().Count() > 1,
            "control: without keep-together the block is split");

        var kept = Render(Page(Build(keep: true)));
        var pages = kept.Texts.Where(t => t.Text.StartsWith("kept", StringComparison.Ordinal)).Select(t => t.Page).Distinct().ToList();
        Assert.Equal([2], pages);
        Assert.Equal(20 + 8 + 1, kept.Texts.First(t => t.Text.StartsWith("kept1", StringComparison.Ordinal)).Baseline, 6);
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        Column Build(bool keepWithNext)
        {
            var column = new Column();
            column.Add(Text(string.Join(" ", Enumerable.Range(1, 12).Select(i => "filler" + i + new string('f', 40)))));
            column.Add(new TextBlock("Heading", Bold), keepWithNext);
            column.Add(Text(Words(80)));
            return column;
        }

        var loose = Render(Page(Build(keepWithNext: false)));
        Assert.Equal(1, loose.Texts.Single(t => t.Text == "Heading").Page); // control

        var kept = Render(Page(Build(keepWithNext: true)));
        var heading = kept.Texts.Single(t => t.Text == "Heading");
        var firstWord = kept.Texts.First(t => t.Text.StartsWith("w1 ", StringComparison.Ordinal));
        Assert.Equal(2, heading.Page);
        Assert.Equal(heading.Page, firstWord.Page);
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var column = new Column().Add(Text("before")).Add(new PageBreak()).Add(Text("after"));
        var recorded = Render(Page(column));
        Assert.Equal(1, recorded.Texts.Single(t => t.Text == "before").Page);
        Assert.Equal(2, recorded.Texts.Single(t => t.Text == "after").Page);
    }

    [Fact]
    public void The_footer_says_page_n_of_m_on_every_page()
    {
        var recorded = Render(Page(Text(Words(400)), footer: true));
        int m = recorded.PageCount;
        Assert.True(m >= 3);
        var footers = recorded.Texts.Where(t => t.Text.StartsWith("Page ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, m).Select(n => $"Page {n} of {m}"), footers.Select(f => f.Text));
        Assert.All(footers, f => Assert.True(f.InArtifact));
        Assert.Equal(Enumerable.Range(1, m), footers.Select(f => f.Page));
    }

    [Fact]
    public void The_content_is_laid_out_once_and_the_footers_know_the_page_count()
    {
        // The footer needs the page count, the content does not: the content is drawn once (no pass only to count pages).
        var counted = new DrawCounter(height: 20);
        var recorded = Render(Page(new Column().Add(Spacer(150)).Add(counted), footer: true));

        Assert.Equal(2, recorded.PageCount);
        Assert.Equal(1, counted.Draws);
        Assert.Equal(0, counted.TotalPagesSeen);
        Assert.Equal(["Page 1 of 2", "Page 2 of 2"], recorded.Texts.Where(t => t.InArtifact).Select(t => t.Text));
    }

    /// <summary>A block of a given height that counts how often it is drawn, and notes the page count it was drawn with.</summary>
    private sealed class DrawCounter(double height) : Element
    {
        private bool _drawn;

        public int Draws { get; private set; }

        public int TotalPagesSeen { get; private set; } = -1;

        protected override void OnResetState() => _drawn = false;

        public override SpacePlan Measure(Size available) =>
            _drawn ? SpacePlan.Empty() : available.Height >= height ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap();

        public override void Draw(Size available)
        {
            Draws++;
            TotalPagesSeen = Page.TotalPages;
            _drawn = true;
        }
    }

    [Fact]
    public void Measure_has_no_side_effects()
    {
        var block = Text(Words(200));
        var document = Page(block);
        var surface = new RecordingSurface();
        // Initialize through a first full render, then measure repeatedly after a reset.
        DocumentGenerator.Generate(document, surface, new FixedWidthTextMeasurer());
        block.ResetState();
        var first = block.Measure(new Size(260, 160));
        var second = block.Measure(new Size(260, 160));
        Assert.Equal(first, second);
        Assert.Equal(SpacePlanType.PartialRender, first.Type);
    }

    [Fact]
    public void An_element_taller_than_an_empty_page_is_an_error_not_a_loop()
    {
        var tall = new Padding(Text("x"), top: 500);
        var ex = Assert.Throws<LayoutException>(() => Render(Page(tall)));
        Assert.Contains("does not fit", ex.Message);
    }

    [Fact]
    public void A_balanced_block_sets_lines_of_even_length_in_as_few_lines()
    {
        // Letters 5pt, spaces 2.5pt: all but "zz" fill 257.5 of the 260pt line, so "zz" wraps alone.
        var text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk ll zz";
        var ragged = Render(Page(new TextBlock(text, Body, TextAlignment.Center)));
        var balanced = Render(Page(new TextBlock(text, Body, TextAlignment.Center) { Balanced = true }));

        Assert.Equal(2, ragged.Texts.Count);
        Assert.Equal("zz", ragged.Texts[1].Text); // control: a lone word on the last line
        Assert.Equal(2, balanced.Texts.Count);
        var lengths = balanced.Texts.Select(t => t.Text.TrimEnd().Length).ToList();
        Assert.True(Math.Abs(lengths[0] - lengths[1]) <= 5, string.Join(" | ", balanced.Texts.Select(t => t.Text)));
        // The wrapped line ends with a real space, so the runs concatenate to the text.
        Assert.Equal(text, string.Concat(balanced.Texts.Select(t => t.Text)));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_rather_than_overflowing()
    {
        var url = "https://example.com/" + new string('x', 80); // 100 characters: 500pt on a 260pt line
        var recorded = Render(Page(Text("See " + url + " now")));
        var measurer = new FixedWidthTextMeasurer();
        Assert.All(recorded.Texts, t => Assert.True(t.X + measurer.MeasureWidth(t.Text.TrimEnd(), t.Style) <= 280 + 1e-6, $"'{t.Text}' overflows"));
        Assert.Equal("See " + url + " now", string.Concat(recorded.Texts.Select(t => t.Text)));
    }

    [Fact]
    public void Space_before_a_block_is_dropped_at_the_top_of_a_page()
    {
        var column = new Column(spacing: 4);
        column.Add(Text("first"));
        column.Add(Text("second"), spaceBefore: 30);
        column.Add(new PageBreak());
        column.Add(Text("third"), spaceBefore: 30);
        var recorded = Render(Page(column));

        double top = 20 + 8 + 1; // margin + ascent + half leading
        Assert.Equal(top, recorded.Texts.Single(t => t.Text == "first").Baseline, 6);
        Assert.Equal(top + 12 + 4 + 30, recorded.Texts.Single(t => t.Text == "second").Baseline, 6);
        var third = recorded.Texts.Single(t => t.Text == "third");
        Assert.Equal(2, third.Page);
        Assert.Equal(top, third.Baseline, 6);
    }

    [Fact]
    public void A_header_is_drawn_above_the_content_on_every_page_as_an_artifact()
    {
        var document = new LayoutDocument(Text(Words(400)))
        {
            PageSize = new Size(300, 200),
            Margins = Margins.All(20),
            HeaderOffset = 16,
            Header = page => new TextBlock($"Header {page.PageNumber}", Body),
        };
        var recorded = Render(document);
        var headers = recorded.Texts.Where(t => t.Text.StartsWith("Header", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, recorded.PageCount).Select(n => $"Header {n}"), headers.Select(h => h.Text));
        Assert.All(headers, h => Assert.True(h.InArtifact && h.Baseline < 20, $"{h.Text} at {h.Baseline}"));
        Assert.All(recorded.Texts.Where(t => !t.InArtifact), t => Assert.True(t.Baseline > 20));
    }

    [Fact]
    public void A_paragraph_never_leaves_a_lone_line_at_either_side_of_a_page_break()
    {
        // Push a 3-line paragraph down one line at a time across the page end.
        for (int filler = 8; filler <= 14; filler++)
        {
            var column = new Column();
            column.Add(Text(string.Join(" ", Enumerable.Range(1, filler).Select(i => "filler" + i + new string('f', 40)))));
            column.Add(Text(string.Join(" ", Enumerable.Range(1, 3).Select(i => "para" + i + new string('p', 40)))));
            var recorded = Render(Page(column));
            var perPage = recorded.Texts.Where(t => t.Text.StartsWith("para", StringComparison.Ordinal))
                .GroupBy(t => t.Page).Select(g => g.Count()).ToList();
            Assert.True(perPage.All(c => c != 1) || perPage.Count == 1, $"{filler} filler lines: lines per page {string.Join(",", perPage)}");
        }
    }
}
