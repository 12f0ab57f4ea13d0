using System.Text;
using ReleaseGen.Templating;

namespace ReleaseGen.Tables;

/// <summary>
/// Writes a <see cref="TableModel"/> as the Markdown of a release: a GitHub-flavoured pipe table (the
/// form GitHub and GitLab render in a pull request), its title in bold above it and its notes below,
/// all between two HTML comments that name the table. GitHub hides the comments; ReleaseGen's parser
/// (<see cref="Markdown.ReleaseTableBlock"/>) reads them to attach the model again, so the HTML, PDF and
/// Word outputs render the table from its data, never from this flattened text.
/// </summary>
/// <remarks>
/// Pipe tables have one header row and no spans: a spanning upper header is folded into each column's
/// header ("Three Months Ended June 30, 2012"), a group heading is a row with a bold label and empty
/// cells, nesting shows as leading no-break spaces, and subtotal and total rows are bold.
/// </remarks>
public static class GfmTableWriter
{
    /// <summary>The line that opens a table's region: <c>&lt;!-- releasegen:table NAME --&gt;</c>.</summary>
    public static string OpeningLine(string name) => $"<!-- releasegen:table {name} -->";

    public const string ClosingLine = "<!-- /releasegen:table -->";

    public static string Write(TableModel table)
    {
        var sb = new StringBuilder();
        sb.Append(OpeningLine(table.Name)).Append('\n');
        if (table.Title is { Length: > 0 } title) sb.Append("**").Append(Cell(title)).Append("**\n\n");

        var header = new List<string> { "" };
        for (var c = 0; c < table.Columns.Count; c++) header.Add(FlattenedHeader(table, c));
        Row(sb, header);
        sb.Append("| :--- |");
        for (var c = 0; c < table.Columns.Count; c++) sb.Append(" ---: |");
        sb.Append('\n');

        foreach (var row in table.Rows)
        {
            var indent = Indent(row.Depth);
            if (row.IsGroup)
            {
                // Bold at the top level, italic when nested: the convention of the printed release.
                var mark = row.Depth == 0 ? "**" : "*";
                Row(sb, [indent + mark + Cell(row.Label) + mark + row.Marks, .. Enumerable.Repeat("", table.Columns.Count)]);
                continue;
            }
            string Emphasize(string text) => row.IsEmphasized && text.Length > 0 ? "**" + text + "**" : text;
            Row(sb, [indent + Emphasize(Cell(row.Label)) + row.Marks, .. row.Cells.Select(c => Emphasize(Cell(c.Text)) + c.Marks)]);
        }
        foreach (var note in table.Notes) sb.Append('\n').Append(Cell(note.Display)).Append('\n');
        sb.Append(ClosingLine).Append('\n');
        return sb.ToString();
    }

    /// <summary>The upper header's text over a column, then the column's own: "Three Months Ended June 30, 2012".</summary>
    private static string FlattenedHeader(TableModel table, int column)
    {
        var parts = new List<string>();
        foreach (var row in table.HeaderRows)
        {
            var at = 0;
            foreach (var cell in row.Cells.Skip(1))
            {
                if (column >= at && column < at + cell.Span)
                {
                    if (cell.Text.Length > 0) parts.Add(Cell(cell.Text) + cell.Marks);
                    break;
                }
                at += cell.Span;
            }
        }
        return string.Join(" ", parts);
    }

    private static void Row(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.Append('|');
        foreach (var cell in cells) sb.Append(' ').Append(cell).Append(" |");
        sb.Append('\n');
    }

    /// <summary>Cell text escaped for Markdown, on one line (a line break would end the table row).</summary>
    private static string Cell(string text) => MarkdownEscaper.Escape(text.ReplaceLineEndings(" "));

    /// <summary>
    /// Two no-break spaces per level, written as entities: Markdown has no other way to indent a cell,
    /// and pipe-table parsers trim a literal no-break space at the start of a cell.
    /// </summary>
    public static string Indent(int depth) => string.Concat(Enumerable.Repeat("&nbsp;", 2 * depth));
}
