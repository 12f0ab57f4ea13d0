using ReleaseGen.Diagnostics;

namespace ReleaseGen.Model;

/// <summary>
/// A table as the data describes it (the <c>tables:</c> section): which columns, which rows, which
/// notes. <see cref="Tables.TableModelBuilder"/> turns it into a <see cref="Tables.TableModel"/>, the
/// resolved cells every output format renders.
/// </summary>
public sealed record TableLayout(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, SourceLocation Location,
    string? Title = null, IReadOnlyDictionary<string, string>? Titles = null)
{
    public string? TitleIn(string? locale) => Title is null ? null : Localized.Pick(Title, Titles, locale);

    /// <summary>The period segment columns show when they name none: a relative period or key (default <c>quarter</c>).</summary>
    public string Period { get; init; } = "quarter";

    /// <summary>The footnotes rows, columns and cells refer to by key, in the order the data lists them.</summary>
    public IReadOnlyList<TableNote> Notes { get; init; } = [];

    /// <summary>How negative figures print in this table unless a metric or row says otherwise.</summary>
    public CellFormat Format { get; init; } = CellFormat.Default;

    /// <summary>How period columns are labelled under their span: by end date, calendar period, or both calendar and fiscal.</summary>
    public PeriodHeaderStyle HeaderStyle { get; init; } = PeriodHeaderStyle.Dates;
}

/// <summary>The label of a period column under its span header (<c>header:</c> of a table).</summary>
public enum PeriodHeaderStyle
{
    /// <summary>The end date: "June 30, 2012".</summary>
    Dates,

    /// <summary>The calendar period of the months: "Q2 2012" (a fiscal-year issuer's table in calendar terms).</summary>
    Calendar,

    /// <summary>Calendar and fiscal: "Q2 2012 / fiscal Q1 2013".</summary>
    Dual,
}

/// <summary>A footnote of a table: printed under it, marked "(1)" where a row, column or cell refers to it.</summary>
public sealed record TableNote(string Key, string Text, SourceLocation Location, IReadOnlyDictionary<string, string>? Texts = null)
{
    public string TextIn(string? locale) => Localized.Pick(Text, Texts, locale);
}

/// <summary>One column entry of a table layout; some entries (trailing periods) stand for several columns.</summary>
public abstract record TableColumn(SourceLocation Location)
{
    /// <summary>A header instead of the one derived from the column (a period's dates, a segment's label).</summary>
    public string? Header { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The key of a note marked on the column's header.</summary>
    public string? Note { get; init; }

    public string? HeaderIn(string? locale) => Header is null ? null : Localized.Pick(Header, Headers, locale);
}

/// <summary>A period's figures: <c>quarter</c>, <c>ytd_prior_year</c>, <c>2012-Q1</c>.</summary>
public sealed record PeriodColumn(string PeriodRef, SourceLocation Location) : TableColumn(Location);

/// <summary>The last <see cref="Count"/> quarters up to the reporting quarter: a trend table that needs no edit each quarter.</summary>
public sealed record TrailingQuartersColumn(int Count, SourceLocation Location) : TableColumn(Location)
{
    /// <summary>Newest quarter first (left); default oldest first.</summary>
    public bool NewestFirst { get; init; }
}

/// <summary>How a change column measures the change.</summary>
public enum ChangeMeasure
{
    /// <summary>(to - from) / |from|, in percent: "14%", "n/m" where the base is zero or the sign flips.</summary>
    Percent,

    /// <summary>to - from, in the metric's unit and decimals.</summary>
    Absolute,
}

/// <summary>The change of each row's figure between two periods.</summary>
/// <param name="From">The base period (relative name or key).</param>
/// <param name="To">The compared period.</param>
public sealed record ChangeColumn(string From, string To, ChangeMeasure Measure, SourceLocation Location) : TableColumn(Location)
{
    /// <summary>Decimals of a percent change (default 0).</summary>
    public int Decimals { get; init; }

    /// <summary>
    /// Signs read favourable (+) and unfavourable (-) by the metric's polarity instead of up and down:
    /// a cost that fell shows as a positive change.
    /// </summary>
    public bool Favourable { get; init; }
}

/// <summary>A segment's figure (a mine, a region) or, with a null <see cref="Segment"/>, the total of the segments.</summary>
public sealed record SegmentColumn(string? Segment, SourceLocation Location) : TableColumn(Location)
{
    /// <summary>The period; null for the table's <see cref="TableLayout.Period"/>.</summary>
    public string? PeriodRef { get; init; }

    public bool IsTotal => Segment is null;
}

/// <summary>What a row is: a metric's figures, or a subtotal or total (ruled above, bold).</summary>
public enum RowKind
{
    Metric,
    Subtotal,
    Total,
}

public abstract record TableRow(SourceLocation Location)
{
    /// <summary>The key of a note marked on the row's label.</summary>
    public string? Note { get; init; }
}

/// <summary>A metric's row; <see cref="Label"/> and <see cref="Labels"/> override the metric's own label in this table.</summary>
public sealed record MetricRow(string MetricKey, string? Label, SourceLocation Location, IReadOnlyDictionary<string, string>? Labels = null) : TableRow(Location)
{
    public RowKind Kind { get; init; } = RowKind.Metric;

    /// <summary>This row's cell format; null for the metric's.</summary>
    public CellFormat? Format { get; init; }

    /// <summary>Notes marked on single cells, by the column's period reference (<c>ytd: restated</c>).</summary>
    public IReadOnlyDictionary<string, string> CellNotes { get; init; } = new Dictionary<string, string>();

    /// <summary>The row's label in <paramref name="locale"/>: this row's own, else the metric's.</summary>
    public string LabelIn(Metric metric, string? locale) => Label is null
        ? Labels is null ? metric.LabelIn(locale) : Localized.Pick(metric.LabelIn(locale), Labels, locale)
        : Localized.Pick(Label, Labels, locale);
}

/// <summary>A heading row with rows under it, nested to any depth.</summary>
public sealed record GroupRow(string Label, IReadOnlyList<TableRow> Rows, SourceLocation Location, IReadOnlyDictionary<string, string>? Labels = null) : TableRow(Location)
{
    public string LabelIn(string? locale) => Localized.Pick(Label, Labels, locale);
}

/// <summary>How negative figures print.</summary>
public enum NegativeStyle
{
    /// <summary>With the locale's minus sign, U+2212: "−1,234" (the default).</summary>
    Minus,

    /// <summary>In parentheses, the accountant's way: "(1,234)".</summary>
    Parentheses,

    /// <summary>With the hyphen-minus of a typewriter: "-1,234".</summary>
    Hyphen,
}

/// <summary>
/// How a figure prints in a table cell: a currency sign, the negative style, a word for nil, decimals.
/// Every part is optional; <see cref="Over"/> lays a row's format over its metric's over the table's.
/// </summary>
/// <param name="Currency">An ISO code (USD, CAD): the locale decides the sign ("$", "US$", "C$", "$ US").</param>
/// <param name="Negative">How negatives print; null: inherit.</param>
/// <param name="Nil">What a zero prints as ("—"); null: inherit, or the number.</param>
/// <param name="Decimals">Decimals instead of the metric's; null: inherit.</param>
public sealed record CellFormat(string? Currency = null, NegativeStyle? Negative = null, string? Nil = null, int? Decimals = null)
{
    public static CellFormat Default { get; } = new();

    /// <summary>This format with every unset part taken from <paramref name="fallback"/>.</summary>
    public CellFormat Over(CellFormat? fallback) => fallback is null ? this : new CellFormat(
        Currency ?? fallback.Currency, Negative ?? fallback.Negative, Nil ?? fallback.Nil, Decimals ?? fallback.Decimals);
}

/// <summary>A reporting segment: a mine, a region, a concentrate type; segment columns are headed by its label.</summary>
public sealed record Segment(string Key, string Label, SourceLocation Location, IReadOnlyDictionary<string, string>? Labels = null)
{
    public string LabelIn(string? locale) => Localized.Pick(Label, Labels, locale);
}

/// <summary>An allowed difference: relative (<c>0.5%</c>) or absolute in the metric's unit (<c>1</c>).</summary>
public sealed record Tolerance(decimal Amount, bool Relative)
{
    public static Tolerance Exact { get; } = new(0m, false);

    /// <summary>True when <paramref name="actual"/> is within this tolerance of <paramref name="expected"/>.</summary>
    public bool Allows(decimal expected, decimal actual) => Relative
        ? Math.Abs(actual - expected) <= Math.Abs(expected) * Amount
        : Math.Abs(actual - expected) <= Amount;

    public override string ToString() => Relative
        ? (Amount * 100m).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%"
        : Amount.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
