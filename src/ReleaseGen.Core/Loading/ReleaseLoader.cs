using System.Globalization;
using NodaTime;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Safety;
using ReleaseGen.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Loading;

/// <summary>The outcome of loading a release folder: the data when it could be read, and every problem found.</summary>
public sealed record LoadResult(ReleaseData? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Data is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads a release folder: <c>release.yaml</c> (the data), optionally <c>values.csv</c>
/// (<c>metric,period,value</c> rows, for teams that export from a spreadsheet), and checks that
/// every reference in it resolves. All problems are reported at once, each with file, line and column.
/// </summary>
public static class ReleaseLoader
{
    public const string DataFileName = "release.yaml";
    public const string ValuesFileName = "values.csv";

    /// <summary>The release's values as an Excel workbook, in the long shape of values.csv.</summary>
    public const string WorkbookValuesFileName = "values.xlsx";

    /// <summary>Disclosure regimes the templates and rules know.</summary>
    public static readonly string[] KnownRegimes = ["ni-43-101", "ni-51-102", "ni-52-112", "sk-1300", "pslra", "edgar"];

    /// <summary>Forms of an annual report filed with the SEC, which the US cautionary note names.</summary>
    public static readonly string[] AnnualReportForms = ["10-K", "20-F", "40-F"];

    /// <summary>Dial-in kinds the templates know how to label.</summary>
    public static readonly string[] DialInKinds = ["north_america", "international"];

    /// <summary>
    /// Loads a release folder; with a <paramref name="locale"/> whose translation file exists
    /// (<c>release.fr-CA.yaml</c>, see <see cref="TranslationOverlay"/>), its text replaces the data's.
    /// </summary>
    public static LoadResult Load(string folder, string? locale = null, Limits? limits = null) =>
        Load(folder, locale, Series.SeriesFolder.ForRelease(folder), withLedger: true, limits);

    /// <summary>Loads a release of <paramref name="series"/>; without the ledger, only its own figures (the ledger reads releases so).</summary>
    internal static LoadResult Load(string folder, string? locale, Series.SeriesFolder? series, bool withLedger, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var dataPath = Path.Combine(folder, DataFileName);
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(dataPath))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, new SourceLocation(dataPath, 1, 1),
                Directory.Exists(folder)
                    ? $"the release folder has no {DataFileName}"
                    : $"release folder '{folder}' does not exist");
            return new LoadResult(null, diagnostics.ToSortedList());
        }
        // Every file is read inside the release folder only, links resolved, within the file-size limit.
        var overlayPath = TranslationOverlay.Find(folder, locale);
        var yaml = SourceFiles.TryReadText(dataPath, folder, limits, diagnostics);
        var overlayYaml = overlayPath is null ? null : SourceFiles.TryReadText(overlayPath, folder, limits, diagnostics);
        if (yaml is null || (overlayPath is not null && overlayYaml is null)) return new LoadResult(null, diagnostics.ToSortedList());
        return LoadText(folder, dataPath, yaml, diagnostics, overlayPath is null ? null : (overlayPath, overlayYaml!), series, withLedger, limits);
    }

    /// <summary>Loads data text as if read from <paramref name="dataPath"/> (tests use this).</summary>
    /// <param name="series">The series the release belongs to: its issuer data fills in what the release does not say.</param>
    /// <param name="withLedger">Whether figures published earlier in the series fill in the periods the release does not state.</param>
    public static LoadResult LoadText(string folder, string dataPath, string yaml, DiagnosticBag? diagnostics = null,
        (string Path, string Yaml)? translation = null, Series.SeriesFolder? series = null, bool withLedger = true, Limits? limits = null)
    {
        diagnostics ??= new DiagnosticBag();
        limits ??= Limits.Default;
        var reader = new YamlReader(dataPath, diagnostics);
        var root = Parse(reader, yaml, limits);
        if (root is null) return new LoadResult(null, diagnostics.ToSortedList());
        (string, IReadOnlySet<YamlNode>)? inherited = null;
        if (series is not null)
        {
            if (!File.Exists(series.DataPath))
            {
                diagnostics.Error(DiagnosticCodes.MissingFile, new SourceLocation(series.DataPath, 1, 1), $"the series folder has no {Series.SeriesFolder.DataFileName}");
                return new LoadResult(null, diagnostics.ToSortedList());
            }
            var seriesReader = new YamlReader(series.DataPath, diagnostics);
            // series.yaml is read inside the series folder, as a release's files are inside the release folder.
            if (SourceFiles.TryReadText(series.DataPath, Path.GetDirectoryName(Path.GetFullPath(series.DataPath)) ?? ".", limits, diagnostics) is not { } seriesYaml
                || Parse(seriesReader, seriesYaml, limits) is not { } seriesRoot)
                return new LoadResult(null, diagnostics.ToSortedList());
            foreach (var key in seriesRoot.Children.Keys.OfType<YamlScalarNode>().Where(k => Array.IndexOf(Series.SeriesMerge.ReleaseOnly, k.Value) >= 0))
                diagnostics.Error(DiagnosticCodes.UnknownField, seriesReader.At(key),
                    $"'{key.Value}' belongs to one release, not to the series: write it in the release's {DataFileName} (figures published before the series go in a ledger file)");
            Series.SeriesMerge.Apply(root, seriesRoot);
            inherited = (series.DataPath, new HashSet<YamlNode>(seriesRoot.AllNodes, ReferenceEqualityComparer.Instance));
            reader = new YamlReader(dataPath, diagnostics) { Inherited = inherited };
        }
        (string, IReadOnlySet<YamlNode>)? fromOverlay = null;
        if (translation is { } t && Parse(new YamlReader(t.Path, diagnostics), t.Yaml, limits) is { } overlay)
        {
            TranslationOverlay.Apply(root, overlay, t.Path, diagnostics);
            // YamlNode equality is structural: identify the merged-in nodes by reference.
            fromOverlay = (t.Path, new HashSet<YamlNode>(overlay.AllNodes, ReferenceEqualityComparer.Instance));
            reader = new YamlReader(dataPath, diagnostics) { Overlay = fromOverlay, Inherited = inherited };
        }

        // Fields still marked TODO (as scaffolded by 'releasegen new') are reported as incomplete, and the
        // errors their placeholder text would cause (not a date, not a number) are left out.
        var placeholders = Placeholders.Find(root, dataPath, reader.At);
        if (placeholders.Count == 0)
        {
            var data = new ReleaseReader(reader, folder, dataPath, limits) { Series = series, WithLedger = withLedger }.Read(root);
            return new LoadResult(diagnostics.HasErrors ? null : data, diagnostics.ToSortedList());
        }
        var scratch = new DiagnosticBag();
        new ReleaseReader(new YamlReader(dataPath, scratch) { Overlay = fromOverlay, Inherited = inherited }, folder, dataPath, limits).Read(root);
        var at = placeholders.Select(p => p.Location).ToHashSet();
        diagnostics.AddRange(scratch.ToSortedList().Where(d => !at.Contains(d.Location)));
        diagnostics.AddRange(placeholders);
        return new LoadResult(null, diagnostics.ToSortedList());
    }

    private static YamlMappingNode? Parse(YamlReader reader, string yaml, Limits limits)
    {
        // Depth, alias expansion and complex keys are checked on the event stream first: YamlDotNet
        // builds its tree recursively, and our readers walk it with aliases expanded.
        if (!YamlShape.Check(yaml, reader, limits, out var events)) return null;
        var scanner = new Scanner(new StringReader(yaml));
        var replay = events is null ? null : new YamlShape.Replay(events);
        try
        {
            var stream = new YamlStream();
            // The events the shape check read, when it read them all; else the text again, for the syntax error's position.
            stream.Load(replay ?? (IParser)new Parser(scanner));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                reader.Diagnostics.Error(DiagnosticCodes.WrongType, new SourceLocation(reader.Path, 1, 1),
                    "the data file must be a mapping with sections such as issuer, release, metrics and values");
                return null;
            }
            return root;
        }
        catch (YamlException ex)
        {
            var message = StripPosition(ex.Message);
            var duplicate = message.StartsWith("Duplicate key", StringComparison.Ordinal);
            if (duplicate) message = $"the key '{message["Duplicate key".Length..].Trim()}' appears twice in the same mapping";
            var code = duplicate ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.YamlSyntax;
            reader.Diagnostics.Error(code, reader.At(ex.Start), message);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections, and its tree builder on
            // some events it does not expect (found by fuzzing); the scanner's position is still right.
            reader.Diagnostics.Error(DiagnosticCodes.YamlSyntax, reader.At(replay?.Current?.Start ?? scanner.CurrentPosition),
                "the YAML is malformed here: look for an unclosed '[', '{' or quote before this point");
            return null;
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print the position ourselves.
    private static string StripPosition(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(Line:", StringComparison.Ordinal) && index >= 0 ? message[(index + 3)..] : message;
        return text.TrimEnd('.');
    }

    /// <summary>Reads one document; a private class so the reader and paths need not be passed around.</summary>
    private sealed class ReleaseReader(YamlReader y, string folder, string dataPath, Limits limits)
    {
        private FiscalCalendar _calendar = FiscalCalendar.Calendar;
        private readonly Dictionary<string, (YamlMappingNode Node, string Ctx)> _bySegment = new(StringComparer.Ordinal);

        // Metric keys as a set: lookups stay linear in the size of the data however many metrics there are.
        private readonly Dictionary<string, Metric> _metricsByKey = new(StringComparer.Ordinal);

        private bool IsMetric(string key) => _metricsByKey.ContainsKey(key);
        public Series.SeriesFolder? Series { get; init; }

        public bool WithLedger { get; init; }

        public ReleaseData? Read(YamlMappingNode root)
        {
            y.RejectUnknownKeys(root, "the release data", DataFile.Root.Keys);

            var issuer = ReadIssuer(y.RequiredMap(root, "issuer", "the release data"));
            var release = ReadRelease(y.RequiredMap(root, "release", "the release data"));
            var metrics = ReadMetrics(y.RequiredMap(root, "metrics", "the release data"));
            var values = ReadValues(y.Map(y.Get(root, "values"), "'values'"), metrics);
            ReadCsvValues(metrics, values);
            ReadWorkbookValues(metrics, values);
            values = OnCalendar(values);
            var ledger = Series is not null && WithLedger
                ? ReleaseGen.Series.SeriesLedger.Attach(ReleaseGen.Series.SeriesLedger.Build(Series, folder, y.Diagnostics), release, _calendar, metrics, values, y.Diagnostics)
                : [];
            var segments = ReadSegments(y.Map(y.Get(root, "segments"), "'segments'"));
            metrics = ResolveSegmentParts(metrics, segments, _bySegment);
            var tables = ReadTables(y.Map(y.Get(root, "tables"), "'tables'"), metrics, segments);
            var reconciliations = ReadReconciliations(y.Sequence(y.Get(root, "reconcile"), "'reconcile'"), metrics);
            var facts = y.Get(root, "facts") is { } factsNode && y.Map(factsNode, "'facts'") is { } factsMap
                ? (IReadOnlyDictionary<string, object?>)y.Plain(factsMap)!
                : new Dictionary<string, object?>();
            var events = ReadEvents(y.Map(y.Get(root, "events"), "'events'"));
            var qp = ReadQualifiedPerson(y.Map(y.Get(root, "qualified_person"), "'qualified_person'"));
            var fls = ReadForwardLooking(y.Sequence(y.Get(root, "forward_looking"), "'forward_looking'"));
            var contacts = ReadContacts(y.Sequence(y.Get(root, "contacts"), "'contacts'"));
            var restated = ReadRestatements(y.Sequence(y.Get(root, "restated"), "'restated'"), metrics);
            var acknowledged = ReadAcknowledgements(y.Sequence(y.Get(root, "acknowledged"), "'acknowledged'"), metrics);

            CheckLabelsAreOneLine(metrics, tables);
            CheckQuantitiesNotNegative(metrics, values);

            if (issuer is null || release is null) return null;
            return new ReleaseData
            {
                FolderPath = folder,
                DataPath = dataPath,
                Issuer = issuer,
                Release = release,
                Calendar = _calendar,
                Metrics = metrics,
                Values = values,
                Tables = tables,
                Segments = segments,
                Reconciliations = reconciliations,
                Facts = facts,
                Events = events,
                QualifiedPerson = qp,
                ForwardLooking = fls,
                Contacts = contacts,
                Restatements = restated,
                Acknowledgements = acknowledged,
                Series = Series,
                Ledger = ledger,
            };
        }

        /// <summary>
        /// The values keyed as the calendar writes them (after a change of year end <c>2012-FY</c> of a
        /// transition year is its transition period); a key that is no period of the calendar is an error.
        /// </summary>
        private Dictionary<(string, PeriodKey), DataPoint> OnCalendar(Dictionary<(string, PeriodKey), DataPoint> values)
        {
            if (_calendar.Transition is null) return values;
            var placed = new Dictionary<(string, PeriodKey), DataPoint>(values.Count);
            foreach (var ((metric, period), point) in values)
            {
                if (_calendar.Invalid(_calendar.Normalize(period)) is { } why)
                {
                    y.Diagnostics.Error(DiagnosticCodes.UnknownPeriod, point.Location, why);
                    continue;
                }
                placed[(metric, _calendar.Normalize(period))] = point;
            }
            return placed;
        }

        /// <summary>A label is one line: a line break in a table label splits its row (and the formats disagree about how).</summary>
        private void CheckLabelsAreOneLine(IReadOnlyList<Metric> metrics, Dictionary<string, TableLayout> tables)
        {
            void Check(string? text, IReadOnlyDictionary<string, string>? translations, SourceLocation at, string what)
            {
                foreach (var label in translations?.Values.Prepend(text) ?? [text])
                    if (label is not null && label.AsSpan().IndexOfAny('\n', '\r') >= 0)
                        y.Diagnostics.Error(DiagnosticCodes.InvalidValue, at, $"{what} '{Echo.Of(label)}' has a line break: a label or title is one line");
            }
            void Rows(IEnumerable<TableRow> rows, string table)
            {
                foreach (var row in rows)
                {
                    if (row is GroupRow group)
                    {
                        Check(group.Label, group.Labels, group.Location, $"the group label of table '{table}'");
                        Rows(group.Rows, table);
                    }
                    else if (row is MetricRow metricRow)
                    {
                        Check(metricRow.Label, metricRow.Labels, metricRow.Location, $"a row label of table '{table}'");
                    }
                }
            }
            foreach (var metric in metrics) Check(metric.Label, metric.Labels, metric.Location, $"the label of metric '{metric.Key}'");
            foreach (var table in tables.Values)
            {
                Check(table.Title, table.Titles, table.Location, $"the title of table '{table.Name}'");
                Rows(table.Rows, table.Name);
            }
        }

        /// <summary>Units that count a physical quantity: a tonnage, ounces or pounds below zero is a sign slip.</summary>
        private static readonly HashSet<string> QuantityUnits = new(StringComparer.OrdinalIgnoreCase)
            { "t", "kt", "Mt", "tpd", "oz", "koz", "Moz", "lb", "klb", "Mlb", "kg", "g", "wmt", "dmt", "dmt/d", "t/d" };

        private void CheckQuantitiesNotNegative(IReadOnlyList<Metric> metrics, Dictionary<(string, PeriodKey), DataPoint> values)
        {
            foreach (var ((metricKey, period), point) in values)
            {
                if (point.Value >= 0 || !_metricsByKey.TryGetValue(metricKey, out var metric) || !QuantityUnits.Contains(metric.Unit)) continue;
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, point.Location,
                    $"{metricKey} for {period} is {point.Value.ToString(CultureInfo.InvariantCulture)} {metric.Unit}: a quantity cannot be negative");
            }
        }

        private Issuer? ReadIssuer(YamlMappingNode? map)
        {
            if (map is null) return null;
            const string ctx = "issuer";
            y.RejectUnknownKeys(map, ctx, DataFile.Issuer.Keys);
            var name = y.RequiredString(map, "name", ctx);
            var listings = new List<Listing>();
            if (y.Sequence(y.Get(map, "listings"), "'listings' in issuer") is { } seq)
            {
                foreach (var item in seq.Children)
                {
                    if (y.Map(item, "a listing") is not { } l) continue;
                    y.RejectUnknownKeys(l, "a listing", DataFile.Listing.Keys);
                    var exchange = y.RequiredString(l, "exchange", "a listing");
                    var symbol = y.RequiredString(l, "symbol", "a listing");
                    if (exchange is not null && symbol is not null) listings.Add(new Listing(exchange, symbol));
                }
            }
            Place place = new("", null, null);
            if (y.RequiredMap(map, "headquarters", ctx) is { } hq)
            {
                y.RejectUnknownKeys(hq, "headquarters", DataFile.Headquarters.Keys);
                place = new Place(y.RequiredString(hq, "city", "headquarters") ?? "",
                    y.OptionalString(hq, "region", "headquarters"), y.OptionalString(hq, "country", "headquarters"));
            }
            if (y.Get(map, "fiscal_year_end") is { } fyeNode && y.String(fyeNode, "'fiscal_year_end'") is { } fye)
            {
                if (FiscalCalendar.TryParseYearEnd(fye, out var calendar, out var error)) _calendar = calendar;
                else y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(fyeNode), error);
            }
            if (y.Get(map, "fiscal_transition") is { } transitionNode && y.String(transitionNode, "'fiscal_transition'") is { } transitionText)
            {
                if (!PeriodKey.TryParse(transitionText, out var transition) || transition.Kind != PeriodKind.Transition || transition.Months % 12 == 0)
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(transitionNode),
                        $"'fiscal_transition' is the transition period as a key of 1 to 23 months other than 12, ending at the new year end: 2012-T3 or 2012-T15, not '{Echo.Of(transitionText)}'");
                else
                    _calendar = _calendar with { Transition = new FiscalTransition(transition.FiscalYear, transition.Months) };
            }
            var regimes = y.StringList(y.Get(map, "disclosure_regimes"), "'disclosure_regimes' in issuer");
            if (y.Get(map, "disclosure_regimes") is { } regimesNode)
            {
                foreach (var regime in regimes.Where(r => !KnownRegimes.Contains(r)))
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(regimesNode),
                        $"unknown disclosure regime '{regime}' (known: {string.Join(", ", KnownRegimes)})");
            }
            string? annualReport = null;
            if (y.Get(map, "annual_report") is { } formNode)
            {
                annualReport = Choice<string?>(formNode, "'annual_report' in issuer", null, AnnualReportForms.Select(f => (f, (string?)f)).ToArray());
                if (annualReport is not null && !regimes.Contains("pslra"))
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(formNode),
                        $"'annual_report' in issuer names a form filed with the SEC, but the disclosure regimes do not include pslra");
            }
            if (name is null) return null;
            return new Issuer(name, y.OptionalString(map, "short_name", ctx) ?? name, listings, place,
                y.OptionalString(map, "website", ctx), y.OptionalString(map, "email", ctx), regimes,
                y.OptionalString(map, "about", ctx)) { AnnualReportForm = annualReport };
        }

        private ReleaseInfo? ReadRelease(YamlMappingNode? map)
        {
            if (map is null) return null;
            const string ctx = "release";
            y.RejectUnknownKeys(map, ctx, DataFile.Release.Keys);
            var dateNode = y.Get(map, "date");
            if (dateNode is null) y.Missing(map, "date", ctx);
            var date = y.Date(dateNode, "'date' in release");
            var periodNode = y.Get(map, "period");
            if (periodNode is null) y.Missing(map, "period", ctx);
            var period = ParsePeriod(periodNode, "in release.period");
            if (period is { } reported) period = _calendar.Normalize(reported);
            if (period is { } p && !(p.Kind == PeriodKind.Quarter || p is { Kind: PeriodKind.Transition, Months: 3 }))
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(periodNode!),
                    $"the reporting period must be a quarter (YYYY-Q1..Q4) or a transition period of three months, not '{period}'");
            var localeNode = y.Get(map, "locale");
            var locale = y.OptionalString(map, "locale", ctx) ?? "en-US";
            if (localeNode is not null && Templating.Functions.LanguageSettings.ForLocale(locale) is null)
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(localeNode),
                    $"locale '{locale}' is not supported (supported: {string.Join(", ", Templating.Functions.LanguageSettings.Locales.Keys)})");
            // Both name files ReleaseGen reads: they must stay inside the release folder and the template root.
            var template = y.OptionalString(map, "template", ctx) ?? "production-release";
            if (!IsPlainName(template))
                y.Diagnostics.Error(DiagnosticCodes.FileNotAllowed, y.At(y.Get(map, "template")!),
                    $"'template' in release must be the name of a template set (letters, digits, '-', '_'), not a path: '{Echo.Of(template)}'");
            var narrative = y.OptionalString(map, "narrative", ctx) ?? "narrative.md";
            if (Path.IsPathRooted(narrative) || narrative.Split('/', '\\').Any(part => part is ".." or "") || !narrative.EndsWith(".md", StringComparison.Ordinal))
                y.Diagnostics.Error(DiagnosticCodes.FileNotAllowed, y.At(y.Get(map, "narrative")!),
                    $"'narrative' in release must name a .md file inside the release folder (a relative path without '..'), not '{Echo.Of(narrative)}'");
            var wire = y.OptionalString(map, "wire", ctx);
            if (wire is not null && Templating.WireServices.NearMiss(wire) is { } near)
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(map, "wire")!),
                    $"'wire' in release is '{Echo.Of(wire)}'; did you mean '{near.Name}'? (wires with their own dateline: {string.Join(", ", Templating.WireServices.Known.Select(w => w.Name))}; any other name gets the generic dateline)");
            var verb = y.OptionalString(map, "headline_verb", ctx);
            if (verb is not null && (verb.Length is 0 or > 40 || verb.AsSpan().IndexOfAny('\n', '\r') >= 0))
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(map, "headline_verb")!),
                    "'headline_verb' in release must be a word or two on one line (Reports, Announces, Provides)");
            var periodNames = y.Get(map, "period_names") is { } namesNode
                ? Choice(namesNode, "'period_names' in release", "long", ("long", "long"), ("short", "short"))
                : "long";
            var listingStyle = y.Get(map, "listing_style") is { } styleNode
                ? Choice(styleNode, "'listing_style' in release", "separate", ("separate", "separate"), ("combined", "combined"))
                : "separate";
            var preliminary = y.Bool(y.Get(map, "preliminary"), "'preliminary' in release") ?? false;
            if (date is null || period is null) return null;
            return new ReleaseInfo(date.Value, wire, period.Value,
                template,
                narrative,
                locale,
                y.OptionalString(map, "subject", ctx) ?? "Production",
                y.At(periodNode!))
            {
                HeadlineVerb = verb ?? "Reports",
                PeriodNames = periodNames,
                ListingStyle = listingStyle,
                Preliminary = preliminary,
            };
        }

        private static bool IsPlainName(string name) =>
            name.Length is > 0 and <= 100 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !name.Contains("..", StringComparison.Ordinal);

        /// <summary>Translations by locale (<c>{ fr-CA: Argent (onces) }</c>); each key must be a supported locale or language.</summary>
        private Dictionary<string, string>? ReadTranslations(YamlNode? node, string what)
        {
            if (node is null || y.Map(node, what) is not { } map) return null;
            var translations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var tag = ((YamlScalarNode)keyNode).Value ?? "";
                var known = Templating.Functions.LanguageSettings.Locales.Keys;
                if (!known.Any(k => string.Equals(k, tag, StringComparison.OrdinalIgnoreCase) || string.Equals(k.Split('-')[0], tag, StringComparison.OrdinalIgnoreCase)))
                {
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(keyNode),
                        $"'{tag}' in {what} is not a supported locale or language (supported: {string.Join(", ", known)})");
                    continue;
                }
                if (y.String(valueNode, $"the {tag} text in {what}") is { } text) translations[tag] = text;
            }
            return translations;
        }

        private PeriodKey? ParsePeriod(YamlNode? node, string what)
        {
            var text = y.String(node, what);
            if (text is null) return null;
            if (_calendar.TryParseKey(text, out var key))
            {
                if (_calendar.Invalid(_calendar.Normalize(key)) is not { } why) return key;
                y.Diagnostics.Error(DiagnosticCodes.UnknownPeriod, y.At(node!), why);
                return null;
            }
            y.Diagnostics.Error(DiagnosticCodes.UnknownPeriod, y.At(node!), $"'{text}' {what} is not a period key ({PeriodKey.Forms})");
            return null;
        }

        private List<Metric> ReadMetrics(YamlMappingNode? map)
        {
            var metrics = new List<Metric>();
            if (map is null) return metrics;
            var pending = new List<(Metric Metric, YamlNode WeightNode)>();
            var pendingComparable = new List<(string Metric, string Comparable, YamlNode Node)>();
            var pendingDays = new List<(string Metric, string Days, YamlNode Node)>();
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                var ctx = $"metric '{key}'";
                if (y.Map(valueNode, ctx) is not { } m) continue;
                y.RejectUnknownKeys(m, ctx, DataFile.Metric.Keys);
                var label = y.RequiredString(m, "label", ctx) ?? key;
                var unit = y.OptionalString(m, "unit", ctx) ?? "";
                var decimals = y.Int(y.Get(m, "decimals"), $"'decimals' of {ctx}") ?? 0;
                if (decimals is < 0 or > 6)
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(m, "decimals")!), $"'decimals' of {ctx} must be between 0 and 6");
                var polarity = Polarity.Neutral;
                if (y.Get(m, "better") is { } betterNode)
                {
                    polarity = Choice(betterNode, $"'better' of {ctx}", Polarity.Neutral,
                        ("higher", Polarity.HigherIsBetter), ("lower", Polarity.LowerIsBetter), ("neither", Polarity.Neutral));
                }
                var aggregation = Aggregation.None;
                YamlNode? weightNode = null;
                if (y.Get(m, "aggregate") is { } aggNode)
                {
                    if (aggNode is YamlScalarNode)
                    {
                        aggregation = y.String(aggNode, $"'aggregate' of {ctx}") switch
                        {
                            "sum" => Aggregation.Sum,
                            "none" => Aggregation.None,
                            var other => Invalid(aggNode, $"'aggregate' of {ctx} must be sum, none or {{ weighted_mean: METRIC }}, not '{other}'", Aggregation.None),
                        };
                    }
                    else if (y.Map(aggNode, $"'aggregate' of {ctx}") is { } aggMap)
                    {
                        y.RejectUnknownKeys(aggMap, $"'aggregate' of {ctx}", DataFile.Aggregate.Alternatives[1].Keys);
                        weightNode = y.Get(aggMap, "weighted_mean");
                        if (y.String(weightNode, $"'weighted_mean' of {ctx}") is { } by) aggregation = new Aggregation(AggregationKind.WeightedMean, by);
                    }
                }
                var nonGaap = y.Bool(y.Get(m, "non_gaap"), $"'non_gaap' of {ctx}") ?? false;
                var labels = ReadTranslations(y.Get(m, "labels"), $"'labels' of {ctx}");
                var comparableNode = y.Get(m, "comparable");
                var comparable = y.OptionalString(m, "comparable", ctx);
                if (comparableNode is not null) pendingComparable.Add((key, comparable ?? "", comparableNode));
                if (y.Map(y.Get(m, "by_segment"), $"'by_segment' of {ctx}") is { } bySegment) _bySegment[key] = (bySegment, ctx);
                MetricScale? scale = y.Get(m, "scale") is { } scaleNode
                    ? Choice<MetricScale?>(scaleNode, $"'scale' of {ctx}", null, ("thousands", MetricScale.Thousands), ("millions", MetricScale.Millions))
                    : null;
                if (y.Get(m, "operating_days") is { } daysNode && y.String(daysNode, $"'operating_days' of {ctx}") is { } daysKey)
                    pendingDays.Add((key, daysKey, daysNode));
                var metric = new Metric(key, label, unit, decimals, aggregation, polarity, y.At(keyNode), nonGaap, labels, comparable)
                {
                    Scale = scale,
                    OperatingDays = y.OptionalString(m, "operating_days", ctx),
                    Format = ReadCellFormat(y.Get(m, "format"), ctx),
                    SegmentTolerance = ReadTolerance(y.Get(m, "segment_tolerance"), $"'segment_tolerance' of {ctx}") ?? Tolerance.Exact,
                    BySegmentLocation = y.Get(m, "by_segment") is { } bs ? y.At(bs) : null,
                };
                metrics.Add(metric);
                _metricsByKey.TryAdd(key, metric);
                if (weightNode is not null) pending.Add((metric, weightNode));
            }
            foreach (var (metricKey, comparable, node) in pendingComparable)
                if (comparable.Length > 0 && !IsMetric(comparable))
                    UnknownMetric(node, comparable, metrics, $"the comparable measure of '{metricKey}'");
            foreach (var (metricKey, daysKey, node) in pendingDays)
                if (!IsMetric(daysKey))
                    UnknownMetric(node, daysKey, metrics, $"the operating days of '{metricKey}'");
            foreach (var (metric, weightNode) in pending)
            {
                // Null when weighted_mean was empty or not text (found by fuzzing).
                if (metric.Aggregation.WeightedBy is not { } by)
                {
                    if (weightNode is YamlScalarNode)
                        y.Diagnostics.Error(DiagnosticCodes.MissingField, y.At(weightNode), $"'weighted_mean' of metric '{metric.Key}' must name the metric to weight by");
                    continue;
                }
                var weight = _metricsByKey.GetValueOrDefault(by);
                if (weight is null)
                    UnknownMetric(weightNode, by, metrics, $"the weight of '{metric.Key}'");
                else if (weight.Aggregation.Kind != AggregationKind.Sum)
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(weightNode),
                        $"'{metric.Key}' is weighted by '{by}', which is not additive (aggregate: sum)");
            }
            return metrics;
        }

        /// <summary>
        /// One of a fixed set of words, as its value: "must be higher, lower or neither, not 'x'" (an error at
        /// the node, giving <paramref name="fallback"/>) for anything else.
        /// </summary>
        private T Choice<T>(YamlNode node, string what, T fallback, params (string Word, T Value)[] choices)
        {
            var text = y.String(node, what);
            foreach (var (word, value) in choices)
                if (text == word) return value;
            var words = choices.Select(c => c.Word).ToList();
            return Invalid(node, $"{what} must be {string.Join(", ", words.SkipLast(1))} or {words[^1]}, not '{text}'{DidYouMean(text ?? "", words)}", fallback);
        }

        private T Invalid<T>(YamlNode node, string message, T fallback)
        {
            y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(node), message);
            return fallback;
        }

        private static string DidYouMean(string name, IEnumerable<string> known) =>
            YamlReader.Suggest(name, known) is { } suggestion ? $"; did you mean '{suggestion}'?" : "";

        private void UnknownMetric(YamlNode node, string name, IReadOnlyList<Metric> metrics, string where)
        {
            var suggestion = YamlReader.Suggest(name, metrics.Select(m => m.Key));
            y.Diagnostics.Error(DiagnosticCodes.UnknownMetric, y.At(node),
                $"{where} names unknown metric '{Echo.Of(name)}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
        }

        private Dictionary<(string, PeriodKey), DataPoint> ReadValues(YamlMappingNode? map, IReadOnlyList<Metric> metrics)
        {
            var values = new Dictionary<(string, PeriodKey), DataPoint>();
            if (map is null) return values;
            foreach (var (periodNode, row) in map.Children)
            {
                var period = ParsePeriod(periodNode, "in values");
                if (y.Map(row, $"the values of {((YamlScalarNode)periodNode).Value}") is not { } rowMap) continue;
                foreach (var (metricNode, valueNode) in rowMap.Children)
                {
                    var metricKey = ((YamlScalarNode)metricNode).Value ?? "";
                    if (metricKey.Length > 0 && metricKey.All(char.IsAsciiDigit))
                    {
                        // "ore_mined: 21,273" in a flow mapping splits into "ore_mined: 21" and a key "273".
                        y.Diagnostics.Error(DiagnosticCodes.WrongType, y.At(metricNode),
                            $"'{metricKey}' looks like the rest of a number written with a thousands separator: write numbers without commas (21273, not 21,273)");
                        continue;
                    }
                    var known = IsMetric(metricKey);
                    if (!known) UnknownMetric(metricNode, metricKey, metrics, "a value");
                    var value = y.Decimal(valueNode, $"the value of '{metricKey}' for {((YamlScalarNode)periodNode).Value}");
                    if (known && period is not null && value is not null)
                        values[(metricKey, period.Value)] = new DataPoint(value.Value, y.At(valueNode));
                }
            }
            return values;
        }

        private void ReadCsvValues(IReadOnlyList<Metric> metrics, Dictionary<(string, PeriodKey), DataPoint> values)
        {
            var csvPath = Path.Combine(folder, ValuesFileName);
            if (!File.Exists(csvPath) && new FileInfo(csvPath).LinkTarget is null) return;
            if (SourceFiles.TryReadText(csvPath, folder, limits, y.Diagnostics) is not { } csv) return;
            var lines = csv.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var lineNo = i + 1;
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
                var cells = line.Split(',');
                if (i == 0 && cells.Length == 3 && cells[0].Trim() == "metric") continue;
                if (cells.Length != 3)
                {
                    y.Diagnostics.Error(DiagnosticCodes.CsvFormat, new SourceLocation(csvPath, lineNo, 1),
                        $"expected 3 cells (metric,period,value), found {cells.Length}; write numbers without thousands separators");
                    continue;
                }
                var metricKey = cells[0].Trim();
                var column = 1;
                var metricAt = new SourceLocation(csvPath, lineNo, column);
                var periodAt = new SourceLocation(csvPath, lineNo, column + cells[0].Length + 1);
                var valueAt = new SourceLocation(csvPath, lineNo, column + cells[0].Length + cells[1].Length + 2);
                var ok = true;
                if (!IsMetric(metricKey))
                {
                    var suggestion = YamlReader.Suggest(metricKey, metrics.Select(m => m.Key));
                    y.Diagnostics.Error(DiagnosticCodes.UnknownMetric, metricAt,
                        $"unknown metric '{Echo.Of(metricKey)}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
                    ok = false;
                }
                if (!_calendar.TryParseKey(cells[1].Trim(), out var period))
                {
                    y.Diagnostics.Error(DiagnosticCodes.UnknownPeriod, periodAt, $"'{cells[1].Trim()}' is not a period key ({PeriodKey.Forms})");
                    ok = false;
                }
                if (!decimal.TryParse(cells[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    y.Diagnostics.Error(DiagnosticCodes.WrongType, valueAt, $"the value '{cells[2].Trim()}' is not a number");
                    ok = false;
                }
                if (!ok) continue;
                if (values.TryGetValue((metricKey, period), out var existing) && existing.Value != value)
                {
                    y.Diagnostics.Error(DiagnosticCodes.ConflictingValue, valueAt,
                        $"{metricKey} for {period} is {value} here but {existing.Value} at {existing.Location}");
                    continue;
                }
                values[(metricKey, period)] = new DataPoint(value, valueAt);
            }
        }

        private Dictionary<string, TableLayout> ReadTables(YamlMappingNode? map, IReadOnlyList<Metric> metrics, IReadOnlyList<Segment> segments)
        {
            var tables = new Dictionary<string, TableLayout>();
            if (map is null) return tables;
            foreach (var (nameNode, tableNode) in map.Children)
            {
                var name = ((YamlScalarNode)nameNode).Value ?? "";
                var ctx = $"table '{name}'";
                if (y.Map(tableNode, ctx) is not { } t) continue;
                y.RejectUnknownKeys(t, ctx, DataFile.Table.Keys);
                var notes = ReadNotes(y.Map(y.Get(t, "notes"), $"'notes' of {ctx}"), ctx);
                var noteKeys = notes.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
                var columns = new List<TableColumn>();
                if (y.Get(t, "columns") is null) y.Missing(t, "columns", ctx);
                if (y.Sequence(y.Get(t, "columns"), $"'columns' of {ctx}") is { } cols)
                    foreach (var col in cols.Children)
                        if (ReadColumn(col, ctx, segments, noteKeys) is { } column) columns.Add(column);
                if (y.Get(t, "rows") is null) y.Missing(t, "rows", ctx);
                var rows = ReadRows(y.Sequence(y.Get(t, "rows"), $"'rows' of {ctx}"), metrics, ctx, noteKeys);
                var period = y.OptionalString(t, "period", ctx) ?? "quarter";
                if (y.Get(t, "period") is { } periodNode) CheckPeriodReference(periodNode, period, $"'period' '{period}' of {ctx}");
                tables[name] = new TableLayout(name, columns, rows, y.At(nameNode),
                    y.OptionalString(t, "title", ctx), ReadTranslations(y.Get(t, "titles"), $"'titles' of {ctx}"))
                {
                    Period = period,
                    Notes = notes,
                    Format = ReadCellFormat(y.Get(t, "format"), ctx) ?? CellFormat.Default,
                    HeaderStyle = y.Get(t, "header") is { } headerNode
                        ? Choice(headerNode, $"'header' of {ctx}", PeriodHeaderStyle.Dates,
                            ("dates", PeriodHeaderStyle.Dates), ("calendar", PeriodHeaderStyle.Calendar), ("dual", PeriodHeaderStyle.Dual))
                        : PeriodHeaderStyle.Dates,
                };
            }
            return tables;
        }

        private bool CheckPeriodReference(YamlNode node, string reference, string what)
        {
            if (RelativePeriods.IsValidReference(reference, _calendar)) return true;
            y.Diagnostics.Error(DiagnosticCodes.UnknownPeriod, y.At(node),
                $"{what} is neither a relative period ({string.Join(", ", RelativePeriods.Names)}) nor a period key ({PeriodKey.Forms})");
            return false;
        }

        private List<TableNote> ReadNotes(YamlMappingNode? map, string ctx) =>
            ReadTextsByKey(map, key => $"note '{key}' of {ctx}", DataFile.TableNote, "text", "texts",
                (key, text, at, texts) => new TableNote(key, text, at, texts));

        /// <summary>
        /// A mapping of key to text, each text either a scalar or <c>{ TEXT: ..., TEXTS: { fr-CA: ... } }</c>
        /// (a table's notes, the segments' labels).
        /// </summary>
        private List<T> ReadTextsByKey<T>(YamlMappingNode? map, Func<string, string> describe, FieldSpec spec, string textKey, string translationsKey,
            Func<string, string, SourceLocation, IReadOnlyDictionary<string, string>?, T> create)
        {
            var items = new List<T>();
            if (map is null) return items;
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                var what = describe(key);
                if (valueNode is YamlScalarNode)
                {
                    if (y.String(valueNode, what) is { } text) items.Add(create(key, text, y.At(keyNode), null));
                }
                else if (y.Map(valueNode, what) is { } entry)
                {
                    y.RejectUnknownKeys(entry, what, spec.Alternatives[1].Keys);
                    if (y.RequiredString(entry, textKey, what) is { } text)
                        items.Add(create(key, text, y.At(keyNode), ReadTranslations(y.Get(entry, translationsKey), $"'{translationsKey}' of {what}")));
                }
            }
            return items;
        }

        private string? NoteKey(YamlMappingNode map, string key, string ctx, IReadOnlySet<string> noteKeys)
        {
            if (y.Get(map, key) is not { } node || y.String(node, $"'{key}' of {ctx}") is not { } note) return null;
            if (noteKeys.Contains(note)) return note;
            y.Diagnostics.Error(DiagnosticCodes.UnknownField, y.At(node),
                $"'{note}' is not a note of {ctx}{DidYouMean(note, noteKeys)} (notes are declared under the table's 'notes:')");
            return null;
        }

        private TableColumn? ReadColumn(YamlNode col, string ctx, IReadOnlyList<Segment> segments, IReadOnlySet<string> noteKeys)
        {
            if (col is YamlScalarNode)
            {
                if (y.String(col, $"a column of {ctx}") is not { } reference) return null;
                return CheckPeriodReference(col, reference, $"column '{reference}' of {ctx}") ? new PeriodColumn(reference, y.At(col)) : null;
            }
            if (y.Map(col, $"a column of {ctx}") is not { } c) return null;
            var what = $"a column of {ctx}";
            y.RejectUnknownKeys(c, what, DataFile.TableColumnMap.Keys);
            var kinds = new[] { "period", "trailing", "change", "segment", "total" }.Where(k => y.Get(c, k) is not null).ToList();
            if (kinds.Count != 1)
            {
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(col),
                    kinds.Count == 0
                        ? $"{what} must say what it shows: period, trailing, change, segment or total"
                        : $"{what} can be only one of {string.Join(", ", kinds)}");
                return null;
            }
            TableColumn? column = null;
            switch (kinds[0])
            {
                case "period":
                    if (y.OptionalString(c, "period", what) is { } reference && CheckPeriodReference(y.Get(c, "period")!, reference, $"column '{reference}' of {ctx}"))
                        column = new PeriodColumn(reference, y.At(col));
                    break;
                case "trailing":
                    var count = y.Int(y.Get(c, "trailing"), $"'trailing' of {what}");
                    if (count is < 2 or > 20)
                        y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(c, "trailing")!), $"'trailing' of {what} must be between 2 and 20 quarters, not {count}");
                    else if (count is { } n)
                        column = new TrailingQuartersColumn(n, y.At(col)) { NewestFirst = ReadOrder(c, what) };
                    break;
                case "change":
                    column = ReadChangeColumn(c, col, what);
                    break;
                case "segment":
                    if (y.OptionalString(c, "segment", what) is { } segment)
                    {
                        if (segments.All(s => s.Key != segment))
                            y.Diagnostics.Error(DiagnosticCodes.UnknownField, y.At(y.Get(c, "segment")!),
                                $"'{segment}' is not a segment{DidYouMean(segment, segments.Select(s => s.Key))} (segments are declared in 'segments:')");
                        else column = new SegmentColumn(segment, y.At(col)) { PeriodRef = ColumnPeriod(c, what) };
                    }
                    break;
                case "total":
                    if (y.Bool(y.Get(c, "total"), $"'total' of {what}") == true)
                        column = new SegmentColumn(null, y.At(col)) { PeriodRef = ColumnPeriod(c, what) };
                    break;
            }
            if (kinds[0] is not ("segment" or "total") && y.Get(c, "in") is { } inNode)
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(inNode), $"'in' of {what} applies to segment and total columns only");
            return column is null ? null : column with
            {
                Header = y.OptionalString(c, "header", what),
                Headers = ReadTranslations(y.Get(c, "headers"), $"'headers' of {what}"),
                Note = NoteKey(c, "note", what, noteKeys),
            };
        }

        private string? ColumnPeriod(YamlMappingNode c, string what)
        {
            if (y.Get(c, "in") is not { } node || y.String(node, $"'in' of {what}") is not { } reference) return null;
            return CheckPeriodReference(node, reference, $"'in' '{reference}' of {what}") ? reference : null;
        }

        private bool ReadOrder(YamlMappingNode c, string what)
        {
            if (y.Get(c, "order") is not { } node) return false;
            return Choice(node, $"'order' of {what}", false, ("oldest_first", false), ("newest_first", true));
        }

        private ChangeColumn? ReadChangeColumn(YamlMappingNode c, YamlNode col, string what)
        {
            var changeNode = y.Get(c, "change")!;
            if (y.Sequence(changeNode, $"'change' of {what}") is not { } pair) return null;
            if (pair.Children.Count != 2)
            {
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(changeNode), $"'change' of {what} names two periods, the base first: [quarter_prior_year, quarter]");
                return null;
            }
            var from = y.String(pair.Children[0], $"the base period of {what}");
            var to = y.String(pair.Children[1], $"the compared period of {what}");
            if (from is null || to is null) return null;
            var ok = CheckPeriodReference(pair.Children[0], from, $"the base period '{from}' of {what}") & CheckPeriodReference(pair.Children[1], to, $"the compared period '{to}' of {what}");
            var measure = ChangeMeasure.Percent;
            if (y.Get(c, "as") is { } asNode)
            {
                measure = Choice(asNode, $"'as' of {what}", ChangeMeasure.Percent, ("percent", ChangeMeasure.Percent), ("absolute", ChangeMeasure.Absolute));
            }
            var decimals = y.Int(y.Get(c, "decimals"), $"'decimals' of {what}") ?? 0;
            if (decimals is < 0 or > 4)
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(c, "decimals")!), $"'decimals' of {what} must be between 0 and 4");
            var favourable = y.Bool(y.Get(c, "favourable"), $"'favourable' of {what}") ?? false;
            return ok ? new ChangeColumn(from, to, measure, y.At(col)) { Decimals = Math.Clamp(decimals, 0, 4), Favourable = favourable } : null;
        }

        /// <summary><c>format: { currency: USD, negative: parentheses, nil: "—", decimals: 2 }</c>.</summary>
        private CellFormat? ReadCellFormat(YamlNode? node, string ctx)
        {
            var what = $"'format' of {ctx}";
            if (y.Map(node, what) is not { } f) return null;
            y.RejectUnknownKeys(f, what, DataFile.CellFormat.Keys);
            NegativeStyle? negative = null;
            if (y.Get(f, "negative") is { } negativeNode)
            {
                negative = Choice<NegativeStyle?>(negativeNode, $"'negative' of {what}", null, ("minus", NegativeStyle.Minus), ("parentheses", NegativeStyle.Parentheses), ("hyphen", NegativeStyle.Hyphen));
            }
            var currency = y.OptionalString(f, "currency", what);
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(f, "currency")!), $"'currency' of {what} must be an ISO 4217 code such as USD or CAD, not '{currency}'");
            var decimals = y.Int(y.Get(f, "decimals"), $"'decimals' of {what}");
            if (decimals is < 0 or > 6)
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(f, "decimals")!), $"'decimals' of {what} must be between 0 and 6");
            return new CellFormat(currency, negative, y.OptionalString(f, "nil", what), decimals is < 0 or > 6 ? null : decimals);
        }

        private List<Segment> ReadSegments(YamlMappingNode? map) =>
            ReadTextsByKey(map, key => $"segment '{key}'", DataFile.SegmentSpec, "label", "labels",
                (key, label, at, labels) => new Segment(key, label, at, labels));

        /// <summary><c>within: 0.5%</c> is relative; <c>within: 1</c> is absolute, in the metric's unit.</summary>
        private Tolerance? ReadTolerance(YamlNode? node, string what)
        {
            if (node is null || y.String(node, what) is not { } text) return null;
            var relative = text.EndsWith('%');
            if (decimal.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
                return new Tolerance(relative ? amount / 100m : amount, relative);
            y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(node), $"{what} must be a relative tolerance such as 0.5% or an absolute one in the metric's unit such as 1, not '{text}'");
            return null;
        }

        /// <summary>After every segment and metric is read: <c>by_segment</c> names known segments and metrics.</summary>
        private List<Metric> ResolveSegmentParts(List<Metric> metrics, IReadOnlyList<Segment> segments, Dictionary<string, (YamlMappingNode Node, string Ctx)> bySegment)
        {
            var result = new List<Metric>(metrics.Count);
            foreach (var metric in metrics)
            {
                if (!bySegment.TryGetValue(metric.Key, out var entry)) { result.Add(metric); continue; }
                var parts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (segNode, partNode) in entry.Node.Children)
                {
                    var segment = ((YamlScalarNode)segNode).Value ?? "";
                    if (segments.All(s => s.Key != segment))
                    {
                        y.Diagnostics.Error(DiagnosticCodes.UnknownField, y.At(segNode),
                            $"'{segment}' in 'by_segment' of {entry.Ctx} is not a segment{DidYouMean(segment, segments.Select(s => s.Key))} (segments are declared in 'segments:')");
                        continue;
                    }
                    if (y.String(partNode, $"the {segment} metric of {entry.Ctx}") is not { } part) continue;
                    if (!IsMetric(part)) UnknownMetric(partNode, part, metrics, $"'by_segment' of {entry.Ctx}");
                    else parts[segment] = part;
                }
                result.Add(metric with { BySegment = parts });
            }
            return result;
        }

        private List<TableRow> ReadRows(YamlSequenceNode? seq, IReadOnlyList<Metric> metrics, string ctx, IReadOnlySet<string> noteKeys, int depth = 0)
        {
            var rows = new List<TableRow>();
            if (seq is null) return rows;
            if (depth > MaxGroupDepth)
            {
                y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(seq), $"groups of {ctx} are nested more than {MaxGroupDepth} deep");
                return rows;
            }
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode)
                {
                    var key = y.String(item, $"a row of {ctx}");
                    if (key is null) continue;
                    if (!IsMetric(key)) UnknownMetric(item, key, metrics, $"a row of {ctx}");
                    else rows.Add(new MetricRow(key, null, y.At(item)));
                    continue;
                }
                if (y.Map(item, $"a row of {ctx}") is not { } row) continue;
                if (y.Get(row, "group") is not null)
                {
                    y.RejectUnknownKeys(row, $"a group row of {ctx}", DataFile.GroupRow.Keys);
                    var label = y.RequiredString(row, "group", ctx) ?? "";
                    var children = ReadRows(y.Sequence(y.Get(row, "rows"), $"'rows' of group '{label}'"), metrics, ctx, noteKeys, depth + 1);
                    rows.Add(new GroupRow(label, children, y.At(row), ReadTranslations(y.Get(row, "labels"), $"'labels' of group '{label}'"))
                    {
                        Note = NoteKey(row, "note", $"group '{label}' of {ctx}", noteKeys),
                    });
                }
                else
                {
                    y.RejectUnknownKeys(row, $"a row of {ctx}", DataFile.MetricRow.Keys.Concat(DataFile.GroupRow.Keys).Distinct().ToArray());
                    var metricNode = y.Get(row, "metric");
                    var key = y.RequiredString(row, "metric", $"a row of {ctx}");
                    if (key is null) continue;
                    var what = $"row '{key}' of {ctx}";
                    var kind = RowKind.Metric;
                    if (y.Get(row, "kind") is { } kindNode)
                    {
                        kind = Choice(kindNode, $"'kind' of {what}", RowKind.Metric, ("metric", RowKind.Metric), ("subtotal", RowKind.Subtotal), ("total", RowKind.Total));
                    }
                    var cellNotes = new Dictionary<string, string>(StringComparer.Ordinal);
                    if (y.Map(y.Get(row, "cell_notes"), $"'cell_notes' of {what}") is { } cn)
                    {
                        foreach (var (colNode, _) in cn.Children)
                        {
                            var column = ((YamlScalarNode)colNode).Value ?? "";
                            if (CheckPeriodReference(colNode, column, $"the column '{column}' in 'cell_notes' of {what}") && NoteKey(cn, column, what, noteKeys) is { } note)
                                cellNotes[column] = note;
                        }
                    }
                    if (!IsMetric(key)) UnknownMetric(metricNode!, key, metrics, $"a row of {ctx}");
                    else rows.Add(new MetricRow(key, y.OptionalString(row, "label", ctx), y.At(row),
                        ReadTranslations(y.Get(row, "labels"), $"'labels' of a row of {ctx}"))
                    {
                        Kind = kind,
                        Note = NoteKey(row, "note", what, noteKeys),
                        Format = ReadCellFormat(y.Get(row, "format"), what),
                        CellNotes = cellNotes,
                    });
                }
            }
            return rows;
        }

        /// <summary>Group nesting deeper than this is an error, not a stack overflow.</summary>
        public const int MaxGroupDepth = 16;

        private List<Reconciliation> ReadReconciliations(YamlSequenceNode? seq, IReadOnlyList<Metric> metrics) =>
            ReadEach(seq, "a reconciliation", DataFile.Reconciliation.Keys, (r, item, ctx) =>
            {
                var name = y.RequiredString(r, "name", ctx);
                var expect = y.RequiredString(r, "expect", ctx);
                if (expect is not null && !IsMetric(expect)) UnknownMetric(y.Get(r, "expect")!, expect, metrics, ctx);
                var equals = y.RequiredString(r, "equals", ctx);
                var tolerance = Tolerance.Exact;
                if (y.Get(r, "within") is { } withinNode && ReadTolerance(withinNode, $"'within' of {ctx}") is { } within)
                {
                    tolerance = within;
                    // Before units were said, a bare number was a fraction: 'within: 0.005' now means 0.005 of the unit.
                    if (!within.Relative && within.Amount is > 0 and < 1)
                        y.Diagnostics.Warning(DiagnosticCodes.InvalidValue, y.At(withinNode),
                            $"'within: {y.String(withinNode, "'within'")}' is an absolute tolerance of {within} in the metric's unit; for a relative tolerance write it with '%' (within: {(within.Amount * 100m).ToString("0.####", CultureInfo.InvariantCulture)}%)");
                }
                return name is null || expect is null || equals is null
                    ? null
                    : new Reconciliation(name, expect, equals, tolerance, y.At(item)) { ExpressionLocation = ExpressionStart(y.Get(r, "equals")!) };
            });

        /// <summary>
        /// Reads a list of mappings: each item must be a mapping with only <paramref name="keys"/>; an item
        /// <paramref name="read"/> cannot complete (it reported why) is left out.
        /// </summary>
        private List<T> ReadEach<T>(YamlSequenceNode? seq, string ctx, string[] keys, Func<YamlMappingNode, YamlNode, string, T?> read)
            where T : class
        {
            var list = new List<T>();
            foreach (var item in seq?.Children ?? [])
            {
                if (y.Map(item, ctx) is not { } map) continue;
                y.RejectUnknownKeys(map, ctx, keys);
                if (read(map, item, ctx) is { } value) list.Add(value);
            }
            return list;
        }

        // A quoted scalar's text starts one column after its opening quote.
        private SourceLocation ExpressionStart(YamlNode node)
        {
            var at = y.At(node);
            return node is YamlScalarNode { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } ? at with { Column = at.Column + 1 } : at;
        }

        private List<Acknowledgement> ReadAcknowledgements(YamlSequenceNode? seq, IReadOnlyList<Metric> metrics) =>
            ReadEach(seq, "an acknowledgement", DataFile.Acknowledgement.Keys, (a, item, ctx) =>
            {
                var code = y.RequiredString(a, "code", ctx);
                if (code is not null && !System.Text.RegularExpressions.Regex.IsMatch(code, @"^RG\d{3}$"))
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(a, "code")!), $"'code' of {ctx} must be a finding's code such as RG400, not '{code}'");
                else if (code is not null && Array.IndexOf(Checks.Acknowledgements.Codes, code) < 0)
                    y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(y.Get(a, "code")!),
                        $"{code} findings do not name one figure, so they cannot be acknowledged (those that can: {string.Join(", ", Checks.Acknowledgements.Codes.Order(StringComparer.Ordinal))})");
                var metric = y.RequiredString(a, "metric", ctx);
                if (metric is not null && metrics.All(m => m.Key != metric)) UnknownMetric(y.Get(a, "metric")!, metric, metrics, ctx);
                var periodNode = y.Get(a, "period");
                if (periodNode is null) y.Missing(a, "period", ctx);
                var period = ParsePeriod(periodNode, "in an acknowledgement");
                var valueNode = y.Get(a, "value");
                if (valueNode is null) y.Missing(a, "value", ctx);
                var value = y.Decimal(valueNode, $"'value' of {ctx}");
                var reason = y.RequiredString(a, "reason", ctx);
                return code is null || metric is null || period is null || value is null || reason is null
                    ? null
                    : new Acknowledgement(code, metric, _calendar.Normalize(period.Value), value.Value, reason, y.At(item));
            });

        /// <summary><c>values.xlsx</c>: the long shape of values.csv in a workbook, for teams that keep figures in Excel.</summary>
        private void ReadWorkbookValues(IReadOnlyList<Metric> metrics, Dictionary<(string, PeriodKey), DataPoint> values)
        {
            var path = Path.Combine(folder, WorkbookValuesFileName);
            if (!File.Exists(path)) return;
            foreach (var row in ReleaseGen.Series.LongShapeFiles.Read(path, y.Diagnostics))
            {
                var ok = true;
                if (!metrics.Any(m => m.Key == row.Metric))
                {
                    var suggestion = YamlReader.Suggest(row.Metric, metrics.Select(m => m.Key));
                    y.Diagnostics.Error(DiagnosticCodes.UnknownMetric, row.MetricAt, $"unknown metric '{row.Metric}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
                    ok = false;
                }
                if (!_calendar.TryParseKey(row.Period, out var period))
                {
                    y.Diagnostics.Error(DiagnosticCodes.UnknownPeriod, row.PeriodAt, $"'{row.Period}' is not a period key ({PeriodKey.Forms})");
                    ok = false;
                }
                if (!decimal.TryParse(row.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    y.Diagnostics.Error(DiagnosticCodes.WrongType, row.ValueAt, $"the value '{row.Value}' is not a number");
                    ok = false;
                }
                if (!ok) continue;
                if (values.TryGetValue((row.Metric, period), out var existing) && existing.Value != value)
                {
                    y.Diagnostics.Error(DiagnosticCodes.ConflictingValue, row.ValueAt, $"{row.Metric} for {period} is {value} here but {existing.Value} at {existing.Location}");
                    continue;
                }
                values[(row.Metric, period)] = new DataPoint(value, row.ValueAt);
            }
        }

        private List<Restatement> ReadRestatements(YamlSequenceNode? seq, IReadOnlyList<Metric> metrics) =>
            ReadEach(seq, "a restatement", DataFile.Restatement.Keys, (r, item, ctx) =>
            {
                var metric = y.RequiredString(r, "metric", ctx);
                if (metric is not null && !IsMetric(metric)) UnknownMetric(y.Get(r, "metric")!, metric, metrics, ctx);
                var periodNode = y.Get(r, "period");
                if (periodNode is null) y.Missing(r, "period", ctx);
                var period = ParsePeriod(periodNode, "in a restatement");
                var reason = y.RequiredString(r, "reason", ctx);
                return metric is null || period is null || reason is null ? null : new Restatement(metric, _calendar.Normalize(period.Value), reason, y.At(item));
            });

        private Events ReadEvents(YamlMappingNode? map)
        {
            if (map is null) return new Events(null, null);
            y.RejectUnknownKeys(map, "events", DataFile.Events.Keys);
            ResultsEvent? results = null;
            if (y.Map(y.Get(map, "results"), "'results' in events") is { } r)
            {
                y.RejectUnknownKeys(r, "results", DataFile.Results.Keys);
                if (y.Get(r, "date") is null) y.Missing(r, "date", "results");
                var date = y.Date(y.Get(r, "date"), "'date' of results");
                if (date is not null) results = new ResultsEvent(date.Value, y.OptionalString(r, "timing", "results"));
            }
            ConferenceCall? call = null;
            if (y.Map(y.Get(map, "call"), "'call' in events") is { } c)
            {
                const string ctx = "call";
                y.RejectUnknownKeys(c, ctx, DataFile.Call.Keys);
                if (y.Get(c, "at") is null) y.Missing(c, "at", ctx);
                var at = y.LocalDateTime(y.Get(c, "at"), "'at' of call");
                var zone = ReadZone(c, "zone", required: true);
                var also = new List<string>();
                foreach (var (node, index) in (y.Sequence(y.Get(c, "also"), "'also' of call")?.Children ?? []).Select((n, i) => (n, i)))
                    if (ReadZoneNode(node, $"item {index + 1} of 'also'") is { } z) also.Add(z);
                var dialIn = ReadDialIn(y.Map(y.Get(c, "dial_in"), "'dial_in' of call"), "dial_in");
                Replay? replay = null;
                if (y.Map(y.Get(c, "replay"), "'replay' of call") is { } rp)
                {
                    y.RejectUnknownKeys(rp, "replay", DataFile.Replay.Keys);
                    if (y.Get(rp, "until") is null) y.Missing(rp, "until", "replay");
                    var until = y.Date(y.Get(rp, "until"), "'until' of replay");
                    if (until is not null)
                        replay = new Replay(until.Value, ReadDialIn(y.Map(y.Get(rp, "dial_in"), "'dial_in' of replay"), "replay dial_in"),
                            y.OptionalString(rp, "account", "replay"), y.OptionalString(rp, "conference_id", "replay"));
                }
                if (at is not null && zone is not null)
                    call = new ConferenceCall(at.Value, zone, also, dialIn, y.OptionalString(c, "webcast", ctx), replay);
            }
            return new Events(results, call);
        }

        private Dictionary<string, string> ReadDialIn(YamlMappingNode? map, string ctx)
        {
            var numbers = new Dictionary<string, string>();
            if (map is null) return numbers;
            y.RejectUnknownKeys(map, ctx, DataFile.DialIn.Keys);
            foreach (var kind in DialInKinds)
                if (y.OptionalString(map, kind, ctx) is { } number) numbers[kind] = number;
            return numbers;
        }

        private string? ReadZone(YamlMappingNode map, string key, bool required)
        {
            var node = y.Get(map, key);
            if (node is null)
            {
                if (required) y.Missing(map, key, "call");
                return null;
            }
            return ReadZoneNode(node, $"'{key}'");
        }

        private string? ReadZoneNode(YamlNode node, string what)
        {
            var id = y.String(node, what);
            if (id is null) return null;
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null) return id;
            y.Diagnostics.Error(DiagnosticCodes.InvalidValue, y.At(node), $"{what} '{id}' is not an IANA time zone (for example America/New_York)");
            return null;
        }

        private QualifiedPerson? ReadQualifiedPerson(YamlMappingNode? map)
        {
            if (map is null) return null;
            const string ctx = "qualified_person";
            y.RejectUnknownKeys(map, ctx, DataFile.QualifiedPerson.Keys);
            var name = y.RequiredString(map, "name", ctx);
            var title = y.RequiredString(map, "title", ctx);
            var relationship = y.OptionalString(map, "relationship", ctx) ?? "";
            var designations = y.StringList(y.Get(map, "designations"), "'designations'");
            return name is null || title is null ? null : new QualifiedPerson(name, designations, title, relationship, y.At(map));
        }

        private List<ForwardLookingStatement> ReadForwardLooking(YamlSequenceNode? seq) =>
            ReadEach(seq, "a forward-looking statement", DataFile.ForwardLookingStatement.Keys, (f, item, ctx) =>
            {
                var about = y.RequiredString(f, "about", ctx);
                var assumptions = y.StringList(y.Get(f, "assumptions"), "'assumptions'");
                var risks = y.StringList(y.Get(f, "risks"), "'risks'");
                return about is null ? null : new ForwardLookingStatement(about, assumptions, risks, y.At(item));
            });

        private List<Contact> ReadContacts(YamlSequenceNode? seq) =>
            ReadEach(seq, "a contact", DataFile.Contact.Keys, (c, _, ctx) =>
                y.RequiredString(c, "name", ctx) is { } name
                    ? new Contact(name, y.OptionalString(c, "title", ctx), y.OptionalString(c, "phone", ctx), y.OptionalString(c, "email", ctx))
                    : null);
    }
}
