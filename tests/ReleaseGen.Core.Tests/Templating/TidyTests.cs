using ReleaseGen.Templating;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>The rendered Markdown's tidying: line ends, trailing white space, blank lines.</summary>
public sealed class TidyTests
{
    [Theory]
    [InlineData("a\nb", "a\nb\n")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("\n\n\na", "a\n")]
    [InlineData("a\n\n\n\nb", "a\n\nb\n")]
    [InlineData("a  \t\nb \u00A0\n", "a\nb\n")]
    [InlineData("a\n  \n \t \nb", "a\n\nb\n")]
    [InlineData("a\n\n\n", "a\n")]
    [InlineData("a\rb\n", "a\rb\n")]
    [InlineData("  indented\n", "  indented\n")]
    [InlineData("", "\n")]
    [InlineData("\n \n", "\n")]
    public void Line_ends_trailing_space_and_blank_lines_are_tidied(string markdown, string expected) =>
        Assert.Equal(expected, ReleaseRenderer.Tidy(markdown));
}
