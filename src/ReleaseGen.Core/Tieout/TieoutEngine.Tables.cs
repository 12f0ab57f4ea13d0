using System.Text.RegularExpressions;
using ReleaseGen.Tables;

namespace ReleaseGen.Tieout;

public sealed partial class TieoutEngine
{
    /// <summary>
    /// Matches the printed table to the data table with the most row labels in common (headers break
    /// ties), maps its columns by header text (or position), its rows by label in order (a reordered
    /// row is found anywhere), then ties every cell; rows only one side has are reported.
    /// </summary>
    private void TieTable(FinalTable table)
    {
        // A table without rows (an empty <table>) prints no number to tie.
        if (table.Rows.Count == 0) return;
        foreach (var header in table.HeaderRows)
            foreach (var cell in header.Cells.Prepend(header.Label))
                TieHeaderCell(table, cell);
        var body = table.BodyRows.ToList();
        var labels = body.Select(r => NormalizeLabel(r.Label.Text)).ToList();
        var best = _release.Tables.Values
            .Select(model => (Model: model, Score: Score(model, table, labels)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        var withCells = body.Count(r => r.Cells.Any(c => c.Text.Length > 0));
        var position = table.Rows[0].Position;
        if (best.Model is null || best.Score < Math.Max(1, withCells / 2.0))
        {
            _diagnostics.Add(StructureRule.Finding(_path, position, "this table matches no table of the data; its numbers are not tied"));
            foreach (var row in body)
                foreach (var cell in row.Cells)
                    foreach (var token in _scanner.Scan(cell.Text).Numbers)
                        _marks.Add(new TieMark(table, cell, token.Start, token.Length, TieStatus.Untied, "in a table that matches no data table", StructureRule.Code));
            return;
        }
        var model = best.Model;
        var columns = MapColumns(model, table);
        var modelRows = model.Rows.ToList();
        var used = new bool[modelRows.Count];
        var last = -1;
        // The continuation of a table broken across pages goes on from where the last piece stopped.
        if (_lastModel == model.Name && _printedRows.TryGetValue(model.Name, out var earlier))
        {
            foreach (var k in earlier.Rows) used[k] = true;
            last = earlier.Rows.Count > 0 ? earlier.Rows.Max() : -1;
        }
        _lastModel = model.Name;
        var matched = new List<(FinalRow Row, int ModelIndex)>();
        FinalRow? previous = null;
        foreach (var row in body)
        {
            var label = NormalizeLabel(row.Label.Text);
            var index = FindRow(modelRows, used, last, label);
            // A label wrapped onto two lines (PDF, text): the first line reads as a row of its own without cells.
            if (index < 0 && previous is { Cells.Count: 0 } && FindRow(modelRows, used, last, NormalizeLabel(previous.Label.Text + " " + row.Label.Text)) is var joined and >= 0)
                index = joined;
            // A label whose end wrapped below its cells: a unique model label that starts with it.
            if (index < 0 && label.Length >= 12)
            {
                var prefixed = Enumerable.Range(0, modelRows.Count).Where(k => !used[k] && NormalizeLabel(modelRows[k].Label).StartsWith(label, StringComparison.Ordinal)).ToList();
                if (prefixed.Count == 1) index = prefixed[0];
            }
            previous = row;
            var hasNumbers = row.Cells.Any(c => _scanner.Scan(c.Text).Numbers.Count > 0);
            if (index < 0)
            {
                if (!hasNumbers) continue; // a heading of the printed table's own
                var labelText = row.Label.Text.Length > 0 ? row.Label.Text : "(no label)";
                // A label the data has, but every row of it already printed: a row printed twice.
                var again = modelRows.Any(r => NormalizeLabel(r.Label) == label);
                _diagnostics.Add(StructureRule.Finding(_path, row.Label.Text.Length > 0 ? row.Label.At(0) : row.Position, again
                    ? $"the row '{labelText}' is printed more often than the data's table '{model.Name}' has it; its numbers are not tied"
                    : $"the row '{labelText}' is not in the data's table '{model.Name}'; its numbers are not tied"));
                foreach (var cell in row.Cells)
                    foreach (var token in _scanner.Scan(cell.Text).Numbers)
                        _marks.Add(new TieMark(table, cell, token.Start, token.Length, TieStatus.Untied, $"in a row the data's table '{model.Name}' does not have", StructureRule.Code));
                continue;
            }
            used[index] = true;
            last = index;
            matched.Add((row, index));
            var modelRow = modelRows[index];
            // Columns are mapped for the widest printed row, so every cell has a column; the data's row may be narrower.
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var column = columns[c];
                var modelCell = column < modelRow.Cells.Count ? modelRow.Cells[column] : null;
                TieCell(table, row, model, modelRow, column, row.Cells[c], modelCell);
            }
        }
        // A table broken across pages prints its rows in several pieces: rows missing from all of them are reported at the end.
        if (!_printedRows.TryGetValue(model.Name, out var printed)) _printedRows[model.Name] = printed = (position, new HashSet<int>());
        for (var k = 0; k < used.Length; k++) if (used[k]) printed.Rows.Add(k);
        CheckTotals(table, model, matched, columns);
    }

    private string? _lastModel;

    private static int FindRow(IReadOnlyList<ModelRow> rows, bool[] used, int last, string label)
    {
        for (var k = last + 1; k < rows.Count; k++)
            if (!used[k] && NormalizeLabel(rows[k].Label) == label) return k;
        for (var k = 0; k < rows.Count; k++)
            if (!used[k] && NormalizeLabel(rows[k].Label) == label) return k;
        return -1;
    }

    private readonly Dictionary<string, (TextPosition Position, HashSet<int> Rows)> _printedRows = new(StringComparer.Ordinal);

    private void ReportMissingRows()
    {
        foreach (var (name, (position, rows)) in _printedRows)
        {
            var model = _release.Tables[name];
            for (var k = 0; k < model.Rows.Count; k++)
            {
                if (rows.Contains(k) || model.Rows[k].IsGroup || model.Rows[k].Cells.All(c => c.Kind == CellKind.Empty)) continue;
                _diagnostics.Add(StructureRule.Finding(_path, position, $"the data's table '{model.Name}' has the row {RowName(model, k)}, which the document does not print"));
            }
        }
        _printedRows.Clear();
    }

    /// <summary>
    /// 'Ore tonnes mined'; for a label several rows share, with as many of its enclosing groups as tell it
    /// from the others, innermost last: 'Lead' under 'Zinc concentrate:' / 'Concentrate grade:'.
    /// </summary>
    private static string RowName(TableModel model, int k)
    {
        var label = model.Rows[k].Label;
        var others = Enumerable.Range(0, model.Rows.Count).Where(j => j != k && !model.Rows[j].IsGroup && model.Rows[j].Label == label).Select(j => Groups(model, j)).ToList();
        if (others.Count == 0) return $"'{label}'";
        var groups = Groups(model, k);
        for (var n = 1; n <= groups.Count; n++)
        {
            var tail = groups.TakeLast(n).ToList();
            if (others.All(o => !o.TakeLast(n).SequenceEqual(tail)))
                return $"'{label}' under {string.Join(" / ", tail.Select(g => $"'{g}'"))}";
        }
        return $"'{label}'";
    }

    /// <summary>The labels of the groups around row <paramref name="k"/>, outermost first.</summary>
    private static List<string> Groups(TableModel model, int k)
    {
        var groups = new List<string>();
        var depth = model.Rows[k].Depth;
        for (var g = k - 1; g >= 0 && depth > 0; g--)
        {
            if (!model.Rows[g].IsGroup || model.Rows[g].Depth >= depth) continue;
            groups.Insert(0, model.Rows[g].Label);
            depth = model.Rows[g].Depth;
        }
        return groups;
    }

    private void TieHeaderCell(FinalTable table, PositionedText cell)
    {
        var scanned = _scanner.Scan(cell.Text);
        foreach (var span in scanned.Recognised.Where(r => r.Text.Any(char.IsAsciiDigit)))
            _marks.Add(new TieMark(table, cell, span.Start, span.Length, TieStatus.Recognised, span.Kind));
        foreach (var token in scanned.Numbers)
            _marks.Add(new TieMark(table, cell, token.Start, token.Length, TieStatus.Recognised, "column heading"));
    }

    private void TieCell(FinalTable table, FinalRow row, TableModel model, ModelRow modelRow, int column, PositionedText cell, ModelCell? modelCell)
    {
        var scanned = _scanner.Scan(cell.Text);
        foreach (var span in scanned.Recognised.Where(r => r.Text.Any(char.IsAsciiDigit)))
            _marks.Add(new TieMark(table, cell, span.Start, span.Length, TieStatus.Recognised, span.Kind));
        var token = scanned.Numbers.FirstOrDefault();
        var where = $"'{modelRow.Label}' / '{ColumnHeader(model, column)}' of table '{model.Name}'";
        if (modelCell is null || modelCell.Kind == CellKind.Empty)
        {
            if (token is null) return;
            Report(CellRule, table, cell, token.Start, token.Length, $"{where} reads '{token.Text}', but the data has no figure there", "the data has no figure here");
            return;
        }
        var expected = _scanner.Scan(modelCell.Text).Numbers.FirstOrDefault();
        if (token is null)
        {
            if (expected is null) return; // neither side has a number ("n/m" for "n/m")
            // An empty cell has no position of its own: its row's is the nearest.
            _diagnostics.Add(CellRule.Finding(_path, cell.Text.Length > 0 ? cell.At(0) : row.Position, $"{where} is empty or not a number ('{cell.Text}'); the data gives {modelCell.Text}"));
            return;
        }
        // A change cell carries its current figure too; what it ties to is the change.
        var source = modelCell.Kind == CellKind.Figure && modelCell.Figure is { } figure
            ? $"{figure.MetricKey} for {figure.Period.Key} = {Plain(figure.Value)}"
            : $"change {modelCell.Text}";
        var ties = expected is not null && expected.Value == token.Value
                   || modelCell.Kind == CellKind.Figure && modelCell.Figure is { } f && Rounding.Ties(token with { Approximate = false }, f.Value);
        if (ties)
        {
            Tied(table, cell, token.Start, token.Length, source);
            return;
        }
        Report(CellRule, table, cell, token.Start, token.Length, $"{where} reads {token.Text}; the data gives {modelCell.Text} ({source})", $"should read {modelCell.Text} ({source})");
        _cellFindings[cell] = (_diagnostics.Count - 1, _marks.Count - 1, modelCell.Text);
    }

    // The RG701 finding (and its mark) of a wrong table cell, so a total row's can become RG707.
    private readonly Dictionary<PositionedText, (int Diagnostic, int Mark, string Right)> _cellFindings = new(ReferenceEqualityComparer.Instance);

    private double Score(TableModel model, FinalTable table, List<string> labels)
    {
        var modelLabels = model.Rows.Where(r => !r.IsGroup).Select(r => NormalizeLabel(r.Label)).ToHashSet(StringComparer.Ordinal);
        double score = labels.Count(l => modelLabels.Contains(l));
        var headers = table.HeaderRows.SelectMany(h => h.Cells).Select(c => NormalizeLabel(c.Text)).ToList();
        var modelHeaders = ModelHeaders(model);
        score += headers.Count(h => modelHeaders.Contains(h)) * 0.5;
        if (table.Title is { } title && model.Title is { } modelTitle && NormalizeLabel(title.Text) == NormalizeLabel(modelTitle)) score += 2;
        if (table.BodyRows.Any(r => r.Cells.Count > 0) && table.BodyRows.Where(r => r.Cells.Count > 0).All(r => r.Cells.Count == model.Columns.Count)) score += 0.25;
        return score;
    }

    /// <summary>For each printed figure column, the model column it is: by header text when every header matches, else by position.</summary>
    private List<int> MapColumns(TableModel model, FinalTable table)
    {
        var header = table.HeaderRows.LastOrDefault();
        var count = table.BodyRows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
        if (header is not null && header.Cells.Count == count)
        {
            var modelHeaders = ModelHeaders(model);
            var mapped = new List<int>();
            foreach (var cell in header.Cells)
            {
                var index = IndexOfUnused(modelHeaders, NormalizeLabel(cell.Text), mapped);
                if (index < 0) break;
                mapped.Add(index);
            }
            if (mapped.Count == count) return mapped;
        }
        var byPosition = new List<int>();
        for (var i = 0; i < count; i++) byPosition.Add(i);
        return byPosition;
    }

    private static int IndexOfUnused(List<string> headers, string text, List<int> taken)
    {
        for (var i = 0; i < headers.Count; i++)
            if (headers[i] == text && !taken.Contains(i)) return i;
        return -1;
    }

    private static List<string> ModelHeaders(TableModel model)
    {
        var headers = new List<string>();
        for (var i = 0; i < model.Columns.Count; i++) headers.Add(NormalizeLabel(ColumnHeader(model, i)));
        return headers;
    }

    /// <summary>The column's header as one text: the spanning header over it and its own ("Three Months Ended June 30, 2012").</summary>
    private static string ColumnHeader(TableModel model, int column)
    {
        var parts = new List<string>();
        foreach (var row in model.HeaderRows)
        {
            var at = 0;
            foreach (var cell in row.Cells.Skip(1))
            {
                if (column >= at && column < at + cell.Span)
                {
                    if (cell.Text.Length > 0) parts.Add(cell.Text);
                    break;
                }
                at += cell.Span;
            }
        }
        return string.Join(" ", parts);
    }

    /// <summary>Labels compared without case, marks, markup, indentation or a trailing colon.</summary>
    private static string NormalizeLabel(string label)
    {
        var text = NoteMarks().Replace(label, "");
        text = Regex.Replace(text, @"[*_\u00A0\s]+", " ").Trim().TrimEnd(':').Trim();
        return text.ToLowerInvariant();
    }

    // A mark follows a word or a bracket ("produced(1)", "ounces2"), never a digit: "June 30, 2012" keeps its year.
    [GeneratedRegex(@"\(\d{1,2}\)|(?<=[^\s\d])\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarks();

    /// <summary>
    /// A subtotal or total row is checked against the rows it adds when the data's figures add up that
    /// way (the rows since the previous subtotal, that subtotal included): the printed rows must sum to
    /// the printed total within half a unit per row. Cells already wrong are not reported twice.
    /// </summary>
    private void CheckTotals(FinalTable table, TableModel model, List<(FinalRow Row, int ModelIndex)> matched, List<int> columns)
    {
        var rows = model.Rows;
        for (var t = 0; t < rows.Count; t++)
        {
            if (rows[t].Kind is not (ModelRowKind.Subtotal or ModelRowKind.Total)) continue;
            var components = new List<int>();
            for (var k = t - 1; k >= 0; k--)
            {
                if (rows[k].IsGroup || rows[k].Depth < rows[t].Depth) break;
                components.Insert(0, k);
                if (rows[k].Kind is ModelRowKind.Subtotal or ModelRowKind.Total) break;
            }
            if (components.Count < 2) continue;
            var totalRow = matched.FirstOrDefault(m => m.ModelIndex == t);
            if (totalRow.Row is null) continue;
            for (var c = 0; c < totalRow.Row.Cells.Count && c < columns.Count; c++)
            {
                var column = columns[c];
                if (column >= rows[t].Cells.Count) continue;
                var totalFigure = rows[t].Cells[column].Figure;
                if (totalFigure is null) continue;
                var parts = components.Select(k => rows[k].Cells.ElementAtOrDefault(column)?.Figure).ToList();
                if (parts.Any(p => p is null) || Math.Abs(parts.Sum(p => p!.Value) - totalFigure.Value) > 0.5m * parts.Count) continue; // not an additive total
                var printedParts = components.Select(k => matched.FirstOrDefault(m => m.ModelIndex == k).Row?.Cells.ElementAtOrDefault(c)).ToList();
                if (printedParts.Any(p => p is null)) continue;
                var tokens = printedParts.Select(p => _scanner.Scan(p!.Text).Numbers.FirstOrDefault()).ToList();
                var totalCell = totalRow.Row.Cells[c];
                var totalToken = _scanner.Scan(totalCell.Text).Numbers.FirstOrDefault();
                if (totalToken is null || tokens.Any(x => x is null)) continue;
                // A wrong row is reported as itself: the total is then not held to it.
                if (_marks.Any(m => m.Status == TieStatus.Wrong && printedParts.Contains(m.Text))) continue;
                var sum = tokens.Sum(x => x!.Value);
                var unit = totalToken.Unit;
                if (Math.Abs(sum - totalToken.Value) <= unit * 0.5m * tokens.Count) continue;
                var message = $"'{rows[t].Label}' reads {totalToken.Text}, but the rows it totals add to {Plain(sum)} as printed ({string.Join(" + ", tokens.Select(x => x!.Text))})";
                if (_cellFindings.TryGetValue(totalCell, out var cellFinding))
                {
                    // The total itself was retyped: one finding, the total's, naming the data's figure too.
                    _diagnostics[cellFinding.Diagnostic] = TotalsRule.Finding(_path, totalCell.At(totalToken.Start), $"{message}; the data gives {cellFinding.Right}");
                    _marks[cellFinding.Mark] = _marks[cellFinding.Mark] with { Code = TotalsRule.Code, Note = $"should read {cellFinding.Right} (the sum of its rows)" };
                    continue;
                }
                _diagnostics.Add(TotalsRule.Finding(_path, totalCell.At(totalToken.Start), message));
            }
        }
    }
}
