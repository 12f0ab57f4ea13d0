using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using ReleaseGen.Markdown;
using ReleaseGen.Tables;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReleaseGen.Word.Rendering.Blocks;

/// <summary>
/// A data table as a real Word table from its <see cref="TableModel"/>: the title as a bold caption
/// kept with the table (and the table's accessible caption), header rows that repeat on every page
/// (<c>w:tblHeader</c>) with spanning cells (<c>w:gridSpan</c>), group rows across the table, row
/// labels in the first column (<c>w:tblLook</c> first column), figures right-aligned, subtotals and
/// totals bold under a rule, and the notes under the table. Without a model the block's children
/// (the GitHub pipe table) are rendered.
/// </summary>
/// <remarks>Every text written is exactly one of <see cref="TableModel.Texts"/>, in that order.</remarks>
public sealed class ReleaseTableRenderer : DocxObjectRenderer<ReleaseTableBlock>
{
    protected override void Write(DocxRenderer renderer, ReleaseTableBlock obj)
    {
        if (obj.Model is not { } model)
        {
            renderer.WriteChildren(obj);
            return;
        }
        if (model.Title is { Length: > 0 } title) renderer.AddBlock(WordTables.Paragraph(title, WordStyles.TableTitle));
        renderer.AddBlock(Build(model, renderer.TextWidth));
        // Word adds no space after a table: the last note (or an empty note line) keeps the next paragraph off it.
        var notes = model.Notes.Select(n => WordTables.Paragraph(n.Display, WordStyles.TableNote)).DefaultIfEmpty(WordTables.Paragraph("", WordStyles.TableNote)).ToList();
        notes[^1].ParagraphProperties!.Append(new SpacingBetweenLines { After = "200" });
        foreach (var note in notes) renderer.AddBlock(note);
    }

    /// <summary>The Word table of <paramref name="model"/> across <paramref name="textWidth"/> twips.</summary>
    public static Table Build(TableModel model, int textWidth)
    {
        var widths = WordTables.ColumnWidths(model.ColumnCount, textWidth);
        var table = WordTables.NewTable(widths, model.Title);

        for (var h = 0; h < model.HeaderRows.Count; h++)
        {
            var last = h == model.HeaderRows.Count - 1;
            var row = WordTables.HeaderRow();
            var column = 0;
            var cells = model.HeaderRows[h].Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                // The first cell heads the label column; the others span figure columns.
                var span = i == 0 ? 1 : Math.Max(1, cell.Span);
                var alignment = i == 0 ? JustificationValues.Left : span > 1 ? JustificationValues.Center : JustificationValues.Right;
                var ruled = cell.Text.Length > 0 && (span > 1 || last);
                row.Append(WordTables.Cell(cell.Text + cell.Marks, widths.Skip(column).Take(span).Sum(), span, alignment,
                    bold: true, ruleBelow: ruled));
                column += span;
            }
            table.Append(row);
        }

        foreach (var row in model.Rows)
        {
            var indent = row.Depth * 180;
            if (row.IsGroup)
            {
                var groupRow = WordTables.BodyRow();
                var cell = WordTables.Cell(row.Label + row.Marks, widths.Sum(), model.ColumnCount, JustificationValues.Left,
                    bold: row.Depth == 0, italic: row.Depth > 0, indent: indent, keepWithNext: true);
                cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordStyles.GroupShading });
                groupRow.Append(cell);
                table.Append(groupRow);
                continue;
            }
            var bodyRow = WordTables.BodyRow();
            var emphasized = row.IsEmphasized;
            bodyRow.Append(WordTables.Cell(row.Label + row.Marks, widths[0], 1, JustificationValues.Left, bold: emphasized, indent: indent, ruleAbove: emphasized));
            for (var c = 1; c < model.ColumnCount; c++)
            {
                var text = c - 1 < row.Cells.Count ? row.Cells[c - 1].Text + row.Cells[c - 1].Marks : "";
                bodyRow.Append(WordTables.Cell(text, widths[c], 1, JustificationValues.Right, bold: emphasized, ruleAbove: emphasized));
            }
            table.Append(bodyRow);
        }
        return table;
    }
}

/// <summary>A pipe table read without its model: header rows repeat, cells keep the columns' alignment.</summary>
public sealed class PipeTableRenderer : DocxObjectRenderer<MarkdigTable>
{
    protected override void Write(DocxRenderer renderer, MarkdigTable obj)
    {
        var rows = obj.OfType<MarkdigTableRow>().ToList();
        var columns = Math.Max(1, rows.Select(r => r.OfType<MarkdigTableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(1).Max());
        var widths = WordTables.ColumnWidths(columns, renderer.TextWidth);
        var table = WordTables.NewTable(widths, null);
        foreach (var markdownRow in rows)
        {
            var row = markdownRow.IsHeader ? WordTables.HeaderRow() : WordTables.BodyRow();
            var column = 0;
            foreach (var markdownCell in markdownRow.OfType<MarkdigTableCell>())
            {
                if (column >= columns) break;
                var span = Math.Clamp(markdownCell.ColumnSpan, 1, columns - column);
                var align = markdownCell.ColumnIndex >= 0 && markdownCell.ColumnIndex < obj.ColumnDefinitions.Count
                    ? obj.ColumnDefinitions[markdownCell.ColumnIndex].Alignment
                    : null;
                var jc = align switch
                {
                    TableColumnAlign.Right => JustificationValues.Right,
                    TableColumnAlign.Center => JustificationValues.Center,
                    _ => JustificationValues.Left,
                };
                var cell = WordTables.EmptyCell(widths.Skip(column).Take(span).Sum(), span, ruleBelow: markdownRow.IsHeader);
                renderer.PushParagraphContext(new DocxRenderer.ParagraphContext(WordStyles.TableText, 0));
                try
                {
                    renderer.WriteChildrenInto(markdownCell, e =>
                    {
                        if (e is Paragraph p) p.ParagraphProperties!.Append(new Justification { Val = jc });
                        cell.Append(e);
                    });
                }
                finally
                {
                    renderer.PopParagraphContext();
                }
                if (!cell.Elements<Paragraph>().Any()) cell.Append(WordTables.Paragraph("", WordStyles.TableText));
                row.Append(cell);
                column += span;
            }
            for (; column < columns; column++) row.Append(WordTables.Cell("", widths[column], 1, JustificationValues.Left));
            table.Append(row);
        }
        renderer.AddBlock(table);
    }
}

/// <summary>The pieces both table renderers build tables of.</summary>
internal static class WordTables
{
    /// <summary>The label column takes what the figure columns (at most 1,400 twips, together at most 62% of the width) leave.</summary>
    public static int[] ColumnWidths(int columnCount, int textWidth)
    {
        if (columnCount <= 1) return [textWidth];
        var figures = columnCount - 1;
        var figureWidth = Math.Min(1400, (int)(textWidth * 0.62 / figures));
        return [textWidth - figures * figureWidth, .. Enumerable.Repeat(figureWidth, figures)];
    }

    public static Table NewTable(int[] widths, string? caption)
    {
        var properties = new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        if (caption is { Length: > 0 }) properties.Append(new TableCaption { Val = caption });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    /// <summary>A header row: repeated at the top of every page the table runs onto, never split.</summary>
    public static TableRow HeaderRow() => new(new TableRowProperties(new CantSplit(), new TableHeader()));

    public static TableRow BodyRow() => new(new TableRowProperties(new CantSplit()));

    public static TableCell Cell(string text, int width, int span, JustificationValues alignment, bool bold = false, bool italic = false,
        int indent = 0, bool ruleBelow = false, bool ruleAbove = false, bool keepWithNext = false)
    {
        var cell = EmptyCell(width, span, ruleBelow, ruleAbove);
        var paragraph = Paragraph(text, WordStyles.TableText, bold, italic);
        var properties = paragraph.ParagraphProperties!;
        if (keepWithNext) properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
        if (indent > 0) properties.Append(new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture) });
        properties.Append(new Justification { Val = alignment });
        cell.Append(paragraph);
        return cell;
    }

    public static TableCell EmptyCell(int width, int span, bool ruleBelow = false, bool ruleAbove = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (ruleBelow || ruleAbove)
        {
            var borders = new TableCellBorders();
            if (ruleAbove) borders.Append(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = WordStyles.RuleColor });
            if (ruleBelow) borders.Append(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = WordStyles.RuleColor });
            properties.Append(borders);
        }
        return new TableCell(properties);
    }

    /// <summary>A paragraph of one run (none for empty text) in <paramref name="style"/>.</summary>
    public static Paragraph Paragraph(string text, string style, bool bold = false, bool italic = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var clean = DocxRenderer.XmlText(text);
        if (clean.Length == 0) return paragraph;
        var run = new Run(new Text(clean) { Space = SpaceProcessingModeValues.Preserve });
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold(), new BoldComplexScript());
            if (italic) properties.Append(new Italic(), new ItalicComplexScript());
            run.PrependChild(properties);
        }
        paragraph.Append(run);
        return paragraph;
    }
}
