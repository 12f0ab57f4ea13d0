using ReleaseGen.Layout;
using ReleaseGen.Markdown;
using ReleaseGen.Tables;
using LayoutTable = ReleaseGen.Layout.Table;
using LayoutTableCell = ReleaseGen.Layout.TableCell;
using LayoutTableRow = ReleaseGen.Layout.TableRow;

namespace ReleaseGen.Pdf.Rendering.Blocks;

/// <summary>
/// A data table drawn from its <see cref="TableModel"/>: the title as a bold caption kept with the
/// table, the header rows with real column spans (repeated on each page), group rows spanning the
/// table, row labels tagged as row headers, subtotals and totals bold under a rule, note marks after
/// the texts they qualify, and the notes in small type directly under the table. Without a model
/// (Markdown read without its release) the block's children, the GitHub pipe table, are drawn instead.
/// </summary>
/// <remarks>
/// Every text drawn is exactly one of <see cref="TableModel.Texts"/> (marks joined to their text), in
/// that order, so the PDF says what the HTML says.
/// </remarks>
public sealed class ReleaseTableRenderer : PdfObjectRenderer<ReleaseTableBlock>
{
    protected override void Write(PdfRenderer renderer, ReleaseTableBlock obj)
    {
        if (obj.Model is { } model) renderer.AddBlock(Build(model, renderer.Style));
        else renderer.WriteChildren(obj);
    }

    /// <summary>The layout table of <paramref name="model"/> in <paramref name="s"/>'s look.</summary>
    public static LayoutTable Build(TableModel model, PdfStyleSheet s)
    {
        int columns = model.ColumnCount;
        var plain = s.Text(s.TableSize);
        var bold = s.Text(s.TableSize, bold: true);

        var header = model.HeaderRows.Select(row => new LayoutTableRow(row.Cells.Select((cell, i) =>
        {
            // The first cell heads the label column; the others span figure columns.
            int span = i == 0 ? 1 : cell.Span;
            var alignment = i == 0 ? TextAlignment.Left : span > 1 ? TextAlignment.Center : TextAlignment.Right;
            return new LayoutTableCell(Text(cell.Text + cell.Marks, bold, alignment), span) { RuleBelow = span > 1 && cell.Text.Length > 0 };
        }))).ToList();

        var body = new List<LayoutTableRow>();
        foreach (var row in model.Rows)
        {
            double indent = row.Depth * s.TableGroupIndent;
            if (row.IsGroup)
            {
                var groupStyle = row.Depth == 0 ? bold : plain.WithItalic();
                body.Add(new LayoutTableRow([new LayoutTableCell(Text(row.Label + row.Marks, groupStyle, TextAlignment.Left), columns)
                {
                    Indent = indent,
                    IsRowHeader = true,
                }])
                {
                    IsGroup = true,
                    KeepWithNext = true,
                });
                continue;
            }

            var style = row.IsEmphasized ? bold : plain;
            var cells = new List<LayoutTableCell>
            {
                new(Text(row.Label + row.Marks, style, TextAlignment.Left)) { Indent = indent, IsRowHeader = true },
            };
            cells.AddRange(row.Cells.Select(cell => new LayoutTableCell(Text(cell.Text + cell.Marks, style, TextAlignment.Right))));
            // A row the model built short (it should not) is padded so the columns stay aligned.
            while (cells.Count < columns) cells.Add(new LayoutTableCell(Text("", style, TextAlignment.Right)));
            body.Add(new LayoutTableRow(cells) { RuleAbove = row.IsEmphasized });
        }

        var noteStyle = s.Text(s.FootnoteSize);
        return new LayoutTable(columns, header, body, s.Table)
        {
            Caption = model.Title is { Length: > 0 } title ? Text(title, bold, TextAlignment.Left) : null,
            Notes = model.Notes.Select(note => Text(note.Display, noteStyle, TextAlignment.Left)).ToList(),
        };
    }

    private static TextBlock Text(string text, TextStyle style, TextAlignment alignment)
        => text.Length == 0 ? new TextBlock([], alignment) : new TextBlock(text, style, alignment);
}
