using ReleaseGen.Loading;
using ReleaseGen.Periods;
using static ReleaseGen.Schema.FieldKind;

namespace ReleaseGen.Schema;

/// <summary>
/// The shape of <c>release.yaml</c>, section by section and field by field: the single description
/// that the loader (its allowed keys), the JSON Schema (<c>schemas/release.schema.json</c>) and the
/// incomplete-field messages are made from.
/// </summary>
public static class DataFile
{
    /// <summary>Where the generated schema lives in the repository, and what scaffolds point at.</summary>
    public const string SchemaFileName = "release.schema.json";

    /// <summary>Period keys: <c>2012-Q2</c>, <c>2012-H1</c>, <c>2012-6M</c>, <c>2012-9M</c>, <c>2012-FY</c> (kept in step with <see cref="PeriodKey.TryParse"/> by a test).</summary>
    public const string PeriodKeyPattern = @"^\d{4}-(?:Q[1-5]|H1|(?:3|6|9|12)M|FY|T(?:[1-9]|1[0-9]|2[0-3]))$";

    /// <summary>The shared definition of a table row, which group rows nest.</summary>
    public const string TableRowRef = "tableRow";

    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    private static FieldSpec Text(string name, string description, bool required = false) => new(name, FieldKind.Text, description) { Required = required };

    private static FieldSpec Object(string name, string description, params FieldSpec[] fields) => new(name, FieldKind.Object, description) { Fields = fields };

    private static FieldSpec ListOf(string name, string description, FieldSpec items) => new(name, List, description) { Items = items };

    /// <summary>A list of text, or one text standing for a list of one (as the loader's StringList reads it).</summary>
    private static FieldSpec TextList(string name, string description, IReadOnlyList<string>? choices = null) =>
        new(name, OneOf, description)
        {
            Alternatives =
            [
                new FieldSpec("", FieldKind.Text, "one item") { Choices = choices ?? [] },
                new FieldSpec("", List, "items") { Items = new FieldSpec("", FieldKind.Text, "an item") { Choices = choices ?? [] } },
            ],
        };

    public static readonly FieldSpec Listing = Object("listing", "A stock exchange listing.",
        Text("exchange", "The exchange, as printed: TSX, NYSE American, ASX.", required: true),
        Text("symbol", "The ticker symbol on that exchange.", required: true));

    public static readonly FieldSpec Headquarters = Object("headquarters", "Where the issuer is based; the city opens the dateline.",
        Text("city", "The city of the dateline: Vancouver.", required: true),
        Text("region", "The province or state: British Columbia."),
        Text("country", "The country, as an ISO code or name: CA.")) with { Required = true };

    public static readonly FieldSpec Issuer = Object("issuer", "The company that issues the release.",
        Text("name", "The issuer's legal name, as printed: Alexco Resource Corp.", required: true),
        Text("short_name", "The short name used in running text: Alexco. Default: the name."),
        ListOf("listings", "Where the issuer's shares trade; printed after its name.", Listing),
        Headquarters,
        Text("website", "The issuer's website: www.example.com."),
        Text("email", "The investor-relations email address."),
        Text("fiscal_year_end", "The last day of the fiscal year as MM-DD (quote it): \"12-31\". Default: 12-31.") with { Pattern = @"^\d{2}-\d{2}$" },
        Text("fiscal_transition", "When the fiscal year end changed: the transition period, ending at the new year end, as a period key: 2012-T3 (three months), 2012-T15 (fifteen). Earlier fiscal years are on the previous calendar.") with { Pattern = @"^\d{4}-T(?:[1-9]|1[0-9]|2[0-3])$" },
        TextList("disclosure_regimes", $"The disclosure rules that apply, which decide the boilerplate sections: {string.Join(", ", ReleaseLoader.KnownRegimes)}.", ReleaseLoader.KnownRegimes),
        Text("about", "The \"About the issuer\" paragraph."),
        Text("annual_report", "The form of the annual report filed with the SEC (with pslra), which the US cautionary note names: 10-K, 20-F or 40-F.") with { Choices = ReleaseLoader.AnnualReportForms }) with { Required = true };

    public static readonly FieldSpec Release = Object("release", "The release itself: its date, the quarter it reports, and how it is rendered.",
        Text("date", "The release date as YYYY-MM-DD; it also fixes every date inside the outputs.", required: true) with { Pattern = DatePattern },
        Text("wire", "The newswire that carries the release; Business Wire, PR Newswire, GlobeNewswire, Newsfile and ACCESSWIRE get their own dateline, any other name the generic one."),
        Text("period", "The reporting quarter as YYYY-Qn on the fiscal calendar: 2012-Q2.", required: true) with { Pattern = @"^\d{4}-Q[1-4]$" },
        Text("template", "The template set under templates/. Default: production-release."),
        Text("narrative", "The issuer's narrative template beside this file. Default: narrative.md."),
        Text("locale", "The language and spelling of the text: en-CA, en-US. Default: en-US."),
        Text("subject", "What the headline says is reported: Silver Production. Default: Production."),
        Text("headline_verb", "The verb of the English headline: Announces, Provides. Default: Reports."),
        Text("period_names", "How headings name periods: long (First Quarter Fiscal 2025) or short (Q1 Fiscal 2025). Default: long.") with { Choices = ["long", "short"] },
        Text("listing_style", "How listings print: separate ((TSX: XYZ) (NYSE American: XYZ)) or combined ((TSX/NYSE American: XYZ)). Default: separate.") with { Choices = ["separate", "combined"] },
        new FieldSpec("preliminary", FieldKind.Boolean, "The figures are preliminary: the headline and a note say so. Default: false.")) with { Required = true };

    public static readonly FieldSpec Aggregate = new("aggregate", OneOf, "How values over longer periods follow from quarters: sum (tonnes, ounces), none (recoveries; every period given), or { weighted_mean: METRIC } (grades). Default: none.")
    {
        Alternatives =
        [
            new FieldSpec("", FieldKind.Text, "sum or none") { Choices = ["sum", "none"] },
            Object("", "a weighted mean",
                Text("weighted_mean", "The metric that weights the mean, which must aggregate by sum: ore_processed.", required: true)),
        ],
    };

    /// <summary>Texts in other languages by locale or language: <c>{ fr-CA: Argent (onces) }</c>.</summary>
    private static FieldSpec Translations(string name, string description) => new(name, Map, description)
    {
        Values = new FieldSpec("translation", FieldKind.Text, "The text in that language."),
    };

    public static readonly FieldSpec CellFormat = Object("format", "How figures print in table cells; every part optional.",
        Text("currency", "An ISO 4217 code (USD, CAD): the locale prints the sign ($, US$, C$, $ US).") with { Pattern = "^[A-Z]{3}$" },
        Text("negative", "How negatives print: minus (\u22121,234, the minus sign U+2212), parentheses ((1,234)) or hyphen (-1,234, the hyphen-minus). Default: minus.") with { Choices = ["minus", "parentheses", "hyphen"] },
        Text("nil", "What a zero prints as: \"—\". Default: the number."),
        new FieldSpec("decimals", Integer, "Decimals instead of the metric's (0 to 6).") { Minimum = 0, Maximum = 6 });

    public static readonly FieldSpec Metric = Object("metric", "One metric of the catalogue: how its figures read and behave.",
        Text("label", "The row label in tables: Silver (ounces).", required: true),
        Translations("labels", "The label in other languages, by locale: { fr-CA: Argent (onces) }."),
        Text("unit", "The unit: t, g/t, %, oz, lb, or any text."),
        new FieldSpec("decimals", Integer, "Decimals printed wherever the figure appears (0 to 6). Default: 0.") { Minimum = 0, Maximum = 6 },
        Aggregate,
        Text("better", "Whether a rise is good news: higher, lower or neither. Default: neither.") with { Choices = ["higher", "lower", "neither"] },
        new FieldSpec("non_gaap", FieldKind.Boolean, "A non-GAAP measure (it brings disclosure duties). Default: false."),
        Text("scale", "The scale of the metric in prose: thousands or millions (num.in_scale prints 2,310,400 as 2,310 thousand).") with { Choices = ["thousands", "millions"] },
        Text("operating_days", "The metric holding each period's operating days, which rate.per_operating_day divides by: mill_days."),
        Text("comparable", "For a non-GAAP measure: the metric of the most directly comparable GAAP measure: cost_of_sales."),
        new FieldSpec("by_segment", Map, "This metric is the total of its segments: the metric holding each segment's figure, by segment key: { coyote_flats: cf_au_oz }.")
        {
            Values = new FieldSpec("part", FieldKind.Text, "The metric of that segment's figure."),
        },
        new FieldSpec("segment_tolerance", OneOf, "How far the total may differ from the sum of its segments: 0.5% (relative) or 1 (absolute, in the metric's unit). Default: exact.")
        {
            Alternatives = [new FieldSpec("", FieldKind.Text, "a tolerance") { Pattern = @"^[0-9.]+%?$" }, new FieldSpec("", Number, "an absolute tolerance")],
        },
        CellFormat);

    public static readonly FieldSpec SegmentSpec = TextOrTranslated("segment", "A reporting segment: its label, or { label, labels }.",
        "label", "The column header: Coyote Flats.", "labels");

    /// <summary>A text, or <c>{ TEXT: ..., TEXTS: { fr-CA: ... } }</c> when it has translations.</summary>
    private static FieldSpec TextOrTranslated(string name, string description, string textKey, string textDescription, string translationsKey) =>
        new(name, OneOf, description)
        {
            Alternatives =
            [
                new FieldSpec("", FieldKind.Text, textDescription),
                Object("", "with translations",
                    Text(textKey, textDescription, required: true),
                    Translations(translationsKey, "The text in other languages, by locale.")),
            ],
        };

    public static readonly FieldSpec Segments = new("segments", Map, "The issuer's reporting segments (mines, regions), in column order; segment columns are headed by their labels.") { Values = SegmentSpec };

    public static readonly FieldSpec Metrics = new("metrics", Map, "The metric catalogue: one entry per metric key (ore_processed, silver_oz).")
    {
        Required = true,
        Values = Metric,
    };

    public static readonly FieldSpec Values = new("values", Map, "Figures by period key (2012-Q2, 2012-H1), each a mapping of metric key to number. Write numbers without thousands separators.")
    {
        KeyPattern = PeriodKeyPattern,
        Values = new FieldSpec("period values", Map, "Metric key to value for this period.")
        {
            Values = new FieldSpec("value", Number, "The figure, without thousands separators: 458472."),
        },
    };

    public static readonly FieldSpec MetricRow = Object("metric row", "A row showing one metric.",
        Text("metric", "The metric key.", required: true),
        Text("label", "A label for this row instead of the metric's."),
        Translations("labels", "This row's label in other languages, by locale."),
        Text("kind", "metric, subtotal or total (subtotal and total rows are ruled above and bold). Default: metric.") with { Choices = ["metric", "subtotal", "total"] },
        Text("note", "The key of a table note marked on this row's label."),
        new FieldSpec("cell_notes", Map, "Notes marked on single cells, by column period: { ytd: restated }.")
        {
            Values = new FieldSpec("note", FieldKind.Text, "The key of a table note."),
        },
        CellFormat);

    public static readonly FieldSpec GroupRow = Object("group row", "A heading row with rows under it.",
        Text("group", "The group's heading: \"Grade of ore processed:\".", required: true),
        Translations("labels", "The heading in other languages, by locale."),
        Text("note", "The key of a table note marked on the heading."),
        new FieldSpec("rows", List, "The rows of the group.") { Items = new FieldSpec("row", Any, "A metric key, a metric row or a group row.") { Ref = TableRowRef } });

    public static readonly FieldSpec TableRow = new("row", OneOf, "A metric key, { metric: KEY, label: TEXT }, or { group: HEADING, rows: [...] }.")
    {
        Alternatives = [new FieldSpec("", FieldKind.Text, "a metric key"), MetricRow, GroupRow],
    };

    public static readonly FieldSpec TableColumnMap = Object("column", "A column: exactly one of period, trailing, change, segment or total, with an optional header and note.",
        Text("period", "A relative period or period key: quarter, 2012-Q1."),
        new FieldSpec("trailing", Integer, "The last N quarters up to the reporting quarter (2 to 20): a trend table.") { Minimum = 2, Maximum = 20 },
        Text("order", "For trailing columns: oldest_first (default) or newest_first.") with { Choices = ["oldest_first", "newest_first"] },
        new FieldSpec("change", List, "The change between two periods, the base first: [quarter_prior_year, quarter].")
        {
            Items = new FieldSpec("period", FieldKind.Text, "A relative period or period key."),
        },
        Text("as", "For change columns: percent (default; n/m where the base is zero or the sign flips) or absolute.") with { Choices = ["percent", "absolute"] },
        new FieldSpec("decimals", Integer, "For percent change columns: decimals (0 to 4). Default: 0.") { Minimum = 0, Maximum = 4 },
        new FieldSpec("favourable", FieldKind.Boolean, "For change columns: signs read favourable/unfavourable by the metric's 'better' (a lower cost is +)."),
        Text("segment", "A segment's figure: the segment key (see 'segments')."),
        new FieldSpec("total", FieldKind.Boolean, "The total of the segments: the row metric's own figure."),
        Text("in", "For segment and total columns: the period, instead of the table's 'period'."),
        Text("header", "The column's header instead of the derived one."),
        Translations("headers", "The header in other languages, by locale."),
        Text("note", "The key of a table note marked on the header."));

    public static readonly FieldSpec TableNote = TextOrTranslated("note", "A footnote printed under the table: its text, or { text, texts }.",
        "text", "The note's text.", "texts");

    public static readonly FieldSpec Table = Object("table", "A table layout: columns (periods, trailing quarters, changes, segments) and rows (metrics, groups, subtotals, totals), with notes.",
        Text("title", "The table's title, printed above it in every format."),
        Translations("titles", "The title in other languages, by locale."),
        new FieldSpec("columns", List, $"The columns: relative periods ({string.Join(", ", RelativePeriods.Names)}), period keys, or column mappings.")
        {
            Required = true,
            Items = new FieldSpec("column", OneOf, "A relative period, a period key, or a column mapping.")
            {
                Alternatives =
                [
                    new FieldSpec("", FieldKind.Text, "a relative period") { Choices = RelativePeriods.Names },
                    new FieldSpec("", FieldKind.Text, "a period key") { Pattern = PeriodKeyPattern },
                    TableColumnMap,
                ],
            },
        },
        new FieldSpec("rows", List, "The rows, top to bottom.") { Required = true, Items = TableRow },
        Text("period", "The period of segment and total columns: a relative period or key. Default: quarter."),
        Text("header", "How period columns are labelled under their span (\"Three Months Ended\"): dates (June 30, 2012), calendar (Q2 2012: the calendar period, for a fiscal-year issuer) or dual (Q2 2012 / fiscal Q1 2013). Default: dates.") with { Choices = ["dates", "calendar", "dual"] },
        new FieldSpec("notes", Map, "Footnotes by key, printed under the table in the order first marked.") { Values = TableNote },
        CellFormat);

    public static readonly FieldSpec Tables = new("tables", Map, "Table layouts by name; the default templates print 'highlights'.") { Values = Table };

    public static readonly FieldSpec Reconciliation = Object("reconciliation", "A reviewer's cross-check: a metric should equal an expression of others.",
        Text("name", "What is checked: silver in concentrates.", required: true),
        Text("expect", "The metric key checked.", required: true),
        Text("equals", "The expression it should equal: \"pb_con_t * pb_con_pb / 100 * 2204.62262\".", required: true),
        new FieldSpec("within", OneOf, "The tolerance: 0.5% is relative; 1 is absolute, in the metric's unit (a bare number below 1 is warned about: write it with %). Default: the rounding of the printed figure.")
        {
            Alternatives = [new FieldSpec("", FieldKind.Text, "a percentage") { Pattern = @"^[0-9.]+%?$" }, new FieldSpec("", Number, "a fraction")],
        });

    public static readonly FieldSpec DialIn = Object("dial_in", "Telephone numbers by caller region.",
        ReleaseLoader.DialInKinds.Select(kind => Text(kind, kind == "north_america" ? "Toll-free number for Canada and the United States." : "Number for callers from other countries.")).ToArray());

    public static readonly FieldSpec Replay = Object("replay", "The recording of the call.",
        Text("until", "The last day of the replay, YYYY-MM-DD.", required: true) with { Pattern = DatePattern },
        DialIn,
        Text("account", "The replay account number (quote it): \"286\"."),
        Text("conference_id", "The replay conference ID (quote it)."));

    public static readonly FieldSpec Call = Object("call", "The conference call on the results.",
        Text("at", "The local start as YYYY-MM-DDTHH:MM in the zone below: 2012-08-08T11:00.", required: true) with { Pattern = @"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$" },
        Text("zone", "The IANA time zone of the start: America/New_York.", required: true),
        ListOf("also", "Further zones to quote the time in: [America/Los_Angeles].", Text("zone", "An IANA time zone.")),
        DialIn,
        Text("webcast", "The webcast address."),
        Replay);

    public static readonly FieldSpec Results = Object("results", "When the financial results come out.",
        Text("date", "The results date, YYYY-MM-DD.", required: true) with { Pattern = DatePattern },
        Text("timing", "When on that day: after the close of markets."));

    public static readonly FieldSpec Events = Object("events", "Coming events the release announces.", Results, Call);

    public static readonly FieldSpec QualifiedPerson = Object("qualified_person", "The qualified person who approved the technical information (NI 43-101, S-K 1300).",
        Text("name", "The person's name.", required: true),
        TextList("designations", "Professional designations: [P.Eng., P.Geo.]."),
        Text("title", "The person's title.", required: true),
        Text("relationship", "How the person relates to the issuer: an officer of Alexco."));

    public static readonly FieldSpec ForwardLookingStatement = Object("forward-looking statement", "A forward-looking statement with its assumptions and risks.",
        Text("about", "What the statement is about: 2012 silver production guidance.", required: true),
        TextList("assumptions", "The material assumptions it rests on."),
        TextList("risks", "The principal risks that could make results differ."));

    public static readonly FieldSpec Contact = Object("contact", "A person to contact about the release.",
        Text("name", "The contact's name.", required: true),
        Text("title", "The contact's title."),
        Text("phone", "The contact's telephone number."),
        Text("email", "The contact's email address."));

    public static readonly FieldSpec Restatement = Object("restatement", "A figure restated from an earlier release, with the reason.",
        Text("metric", "The metric key of the restated figure.", required: true),
        Text("period", "The period key of the restated figure: 2012-Q1.", required: true) with { Pattern = PeriodKeyPattern },
        Text("reason", "Why the figure changed, as the release will say.", required: true));

    /// <summary>The whole data file.</summary>
    public static readonly FieldSpec Acknowledgement = Object("acknowledgement",
        "A finding about a figure already published, acknowledged: it no longer blocks build, is listed as acknowledged, and fails again if the figure changes.",
        Text("code", "The code of the finding: RG400.", required: true) with { Pattern = @"^RG\d{3}$" },
        Text("metric", "The metric key of the figure the finding is about.", required: true),
        Text("period", "The period key of the figure: 2023-9M.", required: true) with { Pattern = PeriodKeyPattern },
        new FieldSpec("value", FieldKind.Number, "The figure's value as published; the acknowledgement holds only while the figure has this value.") { Required = true },
        Text("reason", "Why the finding stands (it cannot be corrected in this release).", required: true));

    public static readonly FieldSpec Root = Object("release data", "A quarterly release as data: the input of releasegen.",
        Issuer,
        Release,
        Metrics,
        Segments,
        Values,
        Tables,
        ListOf("reconcile", "Cross-checks between figures, for reviewers.", Reconciliation),
        new FieldSpec("facts", Any, "Stated facts that are not in a table (names, counts, guidance), free-form; templates read them as facts.NAME."),
        Events,
        QualifiedPerson,
        ListOf("forward_looking", "The register of forward-looking statements.", ForwardLookingStatement),
        ListOf("contacts", "Contacts printed at the end of the release.", Contact),
        ListOf("restated", "Figures restated from an earlier release; the checks expect them to differ.", Restatement),
        ListOf("acknowledged", "Findings about already-published figures, acknowledged with a reason (in a series, series.yaml may hold them for every release).", Acknowledgement));

    public const string SeriesSchemaFileName = "series.schema.json";
    public const string LedgerSchemaFileName = "ledger.schema.json";

    /// <summary>
    /// <c>series.yaml</c>: every section of a release except those that belong to one release (release, values,
    /// restated), none required (a release may hold its own issuer data or metrics, merged over these).
    /// </summary>
    public static readonly FieldSpec SeriesRoot = Object("series data",
        "The issuer's data, written once for every release of a series folder (docs/series.md); each release's release.yaml is read on top of it.",
        Root.Fields.Where(f => Array.IndexOf(Series.SeriesMerge.ReleaseOnly, f.Name) < 0).Select(f => f with { Required = false }).ToArray());

    /// <summary><c>ledger.yaml</c>: figures published before the series, in the shape of <c>values:</c>, on the series' fiscal calendar.</summary>
    public static readonly FieldSpec LedgerRoot = Values with
    {
        Name = "ledger",
        Description = "Figures published before the series (docs/series.md), by period key on the series' fiscal calendar, each a mapping of metric key to number: 2023-Q3: { total_au_oz: 30881 }.",
    };

    /// <summary>
    /// The field at a path of keys and list indices (<c>issuer</c>, <c>headquarters</c>, <c>city</c>),
    /// or null when the path leaves the described shape.
    /// </summary>
    public static FieldSpec? At(IEnumerable<object> path)
    {
        FieldSpec? spec = Root;
        foreach (var step in path)
        {
            spec = Step(spec, step);
            if (spec is null) return null;
        }
        return spec;
    }

    /// <summary>
    /// What belongs at a path: the description of the innermost named field on it, so an item of
    /// <c>designations</c> is described as the designations are.
    /// </summary>
    public static string Describe(IEnumerable<object> path)
    {
        FieldSpec? spec = Root;
        var description = "";
        foreach (var step in path)
        {
            spec = Step(spec, step);
            if (spec is null) break;
            if (spec.Name.Length > 0 && spec.Description.Length > 0) description = spec.Description;
        }
        return description;
    }

    private static FieldSpec? Step(FieldSpec? spec, object step)
    {
        if (spec?.Ref == TableRowRef) spec = TableRow;
        switch (spec?.Kind)
        {
            case FieldKind.Object when step is string key:
                return spec.Fields.FirstOrDefault(f => f.Name == key);
            case Map:
                return spec.Values;
            case List when step is int:
                return spec.Items;
            case OneOf:
                // The first alternative that can take the step.
                return spec.Alternatives.Select(a => Step(a, step)).FirstOrDefault(s => s is not null);
            default:
                return null;
        }
    }
}
