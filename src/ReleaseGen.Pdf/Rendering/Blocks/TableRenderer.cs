using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Layout;
using LayoutTable = ReleaseGen.Layout.Table;
using LayoutTableCell = ReleaseGen.Layout.TableCell;
using LayoutTableRow = ReleaseGen.Layout.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace ReleaseGen.Pdf.Rendering.Blocks;

/// <summary>
/// Pipe and grid tables. Column alignment comes from the Markdown; header rows (two levels, with
/// column spans) repeat on each page; a body row that is a single cell spanning every column is a
/// group row ("**Grade:**" top level, "*Lead concentrate:*" nested) and the rows under it are indented.
/// </summary>
public sealed class TableRenderer : PdfObjectRenderer<MdTable>
{
    protected override void Write(PdfRenderer renderer, MdTable obj)
    {
        var s = renderer.Style;
        var rows = obj.OfType<MdTableRow>().ToList();
        int columns = Math.Max(1, Math.Max(obj.ColumnDefinitions.Count,
            rows.Select(r => r.OfType<MdTableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(1).Max()));

        var header = new List<LayoutTableRow>();
        var body = new List<LayoutTableRow>();
        int groupDepth = -1;

        foreach (var row in rows)
        {
            var cells = row.OfType<MdTableCell>().ToList();
            bool isGroup = !row.IsHeader && columns > 1 && cells.Count > 0
                && (cells.Count == 1 && Math.Max(1, cells[0].ColumnSpan) >= columns || IsPipeGroupRow(cells));
            if (isGroup)
            {
                int level = GroupLevel(cells[0]);
                var text = CellText(renderer, cells[0], s.Text(s.TableSize), TextAlignment.Left);
                body.Add(new LayoutTableRow([new LayoutTableCell(text, columns) { Indent = level * s.TableGroupIndent }])
                {
                    IsGroup = true,
                    KeepWithNext = true,
                });
                groupDepth = level;
                continue;
            }

            var layoutCells = new List<LayoutTableCell>();
            int column = 0;
            foreach (var cell in cells)
            {
                int index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
                while (column < index && column < columns)
                {
                    layoutCells.Add(new LayoutTableCell(new TextBlock([], TextAlignment.Left)));
                    column++;
                }
                int span = Math.Min(Math.Max(1, cell.ColumnSpan), columns - column);
                if (span <= 0) break;
                var alignment = row.IsHeader && span > 1 ? TextAlignment.Center : Alignment(obj, column);
                var style = s.Text(s.TableSize, bold: row.IsHeader);
                var text = CellText(renderer, cell, style, alignment);
                double indent = !row.IsHeader && column == 0 && groupDepth >= 0 ? (groupDepth + 1) * s.TableGroupIndent : 0;
                layoutCells.Add(new LayoutTableCell(text, span) { RuleBelow = row.IsHeader && span > 1, Indent = indent });
                column += span;
            }
            (row.IsHeader ? header : body).Add(new LayoutTableRow(layoutCells));
        }

        renderer.AddBlock(new LayoutTable(columns, header, body, s.Table));
    }

    /// <summary>
    /// A pipe table cannot span columns: there a group row is a fully emphasised first cell
    /// (<c>| **Grade:** | | |</c>) with every other cell empty.
    /// </summary>
    private static bool IsPipeGroupRow(List<MdTableCell> cells)
    {
        if (cells.Skip(1).Any(c => c.Descendants<LeafBlock>().Any(l => PdfRenderer.PlainText(l.Inline).Length > 0))) return false;
        var inline = cells[0].OfType<ParagraphBlock>().SingleOrDefault()?.Inline;
        if (inline is null) return false;
        var meaningful = inline.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return meaningful is [EmphasisInline];
    }

    private static TextAlignment Alignment(MdTable table, int column)
    {
        if (column >= table.ColumnDefinitions.Count) return TextAlignment.Left;
        return table.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Right => TextAlignment.Right,
            TableColumnAlign.Center => TextAlignment.Center,
            _ => TextAlignment.Left,
        };
    }

    /// <summary>0 for a bold group caption, 1 for an italic (nested) one.</summary>
    private static int GroupLevel(MdTableCell cell)
    {
        var first = cell.OfType<ParagraphBlock>().FirstOrDefault()?.Inline?.FirstChild;
        return first is EmphasisInline { DelimiterCount: 1 } ? 1 : 0;
    }

    private static TextBlock CellText(PdfRenderer renderer, MdTableCell cell, TextStyle style, TextAlignment alignment)
    {
        var spans = new List<TextSpan>();
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            if (spans.Count > 0) spans.Add(TextSpan.LineBreak(style));
            spans.AddRange(renderer.BuildTextBlock(leaf.Inline, style, alignment).Spans);
        }
        return new TextBlock(spans, alignment);
    }
}
