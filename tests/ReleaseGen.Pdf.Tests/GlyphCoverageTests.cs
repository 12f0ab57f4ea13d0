using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Pdf;
using ReleaseGen.Pdf.Fonts;
using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

/// <summary>Characters the embedded fonts lack are reported (RG540), never drawn as silent empty boxes.</summary>
public class GlyphCoverageTests
{
    [Theory]
    [InlineData('A')]
    [InlineData('\u00e9')] // é
    [InlineData('\u2013')] // en dash
    [InlineData('\u20ac')] // euro sign
    [InlineData('\u2212')] // minus sign: negative figures print with it by default
    public void The_embedded_font_covers_the_text_releases_use(char c) => Assert.True(FontCoverage.Embedded.Covers(c));

    [Theory]
    [InlineData(0x20B9)] // rupee sign
    [InlineData(0x4E2D)] // CJK
    [InlineData(0x0627)] // Arabic alef
    [InlineData(0x0915)] // Devanagari ka
    [InlineData(0x1F600)] // emoji
    public void It_does_not_cover_scripts_it_has_no_glyphs_for(int codePoint) => Assert.False(FontCoverage.Embedded.Covers(codePoint));

    [Fact]
    public void A_missing_glyph_is_a_warning_naming_the_character_and_where_it_was_typed()
    {
        var copy = Repository.CopyExample();
        var narrative = Path.Combine(copy, "narrative.md");
        File.AppendAllText(narrative, "\n\nPrices in \u20B9 and \U0001F600 rose.\n");
        var lines = File.ReadAllLines(narrative);

        var result = ReleaseChecker.Check(copy, new CheckOptions(Repository.Templates), [new PdfGlyphRule()]);

        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingGlyph).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Equal(new SourceLocation(narrative, lines.Length, 11), warnings[0].Location);
        Assert.StartsWith("the PDF's fonts have no glyph for '\u20B9' (U+20B9, first on line ", warnings[0].Message);
        Assert.Contains("'\U0001F600' (U+1F600,", warnings[1].Message);
    }

    [Fact]
    public void The_examples_have_no_missing_glyph()
    {
        foreach (var example in new[] { "alexco-2012-q2", "us-gold-2024-q3" })
            Assert.DoesNotContain(ReleaseChecker.Check(Repository.Example(example), new CheckOptions(Repository.Templates), [new PdfGlyphRule()]).Diagnostics,
                d => d.Code == DiagnosticCodes.MissingGlyph);
    }
}
