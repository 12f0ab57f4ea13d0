using System.Globalization;
using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Tables;

/// <summary>
/// Resolves a <see cref="TableLayout"/> against a release's figures in one language: columns expanded
/// (trailing quarters), periods resolved, every cell formatted (currency, negatives, nil, decimals),
/// changes computed from the printed values, note marks numbered in reading order. A figure a cell needs
/// but the data cannot give is a diagnostic at the row.
/// </summary>
public static class TableModelBuilder
{
    /// <summary>Builds every table of the release, by name, reporting missing figures into <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyDictionary<string, TableModel> BuildAll(FigureBook book, LanguageSettings language, DiagnosticBag diagnostics) =>
        book.Data.Tables.Values.ToDictionary(t => t.Name, t => Build(t, book, language, diagnostics), StringComparer.Ordinal);

    public static TableModel Build(TableLayout table, FigureBook book, LanguageSettings language, DiagnosticBag? diagnostics = null)
    {
        var data = book.Data;
        var locale = language.Locale;
        var columns = ResolveColumns(table, data);
        var marks = new NoteMarks(table, language);

        var headerRows = BuildHeader(table, columns, data, language, marks);
        var rows = new List<ModelRow>();
        void Add(IEnumerable<TableRow> items, int depth)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case GroupRow group:
                        rows.Add(new ModelRow(ModelRowKind.Group, group.LabelIn(locale), depth, [], Marks: marks.Mark(group.Note)));
                        Add(group.Rows, depth + 1);
                        break;
                    case MetricRow row when data.FindMetric(row.MetricKey) is { } metric:
                        var rowMarks = marks.Mark(row.Note);
                        var format = (row.Format ?? CellFormat.Default).Over(metric.Format).Over(table.Format);
                        var cells = columns.Select(c => Cell(table, row, metric, c, format, book, language, diagnostics) with
                        {
                            Marks = marks.Mark(row.CellNotes.GetValueOrDefault(c.Reference)),
                        }).ToList();
                        var kind = row.Kind switch { RowKind.Subtotal => ModelRowKind.Subtotal, RowKind.Total => ModelRowKind.Total, _ => ModelRowKind.Metric };
                        rows.Add(new ModelRow(kind, row.LabelIn(metric, locale), depth, cells, metric, rowMarks));
                        break;
                }
            }
        }
        Add(table.Rows, 0);

        // Marked notes in mark order, then notes about the whole table (marked nowhere), unmarked.
        var notes = marks.Used.Select(n => new ModelNote(n.Note.Key, n.Mark, n.Note.TextIn(locale)))
            .Concat(table.Notes.Where(n => marks.Used.All(u => u.Note.Key != n.Key)).Select(n => new ModelNote(n.Key, "", n.TextIn(locale))))
            .ToList();
        return new TableModel(table.Name, table.TitleIn(locale), columns, headerRows, rows, notes);
    }

    /// <summary>The period keys a table's figure cells read (for diffs that list changed figures).</summary>
    public static IEnumerable<PeriodKey> Periods(TableLayout table, ReleaseData data) =>
        ResolveColumns(table, data).SelectMany(c => c.Base is { } b ? [c.Period.Key, b.Key] : new[] { c.Period.Key });

    private static List<ModelColumn> ResolveColumns(TableLayout table, ReleaseData data)
    {
        var reporting = data.Release.PeriodKey;
        Period At(string reference) => data.PeriodOf(RelativePeriods.Resolve(reference, reporting, data.Calendar)!.Value);
        var columns = new List<ModelColumn>();
        foreach (var column in table.Columns)
        {
            switch (column)
            {
                case PeriodColumn p:
                    columns.Add(new ModelColumn(ColumnKind.Period, At(p.PeriodRef)) { Reference = p.PeriodRef });
                    break;
                case TrailingQuartersColumn t:
                    var quarters = Enumerable.Range(0, t.Count).Select(i => data.Calendar.AddQuarters(reporting, -i)).ToList();
                    if (!t.NewestFirst) quarters.Reverse();
                    columns.AddRange(quarters.Select(q => new ModelColumn(ColumnKind.Period, data.PeriodOf(q)) { Reference = q.ToString() }));
                    break;
                case ChangeColumn c:
                    columns.Add(new ModelColumn(ColumnKind.Change, At(c.To), Base: At(c.From), Change: c) { Reference = $"{c.From}..{c.To}" });
                    break;
                case SegmentColumn s:
                    var period = At(s.PeriodRef ?? table.Period);
                    columns.Add(new ModelColumn(s.IsTotal ? ColumnKind.Total : ColumnKind.Segment, period, s.Segment) { Reference = s.Segment ?? "total" });
                    break;
            }
        }
        return columns;
    }

    /// <summary>
    /// Two header rows when any column has a spanning part (a period length over its dates), one otherwise.
    /// Adjacent columns with the same upper text share one spanning cell.
    /// </summary>
    private static List<HeaderRow> BuildHeader(TableLayout table, List<ModelColumn> columns, ReleaseData data, LanguageSettings language, NoteMarks marks)
    {
        var locale = language.Locale;
        var upper = new List<string>();
        var lower = new List<(string Text, string Marks)>();
        var layoutColumns = ExpandLayoutColumns(table);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var layout = layoutColumns[i];
            var header = layout.HeaderIn(locale);
            switch (column.Kind)
            {
                case ColumnKind.Period:
                    // A calendar or dual label names the period by itself ("Q2 2012 / fiscal Q1 2013"): no span above it.
                    var label = table.HeaderStyle switch
                    {
                        PeriodHeaderStyle.Calendar => language.CalendarPeriodLabel(column.Period),
                        PeriodHeaderStyle.Dual => language.DualPeriodLabel(column.Period),
                        _ => null,
                    };
                    upper.Add(label is null ? language.PeriodSpanHeader(column.Period) : "");
                    lower.Add((header ?? label ?? language.FormatLongDate(column.Period.End), marks.Mark(layout.Note)));
                    break;
                case ColumnKind.Change:
                    upper.Add("");
                    lower.Add((header ?? (column.Change!.Measure == ChangeMeasure.Percent ? language.PercentChangeHeader : language.ChangeHeader), marks.Mark(layout.Note)));
                    break;
                default:
                    upper.Add($"{language.PeriodSpanHeader(column.Period)} {language.FormatLongDate(column.Period.End)}");
                    var segmentLabel = column.Segment is { } key ? data.FindSegment(key)?.LabelIn(locale) ?? key : language.TotalHeader;
                    lower.Add((header ?? segmentLabel, marks.Mark(layout.Note)));
                    break;
            }
        }

        var rows = new List<HeaderRow>();
        if (upper.Any(u => u.Length > 0))
        {
            var cells = new List<HeaderCell> { new("", 1) };
            for (var i = 0; i < upper.Count; i++)
            {
                if (cells.Count > 1 && cells[^1].Text == upper[i] && upper[i].Length > 0)
                    cells[^1] = cells[^1] with { Span = cells[^1].Span + 1 };
                else
                    cells.Add(new HeaderCell(upper[i], 1));
            }
            rows.Add(new HeaderRow(cells));
        }
        rows.Add(new HeaderRow([new HeaderCell("", 1), .. lower.Select(l => new HeaderCell(l.Text, 1, l.Marks))]));
        return rows;
    }

    /// <summary>The layout column behind each model column (a trailing entry stands for several).</summary>
    private static List<TableColumn> ExpandLayoutColumns(TableLayout table) =>
        table.Columns.SelectMany(c => c is TrailingQuartersColumn t ? Enumerable.Repeat(c with { Header = null, Headers = null }, t.Count) : [c]).ToList();

    private static ModelCell Cell(TableLayout table, MetricRow row, Metric metric, ModelColumn column, CellFormat format, FigureBook book,
        LanguageSettings language, DiagnosticBag? diagnostics)
    {
        switch (column.Kind)
        {
            case ColumnKind.Segment:
                if (!metric.BySegment.TryGetValue(column.Segment!, out var partKey) || book.Data.FindMetric(partKey) is not { } part)
                    return new ModelCell(CellKind.Empty, language.NotApplicable);
                return FigureCell(table, row, part, column, format, book, language, diagnostics);
            case ColumnKind.Change:
                return ChangeCell(table, row, metric, column, format, book, language, diagnostics);
            default:
                return FigureCell(table, row, metric, column, format, book, language, diagnostics);
        }
    }

    private static Figure? Find(TableLayout table, MetricRow row, Metric metric, Period period, string column, FigureBook book, DiagnosticBag? diagnostics)
    {
        if (book.Find(metric, period.Key) is { } figure) return figure;
        diagnostics?.Error(DiagnosticCodes.PeriodNotAvailable, row.Location,
            $"table '{table.Name}', column '{column}', cannot be filled: {book.ExplainMissing(metric, period.Key)}");
        return null;
    }

    private static ModelCell FigureCell(TableLayout table, MetricRow row, Metric metric, ModelColumn column, CellFormat format, FigureBook book,
        LanguageSettings language, DiagnosticBag? diagnostics)
    {
        if (Find(table, row, metric, column.Period, column.Reference, book, diagnostics) is not { } figure)
            return new ModelCell(CellKind.Empty, language.NotAvailable);
        var decimals = format.Decimals ?? metric.Decimals;
        return new ModelCell(CellKind.Figure, FormatValue(figure.Value, decimals, metric.ShowsPercentSign, format, language), figure, Round(figure.Value, decimals));
    }

    /// <summary>
    /// The change from the base figure to the compared one, from their printed values (so a reader can
    /// reproduce it from the table). A percent change of a zero base, or across a change of sign, is "n/m".
    /// </summary>
    private static ModelCell ChangeCell(TableLayout table, MetricRow row, Metric metric, ModelColumn column, CellFormat format, FigureBook book,
        LanguageSettings language, DiagnosticBag? diagnostics)
    {
        var change = column.Change!;
        var current = Find(table, row, metric, column.Period, column.Reference, book, diagnostics);
        var prior = Find(table, row, metric, column.Base!, column.Reference, book, diagnostics);
        if (current is null || prior is null) return new ModelCell(CellKind.Empty, language.NotAvailable);
        var decimals = format.Decimals ?? metric.Decimals;
        var c = Round(current.Value, decimals);
        var p = Round(prior.Value, decimals);
        var sign = change.Favourable && metric.Polarity == Polarity.LowerIsBetter ? -1m : 1m;
        if (change.Measure == ChangeMeasure.Absolute)
        {
            var difference = sign * (c - p);
            return new ModelCell(CellKind.Change, FormatValue(difference, decimals, metric.ShowsPercentSign, format with { Nil = null }, language), current, difference) { Base = prior };
        }
        if (p == 0m || (c != 0m && Math.Sign(c) != Math.Sign(p)))
            return new ModelCell(CellKind.NotMeaningful, language.NotMeaningful, current) { Base = prior };
        var percent = Round(sign * (c - p) / Math.Abs(p) * 100m, change.Decimals);
        return new ModelCell(CellKind.Change, FormatValue(percent, change.Decimals, percentSign: true, format with { Nil = null, Currency = null }, language), current, percent)
        {
            Base = prior,
        };
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A value as a cell prints it: rounded, grouped, with percent or currency sign, negatives by the format's style.</summary>
    public static string FormatValue(decimal value, int decimals, bool percentSign, CellFormat format, LanguageSettings language)
    {
        var rounded = Round(value, decimals);
        if (rounded == 0m && format.Nil is { } nil) return nil;
        var text = language.FormatNumber(Math.Abs(rounded), decimals);
        if (percentSign) text = language.FormatPercent(text);
        else if (format.Currency is { } currency) text = language.FormatMoney(text, currency);
        if (rounded >= 0m) return text;
        return format.Negative switch
        {
            NegativeStyle.Parentheses => $"({text})",
            NegativeStyle.Hyphen => "-" + text,
            _ => language.NegativeSign + text,
        };
    }

    /// <summary>Numbers notes in the order they are first marked, and says which were used.</summary>
    private sealed class NoteMarks(TableLayout table, LanguageSettings language)
    {
        private readonly List<(TableNote Note, string Mark)> _used = [];

        public IReadOnlyList<(TableNote Note, string Mark)> Used => _used;

        public string Mark(string? key)
        {
            if (key is null || table.Notes.FirstOrDefault(n => n.Key == key) is not { } note) return "";
            foreach (var (used, mark) in _used)
                if (used.Key == key) return mark;
            var text = string.Format(CultureInfo.InvariantCulture, language.NoteMarkPattern, _used.Count + 1);
            _used.Add((note, text));
            return text;
        }
    }
}
