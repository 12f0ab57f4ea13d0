using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Tables;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>The canonical Markdown of a release, or the problems that stopped it.</summary>
public sealed record RenderResult(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Markdown is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Renders a release's template set with its data into canonical Markdown. Template syntax errors
/// and runtime errors (an unknown variable, a figure that does not exist) become diagnostics at the
/// template's path, line and column.
/// </summary>
public static class ReleaseRenderer
{
    public static RenderResult Render(ReleaseData data, FigureBook book, TemplateSet templates) =>
        Render(data, book, templates, LanguageSettings.ForLocale(data.Release.Locale) ?? LanguageSettings.Default);

    /// <summary>Renders in <paramref name="language"/>: its words and formats, the locale's labels and template files.</summary>
    /// <param name="trace">When given, records every figure the templates print (see <see cref="FigureTrace"/>).</param>
    public static RenderResult Render(ReleaseData data, FigureBook book, TemplateSet templates, LanguageSettings language, FigureTrace? trace = null,
        IReadOnlyDictionary<string, TableModel>? tables = null)
    {
        tables ??= TableModelBuilder.BuildAll(book, language, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(templates.SkeletonPath))
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, new SourceLocation(data.DataPath, data.Release.PeriodLocation.Line, 1),
                $"template set '{templates.Name}' has no {TemplateSet.SkeletonName}.md (looked in {templates.Folder})");
            return new RenderResult(null, diagnostics.ToSortedList());
        }
        if (!File.Exists(templates.NarrativePath))
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, new SourceLocation(data.DataPath, 1, 1),
                $"the narrative file {templates.NarrativePath} does not exist");
            return new RenderResult(null, diagnostics.ToSortedList());
        }

        // Parse every template up front so all syntax errors are reported together.
        var parsed = new Dictionary<string, Template>();
        foreach (var path in AllTemplatePaths(templates))
        {
            if (templates.TryReadText(path, diagnostics) is not { } text) continue;
            var template = Parse(path, text, cache: path != templates.NarrativePath);
            foreach (var message in template.Messages)
                diagnostics.Add(ToDiagnostic(message.Span, message.Message,
                    message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, DiagnosticCodes.TemplateSyntax));
            parsed[path] = template;
        }
        if (diagnostics.HasErrors) return new RenderResult(null, diagnostics.ToSortedList());

        if (trace is not null) trace.Templates = templates;
        // The release's listing style is a format of this rendering, as the locale's words are.
        var rendering = data.Release.ListingStyle == "combined" ? language with { CombineListings = true } : language;
        var context = new ReleaseTemplateContext(templates) { LanguageSettings = rendering, Trace = trace, Book = book };
        foreach (var (path, template) in parsed) context.CachedTemplates[path] = template;
        context.PushGlobal(BuildGlobals(data, book, language, tables));
        var limits = templates.Limits;
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(limits.RenderSeconds));
        context.CancellationToken = budget.Token;
        // Built-ins that read the thread's culture (string.capitalize, upcase) must not depend on the machine.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            context.StartMemoryBudget();
            var markdown = parsed[templates.SkeletonPath].Render(context);
            foreach (var error in context.RuntimeErrors)
                diagnostics.Add(ToRuntimeDiagnostic(error, limits));
            if (!diagnostics.HasErrors && markdown.Length > limits.OutputSize)
                diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(templates.SkeletonPath, 1, 1),
                    $"the rendered release is longer than {limits.Describe("output-size")}");
            return diagnostics.HasErrors
                ? new RenderResult(null, diagnostics.ToSortedList())
                : new RenderResult(Tidy(markdown), diagnostics.ToSortedList());
        }
        catch (ScriptRuntimeException ex)
        {
            // An included template's error was recorded where it happened; the memory budget, once spent,
            // also stops its caller, which is not a second problem.
            foreach (var error in context.RuntimeErrors) diagnostics.Add(ToRuntimeDiagnostic(error, limits));
            if (ex is not MemoryBudgetException || !context.RuntimeErrors.Any(e => e is MemoryBudgetException))
                diagnostics.Add(ToRuntimeDiagnostic(ex, limits));
            return new RenderResult(null, diagnostics.ToSortedList());
        }
        catch (Exception ex) when (ex is OperationCanceledException or RegexMatchTimeoutException)
        {
            diagnostics.Add(ToRuntimeDiagnostic(new ScriptRuntimeException(new SourceSpan(templates.SkeletonPath, default, default), ex.Message), limits));
            return new RenderResult(null, diagnostics.ToSortedList());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>A runtime error at its template position; Scriban's own limits are reported as the named limit they stand for.</summary>
    private static Diagnostic ToRuntimeDiagnostic(ScriptRuntimeException error, Safety.Limits limits)
    {
        var message = error.OriginalMessage;
        var (code, text) = message switch
        {
            _ when error is OutputLimitException || message.Contains("LimitToString", StringComparison.Ordinal) || message.Contains("OutputLimit", StringComparison.Ordinal)
                => (DiagnosticCodes.LimitExceeded, $"the template makes text longer than {limits.Describe("output-size")}"),
            _ when error is MemoryBudgetException
                => (DiagnosticCodes.LimitExceeded, $"rendering allocated more memory than {limits.Describe("render-mb")}"),
            _ when message.Contains("Regex engine has timed out", StringComparison.Ordinal)
                => (DiagnosticCodes.LimitExceeded, $"a regular expression ran longer than {limits.Describe("regex-ms")}"),
            _ when error is ScriptAbortException || message.Contains("cancel", StringComparison.OrdinalIgnoreCase)
                => (DiagnosticCodes.LimitExceeded, $"rendering took longer than {limits.Describe("render-seconds")}"),
            _ => (DiagnosticCodes.TemplateRuntime, message),
        };
        return ToDiagnostic(error.Span, text, Severity.Error, code);
    }

    // Parsed templates are immutable and reusable across renders: a batch build or a long-lived host
    // parses each template text once. Keyed by path and text, so an edited file is parsed again.
    // Only a template set's own files are cached: a batch of thousands of releases shares a few dozen
    // of them, while each narrative is parsed once and would otherwise be kept for the life of the process.
    // Bounded as well, so a host that edits templates all day does not grow without end.
    private static readonly BoundedCache<(string Path, string Text), Template> ParsedTemplates = new(512);

    private static Template Parse(string path, string text, bool cache) =>
        cache ? ParsedTemplates.GetOrAdd((path, text), static key => Template.Parse(key.Text, key.Path)) : Template.Parse(text, path);

    /// <summary>Whether a parsed template of <paramref name="path"/> is kept (for tests of what the cache holds).</summary>
    internal static bool IsCached(string path) => ParsedTemplates.Keys.Any(k => k.Path == path);

    private static IEnumerable<string> AllTemplatePaths(TemplateSet templates)
    {
        yield return templates.SkeletonPath;
        foreach (var name in templates.PartialNames()) yield return templates.PathOf(name);
        yield return templates.NarrativePath;
    }

    private static Diagnostic ToDiagnostic(SourceSpan span, string message, Severity severity, string code) =>
        new(severity, code, message.TrimEnd('.'), new SourceLocation(span.FileName ?? "", Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1)));

    /// <summary>
    /// One blank line between blocks, one final newline, so templates need not be careful with white space: LF
    /// line ends, no white space at a line's end, no blank line first or twice in a row, one LF at the end.
    /// </summary>
    internal static string Tidy(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n");
        var output = new StringBuilder(text.Length + 1);
        var previousBlank = true; // the start counts as after a blank line: no blank line first
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).TrimEnd();
            start = end + 1;
            if (line.Length == 0 && previousBlank) continue;
            if (output.Length > 0) output.Append('\n');
            output.Append(line);
            previousBlank = line.Length == 0;
        }
        while (output.Length > 0 && output[^1] == '\n') output.Length--;
        return output.Append('\n').ToString();
    }

    /// <summary>The variables a template sees; the README documents each.</summary>
    public static ScriptObject BuildGlobals(ReleaseData data, FigureBook book) =>
        BuildGlobals(data, book, LanguageSettings.ForLocale(data.Release.Locale) ?? LanguageSettings.Default);

    // Scriban reads a .NET object's public properties and fields by reflection (templates say issuer.name,
    // events.call.zone): the data types handed to templates keep those members in a trimmed (native) build.
    private const DynamicallyAccessedMemberTypes TemplateMembers = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields;

    /// <summary>The variables a template sees, with labels and tables in <paramref name="language"/>.</summary>
    [DynamicDependency(TemplateMembers, typeof(Issuer))]
    [DynamicDependency(TemplateMembers, typeof(Listing))]
    [DynamicDependency(TemplateMembers, typeof(Place))]
    [DynamicDependency(TemplateMembers, typeof(ReleaseInfo))]
    [DynamicDependency(TemplateMembers, typeof(Events))]
    [DynamicDependency(TemplateMembers, typeof(ResultsEvent))]
    [DynamicDependency(TemplateMembers, typeof(ConferenceCall))]
    [DynamicDependency(TemplateMembers, typeof(Replay))]
    [DynamicDependency(TemplateMembers, typeof(QualifiedPerson))]
    [DynamicDependency(TemplateMembers, typeof(ForwardLookingStatement))]
    [DynamicDependency(TemplateMembers, typeof(Contact))]
    [DynamicDependency(TemplateMembers, typeof(Metric))]
    [DynamicDependency(TemplateMembers, typeof(Aggregation))]
    [DynamicDependency(TemplateMembers, typeof(Figure))]
    [DynamicDependency(TemplateMembers, typeof(Period))]
    [DynamicDependency(TemplateMembers, typeof(PeriodKey))]
    [DynamicDependency(TemplateMembers, typeof(FiscalCalendar))]
    public static ScriptObject BuildGlobals(ReleaseData data, FigureBook book, LanguageSettings language,
        IReadOnlyDictionary<string, TableModel>? tableModels = null)
    {
        tableModels ??= TableModelBuilder.BuildAll(book, language, new DiagnosticBag());
        var globals = new ScriptObject();
        RegisterFunctions(globals);
        globals.SetValue("include", new MarkdownIncludeFunction(), true);

        var reporting = data.PeriodOf(data.Release.PeriodKey);
        var periods = new ScriptObject();
        foreach (var name in RelativePeriods.Names)
            periods.SetValue(name, data.PeriodOf(RelativePeriods.Resolve(name, data.Release.PeriodKey, data.Calendar)!.Value), true);
        globals.SetValue("periods", periods, true);

        var release = new ScriptObject();
        release.SetValue("date", data.Release.Date, true);
        release.SetValue("wire", data.Release.Wire, true);
        release.SetValue("period", reporting, true);
        release.SetValue("locale", language.Locale, true);
        release.SetValue("data_locale", data.Release.Locale, true);
        release.SetValue("subject", data.Release.Subject, true);
        release.SetValue("headline_verb", data.Release.HeadlineVerb, true);
        release.SetValue("period_names", data.Release.PeriodNames, true);
        release.SetValue("listing_style", data.Release.ListingStyle, true);
        release.SetValue("preliminary", data.Release.Preliminary, true);
        // The wire's dateline shape: business-wire, pr-newswire, globenewswire, newsfile, accesswire, or null (generic).
        var wire = WireServices.Find(data.Release.Wire);
        release.SetValue("wire_service", wire?.Key, true);
        release.SetValue("wire_name", wire?.Name ?? data.Release.Wire, true);
        globals.SetValue("release", release, true);

        globals.SetValue("issuer", data.Issuer, true);
        globals.SetValue("calendar", data.Calendar, true);
        globals.SetValue("facts", ToScript(data.Facts), true);
        globals.SetValue("events", data.Events, true);
        globals.SetValue("qualified_person", data.QualifiedPerson, true);
        globals.SetValue("forward_looking", data.ForwardLooking, true);
        globals.SetValue("contacts", data.Contacts, true);
        globals.SetValue("regimes", data.Issuer.DisclosureRegimes, true);

        var figures = new ScriptObject();
        var metrics = new ScriptObject();
        var labels = new ScriptObject();
        foreach (var metric in data.Metrics)
        {
            figures.SetValue(metric.Key, new MetricFigures(metric, book), true);
            metrics.SetValue(metric.Key, metric, true);
            labels.SetValue(metric.Key, metric.LabelIn(language.Locale), true);
        }
        globals.SetValue("figures", figures, true);
        globals.SetValue("metrics", metrics, true);
        globals.SetValue("labels", labels, true);

        // Non-GAAP measures in catalogue order, each with its label and comparable GAAP measure's label, for the disclosure partial.
        var nonGaap = new ScriptArray();
        foreach (var metric in data.Metrics.Where(m => m.NonGaap))
        {
            var item = new ScriptObject();
            item.SetValue("key", metric.Key, true);
            item.SetValue("label", metric.LabelIn(language.Locale), true);
            item.SetValue("comparable", metric.Comparable is { } c && data.FindMetric(c) is { } cm ? cm.LabelIn(language.Locale) : null, true);
            nonGaap.Add(item);
        }
        globals.SetValue("non_gaap", nonGaap, true);

        // Declared restatements, for a note: { metric, label, period, reason }.
        var restatements = new ScriptArray();
        foreach (var restatement in data.Restatements)
        {
            if (data.FindMetric(restatement.Metric) is not { } metric) continue;
            var item = new ScriptObject();
            item.SetValue("metric", metric.Key, true);
            item.SetValue("label", metric.LabelIn(language.Locale), true);
            item.SetValue("period", data.PeriodOf(restatement.Period), true);
            item.SetValue("reason", restatement.Reason, true);
            restatements.Add(item);
        }
        globals.SetValue("restatements", restatements, true);

        var tables = new ScriptObject();
        var titles = new ScriptObject();
        foreach (var table in data.Tables.Values)
        {
            tables.SetValue(table.Name, new TableValue(tableModels[table.Name]), true);
            titles.SetValue(table.Name, table.TitleIn(language.Locale), true);
        }
        globals.SetValue("tables", tables, true);
        globals.SetValue("table_titles", titles, true);

        // Tables that show a non-GAAP measure beside its comparable GAAP measure (its reconciliation): { name, title, table }.
        var reconciliations = new ScriptArray();
        foreach (var table in data.Tables.Values)
        {
            var keys = FigureBook.Flatten(table.Rows).Select(r => r.MetricKey).ToHashSet(StringComparer.Ordinal);
            if (!data.Metrics.Any(m => m.NonGaap && m.Comparable is { } c && keys.Contains(m.Key) && keys.Contains(c))) continue;
            var item = new ScriptObject();
            item.SetValue("name", table.Name, true);
            item.SetValue("title", table.TitleIn(language.Locale), true);
            item.SetValue("table", tables[table.Name], true);
            reconciliations.Add(item);
        }
        globals.SetValue("reconciliation_tables", reconciliations, true);
        return globals;
    }

    private static void RegisterFunctions(ScriptObject globals)
    {
        FunctionLibrary.Register(globals);
        // Top-level functions (link, is_safe, vocabulary, literal): each family's members copied in, read-only as
        // they were made; the families are made once (see FunctionLibrary.Register).
        foreach (var family in TopLevelFunctions.Value) globals.Import(family);
    }

    private static readonly Lazy<ScriptObject[]> TopLevelFunctions =
        new(() => [FunctionLibrary.Frozen(new LinkFunctions()), FunctionLibrary.Frozen(new VocabularyFunctions()), FunctionLibrary.Frozen(new LiteralFunctions())]);

    private static object? ToScript(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.Aggregate(new ScriptObject(), (so, kv) => { so.SetValue(kv.Key, ToScript(kv.Value), true); return so; }),
        List<object?> list => new ScriptArray(list.Select(ToScript)),
        _ => value,
    };
}

/// <summary>Dates in running text and table headers: "June 30, 2012".</summary>
public static class DateText
{
    public static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
