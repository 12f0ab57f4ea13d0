using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Templating;

namespace ReleaseGen.Checks;

/// <summary>Where <see cref="ReleaseChecker"/> finds templates and earlier releases.</summary>
/// <param name="TemplatesRoot">The templates folder (as <c>--templates</c>); null to search the usual places.</param>
/// <param name="HistoryFolder">Earlier releases' data (as <c>--history</c>); null to use the release folder's <c>history/</c> if any.</param>
/// <param name="Locale">The locale to render in (as <c>build --locale</c>); null for the data's <c>release.locale</c>.</param>
/// <param name="Limits">File, depth, output and time limits (default <see cref="Safety.Limits.Default"/>; see docs/security.md).</param>
public sealed record CheckOptions(string? TemplatesRoot = null, string? HistoryFolder = null, string? Locale = null, Safety.Limits? Limits = null);

/// <summary>The outcome of checking one release: the rendered output (when it could be rendered), the figure trace, and every finding.</summary>
public sealed record CheckResult(ReleaseOutput Output, FigureTrace Trace, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Findings about already-published figures that the data acknowledges: they do not count, and are listed.</summary>
    public IReadOnlyList<AcknowledgedFinding> Acknowledged { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>
/// The compliance reviewer's pass: loads a release, renders it with a figure trace, and runs every
/// rule that applies to it, returning all findings at once, sorted by file, line and column.
/// <c>releasegen check</c> prints them; <c>releasegen build</c> runs the same checks and writes
/// nothing when any of them is an error.
/// </summary>
public static class ReleaseChecker
{
    /// <summary>Every rule, in code order. Each has a code, a title and the reason it exists (see docs/rules.md).</summary>
    public static IReadOnlyList<CheckRule> Rules { get; } =
    [
        new TablePeriodsAvailableRule(),
        new PercentRangeRule(),
        new TechnicalPositiveRule(),
        new YearToDateNotBelowPartRule(),
        new AggregateReconcilesRule(),
        new DeclaredReconciliationRule(),
        new ReconciliationExpressionRule(),
        new SegmentTotalRule(),
        new LiteralNumberRule(),
        new ChangedFromHistoryRule(),
        new RestatementUnchangedRule(),
        new PublishedFigureChangedRule(),
        new TableNotPrintedRule(),
        new QualifiedPersonRequiredRule(),
        new QualifiedPersonCompleteRule(),
        new QualifiedPersonStatedRule(),
        new ForwardLookingAssumptionRule(),
        new ForwardLookingRiskRule(),
        new ForwardLookingIdentifiedRule(),
        new UpdatePolicyRule(),
        new NonGaapReconciliationRule(),
        new NonGaapProminenceRule(),
        new NonGaapCautionRule(),
        new NonGaapComparativeRule(),
        new EdgarExhibitRule(),
    ];

    public const string HistoryFolderName = "history";

    public static CheckResult Check(string folder, CheckOptions? options = null) => Check(folder, options ?? new CheckOptions(), Rules);

    /// <summary>
    /// Checks with a chosen set of rules: <see cref="Rules"/> plus an issuer's own, or one rule in
    /// isolation. Loader, template and history problems are reported whatever the rules.
    /// </summary>
    public static CheckResult Check(string folder, CheckOptions options, IReadOnlyList<CheckRule> rules)
    {
        // Load, derive and render exactly as build does, recording the figure trace on the way.
        var trace = new FigureTrace();
        var output = ReleasePipeline.Run(folder, options.TemplatesRoot, options.Locale, trace, options.Limits);
        if (output.Data is not { } data || output.Figures is not { } book)
            return new CheckResult(output, trace, output.Diagnostics);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(output.Diagnostics);
        var markdown = output.Diagnostics.Any(d => d.IsError) ? null : output.Markdown;
        var document = markdown is null ? null : output.Document;
        if (document is not null) TraceTables(data, document, trace);

        var history = LoadHistory(options.HistoryFolder ?? Path.Combine(folder, HistoryFolderName), options.HistoryFolder is not null, diagnostics, options.Limits ?? Safety.Limits.Default);
        var context = new CheckContext
        {
            Data = data,
            Figures = book,
            Markdown = markdown,
            Document = document,
            Trace = trace,
            Templates = document?.Templates ?? Templates(folder, data, options, output.Locale),
            History = history,
            Limits = options.Limits ?? Safety.Limits.Default,
        };
        foreach (var rule in rules.Where(r => r.AppliesTo(context)))
            diagnostics.AddRange(rule.Check(context));

        var (remaining, acknowledged) = Acknowledgements.Apply(context, diagnostics.ToSortedList());
        var sorted = new DiagnosticBag();
        sorted.AddRange(remaining);
        var findings = sorted.ToSortedList();
        var failed = findings.Any(d => d.IsError);
        return new CheckResult(output with { Markdown = failed ? null : markdown, Diagnostics = findings }, trace, findings) { Acknowledged = acknowledged };
    }

    /// <summary>The template set the release renders from (as the pipeline picks it), for the template rules.</summary>
    private static TemplateSet? Templates(string folder, ReleaseData data, CheckOptions options, string? locale)
    {
        if (TemplateSet.FindRoot(options.TemplatesRoot, folder) is not { } root) return null;
        var narrative = Path.Combine(folder, data.Release.Narrative);
        var stem = Path.Combine(Path.GetDirectoryName(narrative) ?? "", Path.GetFileNameWithoutExtension(narrative));
        return new TemplateSet(root, data.Release.Template, TemplateSet.Localize(stem, locale), locale, folder) { Limits = options.Limits ?? Safety.Limits.Default };
    }

    /// <summary>
    /// Table cells are printed from the table models, not by template expressions: trace each figure cell
    /// as the document prints it (in its language), at the row's data position. A table no template
    /// prints is not in the release (RG409), so its cells are not in the trace.
    /// </summary>
    private static void TraceTables(ReleaseData data, ReleaseDocument document, FigureTrace trace)
    {
        foreach (var table in data.Tables.Values)
        {
            if (!document.Markdown.Contains(Tables.GfmTableWriter.OpeningLine(table.Name), StringComparison.Ordinal)) continue;
            var model = document.Tables[table.Name];
            var rows = FigureBook.Flatten(table.Rows).ToList();
            var metricRows = model.Rows.Where(r => !r.IsGroup).ToList();
            for (var r = 0; r < metricRows.Count && r < rows.Count; r++)
            for (var c = 0; c < model.Columns.Count; c++)
            {
                var cell = metricRows[r].Cells[c];
                if (cell.Kind != Tables.CellKind.Figure || cell.Figure is not { } figure) continue;
                trace.Add(new TraceEntry(cell.Text, rows[r].Location, $"table '{table.Name}', column '{model.Columns[c].Reference}'", figure));
            }
        }
    }

    /// <summary>Reads earlier releases: every <c>*.yaml</c> file in the folder, and every subfolder's <c>release.yaml</c>.</summary>
    /// <remarks>Files are read inside the history folder only, links resolved; a link loop or a link outside is an error at that file.</remarks>
    private static List<HistoricalRelease> LoadHistory(string folder, bool explicitFolder, DiagnosticBag diagnostics, Safety.Limits limits)
    {
        var history = new List<HistoricalRelease>();
        if (!Directory.Exists(folder))
        {
            if (explicitFolder)
                diagnostics.Error(DiagnosticCodes.MissingFile, new SourceLocation(folder, 1, 1), $"history folder '{folder}' does not exist");
            return history;
        }
        var files = Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml"))
            .Select(f => (Folder: folder, File: f))
            .Concat(Directory.GetDirectories(folder)
                .Select(d => (Folder: d, File: Path.Combine(d, ReleaseLoader.DataFileName)))
                .Where(x => File.Exists(x.File) || new FileInfo(x.File).LinkTarget is not null))
            .OrderBy(x => x.File, StringComparer.Ordinal);
        foreach (var (releaseFolder, file) in files)
        {
            if (Safety.SourceFiles.TryReadText(file, folder, limits, diagnostics) is not { } yaml) continue;
            var result = ReleaseLoader.LoadText(releaseFolder, file, yaml, limits: limits);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Data is { } earlier) history.Add(new HistoricalRelease(file, earlier));
        }
        return history;
    }
}
