using System.Text;
using ReleaseGen.Derivation;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>
/// Writes a table layout as a Markdown grid table: a two-level header (the span, "Three Months
/// Ended", over its period-end dates), right-aligned figures, and group rows as one cell across the
/// table (bold at the top level, italic when nested), indented by depth. Grid tables are the one Markdown table form with
/// colspans, so HTML and PDF get the same structure from the same text.
/// </summary>
public static class TableWriter
{
    /// <summary>Writes <paramref name="table"/> in English (<see cref="LanguageSettings.Default"/>).</summary>
    public static string Write(TableLayout table, FigureBook book) => Write(table, book, LanguageSettings.Default);

    /// <summary>
    /// Writes <paramref name="table"/> in <paramref name="language"/>: its labels (the locale's
    /// translation where the data gives one), figures, header spans and dates.
    /// </summary>
    public static string Write(TableLayout table, FigureBook book, LanguageSettings language) => Write(table, book, language, null, null);

    /// <summary>The English table with caller-chosen figure and date formats (the signature before locales).</summary>
    public static string Write(TableLayout table, FigureBook book, Func<Figure, string> format, Func<DateOnly, string> formatDate) =>
        Write(table, book, LanguageSettings.Default, format, formatDate);

    private static string Write(TableLayout table, FigureBook book, LanguageSettings language, Func<Figure, string>? format, Func<DateOnly, string>? formatDate)
    {
        format ??= language.FormatFigure;
        formatDate ??= language.FormatLongDate;
        var locale = language.Locale;
        var reporting = book.Data.Release.PeriodKey;
        var periods = table.Columns.Select(c => book.Data.PeriodOf(RelativePeriods.Resolve(c.PeriodRef, reporting)!.Value)).ToList();

        var rows = new List<string[]>();
        var groupRows = new HashSet<int>();
        void Add(IEnumerable<TableRow> items, int depth)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case GroupRow group:
                        groupRows.Add(rows.Count);
                        var label = MarkdownEscaper.Escape(group.LabelIn(locale));
                        rows.Add([Indent(depth) + (depth == 0 ? $"**{label}**" : $"*{label}*")]);
                        Add(group.Rows, depth + 1);
                        break;
                    case MetricRow row:
                        var metric = book.Data.FindMetric(row.MetricKey)!;
                        var cells = new List<string> { Indent(depth) + MarkdownEscaper.Escape(row.LabelIn(metric, locale)) };
                        foreach (var period in periods)
                            cells.Add(book.Find(metric, period.Key) is { } figure ? MarkdownEscaper.Escape(format(figure)) : "n/a");
                        rows.Add(cells.ToArray());
                        break;
                }
            }
        }
        Add(table.Rows, 0);

        // Header: spans over consecutive columns with the same span text, then the end dates.
        var spanCells = new List<(string Text, int Columns)>();
        foreach (var period in periods)
        {
            var header = language.PeriodSpanHeader(period);
            if (spanCells.Count > 0 && spanCells[^1].Text == header && SameSpanRun(periods, spanCells.Sum(s => s.Columns), period))
                spanCells[^1] = (spanCells[^1].Text, spanCells[^1].Columns + 1);
            else
                spanCells.Add((header, 1));
        }
        var dateRow = new[] { "" }.Concat(periods.Select(p => formatDate(p.End))).ToArray();

        var columnCount = periods.Count + 1;
        var widths = new int[columnCount];
        foreach (var row in rows.Where((_, i) => !groupRows.Contains(i)).Append(dateRow))
            for (var c = 0; c < columnCount; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        var totalInner = widths.Sum() + 3 * (columnCount - 1);
        var longestGroup = rows.Where((_, i) => groupRows.Contains(i)).Select(r => r[0].Length).DefaultIfEmpty(0).Max();
        if (longestGroup > totalInner) widths[0] += longestGroup - totalInner;
        foreach (var (text, span) in spanCells)
        {
            // make sure a spanning header fits across its columns
            var start = 1 + spanCells.TakeWhile(s => s.Text != text || s.Columns != span).Sum(s => s.Columns);
            var available = Enumerable.Range(start, span).Sum(c => widths[c]) + 3 * (span - 1);
            if (text.Length > available) widths[start + span - 1] += text.Length - available;
        }

        var output = new StringBuilder();
        string Rule(char fill, bool alignRight) =>
            "+" + string.Join("+", widths.Select((w, c) => c > 0 && alignRight ? new string(fill, w + 1) + ":" : new string(fill, w + 2))) + "+\n";
        string Line(IReadOnlyList<(string Text, int Columns)> cells)
        {
            var sb = new StringBuilder("|");
            var column = 0;
            foreach (var (text, span) in cells)
            {
                var width = Enumerable.Range(column, span).Sum(c => widths[c]) + 3 * (span - 1);
                sb.Append(' ').Append(text.PadRight(width)).Append(" |");
                column += span;
            }
            return sb.Append('\n').ToString();
        }

        output.Append(Rule('-', alignRight: true));
        output.Append(Line(new[] { ("", 1) }.Concat(spanCells).ToList()));
        output.Append(Rule('-', alignRight: false));
        output.Append(Line(dateRow.Select(d => (d, 1)).ToList()));
        output.Append(Rule('=', alignRight: true));
        for (var i = 0; i < rows.Count; i++)
        {
            output.Append(groupRows.Contains(i) ? Line([(rows[i][0], columnCount)]) : Line(rows[i].Select(c => (c, 1)).ToList()));
            output.Append(Rule('-', alignRight: false));
        }
        return output.ToString();
    }

    /// <summary>
    /// Nesting shows as leading no-break spaces, two per level: Markdown has no other way to indent a
    /// cell, and every renderer (and a plain-text reader) shows them as indentation.
    /// </summary>
    public static string Indent(int depth) => new(NoBreakSpace, 2 * depth);

    public const char NoBreakSpace = '\u00A0';

    // Columns join one header span only when they are adjacent and of the same length of period.
    private static bool SameSpanRun(IReadOnlyList<Period> periods, int index, Period period) =>
        index > 0 && periods[index - 1].Months == period.Months;
}
