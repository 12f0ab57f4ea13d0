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
}

/// <summary>A table row. A group row is one cell spanning every column (a caption such as "Grade:").</summary>
public sealed class TableRow
{
    public TableRow(IEnumerable<TableCell> cells) => Cells = cells.ToList();

    public IReadOnlyList<TableCell> Cells { get; }

    public bool IsGroup { get; init; }

    /// <summary>Never end a page with this row (group rows keep with the row after them).</summary>
    public bool KeepWithNext { get; init; }
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
}

/// <summary>
/// A table: column widths from content and available width, header rows repeated at the top of each
/// page the table reaches, rows never split across pages, group rows kept with the row after them.
/// </summary>
public sealed class Table : Element
{
    private readonly List<TableRow> _header;
    private readonly List<TableRow> _body;
    private int _rowIndex;
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

    public override IEnumerable<Element> Children
        => _header.Concat(_body).SelectMany(r => r.Cells).Select(c => c.Content);

    private bool _finished;

    protected override void OnResetState()
    {
        _rowIndex = 0;
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

    private double RowHeight(TableRow row, IReadOnlyList<double> widths)
    {
        double h = 0;
        int c = 0;
        foreach (var cell in row.Cells)
        {
            double w = CellWidth(widths, c, row.IsGroup ? ColumnCount - c : cell.ColSpan) - 2 * Style.CellPaddingX - cell.Indent;
            h = Math.Max(h, cell.Content.HeightAt(Math.Max(1, w)));
            c += cell.ColSpan;
        }
        return h + 2 * Style.CellPaddingY;
    }

    private double HeaderHeight(IReadOnlyList<double> widths)
        => _header.Sum(r => RowHeight(r, widths)) + (_header.Count > 0 ? Style.OuterRule + Style.HeaderRule : Style.OuterRule);

    // ---- measure and draw -----------------------------------------------------------------------

    private int RowsThatFit(Size available, out double height)
    {
        var widths = ColumnWidths(available.Width);
        height = HeaderHeight(widths);
        double closing = Style.OuterRule;
        int n = 0;
        for (int r = _rowIndex; r < _body.Count; r++)
        {
            double h = RowHeight(_body[r], widths);
            if (height + h + closing > available.Height + 1e-6) break;
            height += h;
            n++;
        }
        // A group row never ends a page: it moves with the row it introduces.
        while (n > 0 && _rowIndex + n < _body.Count && _body[_rowIndex + n - 1].KeepWithNext)
        {
            n--;
            height -= RowHeight(_body[_rowIndex + n], widths);
        }
        bool atPageTop = available.Height >= Page.ContentSize.Height - 0.01;
        int remaining = _body.Count - _rowIndex;
        if (!atPageTop && n < remaining)
        {
            // Never start a table with a single row at the bottom of a page (under its header),
            // nor leave a single row alone on the next page.
            int keep = n;
            if (_rowIndex == 0 && n < Math.Min(2, remaining)) keep = 0;
            else if (remaining - n == 1 && n >= 3) keep = n - 1;
            while (n > keep)
            {
                n--;
                height -= RowHeight(_body[_rowIndex + n], widths);
            }
        }
        // At the top of a page a row taller than the page is drawn anyway rather than never.
        if (n == 0 && atPageTop && _rowIndex < _body.Count)
        {
            n = 1;
            height += RowHeight(_body[_rowIndex], widths);
        }
        height += closing;
        return n;
    }

    public override SpacePlan Measure(Size available)
    {
        if (_finished) return SpacePlan.Empty();
        int n = RowsThatFit(available, out double height);
        if (_body.Count == 0) return height <= available.Height ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap();
        if (n == 0) return SpacePlan.Wrap();
        return _rowIndex + n == _body.Count
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(Size available)
    {
        int n = RowsThatFit(available, out _);
        var widths = ColumnWidths(available.Width);
        double tableWidth = widths.Sum();
        double y = 0;
        bool first = _rowIndex == 0;
        bool last = _rowIndex + n >= _body.Count;

        // One Table structure element across pages: THead once; on continuation pages the repeated
        // header is page furniture (an artifact), as PDF/UA asks.
        if (first) Canvas.BeginTag(StructureTag.Table);

        Canvas.BeginArtifact();
        Canvas.DrawLine(0, Style.OuterRule / 2, tableWidth, Style.OuterRule / 2, Style.OuterRule, Style.RuleColor);
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
        for (int r = _rowIndex; r < _rowIndex + n; r++)
        {
            if (r > _rowIndex && Style.RowRule > 0 && !_body[r].IsGroup && !_body[r - 1].IsGroup)
            {
                Canvas.BeginArtifact();
                Canvas.DrawLine(0, y, tableWidth, y, Style.RowRule, Style.RowRuleColor);
                Canvas.EndArtifact();
            }
            y += DrawRow(_body[r], y, widths, header: false, tagged: true);
        }

        Canvas.BeginArtifact();
        Canvas.DrawLine(0, y + Style.OuterRule / 2, tableWidth, y + Style.OuterRule / 2, Style.OuterRule, Style.RuleColor);
        Canvas.EndArtifact();

        if (last)
        {
            Canvas.EndTag(); // TBody
            Canvas.EndTag(); // Table
            _finished = true;
        }
        _rowIndex += n;
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
            if (tagged) Canvas.BeginTag(header ? StructureTag.TH : StructureTag.TD, span);
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
