using ReleaseGen.Tieout;
using ReleaseGen.Tieout.Readers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReleaseGen.Pdf.Tieout;

/// <summary>
/// Reads a final release as PDF through PdfPig. A tagged PDF is read through its structure tree
/// (<see cref="PdfStructureReader"/>: tables from Table/TR/TH/TD, paragraphs from block elements). An
/// untagged one (a PDF from elsewhere) is read by positions: words grouped into lines by baseline, lines
/// into chunks at wide gaps (table cells), then paragraphs and tables by <see cref="LineBlocks"/>.
/// A position is the page (as the line) and the line on that page (as the column).
/// </summary>
public sealed class PdfDocumentReader : IFinalDocumentReader
{
    public string Kind => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public FinalDocument Read(string path, byte[] content)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FinalDocumentException($"not a readable PDF ({e.Message})");
        }
        using (pdf)
        {
            if (PdfStructureReader.TryRead(pdf) is { } tagged) return new FinalDocument(path, Kind, tagged);
            var lines = new List<LayoutLine>();
            foreach (var page in pdf.GetPages())
            {
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                var grouped = GroupLines(words);
                double? previousBottom = null;
                double previousHeight = 0;
                var lineNumber = 0;
                foreach (var line in grouped)
                {
                    lineNumber++;
                    var height = line.Max(w => w.BoundingBox.Height);
                    var bottom = line.Min(w => w.BoundingBox.Bottom);
                    var gap = previousBottom is null ? double.MaxValue : previousBottom.Value - bottom;
                    var breakBefore = previousBottom is null || gap > Math.Max(height, previousHeight) * 1.9 || Math.Abs(height - previousHeight) > 1.5;
                    lines.Add(new LayoutLine(Chunks(line, page.Number, lineNumber), breakBefore));
                    previousBottom = bottom;
                    previousHeight = height;
                }
            }
            return new FinalDocument(path, Kind, LineBlocks.Assemble(lines));
        }
    }

    // Words on one baseline (within a third of their height), top to bottom, left to right.
    private static List<List<Word>> GroupLines(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(1.0, l[0].BoundingBox.Height / 3));
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        foreach (var line in lines) line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        return lines;
    }

    // A gap wider than about two spaces separates cells.
    private static List<PositionedText> Chunks(List<Word> line, int page, int lineNumber)
    {
        var chunks = new List<PositionedText>();
        var builder = new PositionedTextBuilder();
        var at = new TextPosition(page, lineNumber);
        for (var i = 0; i < line.Count; i++)
        {
            var word = line[i];
            if (i > 0)
            {
                var previous = line[i - 1];
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var space = Math.Max(1.0, word.BoundingBox.Height * 0.6);
                if (gap > space * 1.6)
                {
                    chunks.Add(builder.Build());
                    builder = new PositionedTextBuilder();
                }
                else builder.Append(' ', at);
            }
            builder.Append(word.Text, at);
        }
        if (builder.Length > 0) chunks.Add(builder.Build());
        return chunks;
    }
}
