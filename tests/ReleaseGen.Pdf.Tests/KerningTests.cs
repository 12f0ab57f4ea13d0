using PdfSharp.Fonts;
using ReleaseGen.Formats;
using ReleaseGen.Layout;
using ReleaseGen.Layout.PdfSharp;
using ReleaseGen.Pdf.Fonts;
using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

/// <summary>The PDF is kerned with the embedded fonts' own pairs, measured and drawn alike, and reads the same.</summary>
public class KerningTests
{
    private static FontKerning RegularKerning()
    {
        ReleaseFontResolver.EnsureInstalled();
        var face = GlobalFontSettings.FontResolver!.ResolveTypeface(ReleaseFontResolver.FamilyName, false, false)!.FaceName;
        return FontKerning.Read(GlobalFontSettings.FontResolver.GetFont(face)!);
    }

    [Fact]
    public void Liberation_Sans_kern_table_is_read_through_its_cmap()
    {
        var kerning = RegularKerning();
        Assert.True(kerning.Count > 500, $"{kerning.Count} pairs");
        Assert.True(kerning.Em('A', 'V') < -0.05, $"A V: {kerning.Em('A', 'V')}"); // the classic pair
        Assert.True(kerning.Em('T', 'o') < 0, $"T o: {kerning.Em('T', 'o')}");
        Assert.Equal(0, kerning.Em('1', '2'));                                    // tabular figures are never kerned
        Assert.Equal(0, kerning.Em('A', ' '));                                    // nor pairs with a space
        Assert.Same(FontKerning.None, FontKerning.Read([0, 1, 0, 0, 0, 0]));      // a file without tables has none
    }

    /// <summary>
    /// Every character pair of every face, as the kern table and the cmap give them (counted once with a reader that
    /// mapped every character of the font; the reader now maps only the characters of kerned glyphs).
    /// </summary>
    [Theory]
    [InlineData(false, false, 885, -5.441895)]
    [InlineData(true, false, 895, -5.288574)]
    [InlineData(false, true, 838, -4.561035)]
    [InlineData(true, true, 803, -4.162598)]
    public void Each_face_has_all_its_kerned_character_pairs(bool bold, bool italic, int pairs, double sumOfLatinPairs)
    {
        ReleaseFontResolver.EnsureInstalled();
        var face = GlobalFontSettings.FontResolver!.ResolveTypeface(ReleaseFontResolver.FamilyName, bold, italic)!.FaceName;
        var kerning = FontKerning.Read(GlobalFontSettings.FontResolver.GetFont(face)!);
        Assert.Equal(pairs, kerning.Count);
        double sum = 0;
        for (char left = ' '; left <= '\u02FF'; left++)
            for (char right = ' '; right <= '\u02FF'; right++)
                sum += kerning.Em(left, right);
        Assert.Equal(sumOfLatinPairs, sum, tolerance: 1e-5);
    }

    [Fact]
    public void Kerned_widths_are_narrower_by_the_pairs_and_figures_keep_their_width()
    {
        ReleaseFontResolver.EnsureInstalled();
        var style = PdfStyleSheet.Letter.Text(10);
        var kerned = new PdfSharpTextMeasurer(kerning: true);
        var plain = new PdfSharpTextMeasurer(kerning: false);
        double expected = RegularKerning().TotalEm("AVAToyota") * 10;
        Assert.True(expected < 0);
        Assert.Equal(plain.MeasureWidth("AVAToyota", style) + expected, kerned.MeasureWidth("AVAToyota", style), 6);
        Assert.Equal(plain.MeasureWidth("1,040,257", style), kerned.MeasureWidth("1,040,257", style), 6);
    }

    [Fact]
    public void Kerned_and_unkerned_pdfs_read_the_same_words_and_are_deterministic()
    {
        var output = ReleasePipeline.Run(Repository.Example("alexco-2012-q2"), Repository.Templates);
        Assert.True(output.Succeeded);
        var info = PdfDocumentInfo.From(output.Document!);
        var kerned = PdfReleaseRenderer.Render(output.Document!.Syntax, info, PdfStyleSheet.Letter);
        var plain = PdfReleaseRenderer.Render(output.Document.Syntax, info, PdfStyleSheet.Letter with { Kerning = false });
        Assert.NotEqual(kerned, plain);
        Assert.Equal(kerned, PdfReleaseRenderer.Render(output.Document.Syntax, info, PdfStyleSheet.Letter));
        Assert.Equal(Words(plain), Words(kerned));
    }

    private static List<string> Words(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.GetWords().Select(w => w.Text)).ToList();
    }
}
