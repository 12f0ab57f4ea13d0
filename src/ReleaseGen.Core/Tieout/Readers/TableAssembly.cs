namespace ReleaseGen.Tieout.Readers;

/// <summary>A table cell as a structured format gives it (a tagged PDF's TH/TD, a Word w:tc): its text, how many columns it spans, and whether it is a column header.</summary>
public sealed record SourceCell(PositionedText Text, int ColumnSpan, bool IsColumnHeader);

/// <summary>A table row as a structured format gives it: its cells, and whether the format marks it as a header row (THead, w:tblHeader).</summary>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells, bool MarkedAsHeader, TextPosition Position);

/// <summary>
/// Turns the rows of a structured table (an HTML table, a tagged PDF's Table, a Word w:tbl) into a <see cref="FinalTable"/>:
/// the header rows (those marked as header or, when none is, the leading rows of column headers) are
/// combined into one header per column with spans expanded; a row of a single spanning cell is a group
/// label; every other row is its label cell and figure cells.
/// </summary>
public static class TableAssembly
{
    public static FinalTable Build(PositionedText? title, IReadOnlyList<SourceRow> rows)
    {
        rows = rows.Where(r => r.Cells.Count > 0).ToList();
        var headerCount = 0;
        if (rows.Any(r => r.MarkedAsHeader))
            while (headerCount < rows.Count && rows[headerCount].MarkedAsHeader) headerCount++;
        else
            while (headerCount < rows.Count && rows[headerCount].Cells.All(c => c.IsColumnHeader)
                   && rows[headerCount].Cells.Skip(1).Any(c => c.Text.Text.Trim().Length > 0 || c.ColumnSpan > 1))
                headerCount++;
        var result = new List<FinalRow>();
        if (headerCount > 0)
        {
            var columns = new List<PositionedTextBuilder>();
            for (var h = 0; h < headerCount; h++)
            {
                var column = 0;
                foreach (var cell in rows[h].Cells)
                {
                    var text = cell.Text.Trim();
                    for (var k = 0; k < Math.Max(1, cell.ColumnSpan); k++)
                    {
                        while (columns.Count <= column) columns.Add(new PositionedTextBuilder());
                        if (text.Text.Length > 0)
                        {
                            columns[column].Space(text.At(0));
                            columns[column].Append(text);
                        }
                        column++;
                    }
                }
            }
            // Every row kept has a cell, so there is a label column.
            var built = columns.Select(b => b.Build()).ToList();
            result.Add(new FinalRow(built[0], built.Skip(1).ToList(), true, rows[0].Position));
        }
        foreach (var row in rows.Skip(headerCount))
        {
            // A group label (one cell spanning the table) is a row with a label and no cells.
            var cells = row.Cells.Select(c => c.Text.Trim()).ToList();
            result.Add(new FinalRow(cells[0], cells.Skip(1).ToList(), false, row.Position));
        }
        return new FinalTable(title is { Text.Length: > 0 } ? title : null, result);
    }
}
