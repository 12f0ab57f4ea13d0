using System.Globalization;
using ReleaseGen.Markdown;
using ReleaseGen.Tables;

namespace ReleaseGen.Html.Renderers;

/// <summary>
/// A data table, drawn from its <see cref="TableModel"/>: a caption (the title), header rows with
/// column spans (<c>th scope="colgroup"</c> over <c>th scope="col"</c>), group rows across the table,
/// row labels as <c>th scope="row"</c>, subtotal and total rows ruled and bold, note marks as
/// superscripts and the notes under the table. The page styles it by class; the EDGAR exhibit inline.
/// A region read without its model (a Markdown file given to diff) renders its Markdown children.
/// </summary>
internal sealed class ModelTableRenderer : ReleaseObjectRenderer<ReleaseTableBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, ReleaseTableBlock block)
    {
        if (block.Model is not { } model)
        {
            renderer.WriteChildren(block);
            return;
        }
        var saved = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        if (renderer.Edgar) WriteEdgar(renderer, model);
        else WritePage(renderer, model, TableRenderer.PrecedingHeadingId(block));
        renderer.ImplicitParagraph = saved;
    }

    private static void WritePage(ReleaseHtmlRenderer renderer, TableModel model, string? headingId)
    {
        // Focusable so the keyboard can scroll it; named by its title, else by the heading right above it.
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\"");
        if (model.Title is not null) renderer.Attribute("role", "region").Attribute("aria-label", model.Title);
        else if (headingId is not null) renderer.Attribute("role", "region").Attribute("aria-labelledby", headingId);
        renderer.Write('>').WriteLine().Write("<table class=\"data\">").WriteLine();
        if (model.Title is not null) renderer.Write("<caption>").Text(model.Title).Write("</caption>").WriteLine();

        renderer.Write("<thead>").WriteLine();
        for (var h = 0; h < model.HeaderRows.Count; h++)
        {
            renderer.Write("<tr>").WriteLine();
            foreach (var cell in model.HeaderRows[h].Cells)
            {
                renderer.Write("<th");
                if (cell.Span > 1) renderer.Attribute("colspan", cell.Span.ToString(CultureInfo.InvariantCulture));
                renderer.Attribute("scope", cell.IsSpanning ? "colgroup" : "col");
                var cls = cell.IsSpanning ? "span" : ReferenceEquals(cell, model.HeaderRows[h].Cells[0]) ? null : "num";
                if (cls is not null) renderer.Attribute("class", cls);
                renderer.Write('>');
                WriteText(renderer, cell.Text, cell.Marks);
                renderer.Write("</th>").WriteLine();
            }
            renderer.Write("</tr>").WriteLine();
        }
        renderer.Write("</thead>").WriteLine().Write("<tbody>").WriteLine();

        foreach (var row in model.Rows)
        {
            if (row.IsGroup)
            {
                renderer.Write("<tr").Attribute("class", "group level-" + Level(row.Depth + 1)).Write('>').WriteLine();
                renderer.Write("<th scope=\"rowgroup\"").Attribute("colspan", model.ColumnCount.ToString(CultureInfo.InvariantCulture)).Write("><span class=\"group-label\">");
                WriteText(renderer, row.Label, row.Marks);
                renderer.Write("</span></th>").WriteLine().Write("</tr>").WriteLine();
                continue;
            }
            var classes = new List<string>();
            if (row.Depth > 0) classes.Add("in-" + Level(row.Depth));
            if (row.IsEmphasized) classes.Add(row.Kind == ModelRowKind.Total ? "total" : "subtotal");
            renderer.Write("<tr");
            if (classes.Count > 0) renderer.Attribute("class", string.Join(' ', classes));
            renderer.Write('>').WriteLine();
            renderer.Write("<th scope=\"row\">");
            WriteText(renderer, row.Label, row.Marks);
            renderer.Write("</th>").WriteLine();
            foreach (var cell in row.Cells)
            {
                renderer.Write("<td class=\"num\">");
                WriteText(renderer, cell.Text, cell.Marks);
                renderer.Write("</td>").WriteLine();
            }
            renderer.Write("</tr>").WriteLine();
        }
        renderer.Write("</tbody>").WriteLine().Write("</table>").WriteLine().Write("</div>").WriteLine();

        if (model.Notes.Count == 0) return;
        renderer.Write("<div class=\"table-notes\">").WriteLine();
        foreach (var note in model.Notes) renderer.Write("<p>").Text(note.Display).Write("</p>").WriteLine();
        renderer.Write("</div>").WriteLine();
    }

    private static void WriteEdgar(ReleaseHtmlRenderer renderer, TableModel model)
    {
        renderer.Write("<table").Attribute("style", EdgarStyles.Table).Write('>').WriteLine();
        if (model.Title is not null)
            renderer.Write("<caption").Attribute("style", EdgarStyles.Caption).Write('>').Text(model.Title).Write("</caption>").WriteLine();
        for (var h = 0; h < model.HeaderRows.Count; h++)
        {
            var last = h == model.HeaderRows.Count - 1;
            renderer.Write("<tr>").WriteLine();
            var cells = model.HeaderRows[h].Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                renderer.Write("<th");
                if (cell.Span > 1) renderer.Attribute("colspan", cell.Span.ToString(CultureInfo.InvariantCulture));
                var align = cell.IsSpanning ? Markdig.Extensions.Tables.TableColumnAlign.Center : i == 0 ? Markdig.Extensions.Tables.TableColumnAlign.Left : Markdig.Extensions.Tables.TableColumnAlign.Right;
                renderer.Attribute("style", EdgarStyles.HeaderCell(align, ruled: cell.Text.Length > 0 && (cell.IsSpanning || last))).Write('>');
                WriteText(renderer, cell.Text, cell.Marks);
                renderer.Write("</th>").WriteLine();
            }
            renderer.Write("</tr>").WriteLine();
        }
        foreach (var row in model.Rows)
        {
            renderer.Write("<tr>").WriteLine();
            if (row.IsGroup)
            {
                renderer.Write("<td").Attribute("colspan", model.ColumnCount.ToString(CultureInfo.InvariantCulture))
                    .Attribute("style", EdgarStyles.GroupCell(row.Depth + 1)).Write('>');
                WriteText(renderer, row.Label, row.Marks, emphasis: row.Depth == 0 ? "strong" : "em");
                renderer.Write("</td>").WriteLine().Write("</tr>").WriteLine();
                continue;
            }
            renderer.Write("<td").Attribute("style", EdgarStyles.BodyCell(Markdig.Extensions.Tables.TableColumnAlign.Left, indent: row.Depth, total: row.IsEmphasized)).Write('>');
            WriteText(renderer, row.Label, row.Marks, emphasis: row.IsEmphasized ? "strong" : null);
            renderer.Write("</td>").WriteLine();
            foreach (var cell in row.Cells)
            {
                renderer.Write("<td").Attribute("style", EdgarStyles.BodyCell(Markdig.Extensions.Tables.TableColumnAlign.Right, indent: 0, total: row.IsEmphasized)).Write('>');
                WriteText(renderer, cell.Text, cell.Marks, emphasis: row.IsEmphasized ? "strong" : null);
                renderer.Write("</td>").WriteLine();
            }
            renderer.Write("</tr>").WriteLine();
        }
        renderer.Write("</table>").WriteLine();
        foreach (var note in model.Notes)
            renderer.Write("<p").Attribute("style", EdgarStyles.TableNote).Write('>').Text(note.Display).Write("</p>").WriteLine();
    }

    /// <summary>Text, then its note marks as a superscript joined to it ("ounces(1)").</summary>
    private static void WriteText(ReleaseHtmlRenderer renderer, string text, string marks, string? emphasis = null)
    {
        if (emphasis is not null && text.Length > 0) renderer.Write('<').Write(emphasis).Write('>');
        renderer.Text(text);
        if (emphasis is not null && text.Length > 0) renderer.Write("</").Write(emphasis).Write('>');
        if (marks.Length > 0) renderer.Write("<sup>").Text(marks).Write("</sup>");
    }

    private static string Level(int level) => Math.Min(level, 4).ToString(CultureInfo.InvariantCulture);
}
