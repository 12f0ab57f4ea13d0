using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Html.Renderers;

/// <summary>
/// Pipe tables written in the narrative (data tables are drawn from their model by
/// <see cref="ModelTableRenderer"/>). Right-aligned columns are numeric; a row whose first cell is wholly
/// emphasised and whose other cells are empty is a group row (<see cref="Markdown.TableGroupRows"/>: bold
/// level 1, italic nested level 2) and the rows after it are indented to its level. The page wraps the
/// table in a sideways-scrolling region and uses <c>thead</c>/<c>tbody</c> and classes; the exhibit uses
/// neither and styles every cell inline.
/// </summary>
internal sealed class TableRenderer : ReleaseObjectRenderer<Table>
{
    protected override void Write(ReleaseHtmlRenderer renderer, Table table)
    {
        var saved = renderer.ImplicitParagraph;
        WriteTable(renderer, table);
        renderer.ImplicitParagraph = saved;
    }

    private static void WriteTable(ReleaseHtmlRenderer renderer, Table table)
    {
        var edgar = renderer.Edgar;
        var columns = Math.Max(table.ColumnDefinitions.Count, 1);
        if (edgar)
        {
            renderer.Write("<table").Attribute("style", EdgarStyles.Table).Write('>').WriteLine();
        }
        else
        {
            // Focusable so the keyboard can scroll it; named by the heading right above it, if any.
            renderer.Write("<div class=\"table-scroll\" tabindex=\"0\"");
            var label = PrecedingHeadingId(table);
            if (label is not null) renderer.Attribute("role", "region").Attribute("aria-labelledby", label);
            renderer.Write('>').WriteLine().Write("<table>").WriteLine();
        }

        var headerRows = table.OfType<TableRow>().Where(r => r.IsHeader).ToList();
        var bodyRows = table.OfType<TableRow>().Where(r => !r.IsHeader).ToList();

        if (headerRows.Count > 0)
        {
            if (!edgar) renderer.Write("<thead>").WriteLine();
            for (var r = 0; r < headerRows.Count; r++)
            {
                WriteHeaderRow(renderer, table, headerRows[r], isLast: r == headerRows.Count - 1);
            }

            if (!edgar) renderer.Write("</thead>").WriteLine();
        }

        if (bodyRows.Count > 0)
        {
            if (!edgar) renderer.Write("<tbody>").WriteLine();
            var level = 0;
            foreach (var row in bodyRows)
            {
                var groupLevel = Markdown.TableGroupRows.Level(row, columns);
                if (groupLevel > 0)
                {
                    level = groupLevel;
                    WriteGroupRow(renderer, row, groupLevel, columns);
                }
                else
                {
                    WriteBodyRow(renderer, table, row, level);
                }
            }

            if (!edgar) renderer.Write("</tbody>").WriteLine();
        }

        renderer.Write("</table>").WriteLine();
        if (!edgar) renderer.Write("</div>").WriteLine();
    }

    private static void WriteHeaderRow(ReleaseHtmlRenderer renderer, Table table, TableRow row, bool isLast)
    {
        renderer.Write("<tr>").WriteLine();
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            var align = Alignment(table, cell, i);
            renderer.Write("<th");
            if (renderer.Edgar)
            {
                renderer.Attribute("style", EdgarStyles.HeaderCell(align, ruled: !IsEmpty(cell) && isLast));
            }
            else
            {
                renderer.Attribute("scope", "col");
                var cls = ClassFor(align);
                if (cls is not null) renderer.Attribute("class", cls);
            }

            renderer.Write('>');
            WriteCellContent(renderer, cell);
            renderer.Write("</th>").WriteLine();
        }

        renderer.Write("</tr>").WriteLine();
    }

    private static void WriteGroupRow(ReleaseHtmlRenderer renderer, TableRow row, int level, int columns)
    {
        var cell = (TableCell)row[0];
        if (renderer.Edgar)
        {
            renderer.Write("<tr>").WriteLine().Write("<td");
            WriteColumnSpan(renderer, columns);
            renderer.Attribute("style", EdgarStyles.GroupCell(level)).Write('>');
            WriteCellContent(renderer, cell);
        }
        else
        {
            renderer.Write("<tr").Attribute("class", "group level-" + level.ToString(CultureInfo.InvariantCulture)).Write('>').WriteLine();
            renderer.Write("<td");
            WriteColumnSpan(renderer, columns);
            renderer.Write("><span class=\"group-label\">");
            WriteCellContent(renderer, cell);
            renderer.Write("</span>");
        }

        renderer.Write("</td>").WriteLine().Write("</tr>").WriteLine();
    }

    private static void WriteBodyRow(ReleaseHtmlRenderer renderer, Table table, TableRow row, int level)
    {
        renderer.Write("<tr");
        if (!renderer.Edgar && level > 0) renderer.Attribute("class", "in-" + level.ToString(CultureInfo.InvariantCulture));
        renderer.Write('>').WriteLine();
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            var align = Alignment(table, cell, i);
            renderer.Write("<td");
            if (renderer.Edgar)
            {
                renderer.Attribute("style", EdgarStyles.BodyCell(align, indent: i == 0 ? level : 0));
            }
            else
            {
                var cls = ClassFor(align);
                if (cls is not null) renderer.Attribute("class", cls);
            }

            renderer.Write('>');
            WriteCellContent(renderer, cell);
            renderer.Write("</td>").WriteLine();
        }

        renderer.Write("</tr>").WriteLine();
    }

    /// <summary>A cell of one paragraph is written as bare inline text; anything else as blocks.</summary>
    private static void WriteCellContent(ReleaseHtmlRenderer renderer, TableCell cell)
    {
        var single = cell.Count == 1 && cell[0] is ParagraphBlock;
        renderer.ImplicitParagraph = single;
        for (var i = 0; i < cell.Count; i++)
        {
            if (i > 0) renderer.EnsureLine();
            renderer.Write(cell[i]);
        }

        renderer.ImplicitParagraph = false;
    }

    private static void WriteColumnSpan(ReleaseHtmlRenderer renderer, int columns) =>
        renderer.Attribute("colspan", columns.ToString(CultureInfo.InvariantCulture));

    private static TableColumnAlign? Alignment(Table table, TableCell cell, int index)
    {
        var definitions = table.ColumnDefinitions;
        if (definitions.Count == 0) return null;
        var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < definitions.Count ? cell.ColumnIndex : index;
        column = Math.Min(column, definitions.Count - 1);
        return definitions[column].Alignment;
    }

    private static string? ClassFor(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Right => "num",
        TableColumnAlign.Center => "center",
        _ => null,
    };

    private static bool IsEmpty(TableCell cell) =>
        cell.All(b => b is ParagraphBlock { Inline: null } || b is ParagraphBlock p && p.Inline!.FirstChild is null);

    internal static string? PrecedingHeadingId(Block block)
    {
        var parent = block.Parent;
        var index = parent?.IndexOf(block) ?? -1;
        if (index <= 0 || parent![index - 1] is not HeadingBlock heading) return null;
        var id = heading.TryGetAttributes()?.Id;
        return Ids.IsSafe(id) ? id : null;
    }
}
