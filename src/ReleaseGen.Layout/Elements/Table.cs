namespace ReleaseGen.Layout;

/// <summary>A table cell: a text block spanning one or more columns.</summary>
public sealed class TableCell
{
    public TableCell(TextBlock content, int colSpan = 1)
    {
        if (colSpan < 1) throw new ArgumentOutOfRangeException(nameof(colSpan));
        Content = content;
        ColSpan = colSpan;
    }

    public TextBlock Content { get; }
    public int ColSpan { get; }

    /// <summary>Draw a rule under the cell (a spanning header such as "Three Months Ended").</summary>
    public bool RuleBelow { get; init; }

    /// <summary>Extra left indent of the content (rows nested under a group row).</summary>
    public double Indent { get; init; }

    /// <summary>
    /// A body cell that heads its row (a metric's label, a group heading): tagged TH with Scope Row
    /// rather than TD. Header-row cells are always TH with Scope Column.
    /// </summary>
    public bool IsRowHeader { get; init; }
}

/// <summary>A table row. A group row is one cell spanning every column (a caption such as "Grade:").</summary>
public sealed class TableRow
{
    public TableRow(IEnumerable<TableCell> cells) => Cells = cells.ToList();

    public IReadOnlyList<TableCell> Cells { get; }

    public bool IsGroup { get; init; }

    /// <summary>Never end a page with this row (group rows keep with the row after them).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Draw a rule above the row (subtotal and total rows).</summary>
    public bool RuleAbove { get; init; }
}

/// <summary>How a table looks.</summary>
public sealed record TableStyle
{
    public double CellPaddingX { get; init; } = 4;
    public double CellPaddingY { get; init; } = 2.5;
    public double OuterRule { get; init; } = 1.0;
    public double HeaderRule { get; init; } = 0.6;
    public double RowRule { get; init; } = 0.25;
    public Color RuleColor { get; init; } = Color.Black;
    public Color RowRuleColor { get; init; } = new(190, 190, 190);
    public Color? HeaderBackground { get; init; }
    public Color? GroupBackground { get; init; }

    /// <summary>Give the columns after the first one equal widths when there is room.</summary>
    public bool EqualDataColumns { get; init; } = true;

    /// <summary>Stretch the first column so the table fills the available width.</summary>
    public bool FillWidth { get; init; } = true;

    /// <summary>Thickness of the rule above subtotal and total rows.</summary>
    public double TotalRule { get; init; } = 0.6;

    /// <summary>
    /// A page break never leaves fewer body rows than this (group rows not counted) on either side:
    /// a table that cannot start with this many rows moves to the next page, and rows move down so
    /// that as many follow the break.
    /// </summary>
    public int MinRowsAtBreak { get; init; } = 3;

    /// <summary>Space between the caption and the table.</summary>
    public double CaptionSpacing { get; init; } = 3;

    /// <summary>Space between the table and its notes, and between notes.</summary>
    public double NoteSpacing { get; init; } = 2;
}

/// <summary>
/// A table: column widths from content and available width, header rows repeated at the top of each
/// page the table reaches, rows never split across pages, group rows kept with the row after them,
/// and no page break that leaves fewer than <see cref="TableStyle.MinRowsAtBreak"/> body rows on
/// either side. An optional <see cref="Caption"/> is drawn above the table's first rows (never alone
/// at the bottom of a page) and the optional <see cref="Notes"/> directly under its last rows.
/// </summary>
/// <remarks>
/// Pagination walks one sequence of units: the body rows, then the notes. A page takes a run of
/// units; the header and the table's rules are drawn on every page whose run holds body rows.
/// </remarks>
public sealed class Table : Element
{
    private readonly List<TableRow> _header;
    private readonly List<TableRow> _body;
    private int _unitIndex;
    private bool _finished;
    private double _cachedWidth = double.NaN;
    private double[]? _widths;

    public Table(int columnCount, IEnumerable<TableRow> header, IEnumerable<TableRow> body, TableStyle? style = null)
    {
        ColumnCount = columnCount;
        _header = header.ToList();
        _body = body.ToList();
        Style = style ?? new TableStyle();
        foreach (var row in _header.Concat(_body))
        {
            int span = row.Cells.Sum(c => c.ColSpan);
            if (span > columnCount)
                throw new ArgumentException($"A row spans {span} columns; the table has {columnCount}.");
        }
    }

    public int ColumnCount { get; }
    public TableStyle Style { get; }
    public IReadOnlyList<TableRow> HeaderRows => _header;
    public IReadOnlyList<TableRow> BodyRows => _body;

    /// <summary>The title drawn above the table (tagged Caption), kept with the table's first rows.</summary>
    public TextBlock? Caption { get; init; }

    /// <summary>Notes drawn under the table (each a Note holding a P, after the Table element), kept with its last rows.</summary>
    public IReadOnlyList<TextBlock> Notes { get; init; } = [];

    public override IEnumerable<Element> Children
    {
        get
        {
            var cells = _header.Concat(_body).SelectMany(r => r.Cells).Select(c => (Element)c.Content);
            return Caption is null ? cells.Concat(Notes) : cells.Prepend(Caption).Concat(Notes);
        }
    }

    protected override void OnResetState()
    {
        _unitIndex = 0;
        _finished = false;
    }

    // ---- column widths --------------------------------------------------------------------------

    /// <summary>Column widths for a table set in <paramref name="available"/> points.</summary>
    public IReadOnlyList<double> ColumnWidths(double available)
    {
        if (_widths is not null && Math.Abs(_cachedWidth - available) < 1e-6) return _widths;
        int n = ColumnCount;
        var pref = new double[n];
        var min = new double[n];
        double pad = 2 * Style.CellPaddingX;
        var all = _header.Concat(_body).ToList();

        foreach (var row in all)
        {
            int c = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.ColSpan == 1 && !row.IsGroup)
                {
                    pref[c] = Math.Max(pref[c], cell.Content.PreferredWidth() + pad + cell.Indent);
                    min[c] = Math.Max(min[c], cell.Content.MinimumWidth() + pad + cell.Indent);
                }
                c += cell.ColSpan;
            }
        }
        foreach (var row in all)
        {
            int c = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.ColSpan > 1 && !row.IsGroup)
                {
                    Spread(pref, c, cell.ColSpan, cell.Content.PreferredWidth() + pad);
                    Spread(min, c, cell.ColSpan, cell.Content.MinimumWidth() + pad);
                }
                c += cell.ColSpan;
            }
        }

        var widths = new double[n];
        double sumPref = pref.Sum(), sumMin = min.Sum();
        if (sumPref <= available)
        {
            Array.Copy(pref, widths, n);
            if (Style.EqualDataColumns && n > 2)
            {
                double max = widths.Skip(1).Max();
                double total = widths[0] + max * (n - 1);
                if (total <= available)
                    for (int c = 1; c < n; c++) widths[c] = max;
            }
            if (Style.FillWidth) widths[0] += available - widths.Sum();
        }
        else if (sumMin > available + 0.5)
        {
            // Squeezing columns below their narrowest words would draw text over text: refuse instead.
            throw new TableTooWideException(n, sumMin, available);
        }
        else if (sumMin >= available)
        {
            for (int c = 0; c < n; c++) widths[c] = min[c] * available / sumMin;
        }
        else
        {
            double k = (available - sumMin) / (sumPref - sumMin);
            for (int c = 0; c < n; c++) widths[c] = min[c] + (pref[c] - min[c]) * k;
        }
        _cachedWidth = available;
        _widths = widths;
        return widths;
    }

    private static void Spread(double[] widths, int start, int span, double needed)
    {
        double have = 0;
        for (int c = start; c < start + span; c++) have += widths[c];
        if (have >= needed) return;
        double add = (needed - have) / span;
        for (int c = start; c < start + span; c++) widths[c] += add;
    }

    private double CellWidth(IReadOnlyList<double> widths, int start, int span)
    {
        double w = 0;
        for (int c = start; c < start + span && c < widths.Count; c++) w += widths[c];
        return w;
    }

    /// <remarks>Asked for every row each time the table is measured: an indexed loop, with no enumerator boxed per row.</remarks>
    private double RowHeight(TableRow row, IReadOnlyList<double> widths)
    {
        double h = 0;
        int c = 0;
        var cells = row.Cells;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            double w = CellWidth(widths, c, row.IsGroup ? ColumnCount - c : cell.ColSpan) - 2 * Style.CellPaddingX - cell.Indent;
            h = Math.Max(h, cell.Content.HeightAt(Math.Max(1, w)));
            c += cell.ColSpan;
        }
        return h + 2 * Style.CellPaddingY;
    }

    private double HeaderHeight(IReadOnlyList<double> widths)
    {
        double rows = 0;
        foreach (var row in _header) rows += RowHeight(row, widths);
        return rows + (_header.Count > 0 ? Style.OuterRule + Style.HeaderRule : Style.OuterRule);
    }

    // ---- pagination ---------------------------------------------------------------------------

    private int UnitCount => _body.Count + Notes.Count;

    private bool IsBodyRow(int unit) => unit < _body.Count && !_body[unit].IsGroup;

    /// <summary>
    /// Never end a page after this unit: group rows, the first row under a group heading when its group goes
    /// on (a heading never ends a page with a single row under it), the last row when notes follow, and every
    /// note but the last.
    /// </summary>
    private bool KeepsWithNext(int unit)
    {
        if (unit >= _body.Count) return unit < UnitCount - 1;
        if (_body[unit].KeepWithNext || (unit == _body.Count - 1 && Notes.Count > 0)) return true;
        return unit > 0 && _body[unit - 1].IsGroup && !_body[unit].IsGroup && unit + 1 < _body.Count && !_body[unit + 1].IsGroup;
    }

    private double UnitHeight(int unit, IReadOnlyList<double> widths, double width)
        => unit < _body.Count ? RowHeight(_body[unit], widths) : Style.NoteSpacing + Notes[unit - _body.Count].HeightAt(width);

    private double CaptionHeight(double width) => Caption is null ? 0 : Caption.HeightAt(width) + Style.CaptionSpacing;

    /// <summary>Whether a page starting at <paramref name="start"/> draws the table's frame (header and rules).</summary>
    private bool DrawsFrame(int start) => start < _body.Count || (start == 0 && _body.Count == 0);

    private int BodyRowsIn(int from, int to)
    {
        int count = 0;
        for (int u = from; u < to; u++) if (IsBodyRow(u)) count++;
        return count;
    }

    private int DropKeptRows(int start, int n)
    {
        while (n > 0 && start + n < UnitCount && KeepsWithNext(start + n - 1)) n--;
        return n;
    }

    /// <summary>How many units go on a page offered <paramref name="available"/>, and the height they take. No side effects.</summary>
    private int UnitsThatFit(Size available, out double height)
    {
        var widths = ColumnWidths(available.Width);
        int start = _unitIndex, total = UnitCount;
        bool atPageTop = available.Height >= Page.ContentSize.Height - 0.01;
        double fixedHeight = (start == 0 ? CaptionHeight(available.Width) : 0)
                             + (DrawsFrame(start) ? HeaderHeight(widths) + Style.OuterRule : 0);

        int fitted = 0;
        double h = fixedHeight;
        while (start + fitted < total)
        {
            double next = h + UnitHeight(start + fitted, widths, available.Width);
            if (next > available.Height + 1e-6) break;
            h = next;
            fitted++;
        }

        int n = DropKeptRows(start, fitted);
        if (start + n < _body.Count)
        {
            // The break falls between body rows: move rows down until enough follow it...
            int min = Style.MinRowsAtBreak;
            int after = BodyRowsIn(start + n, _body.Count);
            while (n > 0 && after < min)
            {
                n--;
                if (IsBodyRow(start + n)) after++;
            }
            n = DropKeptRows(start, n);
            // ...and if too few are left before it, the whole run moves to the next page.
            if (BodyRowsIn(start, start + n) < min) n = atPageTop ? fitted : 0;
        }
        // At the top of a page something is drawn anyway (a row taller than the page), rather than never.
        if (n == 0 && atPageTop && start < total) n = Math.Max(1, fitted);

        height = fixedHeight;
        for (int u = start; u < start + n; u++) height += UnitHeight(u, widths, available.Width);
        return n;
    }

    // ---- measure and draw -----------------------------------------------------------------------

    public override SpacePlan Measure(Size available)
    {
        if (_finished) return SpacePlan.Empty();
        int n = UnitsThatFit(available, out double height);
        if (UnitCount == 0) return height <= available.Height + 1e-6 ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap();
        if (n == 0) return SpacePlan.Wrap();
        return _unitIndex + n == UnitCount
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(Size available)
    {
        if (_finished) return;
        int start = _unitIndex;
        int n = UnitsThatFit(available, out _);
        var widths = ColumnWidths(available.Width);
        double tableWidth = widths.Sum();
        double y = 0;
        bool first = start == 0;
        int rowsEnd = Math.Min(start + n, _body.Count);

        // One Table structure element across pages: Caption and THead once; on continuation pages the
        // repeated header is page furniture (an artifact), as PDF/UA asks.
        if (first) Canvas.BeginTag(StructureTag.Table);

        if (first && Caption is not null)
        {
            Canvas.BeginTag(StructureTag.Caption);
            Caption.DrawComplete(available.Width);
            Canvas.EndTag();
            y += CaptionHeight(available.Width);
        }

        if (DrawsFrame(start))
        {
            Canvas.BeginArtifact();
            Canvas.DrawLine(0, y + Style.OuterRule / 2, tableWidth, y + Style.OuterRule / 2, Style.OuterRule, Style.RuleColor);
            Canvas.EndArtifact();
            y += Style.OuterRule;

            if (_header.Count > 0)
            {
                if (first) Canvas.BeginTag(StructureTag.THead);
                else Canvas.BeginArtifact();
                foreach (var row in _header) y += DrawRow(row, y, widths, header: true, tagged: first);
                if (first) Canvas.EndTag();
                else Canvas.EndArtifact();
                Canvas.BeginArtifact();
                Canvas.DrawLine(0, y + Style.HeaderRule / 2, tableWidth, y + Style.HeaderRule / 2, Style.HeaderRule, Style.RuleColor);
                Canvas.EndArtifact();
                y += Style.HeaderRule;
            }

            if (first) Canvas.BeginTag(StructureTag.TBody);
            for (int r = start; r < rowsEnd; r++)
            {
                var row = _body[r];
                if (r > start && row.RuleAbove)
                {
                    Canvas.BeginArtifact();
                    Canvas.DrawLine(0, y, tableWidth, y, Style.TotalRule, Style.RuleColor);
                    Canvas.EndArtifact();
                }
                else if (r > start && Style.RowRule > 0 && !row.IsGroup && !_body[r - 1].IsGroup)
                {
                    Canvas.BeginArtifact();
                    Canvas.DrawLine(0, y, tableWidth, y, Style.RowRule, Style.RowRuleColor);
                    Canvas.EndArtifact();
                }
                y += DrawRow(row, y, widths, header: false, tagged: true);
            }

            Canvas.BeginArtifact();
            Canvas.DrawLine(0, y + Style.OuterRule / 2, tableWidth, y + Style.OuterRule / 2, Style.OuterRule, Style.RuleColor);
            Canvas.EndArtifact();
            y += Style.OuterRule;

            if (rowsEnd == _body.Count)
            {
                Canvas.EndTag(); // TBody
                Canvas.EndTag(); // Table
            }
        }

        for (int u = Math.Max(start, _body.Count); u < start + n; u++)
        {
            var note = Notes[u - _body.Count];
            y += Style.NoteSpacing;
            Canvas.BeginTag(StructureTag.Note);
            Canvas.BeginTag(StructureTag.P);
            Canvas.Translate(0, y);
            note.DrawComplete(available.Width);
            Canvas.Translate(0, -y);
            Canvas.EndTag();
            Canvas.EndTag();
            y += note.HeightAt(available.Width);
        }

        _unitIndex += n;
        if (_unitIndex >= UnitCount) _finished = true;
    }

    private double DrawRow(TableRow row, double y, IReadOnlyList<double> widths, bool header, bool tagged)
    {
        double height = RowHeight(row, widths);
        var background = header ? Style.HeaderBackground : row.IsGroup ? Style.GroupBackground : null;
        if (background is { } bg)
        {
            Canvas.BeginArtifact();
            Canvas.FillRectangle(0, y, widths.Sum(), height, bg);
            Canvas.EndArtifact();
        }

        if (tagged) Canvas.BeginTag(StructureTag.TR);
        int c = 0;
        double x = 0;
        foreach (var cell in row.Cells)
        {
            int span = row.IsGroup ? ColumnCount - c : cell.ColSpan;
            double w = CellWidth(widths, c, span);
            if (tagged)
            {
                if (header) Canvas.BeginTag(StructureTag.TH, span, TableHeaderScope.Column);
                else if (cell.IsRowHeader) Canvas.BeginTag(StructureTag.TH, span, TableHeaderScope.Row);
                else Canvas.BeginTag(StructureTag.TD, span);
            }
            double cx = x + Style.CellPaddingX + cell.Indent, cy = y + Style.CellPaddingY;
            Canvas.Translate(cx, cy);
            cell.Content.DrawComplete(Math.Max(1, w - 2 * Style.CellPaddingX - cell.Indent));
            Canvas.Translate(-cx, -cy);
            if (tagged) Canvas.EndTag();
            if (cell.RuleBelow)
            {
                Canvas.BeginArtifact();
                double ry = y + height - 0.5;
                Canvas.DrawLine(x + Style.CellPaddingX, ry, x + w - Style.CellPaddingX, ry, 0.5, Style.RuleColor);
                Canvas.EndArtifact();
            }
            x += w;
            c += cell.ColSpan;
        }
        if (tagged) Canvas.EndTag();
        return height;
    }
}

/// <summary>A table whose columns, each at its narrowest, are wider than the page: it cannot be drawn without overprinting.</summary>
public sealed class TableTooWideException(int columns, double needed, double available)
    : Exception($"a table of {columns} columns needs at least {Math.Ceiling(needed).ToString(System.Globalization.CultureInfo.InvariantCulture)} points, but the PDF page has {Math.Floor(available).ToString(System.Globalization.CultureInfo.InvariantCulture)}: split it into narrower tables, or leave the PDF out (--format md,html)")
{
    public int Columns { get; } = columns;
}
