using ReleaseGen.Testing;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using ReleaseGen.Markdown;
using UglyToad.PdfPig;

namespace ReleaseGen.Word.Tests;

/// <summary>Every example's .docx, converted to PDF by LibreOffice in one start, for the tests that read it back.</summary>
public sealed class LibreOfficeConversions
{
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> _pdfs = new(() =>
    {
        var folder = Scratch.Folder("releasegen-docx");
        try
        {
            var files = Examples.All.ToDictionary(name => name, name =>
            {
                var path = Path.Combine(folder, name + ".docx");
                File.WriteAllBytes(path, Examples.DocxOf(name));
                return path;
            });
            var pdfs = LibreOffice.ConvertToPdf(files.Values.ToList());
            return files.ToDictionary(f => f.Key, f => pdfs[f.Value]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    public byte[] PdfOf(string name) => _pdfs.Value[name];
}

public class LibreOfficeTests(LibreOfficeConversions conversions) : IClassFixture<LibreOfficeConversions>
{
    /// <summary>Below this height (points from the page's bottom edge) is the footer; footnotes sit above it, in the text area.</summary>
    private const double FooterTop = 60;

    [LibreOfficeFact]
    public void LibreOffice_lays_out_every_example_with_the_words_of_the_Markdown()
    {
        foreach (var name in Examples.All)
        {
            var document = Examples.Document(name);
            var actual = PdfWords(conversions.PdfOf(name));

            // Footnotes print at the foot of the page that cites them, not at the end: compare the body in
            // order, and find the footnotes' words, in order, once, wherever LibreOffice put them.
            var all = PlainText.Words(document.Syntax, WordText.Options);
            var withoutNotes = ReleaseMarkdown.Parse(document.Markdown, document.Tables);
            foreach (var group in withoutNotes.OfType<FootnoteGroup>().ToList()) withoutNotes.Remove(group);
            var body = PlainText.Words(withoutNotes, WordText.Options);
            Assert.Equal(body, all.Take(body.Count));
            var notes = all.Skip(body.Count).ToList();

            // A table's header rows repeat on the pages it runs onto: words a reader sees twice, not text.
            var headers = document.Syntax.Descendants<ReleaseTableBlock>().Where(t => t.Model is not null)
                .Select(t => t.Model!.HeaderRows.SelectMany(h => h.Cells).Where(c => c.Text.Length > 0)
                    .SelectMany(c => PlainText.SplitWords(c.Text + c.Marks)).ToList())
                .ToList();

            var (i, j, notesSeen) = (0, 0, 0);
            while (j < actual.Count)
            {
                if (i < body.Count && actual[j] == body[i]) { i++; j++; continue; }
                if (notes.Count > 0 && StartsWith(actual, j, notes)) { j += notes.Count; notesSeen++; continue; }
                var header = headers.FirstOrDefault(h => h.Count > 0 && StartsWith(actual, j, h));
                if (header is not null) { j += header.Count; continue; }
                Assert.Fail($"{name}: at word {j} LibreOffice shows '{string.Join(" ", actual.Skip(j).Take(12))}', "
                    + $"the Markdown says '{string.Join(" ", body.Skip(i).Take(12))}'");
            }
            Assert.True(i == body.Count, $"{name}: the PDF ends before '{string.Join(" ", body.Skip(i).Take(12))}'");
            Assert.Equal(notes.Count > 0 ? 1 : 0, notesSeen);
        }
    }

    [LibreOfficeFact]
    public void Every_page_has_the_footer_with_its_page_number_in_the_document_language()
    {
        foreach (var (name, of) in new[] { ("alexco-2012-q2", "of"), ("alexco-2012-q2.fr-CA", "de") })
        {
            using var pdf = PdfDocument.Open(conversions.PdfOf(name));
            var pages = pdf.GetPages().ToList();
            Assert.True(pages.Count >= 2, $"{name} has {pages.Count} page(s)");
            foreach (var page in pages)
            {
                var footer = string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom < FooterTop).Select(w => w.Text));
                Assert.EndsWith($"Page {page.Number} {of} {pages.Count}", footer);
                Assert.StartsWith(Examples.Document(name).Info.FooterText.Split(' ')[0], footer);
            }
        }
    }

    private static bool StartsWith(List<string> words, int at, IReadOnlyList<string> part) =>
        at + part.Count <= words.Count && words.Skip(at).Take(part.Count).SequenceEqual(part);

    /// <summary>
    /// The words LibreOffice drew above the footer, page after page, in drawing order, bullets dropped
    /// (list markers, not words). Read letter by letter rather than with PdfPig's word grouping, which
    /// orders by baseline and would put a raised footnote number before the word it follows.
    /// </summary>
    private static List<string> PdfWords(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var text = new System.Text.StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            UglyToad.PdfPig.Content.Letter? previous = null;
            foreach (var letter in page.Letters.Where(l => l.BoundingBox.Bottom >= FooterTop || string.IsNullOrWhiteSpace(l.Value)))
            {
                if (previous is not null)
                {
                    var size = Math.Max(previous.PointSize, 1);
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    var rise = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y);
                    // A compound word broken after its hyphen at a line end ("lower-" / "grade") is one word.
                    var brokenAtHyphen = rise > size * 0.9 && previous.Value == "-" && letter.StartBaseLine.Y < previous.StartBaseLine.Y;
                    if (!brokenAtHyphen && (gap > size * 0.2 || gap < -size || rise > size * 0.9)) text.Append(' ');
                }
                text.Append(letter.Value);
                previous = letter;
            }
            text.Append(' ');
        }
        return PlainText.SplitWords(text.ToString()).Where(w => w is not ("\u2022" or "\u25E6")).ToList();
    }
}
