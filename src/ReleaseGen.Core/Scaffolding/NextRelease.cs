using System.Text;
using System.Text.RegularExpressions;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Periods;

namespace ReleaseGen.Scaffolding;

/// <summary>The next quarter's release folder: where it goes, its files, or why it cannot be made.</summary>
public sealed record NextReleaseResult(string? Folder, PeriodKey? Period, IReadOnlyList<ScaffoldFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The IR team's first step each quarter: from the last release, the next one. The reporting period
/// advances by a quarter (Q4 rolls over into the first quarter of the next fiscal year); the narrative,
/// translations and every section of the data are carried over as written; the figures of the new
/// quarter and of its year to date are <c>TODO</c>, as are the release date and the dates and times of
/// events, which must be confirmed. Prior periods come from the series' ledger (in a series) or stay
/// in the data (a release folder on its own). <c>releasegen check</c> then lists exactly what is left.
/// </summary>
public static partial class NextRelease
{
    public static NextReleaseResult Create(string folder, string? target = null)
    {
        try
        {
            return CreateInside(folder, target);
        }
        catch (Safety.SourceFileException ex)
        {
            return new NextReleaseResult(null, null, [], [new Diagnostic(Severity.Error, ex.Code, ex.Message, new SourceLocation(Path.Combine(folder, ReleaseLoader.DataFileName), ex.Line, ex.Column))]);
        }
    }

    private static NextReleaseResult CreateInside(string folder, string? target)
    {
        var loaded = ReleaseLoader.Load(folder);
        if (loaded.Data is not { } data) return new NextReleaseResult(null, null, [], loaded.Diagnostics);

        // By dates on the calendar in force: after a change of year end, into and out of the transition period.
        var next = data.Calendar.AddQuarters(data.Release.PeriodKey, 1);
        target ??= Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) ?? ".", NextName(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), data.Release.PeriodKey, next));
        var inSeries = data.Series is not null;
        // The release's own files only, links resolved inside its folder (see docs/security.md).
        var text = Safety.SourceFiles.ReadText(data.DataPath, folder);
        var files = new List<ScaffoldFile> { new(ReleaseLoader.DataFileName, NextData(text, data, next, inSeries)) };

        // The narrative (in every locale) and translation files are carried over as they are; a release
        // folder on its own keeps its values.csv, which holds its prior periods.
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var narrativeStem = Path.GetFileNameWithoutExtension(data.Release.Narrative);
            var carried = (name.StartsWith(narrativeStem + ".", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
                          || (name.StartsWith("release.", StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal) && name != ReleaseLoader.DataFileName)
                          || (!inSeries && (name == ReleaseLoader.ValuesFileName));
            if (carried) files.Add(new ScaffoldFile(name, Safety.SourceFiles.ReadText(file, folder)));
        }
        return new NextReleaseResult(target, next, files, []);
    }

    /// <summary>"2024-q3" becomes "2024-q4", "acme-2024-q4" becomes "acme-2025-q1"; another name gets the period appended.</summary>
    public static string NextName(string name, PeriodKey current, PeriodKey next)
    {
        var match = FolderPeriod().Match(name);
        if (match.Success && string.Equals(match.Value, Token(current, match.Groups["sep"].Value), StringComparison.OrdinalIgnoreCase))
        {
            var q = match.Groups["sep"].Value is "t" or "q" ? "q" : "Q";
            return name[..match.Index] + Token(next, q) + name[(match.Index + match.Length)..];
        }
        return $"{name}-{Token(next, "q")}";
    }

    /// <summary>"2024-q3"; a transition period is "2012-t3" (its months).</summary>
    private static string Token(PeriodKey key, string quarterLetter) => key.Kind == PeriodKind.Transition
        ? $"{key.FiscalYear}-{(quarterLetter is "Q" or "T" ? "T" : "t")}{key.Months}"
        : $"{key.FiscalYear}-{quarterLetter.ToLowerInvariant() switch { "t" => "q", _ => quarterLetter }}{key.Quarter}";

    [GeneratedRegex(@"(?<year>\d{4})-(?<sep>[qQtT])(?<q>[1-9]|1[0-9]|2[0-3])")]
    private static partial Regex FolderPeriod();

    /// <summary>The data file, section by section: only the release, the values, the restatements and the events change.</summary>
    private static string NextData(string text, ReleaseData data, PeriodKey next, bool inSeries)
    {
        var sections = Sections(text);
        var output = new StringBuilder();
        var wroteValues = false;
        foreach (var (key, body) in sections)
        {
            switch (key)
            {
                case "release":
                    output.Append(ReleaseSection(body, next));
                    break;
                case "values":
                    output.Append(ValuesSection(body, data, next, inSeries));
                    wroteValues = true;
                    break;
                case "restated":
                    // A restatement is this release's news; the next one declares its own.
                    output.Append(LeadingComments(body, keepComments: false));
                    break;
                case "events":
                    output.Append(ToConfirm().Replace(body, m => $"{m.Groups["key"].Value}: \"TODO: confirm (last quarter: {m.Groups["value"].Value})\""));
                    break;
                default:
                    output.Append(body);
                    break;
            }
        }
        if (!wroteValues) output.Append('\n').Append(ValuesSection("values:\n", data, next, inSeries));
        return ExtraBlankLines().Replace(output.ToString(), "\n\n");
    }

    /// <summary>Top-level sections with the comment lines before each: (key, text); the header before the first key has key "".</summary>
    private static List<(string Key, string Text)> Sections(string text)
    {
        var sections = new List<(string, string)>();
        var lines = text.Split('\n');
        var current = new StringBuilder();
        var key = "";
        var pendingComments = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == lines.Length - 1 && line.Length == 0) break;
            var match = TopLevelKey().Match(line);
            if (match.Success)
            {
                sections.Add((key, current.ToString()));
                current.Clear();
                current.Append(pendingComments);
                pendingComments.Clear();
                key = match.Groups["key"].Value;
                current.Append(line).Append('\n');
            }
            else if (line.StartsWith('#') || line.Length == 0)
            {
                // Comments and blank lines belong to the section that follows them.
                pendingComments.Append(line).Append('\n');
            }
            else
            {
                current.Append(pendingComments).Append(line).Append('\n');
                pendingComments.Clear();
            }
        }
        current.Append(pendingComments);
        sections.Add((key, current.ToString()));
        return sections;
    }

    private static string LeadingComments(string body, bool keepComments) =>
        keepComments ? body : string.Concat(body.Split('\n').TakeWhile(l => l.Length == 0).Select(_ => "\n"));

    private static string ReleaseSection(string body, PeriodKey next)
    {
        body = ReleaseDate().Replace(body, m => $"{m.Groups["indent"].Value}date: \"TODO: the release date, YYYY-MM-DD (last quarter: {m.Groups["value"].Value})\"");
        return ReleasePeriod().Replace(body, m => $"{m.Groups["indent"].Value}period: {next}");
    }

    /// <summary>
    /// The new quarter's figures and its year to date's, each TODO, naming the metrics the last release
    /// gave for its own quarter and year to date. In a series the old values are in the ledger already;
    /// a release on its own keeps them.
    /// </summary>
    private static string ValuesSection(string body, ReleaseData data, PeriodKey next, bool inSeries)
    {
        var current = data.Release.PeriodKey;
        var own = data.Values.Where(v => v.Value.IsOwn).Select(v => v.Key).ToList();
        var quarterMetrics = Ordered(data, own.Where(k => k.Period == current).Select(k => k.Metric));
        var sb = new StringBuilder();
        var lines = body.Split('\n');
        var headerAt = Array.FindIndex(lines, l => l.StartsWith("values:", StringComparison.Ordinal));
        sb.Append(string.Join('\n', lines.Take(headerAt + 1))).Append('\n');
        sb.Append($"  # {next}: the new quarter's figures, to fill in.\n");
        sb.Append($"  {next}:{Todo(quarterMetrics)}\n");
        if (next.Quarter > 1)
        {
            var ytd = data.Calendar.YearToDate(next.FiscalYear, next.Quarter);
            var currentYtd = data.Calendar.YearToDate(current.FiscalYear, current.Quarter);
            // What the last year to date stated, and what cannot be derived from quarters (no aggregation rule).
            var ytdMetrics = Ordered(data, own.Where(k => k.Period == currentYtd && currentYtd != current).Select(k => k.Metric)
                .Concat(quarterMetrics.Where(m => data.FindMetric(m)?.Aggregation.Kind == AggregationKind.None)));
            if (ytdMetrics.Count > 0) sb.Append($"  {ytd}:{Todo(ytdMetrics)}\n");
        }
        if (!inSeries)
        {
            // On its own, the release keeps every earlier figure: it has no ledger to read them from.
            sb.Append(string.Join('\n', lines.Skip(headerAt + 1))).Append(lines.Length > headerAt + 1 && lines[^1].Length > 0 ? "\n" : "");
        }
        else
        {
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static List<string> Ordered(ReleaseData data, IEnumerable<string> metrics)
    {
        var set = metrics.ToHashSet(StringComparer.Ordinal);
        return data.Metrics.Select(m => m.Key).Where(set.Contains).ToList();
    }

    /// <summary>A block mapping, one metric a line, so each figure is filled in on its own line.</summary>
    private static string Todo(IReadOnlyList<string> metrics) => metrics.Count == 0
        ? " {}"
        : string.Concat(metrics.Select(m => $"\n    {m}: TODO"));

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*):", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"^(?<indent>\s+)date:\s*(?<value>[^\s#]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseDate();

    [GeneratedRegex(@"^(?<indent>\s+)period:\s*(?<value>[^\s#]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReleasePeriod();

    /// <summary>The dates and times of events: results date, call time, replay end.</summary>
    [GeneratedRegex(@"\b(?<key>date|at|until):\s*(?<value>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)", RegexOptions.CultureInvariant)]
    private static partial Regex ToConfirm();
}
