using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Layout;
using ReleaseGen.Markdown;
using LayoutTable = ReleaseGen.Layout.Table;
using LayoutTableCell = ReleaseGen.Layout.TableCell;
using LayoutTableRow = ReleaseGen.Layout.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace ReleaseGen.Pdf.Rendering.Blocks;

/// <summary>
/// Pipe tables written in the narrative (data tables are drawn from their model by
/// <see cref="ReleaseTableRenderer"/>). Column alignment comes from the Markdown; the header row repeats
/// on each page; a group row (<see cref="TableGroupRows"/>: "**Grade:**" top level, "*Lead concentrate:*"
/// nested) becomes one full-width caption and the rows under it are indented.
/// </summary>
public sealed class TableRenderer : PdfObjectRenderer<MdTable>
{
    protected override void Write(PdfRenderer renderer, MdTable obj)
    {
        var s = renderer.Style;
        var rows = obj.OfType<MdTableRow>().ToList();
        int columns = Math.Max(1, Math.Max(obj.ColumnDefinitions.Count, rows.Select(r => r.Count).DefaultIfEmpty(1).Max()));

        var header = new List<LayoutTableRow>();
        var body = new List<LayoutTableRow>();
        int groupDepth = -1;

        foreach (var row in rows)
        {
            var cells = row.OfType<MdTableCell>().ToList();
            int groupLevel = TableGroupRows.Level(row, columns);
            if (groupLevel > 0)
            {
                int level = groupLevel - 1;
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
                if (column >= columns) break;
                var alignment = Alignment(obj, column);
                var style = s.Text(s.TableSize, bold: row.IsHeader);
                var text = CellText(renderer, cell, style, alignment);
                double indent = !row.IsHeader && column == 0 && groupDepth >= 0 ? (groupDepth + 1) * s.TableGroupIndent : 0;
                layoutCells.Add(new LayoutTableCell(text) { Indent = indent });
                column++;
            }
            (row.IsHeader ? header : body).Add(new LayoutTableRow(layoutCells));
        }

        renderer.AddBlock(new LayoutTable(columns, header, body, s.Table));
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
