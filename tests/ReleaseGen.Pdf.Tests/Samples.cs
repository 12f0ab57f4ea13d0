using Markdig.Syntax;
using ReleaseGen.Markdown;

namespace ReleaseGen.Pdf.Tests;

internal static class Samples
{
    public static string SampleMarkdown => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample-release.md"));

    public static MarkdownDocument SampleRelease => ReleaseMarkdown.Parse(SampleMarkdown);

    public static PdfDocumentInfo Info { get; } = new(
        Title: "Alexco Reports Silver Production for the Second Quarter of 2012",
        Author: "Alexco Resource Corp.",
        Subject: "Second quarter 2012 production",
        Keywords: ["silver", "production", "Keno Hill"],
        Language: "en-CA",
        Date: new DateTimeOffset(2012, 7, 16, 6, 30, 0, TimeSpan.FromHours(-7)),
        FooterText: "Alexco Resource Corp. | Q2 2012 production");

    /// <summary>Words PdfPig extracts from the content area (footers excluded), bullets dropped.</summary>
    public static List<string> ContentWords(byte[] pdf, PdfStyleSheet? style = null)
    {
        style ??= PdfStyleSheet.Letter;
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var words = new List<string>();
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                if (word.BoundingBox.Bottom < style.Margins.Bottom) continue; // footer, below the content area
                if (word.Text is "\u2022" or "\u25E6") continue; // bullets are list markers, not words
                words.Add(word.Text);
            }
        }
        return words;
    }
}
