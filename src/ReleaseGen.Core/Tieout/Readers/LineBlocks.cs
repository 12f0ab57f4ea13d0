using System.Text.RegularExpressions;

namespace ReleaseGen.Tieout.Readers;

/// <summary>A line of a layout format (PDF, plain text): its chunks (runs of words separated by a wide gap), and whether a paragraph break comes before it.</summary>
public sealed record LayoutLine(IReadOnlyList<PositionedText> Chunks, bool BreakBefore);

/// <summary>
/// Turns the lines of a format without structure (PDF text, plain text) into paragraphs and tables.
/// A table row is a line whose last chunks are figures ("21,273", "8.8%", "($19)", "n/m") after a
/// label; a short one-chunk line between rows is a group label; up to three multi-chunk lines just
/// above the first row are its header. Lines ending in a hyphen join the next without a space.
/// </summary>
public static partial class LineBlocks
{
    public static IReadOnlyList<FinalBlock> Assemble(IReadOnlyList<LayoutLine> lines)
    {
        var kinds = lines.Select(Classify).ToArray();
        var blocks = new List<FinalBlock>();
        PositionedTextBuilder? paragraph = null;

        void EndParagraph()
        {
            if (paragraph is null) return;
            var text = paragraph.Build().Trim();
            if (text.Text.Length > 0) blocks.Add(new FinalParagraph(text));
            paragraph = null;
        }

        var i = 0;
        while (i < lines.Count)
        {
            if (kinds[i] == LineKind.Row)
            {
                // The header: multi-chunk lines just above, already taken as text; take them back.
                var headerStart = i;
                while (headerStart > 0 && i - headerStart < 3 && kinds[headerStart - 1] == LineKind.Multi && !lines[headerStart].BreakBefore) headerStart--;
                var rows = new List<FinalRow>();
                if (headerStart < i)
                {
                    RemoveTrailingLines(ref paragraph, blocks, lines, headerStart, i);
                    for (var h = headerStart; h < i; h++) rows.Add(ToRow(lines[h], header: true));
                }
                EndParagraph();
                var end = i;
                while (end < lines.Count)
                {
                    if (kinds[end] == LineKind.Row) { rows.Add(ToRow(lines[end], header: false)); end++; continue; }
                    // A group label: a short line followed (soon) by another row.
                    if (kinds[end] == LineKind.Text && lines[end].Chunks.Count == 1 && lines[end].Chunks[0].Text.Length <= 60
                        && Enumerable.Range(end + 1, Math.Min(3, lines.Count - end - 1)).Any(k => kinds[k] == LineKind.Row))
                    {
                        rows.Add(new FinalRow(lines[end].Chunks[0], [], false, lines[end].Chunks[0].At(0)));
                        end++;
                        continue;
                    }
                    break;
                }
                blocks.Add(new FinalTable(null, rows));
                i = end;
                continue;
            }
            var line = lines[i];
            if (line.BreakBefore) EndParagraph();
            paragraph ??= new PositionedTextBuilder();
            foreach (var chunk in line.Chunks)
            {
                if (paragraph.Length > 0 && !EndsWithHyphen(paragraph)) paragraph.Space(chunk.At(0));
                paragraph.Append(chunk);
            }
            i++;
        }
        EndParagraph();
        return blocks;
    }

    private static bool EndsWithHyphen(PositionedTextBuilder builder)
    {
        var text = builder.Build().Text;
        return text.Length > 1 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]);
    }

    // The header lines were appended to the running paragraph; rebuild it without them.
    private static void RemoveTrailingLines(ref PositionedTextBuilder? paragraph, List<FinalBlock> blocks, IReadOnlyList<LayoutLine> lines, int from, int to)
    {
        if (paragraph is null) return;
        var text = paragraph.Build();
        var firstHeader = lines[from].Chunks[0].At(0);
        var cut = text.Text.Length;
        for (var k = 0; k < text.Text.Length; k++)
            if (text.At(k) == firstHeader) { cut = k; break; }
        var kept = new PositionedTextBuilder().Append(text.Slice(0, cut));
        paragraph = kept.Length > 0 ? kept : null;
    }

    private static FinalRow ToRow(LayoutLine line, bool header)
    {
        var chunks = line.Chunks;
        var firstValue = header ? 1 : chunks.Count;
        if (!header) while (firstValue > 0 && IsCellValue(chunks[firstValue - 1].Text)) firstValue--;
        var label = new PositionedTextBuilder();
        for (var k = 0; k < firstValue; k++)
        {
            if (k > 0) label.Space(chunks[k].At(0));
            label.Append(chunks[k]);
        }
        var cells = chunks.Skip(firstValue).ToList();
        if (header && IsCellValue(chunks[0].Text)) { cells = [.. chunks]; label = new PositionedTextBuilder(); }
        // A row or header line has two chunks at least (Classify), so it starts at its first.
        return new FinalRow(label.Build(), cells, header, chunks[0].At(0));
    }

    private enum LineKind { Text, Multi, Row }

    private static LineKind Classify(LayoutLine line)
    {
        var chunks = line.Chunks;
        if (chunks.Count >= 2 && IsCellValue(chunks[^1].Text))
        {
            var values = chunks.Count(c => IsCellValue(c.Text));
            if (values >= 2 || (values == 1 && chunks.Count == 2 && chunks[0].Text.Length <= 80)) return LineKind.Row;
        }
        return chunks.Count >= 2 ? LineKind.Multi : LineKind.Text;
    }

    /// <summary>True for the text of a figure cell: a number with its sign, currency, percent or parentheses, or "n/m", "—".</summary>
    public static bool IsCellValue(string text) => CellValue().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:\(?[-\u2212]?(?:[A-Z]{0,2}\$\s?)?\d[\d,.\u00A0\u202F ]*(?:\s?%)?(?:\s?\$(?:\s?US)?)?\)?|n/m|n\.s\.|n/a|s\.o\.|\u2014|-)$")]
    private static partial Regex CellValue();
}

/// <summary>
/// Reads plain text (a release pasted from an email, or extracted from a PDF with <c>pdftotext -layout</c>):
/// blank lines separate paragraphs; a run of two or more spaces (or a tab) separates table cells.
/// </summary>
public sealed partial class PlainTextDocumentReader : IFinalDocumentReader
{
    public string Kind => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public FinalDocument Read(string path, byte[] content)
    {
        var text = System.Text.Encoding.UTF8.GetString(content).Replace("\r\n", "\n").TrimStart('\uFEFF');
        var lines = new List<LayoutLine>();
        var blank = false;
        var rawLines = text.Split('\n');
        for (var i = 0; i < rawLines.Length; i++)
        {
            var raw = rawLines[i].Replace('\t', ' ');
            if (raw.Trim().Length == 0) { blank = true; continue; }
            var chunks = new List<PositionedText>();
            foreach (Match m in Chunk().Matches(raw))
            {
                var builder = new PositionedTextBuilder();
                for (var k = 0; k < m.Length; k++) builder.Append(raw[m.Index + k], new TextPosition(i + 1, m.Index + k + 1));
                chunks.Add(builder.Build());
            }
            lines.Add(new LayoutLine(chunks, blank || lines.Count == 0));
            blank = false;
        }
        return new FinalDocument(path, Kind, LineBlocks.Assemble(lines));
    }

    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Chunk();
}
