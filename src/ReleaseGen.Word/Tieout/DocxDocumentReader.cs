using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReleaseGen.Tieout;
using ReleaseGen.Tieout.Readers;

namespace ReleaseGen.Word.Tieout;

/// <summary>
/// Reads a final release as Word <c>.docx</c> through the Open XML SDK: the body's paragraphs in order,
/// its tables from <c>w:tbl</c> (rows marked <c>w:tblHeader</c> are the header, <c>w:gridSpan</c> the
/// spans, <c>w:tblCaption</c> or the paragraph just above naming it the title), then the footnotes.
/// Tracked deletions and field codes are not text; footnote reference marks are dropped. A position is
/// the paragraph (counted through the body, table cells included, then the footnotes) as the line and
/// the character in it as the column.
/// </summary>
public sealed class DocxDocumentReader : IFinalDocumentReader
{
    // A part larger than this many characters is refused: a zip bomb cannot exhaust memory.
    private const long MaxCharactersInPart = 32L * 1024 * 1024;
    private const int MaxDepth = 32;

    public string Kind => "word";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public FinalDocument Read(string path, byte[] content)
    {
        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw new FinalDocumentException($"not a readable Word document ({e.Message})");
        }
        using (word)
        {
            var body = word.MainDocumentPart?.Document?.Body ?? throw new FinalDocumentException("not a Word document: it has no body");
            var reader = new Walker();
            reader.Blocks(body.ChildElements, 0);
            if (word.MainDocumentPart!.FootnotesPart?.Footnotes is { } footnotes)
                foreach (var note in footnotes.Elements<Footnote>().Where(f => f.Type is null || f.Type.Value == FootnoteEndnoteValues.Normal))
                    reader.Blocks(note.ChildElements, 0);
            return new FinalDocument(path, Kind, reader.Result);
        }
    }

    private sealed class Walker
    {
        private int _paragraph;

        public List<FinalBlock> Result { get; } = [];

        public void Blocks(OpenXmlElementList elements, int depth)
        {
            if (depth > MaxDepth) return;
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        var text = ParagraphText(paragraph).Trim();
                        if (text.Text.Length > 0) Result.Add(new FinalParagraph(text));
                        break;
                    case Table table:
                        Result.Add(ReadTable(table, depth));
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        Blocks(sdtContent.ChildElements, depth + 1);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom.ChildElements, depth + 1);
                        break;
                }
            }
        }

        private FinalTable ReadTable(Table table, int depth)
        {
            var caption = table.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value;
            PositionedText? title = null;
            // The caption is usually printed as a paragraph just above: that paragraph is the title, not running text.
            if (caption is { Length: > 0 })
            {
                if (Result.Count > 0 && Result[^1] is FinalParagraph above && Normalize(above.Text.Text) == Normalize(caption))
                {
                    title = above.Text;
                    Result.RemoveAt(Result.Count - 1);
                }
                else title = new PositionedTextBuilder().Append(caption, new TextPosition(_paragraph + 1, 1)).Build();
            }
            var rows = new List<SourceRow>();
            foreach (var row in table.Elements<TableRow>())
            {
                var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } h && (h.Val is null || h.Val.Value == OnOffOnlyValues.On);
                var cells = new List<SourceCell>();
                TextPosition? position = null;
                foreach (var cell in row.Elements<TableCell>())
                {
                    var builder = new PositionedTextBuilder();
                    foreach (var paragraph in cell.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().First() == cell))
                    {
                        var text = ParagraphText(paragraph).Trim();
                        if (text.Text.Length == 0) continue;
                        builder.Space(text.At(0));
                        builder.Append(text);
                    }
                    foreach (var nested in cell.Elements<Table>()) Result.Add(ReadTable(nested, depth + 1));
                    var built = builder.Build();
                    position ??= built.Text.Length > 0 ? built.At(0) : null;
                    var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                    cells.Add(new SourceCell(built, Math.Clamp(span, 1, 1000), header || !LineBlocks.IsCellValue(built.Text)));
                }
                rows.Add(new SourceRow(cells, header, position ?? new TextPosition(_paragraph, 1)));
            }
            return TableAssembly.Build(title, rows);
        }

        private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':');

        // The paragraph's visible text: w:t, tabs and breaks as spaces, non-breaking hyphens; not deleted text,
        // field codes, soft hyphens or footnote reference marks (nor a raised run that is only a note mark).
        private PositionedText ParagraphText(Paragraph paragraph)
        {
            _paragraph++;
            var line = _paragraph;
            var builder = new PositionedTextBuilder();
            var startsWithNoteMark = false;
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case FootnoteReferenceMark or EndnoteReferenceMark:
                        if (builder.Length == 0) startsWithNoteMark = true;
                        break;
                    case Text text when !IsRaisedMark(text):
                        foreach (var c in text.Text) builder.Append(c, new TextPosition(line, builder.Length + 1));
                        break;
                    case TabChar or Break or CarriageReturn:
                        builder.Append(' ', new TextPosition(line, builder.Length + 1));
                        break;
                    case NoBreakHyphen:
                        builder.Append('-', new TextPosition(line, builder.Length + 1));
                        break;
                }
            }
            var built = builder.Build();
            // A footnote's own number is drawn by the mark, then ". ": the note's text starts after it.
            if (startsWithNoteMark && built.Text.StartsWith(". ", StringComparison.Ordinal)) built = built.Slice(2, built.Text.Length - 2);
            return built;
        }

        private static bool IsRaisedMark(Text text)
        {
            var alignment = text.Parent is Run run ? run.RunProperties?.VerticalTextAlignment?.Val?.Value : null;
            if (alignment != VerticalPositionValues.Superscript) return false;
            var t = text.Text.Trim();
            return t.Length is > 0 and <= 4 && t.Trim('(', ')', '*', '\u2020', '\u2021').All(char.IsAsciiDigit);
        }
    }
}
