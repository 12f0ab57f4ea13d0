using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReleaseGen.Markdown;

namespace ReleaseGen.Word.Tests;

/// <summary>The visible text of Open XML as a reader sees it: paragraphs and cells apart, runs joined, list numbers and footnote numbers as Word draws them.</summary>
internal static class WordText
{
    /// <summary>What a Word document shows beyond the words: list and footnote numbers ("1."), footnote references as plain digits after their word.</summary>
    public static PlainTextOptions Options { get; } = new(NumberedItems: true, SuperscriptFootnoteReferences: false, ImageAltText: true);

    public static IReadOnlyList<string> Words(OpenXmlElement element) => PlainText.SplitWords(Of(element));

    /// <summary>
    /// The text of an element: paragraphs (each its list number, if ordered) and cells separated by
    /// spaces, deleted text left out, a footnote reference as its number.
    /// </summary>
    public static string Of(OpenXmlElement element)
    {
        var sb = new System.Text.StringBuilder();
        var counters = new Dictionary<int, int>();
        foreach (var paragraph in element.Descendants<Paragraph>().Prepend(element as Paragraph).OfType<Paragraph>())
        {
            sb.Append(' ');
            if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } numId && IsOrdered(paragraph, numId))
            {
                counters[numId] = counters.GetValueOrDefault(numId) + 1;
                sb.Append(counters[numId]).Append(". ");
            }
            foreach (var item in paragraph.Descendants())
            {
                switch (item)
                {
                    case Text text: sb.Append(text.Text); break;
                    case TabChar or Break: sb.Append(' '); break;
                    case FootnoteReference reference: sb.Append(reference.Id!.Value); break;
                    case FootnoteReferenceMark when paragraph.Ancestors<Footnote>().FirstOrDefault() is { } note: sb.Append(note.Id!.Value); break;
                }
            }
            sb.Append(' ');
        }
        return sb.ToString();
    }

    private static bool IsOrdered(Paragraph paragraph, int numId)
    {
        var numbering = paragraph.Ancestors<Document>().FirstOrDefault()?.MainDocumentPart?.NumberingDefinitionsPart?.Numbering;
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        return instance?.AbstractNumId?.Val?.Value == 2;
    }
}
