using ReleaseGen.Diff;

namespace ReleaseGen.Core.Tests.Diff;

public class WordDiffTests
{
    [Theory]
    [InlineData("458,472 ounces", new[] { "458,472", " ", "ounces" })]
    [InlineData("8.8% and 1,040,257.", new[] { "8.8", "%", " ", "and", " ", "1,040,257", "." })]
    [InlineData("NI 43-101, 2012-Q2", new[] { "NI", " ", "43", "-", "101", ",", " ", "2012", "-", "Q2" })]
    [InlineData("Alexco's mill", new[] { "Alexco's", " ", "mill" })]
    public void Numbers_are_whole_tokens(string text, string[] tokens) =>
        Assert.Equal(tokens, WordTokenizer.Tokenize(text));

    [Fact]
    public void A_changed_figure_is_one_deletion_and_one_insertion()
    {
        var segments = WordDiff.Compare("produced 458,472 ounces", "produced 459,472 ounces");
        Assert.Equal(
            [new Segment(SegmentKind.Same, "produced "), new Segment(SegmentKind.Deleted, "458,472"), new Segment(SegmentKind.Inserted, "459,472"), new Segment(SegmentKind.Same, " ounces")],
            segments);
    }

    [Fact]
    public void Adjacent_changed_words_join_into_one_change()
    {
        var segments = WordDiff.Compare("was lower than expected", "was higher than planned");
        Assert.Equal(SegmentKind.Same, segments[0].Kind);
        Assert.Equal(new Segment(SegmentKind.Deleted, "lower"), segments[1]);
        Assert.Equal(new Segment(SegmentKind.Inserted, "higher"), segments[2]);
        Assert.Equal(new Segment(SegmentKind.Deleted, "expected"), segments[4]);

        var joined = WordDiff.Compare("a b c", "a x y c");
        Assert.Equal([new Segment(SegmentKind.Same, "a "), new Segment(SegmentKind.Deleted, "b"), new Segment(SegmentKind.Inserted, "x y"), new Segment(SegmentKind.Same, " c")], joined);
    }

    [Fact]
    public void Equal_texts_have_no_changes()
    {
        Assert.False(WordDiff.HasChanges(WordDiff.Compare("same text, 1,234", "same text, 1,234")));
        Assert.Equal([new Segment(SegmentKind.Inserted, "new")], WordDiff.Compare("", "new"));
        Assert.Equal([new Segment(SegmentKind.Deleted, "old")], WordDiff.Compare("old", ""));
    }
}
