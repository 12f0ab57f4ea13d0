using ReleaseGen.Tables;
using Scriban.Runtime;

namespace ReleaseGen.Templating;

/// <summary>
/// A table as templates see it (<c>tables.highlights</c>): printed, it is the table's Markdown (its
/// data, drawn natively by every format); read, it is data: <c>name</c>, <c>title</c>, <c>columns</c>
/// (<c>kind</c>, <c>header</c>, <c>period</c>, <c>segment</c>), <c>rows</c> (<c>kind</c>, <c>label</c>,
/// <c>depth</c>, <c>metric</c>, <c>marks</c>, <c>cells</c>: <c>text</c>, <c>kind</c>, <c>value</c>,
/// <c>figure</c>) and <c>notes</c> (<c>mark</c>, <c>text</c>), so a custom partial can lay a table out
/// without hard-coding a row.
/// </summary>
public sealed class TableValue : ScriptObject
{
    // Not importing this type's statics (there are none): ScriptObject's default reflects over them for every table.
    public TableValue(TableModel model) : base(0, autoImportStaticsFromThisType: false)
    {
        Model = model;
        Markdown = GfmTableWriter.Write(model);
        SetValue("name", model.Name, true);
        SetValue("title", model.Title, true);
        var lower = model.HeaderRows[^1].Cells.Skip(1).ToList();
        var columns = new ScriptArray();
        for (var i = 0; i < model.Columns.Count; i++)
        {
            var column = model.Columns[i];
            var item = new ScriptObject();
            item.SetValue("kind", column.Kind.ToString().ToLowerInvariant(), true);
            item.SetValue("header", lower[i].Text, true);
            item.SetValue("period", column.Period, true);
            item.SetValue("segment", column.Segment, true);
            columns.Add(item);
        }
        SetValue("columns", columns, true);
        var rows = new ScriptArray();
        foreach (var row in model.Rows)
        {
            var item = new ScriptObject();
            item.SetValue("kind", row.Kind.ToString().ToLowerInvariant(), true);
            item.SetValue("label", row.Label, true);
            item.SetValue("depth", row.Depth, true);
            item.SetValue("metric", row.Metric?.Key, true);
            item.SetValue("marks", row.Marks, true);
            var cells = new ScriptArray();
            foreach (var cell in row.Cells)
            {
                var c = new ScriptObject();
                c.SetValue("text", cell.Text, true);
                c.SetValue("kind", cell.Kind.ToString().ToLowerInvariant(), true);
                c.SetValue("value", cell.Value, true);
                c.SetValue("figure", cell.Figure, true);
                c.SetValue("marks", cell.Marks, true);
                cells.Add(c);
            }
            item.SetValue("cells", cells, true);
            rows.Add(item);
        }
        SetValue("rows", rows, true);
        var notes = new ScriptArray();
        foreach (var note in model.Notes)
        {
            var item = new ScriptObject();
            item.SetValue("mark", note.Mark, true);
            item.SetValue("text", note.Text, true);
            notes.Add(item);
        }
        SetValue("notes", notes, true);
    }

    public TableModel Model { get; }

    /// <summary>The table's Markdown: a GitHub-flavoured pipe table between the comments that name it.</summary>
    public string Markdown { get; }
}
