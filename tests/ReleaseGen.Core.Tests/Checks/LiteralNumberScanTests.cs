using ReleaseGen.Checks;

namespace ReleaseGen.Core.Tests.Checks;

public class LiteralNumberScanTests
{
    private static List<(int Line, int Column, string Number)> Scan(string template) => LiteralNumberRule.Scan(template).ToList();

    [Fact]
    public void Numbers_in_text_are_found_with_line_and_column()
    {
        Assert.Equal([(1, 10, "458,472"), (2, 4, "14"), (2, 12, "3.7")], Scan("Produced 458,472 ounces\nup 14% and 3.7 million"));
    }

    [Fact]
    public void Numbers_inside_template_code_are_not_literals()
    {
        Assert.Empty(Scan("{{ num.format 29000 }} and {{ literal \"24\" }} and {{ figures.silver_oz[\"2012-Q1\"] }}\n{{~ ## a comment with 14 ~}}"));
    }

    [Fact]
    public void Windows_line_endings_count_as_one()
        => Assert.Equal([(2, 3, "12")], Scan("a\r\nb 12"));

    [Fact]
    public void An_unclosed_code_block_hides_the_rest_of_the_template()
        => Assert.Equal([(1, 1, "5")], Scan("5 {{ if x 12\n14"));

    [Theory]
    [InlineData("1899", true)]
    [InlineData("1900", false)]
    [InlineData("2099", false)]
    [InlineData("2100", true)]
    public void Years_from_1900_to_2099_are_exempt(string year, bool reported)
        => Assert.Equal(reported ? [(1, 4, year)] : [], Scan($"In {year}"));

    [Fact]
    public void Code_spanning_lines_keeps_positions()
    {
        Assert.Equal([(3, 4, "7")], Scan("{{ if x\n  y = 5 }}\nok 7"));
    }

    [Theory]
    [InlineData("In 2012 and 1995")]
    [InlineData("Call (604) 633-4888 or 1-877-407-8031 or 604.633.4888")]
    [InlineData("in Q2, under Section 27A and Section 21E")]
    [InlineData("National Instrument 43-101, subpart 1300 of Regulation S-K, Item 10(e), Rule 3b-6, Part 4A")]
    [InlineData("1. first\n2) second")]
    [InlineData("a 3D model, H1 results")]
    [InlineData("Cash costs(1) and AISC (2) per ounce")]
    [InlineData("(1) Cash costs are a non-GAAP measure.\n- (2) So is AISC.")]
    [InlineData("gold equivalent[^1] and AISC[^2]\n[^1]: Gold equivalent.")]
    [InlineData("AISC<sup>1</sup> and cash costs<sup> 2 </sup> and ^3^")]
    [InlineData("silver converted at {{ num.format facts.ratio }}:1, or {{ facts.ratio }} : 1")]
    public void Exempt_by_rule(string text) => Assert.Empty(Scan(text));

    [Theory]
    [InlineData("In 1850", "1850")]
    [InlineData("about 2 days", "2")]
    [InlineData("a 52% increase", "52")]
    [InlineData("page 12", "12")]
    [InlineData("| Cash costs | (5) |", "5")]
    [InlineData("converted at a ratio of 80:1", "80")]
    [InlineData("costs (100) were", "100")]
    public void Not_exempt(string text, string number) => Assert.Equal(number, Assert.Single(Scan(text)).Number);
}
