using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReleaseGen.Diff;
using ReleaseGen.Word.Rendering.Blocks;

namespace ReleaseGen.Word;

/// <summary>Who made the changes of a redline, and when: written on every <c>w:ins</c> and <c>w:del</c>.</summary>
/// <param name="Author">The reviser Word shows ("ReleaseGen", or the name given with <c>--author</c>).</param>
/// <param name="Date">The revision date: given with <c>--date</c>, else the new release's date; never the clock.</param>
public sealed record RevisionMark(string Author, DateOnly Date);

/// <summary>
/// A redline as a Word document with tracked changes: the new version of the release, each
/// difference from the old one a real revision (deleted words in <c>w:del</c>, new words in
/// <c>w:ins</c>, whole paragraphs and table rows marked as inserted or deleted), word by word with
/// numbers as whole tokens, tables cell by cell. Accepting every change in Word gives the new text,
/// rejecting every change the old. Track Changes is on, so counsel's own edits are tracked too.
/// </summary>
public static class DocxRedlineWriter
{
    public static byte[] Write(Redline redline, WordDocumentInfo info, RevisionMark mark)
    {
        ArgumentNullException.ThrowIfNull(redline);
        var writer = new Writer(new WordContent(), WordPackage.TextWidth(info.PageSize), mark);
        writer.WriteBlocks(redline.Blocks);
        return WordPackage.Write(writer.Content, info, trackRevisions: true);
    }

    private sealed class Writer(WordContent content, int textWidth, RevisionMark mark)
    {
        private int _revision;

        public WordContent Content { get; } = content;

        public void WriteBlocks(IReadOnlyList<RedlineBlock> blocks)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (block.Kind == BlockKind.ListItem)
                {
                    // One numbering instance per run of list items of the same kind.
                    var numberingId = Content.AddList(block.Ordered, 0);
                    for (; i < blocks.Count && blocks[i].Kind == BlockKind.ListItem && blocks[i].Ordered == block.Ordered; i++)
                        Content.Body.Add(Paragraph(blocks[i], WordStyles.ListParagraph, numberingId));
                    i--;
                    continue;
                }
                if (block.Kind == BlockKind.Table)
                {
                    Content.Body.Add(Table(block));
                    Content.Body.Add(WordTables.Paragraph("", WordStyles.TableNote));
                    continue;
                }
                var style = block.Kind switch
                {
                    BlockKind.Heading => block.Level switch { 1 => WordStyles.Title, 2 => WordStyles.Heading1, 3 => WordStyles.Heading2, _ => WordStyles.Heading3 },
                    BlockKind.Quote => WordStyles.Quote,
                    BlockKind.Code => WordStyles.PlainText,
                    _ => WordStyles.BodyText,
                };
                var paragraph = Paragraph(block, style, null);
                if (block.Kind == BlockKind.Rule)
                {
                    paragraph.ParagraphProperties!.InsertAfter(new ParagraphBorders(
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = WordStyles.RuleColor }), paragraph.ParagraphProperties.ParagraphStyleId);
                }
                Content.Body.Add(paragraph);
            }
        }

        /// <summary>A paragraph of the block's segments; a wholly inserted or deleted block has its paragraph mark tracked too, so accepting or rejecting removes the paragraph.</summary>
        private Paragraph Paragraph(RedlineBlock block, string style, int? numberingId)
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
            if (numberingId is { } id)
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id }));
            var markChange = MarkChange(block.Change);
            if (markChange is not null) properties.Append(new ParagraphMarkRunProperties(markChange));
            var paragraph = new Paragraph(properties);
            AppendSegments(paragraph, block.Segments, bold: false);
            return paragraph;
        }

        private OpenXmlElement? MarkChange(ChangeKind change) => change switch
        {
            ChangeKind.Inserted => Stamp(new Inserted()),
            ChangeKind.Deleted => Stamp(new Deleted()),
            _ => null,
        };

        private Table Table(RedlineBlock block)
        {
            var columns = Math.Max(1, block.Rows.Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(1).Max());
            var widths = WordTables.ColumnWidths(columns, textWidth);
            var table = WordTables.NewTable(widths, null);
            foreach (var redlineRow in block.Rows)
            {
                var row = redlineRow.IsHeader ? WordTables.HeaderRow() : WordTables.BodyRow();
                if (MarkChange(redlineRow.Change) is { } change) row.TableRowProperties!.Append(change);
                var column = 0;
                var groupRow = !redlineRow.IsHeader && (redlineRow.IsGroup || (redlineRow.Cells.Count == 1 && columns > 1));
                foreach (var redlineCell in redlineRow.Cells)
                {
                    if (column >= columns) break;
                    var span = Math.Clamp(redlineCell.ColumnSpan, 1, columns - column);
                    var alignment = column == 0 ? JustificationValues.Left : span > 1 ? JustificationValues.Center : JustificationValues.Right;
                    // As the release draws it: labels indented by depth, totals ruled above.
                    var cell = WordTables.Cell("", widths.Skip(column).Take(span).Sum(), span, alignment, indent: column == 0 ? redlineRow.Depth * 180 : 0,
                        ruleBelow: redlineRow.IsHeader, ruleAbove: redlineRow.IsEmphasized);
                    if (groupRow)
                        cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordStyles.GroupShading });
                    AppendSegments(cell.GetFirstChild<Paragraph>()!, redlineCell.Segments, bold: redlineRow.IsHeader || redlineRow.IsEmphasized || (groupRow && redlineRow.Depth == 0));
                    row.Append(cell);
                    column += span;
                }
                for (; column < columns; column++) row.Append(WordTables.Cell("", widths[column], 1, JustificationValues.Right));
                table.Append(row);
            }
            return table;
        }

        /// <summary>Same text as runs; deleted text as <c>w:del</c> runs of <c>w:delText</c>; inserted text as <c>w:ins</c> runs. A <c>\n</c> is a line break.</summary>
        private void AppendSegments(Paragraph paragraph, IReadOnlyList<Segment> segments, bool bold)
        {
            foreach (var segment in segments)
            {
                var runs = Runs(segment, bold).ToList();
                switch (segment.Kind)
                {
                    case SegmentKind.Same:
                        paragraph.Append(runs);
                        break;
                    case SegmentKind.Inserted:
                        paragraph.Append(Stamp(new InsertedRun(runs)));
                        break;
                    case SegmentKind.Deleted:
                        paragraph.Append(Stamp(new DeletedRun(runs)));
                        break;
                }
            }
        }

        private static IEnumerable<Run> Runs(Segment segment, bool bold)
        {
            var lines = segment.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) yield return Formatted(new Run(new Break()), bold);
                var text = Rendering.DocxRenderer.XmlText(lines[i]);
                if (text.Length == 0) continue;
                OpenXmlElement content = segment.Kind == SegmentKind.Deleted
                    ? new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve }
                    : new Text(text) { Space = SpaceProcessingModeValues.Preserve };
                yield return Formatted(new Run(content), bold);
            }
        }

        private static Run Formatted(Run run, bool bold)
        {
            if (bold) run.PrependChild(new RunProperties(new Bold(), new BoldComplexScript()));
            return run;
        }

        private T Stamp<T>(T element) where T : OpenXmlElement
        {
            var id = (++_revision).ToString(CultureInfo.InvariantCulture);
            var date = new DateTime(mark.Date, TimeOnly.MinValue, DateTimeKind.Utc);
            switch (element)
            {
                case InsertedRun run: (run.Id, run.Author, run.Date) = (id, mark.Author, date); break;
                case DeletedRun run: (run.Id, run.Author, run.Date) = (id, mark.Author, date); break;
                case Inserted change: (change.Id, change.Author, change.Date) = (id, mark.Author, date); break;
                case Deleted change: (change.Id, change.Author, change.Date) = (id, mark.Author, date); break;
                default: throw new ArgumentException($"{element.LocalName} is not a revision", nameof(element));
            }
            return element;
        }
    }
}
