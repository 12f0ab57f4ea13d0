using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Safety;
using ReleaseGen.Tables;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen;

/// <summary>A release taken through load, validate, derive and render: its canonical Markdown, or every problem found.</summary>
/// <param name="Locale">The locale the release was rendered in (null when it did not get that far).</param>
/// <param name="IsDataLocale">True when <paramref name="Locale"/> is the data's own locale (release.locale).</param>
public sealed record ReleaseOutput(string Folder, ReleaseData? Data, FigureBook? Figures, string? Markdown, IReadOnlyList<Diagnostic> Diagnostics,
    string? Locale = null, bool IsDataLocale = true)
{
    /// <summary>The built release every output format and check reads; null when rendering did not succeed.</summary>
    public ReleaseDocument? Document { get; init; }

    public bool Succeeded => Markdown is not null && Document is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The release's name for output files: its folder name.</summary>
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder)));

    /// <summary>The output file name without extension: <see cref="Name"/>, or "NAME.fr-CA" in a locale other than the data's.</summary>
    public string FileStem => IsDataLocale || Locale is null ? Name : $"{Name}.{Locale}";
}

/// <summary>
/// The library entry point: one release folder in, canonical Markdown out. Renderers for HTML and PDF
/// take the Markdown from here, so every format says the same words.
/// </summary>
public static class ReleasePipeline
{
    /// <summary>Builds the release in <paramref name="locale"/> (default: the data's release.locale).</summary>
    /// <param name="trace">When given, records every figure the templates print (the figure audit of <c>releasegen check</c>).</param>
    /// <param name="limits">File, depth, output and time limits (default <see cref="Limits.Default"/>; see docs/security.md).</param>
    public static ReleaseOutput Run(string folder, string? templatesRoot = null, string? locale = null, FigureTrace? trace = null, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var loaded = ReleaseLoader.Load(folder, locale, limits);
        if (loaded.Data is not { } data) return new ReleaseOutput(folder, null, null, null, loaded.Diagnostics);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        var book = new FigureBook(data);

        var language = LanguageSettings.ForLocale(locale ?? data.Release.Locale);
        if (language is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, new SourceLocation(data.DataPath, 1, 1),
                $"locale '{locale}' is not supported (supported: {string.Join(", ", LanguageSettings.Locales.Keys)})");
            return new ReleaseOutput(folder, data, book, null, diagnostics.ToSortedList());
        }
        var isDataLocale = string.Equals(language.Locale, data.Release.Locale, StringComparison.OrdinalIgnoreCase);
        if (!string.Equals(language.LanguageCode, data.Release.Locale.Split('-')[0], StringComparison.OrdinalIgnoreCase))
            WarnUntranslatedLabels(data, language.Locale, diagnostics);

        var root = TemplateSet.FindRoot(templatesRoot, folder);
        if (root is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, new SourceLocation(data.DataPath, 1, 1),
                templatesRoot is null ? "no templates folder found (pass --templates DIR)" : $"templates folder '{templatesRoot}' does not exist");
            return new ReleaseOutput(folder, data, book, null, diagnostics.ToSortedList(), language.Locale, isDataLocale);
        }
        if (diagnostics.HasErrors) return new ReleaseOutput(folder, data, book, null, diagnostics.ToSortedList(), language.Locale, isDataLocale);

        // The narrative in the locale: narrative.fr-CA.md (or narrative.fr.md) beside narrative.md.
        var narrative = Path.Combine(folder, data.Release.Narrative);
        var narrativeStem = Path.Combine(Path.GetDirectoryName(narrative) ?? "", Path.GetFileNameWithoutExtension(narrative));
        var templates = new TemplateSet(root, data.Release.Template, TemplateSet.Localize(narrativeStem, language.Locale), language.Locale, folder) { Limits = limits };
        var tables = TableModelBuilder.BuildAll(book, language, diagnostics);
        if (diagnostics.HasErrors) return new ReleaseOutput(folder, data, book, null, diagnostics.ToSortedList(), language.Locale, isDataLocale);
        var rendered = ReleaseRenderer.Render(data, book, templates, language, trace, tables);
        diagnostics.AddRange(rendered.Diagnostics);
        // Parsed here first, bounded: the document's Markdig tree and every renderer recurse over its nesting.
        var markdown = rendered.Markdown;
        var syntax = markdown is null ? null : MarkdownNesting.TryParse(markdown, tables, limits, new SourceLocation(templates.SkeletonPath, 1, 1), diagnostics);
        if (syntax is null) markdown = null;
        var output = new ReleaseOutput(folder, data, book, markdown, diagnostics.ToSortedList(), language.Locale, isDataLocale);
        return markdown is null || syntax is null || diagnostics.HasErrors
            ? output
            : output with { Document = ReleaseDocument.Create(data, book, language, templates, markdown, syntax, tables, output.Name) };
    }

    /// <summary>
    /// In another language than the data's, a table label or title without a translation would print in
    /// the data's language: a warning at the label, once per metric, group or title.
    /// </summary>
    private static void WarnUntranslatedLabels(ReleaseData data, string locale, DiagnosticBag diagnostics)
    {
        var warned = new HashSet<string>(StringComparer.Ordinal);
        void Walk(TableLayout table, IEnumerable<TableRow> rows)
        {
            foreach (var row in rows)
            {
                switch (row)
                {
                    case GroupRow group:
                        if (!Localized.Has(group.Labels, locale))
                            diagnostics.Warning(DiagnosticCodes.MissingTranslation, group.Location,
                                $"group '{group.Label}' of table '{table.Name}' has no {locale} label (add labels: {{ {locale}: ... }})");
                        Walk(table, group.Rows);
                        break;
                    case MetricRow metricRow when metricRow.Label is not null:
                        if (!Localized.Has(metricRow.Labels, locale))
                            diagnostics.Warning(DiagnosticCodes.MissingTranslation, metricRow.Location,
                                $"the row label '{metricRow.Label}' of table '{table.Name}' has no {locale} label (add labels: {{ {locale}: ... }})");
                        break;
                    case MetricRow metricRow:
                        if (data.FindMetric(metricRow.MetricKey) is { } metric && !Localized.Has(metric.Labels, locale) && !Localized.Has(metricRow.Labels, locale) && warned.Add(metric.Key))
                            diagnostics.Warning(DiagnosticCodes.MissingTranslation, metric.Location,
                                $"metric '{metric.Key}' has no {locale} label, so its row reads '{metric.Label}' (add labels: {{ {locale}: ... }})");
                        break;
                }
            }
        }
        foreach (var table in data.Tables.Values)
        {
            if (table.Title is not null && !Localized.Has(table.Titles, locale))
                diagnostics.Warning(DiagnosticCodes.MissingTranslation, table.Location,
                    $"table '{table.Name}' has no {locale} title (add titles: {{ {locale}: ... }})");
            Walk(table, table.Rows);
        }
    }
}
