using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Tables;

/// <summary>
/// A table of one release in one language, resolved to cells: what every output format renders (HTML,
/// EDGAR, PDF, GitHub Markdown, Word) and what checks, the audit and diffs read. Built once from the
/// data's <see cref="TableLayout"/> by <see cref="TableModelBuilder"/>; formats never guess a table's
/// structure back from text.
/// </summary>
/// <param name="Name">The table's key in the data (<c>highlights</c>).</param>
/// <param name="Title">The title in the document's language, printed above the table; null for none.</param>
/// <param name="Columns">The figure columns, left to right (the row-label column is not one of them).</param>
/// <param name="HeaderRows">The header, top to bottom: the first cell of each row heads the label column.</param>
/// <param name="Rows">The body, top to bottom: groups, metric rows, subtotals and totals.</param>
/// <param name="Notes">The footnotes printed under the table, in mark order.</param>
public sealed record TableModel(
    string Name,
    string? Title,
    IReadOnlyList<ModelColumn> Columns,
    IReadOnlyList<HeaderRow> HeaderRows,
    IReadOnlyList<ModelRow> Rows,
    IReadOnlyList<ModelNote> Notes)
{
    /// <summary>The number of columns including the row-label column.</summary>
    public int ColumnCount => Columns.Count + 1;

    /// <summary>
    /// Every cell's visible text in reading order: title, header cells, each row's label and cells,
    /// then the notes. The same sequence in every format is what the cross-format tests compare.
    /// </summary>
    public IEnumerable<string> Texts()
    {
        if (Title is not null) yield return Title;
        foreach (var header in HeaderRows)
            foreach (var cell in header.Cells)
                if (cell.Text.Length > 0) yield return cell.Text + cell.Marks;
        foreach (var row in Rows)
        {
            yield return row.Label + row.Marks;
            foreach (var cell in row.Cells)
                if (cell.Text.Length > 0) yield return cell.Text + cell.Marks;
        }
        foreach (var note in Notes) yield return note.Display;
    }
}

/// <summary>What a figure column shows.</summary>
public enum ColumnKind
{
    /// <summary>A period's figures.</summary>
    Period,

    /// <summary>The change between two periods.</summary>
    Change,

    /// <summary>One segment's figures.</summary>
    Segment,

    /// <summary>The segments' total (the row metric's own figure).</summary>
    Total,
}

/// <summary>A figure column: its kind, its period (for a change, the compared period) and, for segments, the segment.</summary>
public sealed record ModelColumn(ColumnKind Kind, Period Period, string? Segment = null, Period? Base = null, ChangeColumn? Change = null)
{
    /// <summary>The relative reference or key the data names the column by (<c>quarter</c>), for cell notes.</summary>
    public string Reference { get; init; } = "";
}

/// <summary>A header row: one cell for the label column, then cells that may span several figure columns.</summary>
public sealed record HeaderRow(IReadOnlyList<HeaderCell> Cells);

/// <summary>A header cell; <see cref="Span"/> figure columns wide; <see cref="Marks"/> its note marks ("(1)").</summary>
public sealed record HeaderCell(string Text, int Span, string Marks = "")
{
    public bool IsSpanning => Span > 1;
}

/// <summary>What a body row is.</summary>
public enum ModelRowKind
{
    /// <summary>A heading with rows under it; it has no cells.</summary>
    Group,

    Metric,

    /// <summary>A subtotal: ruled above, bold.</summary>
    Subtotal,

    /// <summary>A total: ruled above, bold.</summary>
    Total,
}

/// <summary>A body row: its label at a nesting <see cref="Depth"/> (0 at the top), and one cell per figure column.</summary>
/// <param name="Metric">The row's metric; null for a group.</param>
public sealed record ModelRow(ModelRowKind Kind, string Label, int Depth, IReadOnlyList<ModelCell> Cells, Metric? Metric = null, string Marks = "")
{
    public bool IsGroup => Kind == ModelRowKind.Group;

    /// <summary>Subtotal and total rows print bold with a rule above.</summary>
    public bool IsEmphasized => Kind is ModelRowKind.Subtotal or ModelRowKind.Total;
}

/// <summary>What a cell holds.</summary>
public enum CellKind
{
    /// <summary>A figure of the data.</summary>
    Figure,

    /// <summary>A change computed from two figures.</summary>
    Change,

    /// <summary>A change that is not meaningful (zero base, sign flip): the locale's "n/m".</summary>
    NotMeaningful,

    /// <summary>No figure for this column (a segment the metric does not have): an empty cell.</summary>
    Empty,
}

/// <summary>
/// One cell: its text as printed in the document's language, the figure it shows (or the two it
/// compares), and the value behind it for readers that tie numbers back to data.
/// </summary>
public sealed record ModelCell(CellKind Kind, string Text, Figure? Figure = null, decimal? Value = null, string Marks = "")
{
    /// <summary>For a change cell: the base figure.</summary>
    public Figure? Base { get; init; }
}

/// <summary>A footnote under the table: its mark ("(1)") and text.</summary>
public sealed record ModelNote(string Key, string Mark, string Text)
{
    /// <summary>The note as printed: "(1) Gold-equivalent ounces ...", or the bare text of an unmarked note.</summary>
    public string Display => Mark.Length == 0 ? Text : $"{Mark} {Text}";
}
