using System.Collections.Concurrent;
using System.Globalization;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Series;

/// <summary>
/// One figure as published: by a release of the series or in a ledger file. The period is kept as
/// calendar dates, so releases on different fiscal calendars compare the same months.
/// </summary>
/// <param name="WrittenAs">The period key as its source wrote it, on the source's fiscal calendar.</param>
/// <param name="Source">The release folder's name, or the ledger file's name.</param>
public sealed record LedgerEntry(string Metric, PeriodKey WrittenAs, DateOnly Start, DateOnly End, decimal Value, SourceLocation Location, string Source)
{
    /// <summary>When it was published: ledger files first, then releases by the end of the period they report, then by date.</summary>
    public (DateOnly PeriodEnd, DateOnly Date) PublishedAt { get; init; }

    /// <summary>Its release declared it restated (<c>restated:</c>).</summary>
    public bool DeclaredRestated { get; init; }

    /// <summary>The period on the reading release's calendar; null when the dates are no period of that calendar.</summary>
    public PeriodKey? Key { get; init; }

    /// <summary>Published before the reading release (so the reading release re-prints it, or restates it).</summary>
    public bool IsEarlier { get; init; }
}

/// <summary>
/// Every figure ever published in a series: the values of its releases and its ledger files. A release
/// reads the figures published before it (the latest publication of each wins) for the periods it does
/// not state itself, and the series rules compare its own figures with every other publication.
/// </summary>
internal static class SeriesLedger
{
    /// <summary>Every entry of the series except those of the release in <paramref name="exceptFolder"/>.</summary>
    public static List<LedgerEntry> Build(SeriesFolder series, string exceptFolder, DiagnosticBag diagnostics)
    {
        var entries = new List<LedgerEntry>();
        var calendar = SeriesCalendar(series);
        foreach (var file in series.LedgerFiles())
        {
            if (new FileInfo(file).LinkTarget is not null)
            {
                diagnostics.Error(DiagnosticCodes.MissingFile, new SourceLocation(file, 1, 1), "the ledger file is a link: a series reads only files inside its folder");
                continue;
            }
            entries.AddRange(ReadLedgerFile(file, calendar, diagnostics));
        }

        foreach (var folder in series.ReleaseFolders())
        {
            if (SeriesFolder.SameFolder(folder, exceptFolder)) continue;
            var loaded = ReadPublished(series, folder);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
            if (loaded.Data is not { } data)
            {
                // A draft still being filled in (releasegen next) is not published yet; anything else is worth a word.
                if (!loaded.Diagnostics.Any(d => d.Code == DiagnosticCodes.Incomplete))
                    diagnostics.Warning(DiagnosticCodes.MissingFile, new SourceLocation(Path.Combine(folder, ReleaseLoader.DataFileName), 1, 1),
                        $"release '{name}' of the series has errors, so its figures are left out of the ledger (run releasegen check on it)");
                continue;
            }
            var published = (data.PeriodOf(data.Release.PeriodKey).End, data.Release.Date);
            foreach (var ((metric, period), point) in data.Values)
            {
                var placed = data.PeriodOf(period);
                entries.Add(new LedgerEntry(metric, period, placed.Start, placed.End, point.Value, point.Location, name)
                {
                    PublishedAt = published,
                    DeclaredRestated = data.IsDeclaredRestated(metric, period),
                });
            }
        }
        return entries;
    }

    /// <summary>
    /// Each release's data as published, read once while its files are unchanged: building a series of n
    /// releases reads each release n times over otherwise (every release reads every other one). Keyed by the
    /// folder and the content of every file the reading depends on, so an edited file is read again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (string Stamp, LoadResult Loaded)> Published = new(StringComparer.Ordinal);

    /// <summary>How many times each release folder was read from its files (not from <see cref="Published"/>), for tests.</summary>
    internal static readonly ConcurrentDictionary<string, int> Reads = new(StringComparer.Ordinal);

    /// <summary>More cached releases than this (a long-lived process over many series) start the cache afresh.</summary>
    private const int MaxCachedReleases = 4096;

    private static LoadResult ReadPublished(SeriesFolder series, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var stamp = string.Join("|",
            new[] { (series.DataPath, series.Root), (Path.Combine(folder, ReleaseLoader.DataFileName), folder), (Path.Combine(folder, ReleaseLoader.ValuesFileName), folder), (Path.Combine(folder, ReleaseLoader.WorkbookValuesFileName), folder) }
                .Select(f => Fingerprint(f.Item1, f.Item2))) + "|" + Path.GetFullPath(series.Root);
        if (Published.TryGetValue(full, out var cached) && cached.Stamp == stamp) return cached.Loaded;
        Reads.AddOrUpdate(full, 1, (_, n) => n + 1);
        var loaded = ReleaseLoader.Load(folder, null, series, withLedger: false);
        if (Published.Count >= MaxCachedReleases) Published.Clear();
        Published[full] = (stamp, loaded);
        return loaded;
    }

    /// <summary>A file's content hash (read inside its root, as the loader reads it), "-" when absent or refused.</summary>
    private static string Fingerprint(string path, string root)
    {
        if (!File.Exists(path)) return "-";
        try
        {
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Safety.SourceFiles.ReadBytes(path, root)));
        }
        catch (Exception ex) when (ex is Safety.SourceFileException or IOException or UnauthorizedAccessException)
        {
            return "refused";
        }
    }

    /// <summary>
    /// Places the entries on the reading release's calendar, adds the figures published before it that it
    /// does not state itself to <paramref name="values"/> (the latest publication wins), and returns them all.
    /// </summary>
    public static List<LedgerEntry> Attach(List<LedgerEntry> entries, ReleaseInfo? release, FiscalCalendar calendar,
        IReadOnlyList<Metric> metrics, Dictionary<(string, PeriodKey), DataPoint> values, DiagnosticBag diagnostics)
    {
        var published = release is null ? (DateOnly.MaxValue, DateOnly.MaxValue) : (new Period(release.PeriodKey, calendar).End, release.Date);
        var known = metrics.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var placed = new List<LedgerEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (!known.Contains(entry.Metric))
            {
                // A release may have metrics of its own; a ledger file names the series' metrics.
                if (entry.PublishedAt == default)
                    diagnostics.Error(DiagnosticCodes.UnknownMetric, entry.Location,
                        $"unknown metric '{entry.Metric}'{(YamlReader.Suggest(entry.Metric, known) is { } s ? $"; did you mean '{s}'?" : "")}");
                continue;
            }
            placed.Add(entry with { Key = PeriodOn(calendar, entry.Start, entry.End), IsEarlier = entry.PublishedAt.CompareTo(published) < 0 });
        }

        var latest = placed.Where(e => e.IsEarlier && e.Key is not null)
            .GroupBy(e => (e.Metric, e.Key!.Value))
            .Select(g => g.OrderBy(e => e.PublishedAt).Last());
        foreach (var entry in latest)
        {
            var key = (entry.Metric, entry.Key!.Value);
            if (!values.ContainsKey(key)) values[key] = new DataPoint(entry.Value, entry.Location) { PublishedIn = entry.Source };
        }
        return placed;
    }

    /// <summary>The period of <paramref name="calendar"/> that runs from <paramref name="start"/> to <paramref name="end"/>, if any.</summary>
    public static PeriodKey? PeriodOn(FiscalCalendar calendar, DateOnly start, DateOnly end) => calendar.KeyFor(start, end);

    /// <summary>The calendar of the series' issuer data (periods in ledger files are on it).</summary>
    private static FiscalCalendar SeriesCalendar(SeriesFolder series)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Safety.SourceFiles.ReadText(series.DataPath, Path.GetDirectoryName(Path.GetFullPath(series.DataPath))!)));
            if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("issuer"), out var issuer) && issuer is YamlMappingNode issuerMap
                && issuerMap.Children.TryGetValue(new YamlScalarNode("fiscal_year_end"), out var end) && end is YamlScalarNode { Value: { } text }
                && FiscalCalendar.TryParseYearEnd(text, out var calendar, out _))
            {
                if (issuerMap.Children.TryGetValue(new YamlScalarNode("fiscal_transition"), out var change) && change is YamlScalarNode { Value: { } key }
                    && PeriodKey.TryParse(key, out var transition) && transition.Kind == PeriodKind.Transition && transition.Months % 12 != 0)
                    calendar = calendar with { Transition = new FiscalTransition(transition.FiscalYear, transition.Months) };
                return calendar;
            }
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or Safety.SourceFileException)
        {
            // series.yaml's own errors (and a refused file) are reported where it is read for the release.
        }
        return FiscalCalendar.Calendar;
    }

    private static IEnumerable<LedgerEntry> ReadLedgerFile(string path, FiscalCalendar calendar, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        var seen = new Dictionary<(string, PeriodKey), LedgerEntry>();
        IEnumerable<(string Metric, SourceLocation MetricAt, PeriodKey Period, decimal Value, SourceLocation ValueAt)> rows =
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? ReadYaml(path, calendar, diagnostics) : ReadLongShape(path, calendar, diagnostics);
        foreach (var row in rows)
        {
            var period = calendar.Normalize(row.Period);
            if (calendar.Invalid(period) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.UnknownPeriod, row.ValueAt, why);
                continue;
            }
            var placed = new Period(period, calendar);
            var entry = new LedgerEntry(row.Metric, period, placed.Start, placed.End, row.Value, row.ValueAt, name);
            if (seen.TryGetValue((row.Metric, row.Period), out var before))
            {
                if (before.Value != row.Value)
                    diagnostics.Error(DiagnosticCodes.ConflictingValue, row.ValueAt, $"{row.Metric} for {row.Period} is {row.Value} here but {before.Value} at {before.Location}");
                continue;
            }
            seen[(row.Metric, row.Period)] = entry;
            yield return entry;
        }
    }

    private static IEnumerable<(string, SourceLocation, PeriodKey, decimal, SourceLocation)> ReadLongShape(string path, FiscalCalendar calendar, DiagnosticBag diagnostics)
    {
        foreach (var row in LongShapeFiles.Read(path, diagnostics))
        {
            var ok = true;
            if (!calendar.TryParseKey(row.Period, out var period))
            {
                diagnostics.Error(DiagnosticCodes.UnknownPeriod, row.PeriodAt, $"'{row.Period}' is not a period key ({PeriodKey.Forms})");
                ok = false;
            }
            if (!decimal.TryParse(row.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, row.ValueAt, $"the value '{row.Value}' is not a number");
                ok = false;
            }
            if (ok) yield return (row.Metric, row.MetricAt, period, value, row.ValueAt);
        }
    }

    /// <summary><c>ledger.yaml</c>: the shape of a release's <c>values:</c>, period to metric to value.</summary>
    private static IEnumerable<(string, SourceLocation, PeriodKey, decimal, SourceLocation)> ReadYaml(string path, FiscalCalendar calendar, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(path, diagnostics);
        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            // Inside its own folder once links are resolved, within the size limit, clean text: or a diagnostic.
            if (Safety.SourceFiles.TryReadText(path, Path.GetDirectoryName(Path.GetFullPath(path))!, null, diagnostics) is not { } text) return [];
            stream.Load(new StringReader(text));
            root = reader.Map(stream.Documents.FirstOrDefault()?.RootNode, "the ledger");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, reader.At(ex.Start), ex.Message);
        }
        var rows = new List<(string, SourceLocation, PeriodKey, decimal, SourceLocation)>();
        foreach (var (periodNode, row) in root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var periodText = reader.String(periodNode, "a period of the ledger");
            if (!calendar.TryParseKey(periodText, out var period))
            {
                diagnostics.Error(DiagnosticCodes.UnknownPeriod, reader.At(periodNode), $"'{periodText}' in the ledger is not a period key ({PeriodKey.Forms})");
                continue;
            }
            if (reader.Map(row, $"the values of {periodText}") is not { } map) continue;
            foreach (var (metricNode, valueNode) in map.Children)
            {
                var metric = ((YamlScalarNode)metricNode).Value ?? "";
                if (reader.Decimal(valueNode, $"the value of '{metric}' for {periodText}") is { } value)
                    rows.Add((metric, reader.At(metricNode), period, value, reader.At(valueNode)));
            }
        }
        return rows;
    }
}
