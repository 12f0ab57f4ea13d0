using System.Globalization;
using ReleaseGen.Diff;
using ReleaseGen.Layout;
using LayoutTable = ReleaseGen.Layout.Table;
using LayoutTableCell = ReleaseGen.Layout.TableCell;
using LayoutTableRow = ReleaseGen.Layout.TableRow;

namespace ReleaseGen.Pdf;

/// <summary>
/// A redline as a blackline PDF through the release's layout engine: a cover that summarizes the
/// changed figures and sections, then the new version with inserted words underlined in blue, deleted
/// words struck through in red and a bar in the margin beside every changed block, with the release's
/// fonts and footer. The same inputs give the same bytes.
/// </summary>
public static class BlacklinePdfRenderer
{
    public static Color InsertedColor { get; } = new(0x0b, 0x57, 0xa8);
    public static Color DeletedColor { get; } = new(0xa4, 0x00, 0x00);
    public static Color ChangeBarColor { get; } = new(0xb0, 0x7d, 0x00);

    /// <summary>How far left of the text the change bar stands, in points.</summary>
    public const double ChangeBarOffset = 12;

    public static byte[] Render(ReleaseDiff diff, PdfDocumentInfo info, PdfStyleSheet? style = null) =>
        PdfReleaseRenderer.RenderLayout(BuildLayout(diff, info, style ?? PdfStyleSheet.Letter), info);

    /// <summary>The blackline's layout, for drawing on any surface (the tests use the recorder).</summary>
    public static LayoutDocument BuildLayout(ReleaseDiff diff, PdfDocumentInfo info, PdfStyleSheet style)
    {
        var root = new Column(style.ParagraphSpacing);
        Cover(root, diff, style);
        root.Add(new PageBreak());
        Body(root, diff.Redline.Blocks, style);
        return new LayoutDocument(root)
        {
            PageSize = style.PageSize,
            Margins = style.Margins,
            FooterOffset = 20,
            Footer = page => PdfReleaseRenderer.Footer(style, info, page),
        };
    }

    private static void Cover(Column root, ReleaseDiff diff, PdfStyleSheet s)
    {
        var body = s.Text(s.BodySize);
        root.Add(new Tagged(StructureTag.H1, new TextBlock($"Blackline: {diff.New.Name} against {diff.Old.Name}",
            s.Text(s.TitleSize, bold: true, color: s.HeadingColor) with { LineHeightFactor = 1.2 }, TextAlignment.Left)), keepWithNext: true);
        var changed = diff.Redline.Blocks.Count(b => b.HasChanges);
        root.Add(new Tagged(StructureTag.P, new TextBlock(
        [
            new TextSpan(diff.HasDifferences ? $"{changed} block(s) changed in {diff.Redline.ChangedSections.Count} section(s). " : "No differences. ", body),
            new TextSpan("Inserted text", Inserted(body)),
            new TextSpan(" is underlined in blue; ", body),
            new TextSpan("deleted text", Deleted(body)),
            new TextSpan(" is struck through in red; a bar in the margin marks each changed block.", body),
        ])));

        root.Add(Heading("Changed figures", s), keepWithNext: true, spaceBefore: s.HeadingSpaceBefore);
        if (!diff.ComparesFigures)
            root.Add(Paragraph("Figures are compared when both sides are release folders.", body));
        else if (diff.FigureChanges.Count == 0)
            root.Add(Paragraph("No figure changed.", body));
        else
            root.Add(FigureTable(diff.FigureChanges, s));

        root.Add(Heading("Changed sections", s), keepWithNext: true, spaceBefore: s.HeadingSpaceBefore);
        var sections = diff.Redline.ChangedSections;
        if (sections.Count == 0) root.Add(Paragraph("No text changed.", body));
        var list = new Column(s.ListItemSpacing);
        foreach (var section in sections)
            list.Add(new ListItem(new TextBlock("\u2022", body), new TextBlock(section.Length == 0 ? "(before the first heading)" : section, body), s.ListIndent));
        if (sections.Count > 0) root.Add(new Tagged(StructureTag.L, list));
    }

    private static LayoutTable FigureTable(IReadOnlyList<FigureChange> changes, PdfStyleSheet s)
    {
        var plain = s.Text(s.TableSize);
        var bold = s.Text(s.TableSize, bold: true);
        LayoutTableCell Cell(string text, TextStyle style, TextAlignment alignment) => new(new TextBlock(text, style, alignment));
        var header = new LayoutTableRow(new[] { "Metric", "Period", "Old", "New", "Change" }
            .Select((h, i) => Cell(h, bold, i < 2 ? TextAlignment.Left : TextAlignment.Right)));
        var rows = changes.Select(f => new LayoutTableRow(
        [
            new LayoutTableCell(new TextBlock($"{f.Label} ({f.MetricKey})", plain, TextAlignment.Left)) { IsRowHeader = true },
            Cell(f.Period.ToString(), plain, TextAlignment.Left),
            Cell(f.OldText, Deleted(plain), TextAlignment.Right),
            Cell(f.NewText, Inserted(plain), TextAlignment.Right),
            Cell(f.ChangeText, plain, TextAlignment.Right),
        ]));
        return new LayoutTable(5, [header], rows, s.Table);
    }

    private static void Body(Column root, IReadOnlyList<RedlineBlock> blocks, PdfStyleSheet s)
    {
        var body = s.Text(s.BodySize);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.ListItem)
            {
                var list = new Column(s.ListItemSpacing);
                var number = 1;
                for (; i < blocks.Count && blocks[i].Kind == BlockKind.ListItem && blocks[i].Ordered == block.Ordered; i++)
                {
                    var label = block.Ordered ? number++.ToString(CultureInfo.InvariantCulture) + "." : "\u2022";
                    list.Add(Barred(blocks[i], new ListItem(new TextBlock(label, body), Text(blocks[i].Segments, body, TextAlignment.Left), s.ListIndent)));
                }
                i--;
                root.Add(new Tagged(StructureTag.L, list));
                continue;
            }
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    var level = Math.Clamp(block.Level, 1, 6);
                    var size = level switch { 1 => s.TitleSize, 2 => s.Heading2Size, 3 => s.Heading3Size, _ => s.BodySize };
                    var heading = Text(block.Segments, s.Text(size, bold: true, color: s.HeadingColor) with { LineHeightFactor = 1.2 },
                        level == 1 ? TextAlignment.Center : TextAlignment.Left);
                    root.Add(Barred(block, new Tagged((StructureTag)((int)StructureTag.H1 + level - 1), heading)), keepWithNext: true,
                        spaceBefore: level == 1 ? 0 : s.HeadingSpaceBefore);
                    break;
                case BlockKind.Table:
                    root.Add(Barred(block, Table(block, s)));
                    break;
                case BlockKind.Rule:
                    root.Add(Barred(block, new Padding(new HorizontalRule(0.5, s.RuleColor), top: 3, bottom: 3)));
                    break;
                default:
                    var style = block.Kind is BlockKind.Quote or BlockKind.Code ? body with { Color = s.MutedColor } : body;
                    var alignment = block.Kind == BlockKind.Paragraph && s.JustifyParagraphs ? TextAlignment.Justify : TextAlignment.Left;
                    root.Add(Barred(block, new Tagged(StructureTag.P, Text(block.Segments, style, alignment))));
                    break;
            }
        }
    }

    private static LayoutTable Table(RedlineBlock block, PdfStyleSheet s)
    {
        var columns = Math.Max(1, block.Rows.Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(1).Max());
        var plain = s.Text(s.TableSize);
        var bold = s.Text(s.TableSize, bold: true);
        LayoutTableRow Row(RedlineRow row)
        {
            var cells = new List<LayoutTableCell>();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (column >= columns) break;
                var span = Math.Clamp(cell.ColumnSpan, 1, columns - column);
                var alignment = column == 0 ? TextAlignment.Left : span > 1 ? TextAlignment.Center : TextAlignment.Right;
                var group = row.IsGroup || (row.Cells.Count == 1 && columns > 1);
                // As the release draws it: group headings bold at the top and italic when nested, totals bold, labels indented by depth.
                var style = row.IsHeader || row.IsEmphasized || (group && row.Depth == 0) ? bold
                    : group ? s.Text(s.TableSize, italic: true) : plain;
                cells.Add(new LayoutTableCell(Text(cell.Segments, style, alignment), span)
                {
                    IsRowHeader = column == 0 && !row.IsHeader,
                    RuleBelow = row.IsHeader && span > 1,
                    Indent = column == 0 ? row.Depth * s.TableGroupIndent : 0,
                });
                column += span;
            }
            for (; column < columns; column++) cells.Add(new LayoutTableCell(new TextBlock([], TextAlignment.Right)));
            return new LayoutTableRow(cells) { IsGroup = row.IsGroup, KeepWithNext = row.IsGroup, RuleAbove = row.IsEmphasized };
        }
        return new LayoutTable(columns, block.Rows.Where(r => r.IsHeader).Select(Row), block.Rows.Where(r => !r.IsHeader).Select(Row), s.Table);
    }

    /// <summary>The segments as runs: same text plain, inserted underlined in blue, deleted struck through in red; <c>\n</c> breaks the line.</summary>
    private static TextBlock Text(IReadOnlyList<Segment> segments, TextStyle style, TextAlignment alignment)
    {
        var spans = new List<TextSpan>();
        foreach (var segment in RedlineSegments.Separated(segments))
        {
            var segmentStyle = segment.Kind switch
            {
                SegmentKind.Inserted => Inserted(style),
                SegmentKind.Deleted => Deleted(style),
                _ => style,
            };
            var lines = segment.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) spans.Add(TextSpan.LineBreak(segmentStyle));
                if (lines[i].Length > 0) spans.Add(new TextSpan(lines[i], segmentStyle));
            }
        }
        return new TextBlock(spans, alignment);
    }

    private static TextStyle Inserted(TextStyle style) => style with { Color = InsertedColor, Underline = true };

    private static TextStyle Deleted(TextStyle style) => style with { Color = DeletedColor, Strikethrough = true };

    private static Element Barred(RedlineBlock block, Element element) =>
        block.HasChanges ? new MarginBar(element, ChangeBarOffset, 2, ChangeBarColor) : element;

    private static Element Heading(string text, PdfStyleSheet s) =>
        new Tagged(StructureTag.H2, new TextBlock(text, s.Text(s.Heading2Size, bold: true, color: s.HeadingColor) with { LineHeightFactor = 1.2 }, TextAlignment.Left));

    private static Element Paragraph(string text, TextStyle style) => new Tagged(StructureTag.P, new TextBlock(text, style));
}
