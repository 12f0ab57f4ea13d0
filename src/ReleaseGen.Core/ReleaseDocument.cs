using Markdig.Syntax;
using ReleaseGen.Derivation;
using ReleaseGen.Markdown;
using ReleaseGen.Model;
using ReleaseGen.Tables;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen;

/// <summary>
/// What every output needs to know about the document besides its text: title, language, issuer,
/// period, date, keywords, footer, and the file stem outputs are named after. All from the data, so
/// two builds give the same bytes.
/// </summary>
/// <param name="Title">The headline (the first level-one heading).</param>
/// <param name="Language">The BCP 47 tag the document is written in: <c>en-CA</c>, <c>fr-CA</c>.</param>
/// <param name="Issuer">The issuer's name: the author of every format.</param>
/// <param name="PeriodTitle">The reporting period as a heading reads it: "Second Quarter 2012".</param>
/// <param name="Date">The release date: the creation date of the PDF and Word files, never the clock.</param>
/// <param name="FileStem">Output files are <c>FileStem.ext</c>: the release folder's name, plus <c>.fr-CA</c> outside the data's locale.</param>
public sealed record DocumentInfo(
    string Title,
    string Language,
    string Issuer,
    string Subject,
    string PeriodTitle,
    DateOnly Date,
    IReadOnlyList<string> Keywords,
    string FileStem)
{
    /// <summary>The page footer's left part: "Alexco Resource Corp. | Second Quarter 2012".</summary>
    public string FooterText => $"{Issuer} | {PeriodTitle}";

    /// <summary>"Alexco Resource Corp.: Silver Production, Second Quarter 2012": the subject line of PDF and Word properties.</summary>
    public string Description => $"{Issuer}: {Subject}, {PeriodTitle}";
}

/// <summary>
/// A built release: its data and figures, the language and template set it was rendered with, the
/// canonical Markdown, that Markdown parsed once (tables attached to their blocks as
/// <see cref="TableModel"/>s) and its <see cref="DocumentInfo"/>. The pipeline makes it; every output
/// format, <c>check</c>, <c>diff</c> and the benchmarks read it and never rebuild what it holds.
/// </summary>
public sealed class ReleaseDocument
{
    private ReleaseDocument(ReleaseData data, FigureBook figures, LanguageSettings language, TemplateSet templates, string markdown,
        MarkdownDocument syntax, IReadOnlyDictionary<string, TableModel> tables, DocumentInfo info)
    {
        Data = data;
        Figures = figures;
        Language = language;
        Templates = templates;
        Markdown = markdown;
        Syntax = syntax;
        Tables = tables;
        Info = info;
    }

    public ReleaseData Data { get; }

    public FigureBook Figures { get; }

    public LanguageSettings Language { get; }

    public TemplateSet Templates { get; }

    /// <summary>The canonical text: what the <c>.md</c> output is, byte for byte.</summary>
    public string Markdown { get; }

    /// <summary>The Markdig tree of <see cref="Markdown"/>, parsed once; renderers walk it and must not change it.</summary>
    public MarkdownDocument Syntax { get; }

    /// <summary>Every table of the data, resolved in <see cref="Language"/>, by name (printed or not).</summary>
    public IReadOnlyDictionary<string, TableModel> Tables { get; }

    public DocumentInfo Info { get; }

    /// <summary>True when the document is in the data's own locale (its files carry no locale suffix).</summary>
    public bool IsDataLocale => string.Equals(Language.Locale, Data.Release.Locale, StringComparison.OrdinalIgnoreCase);

    /// <summary>The document of <paramref name="markdown"/>, already parsed with its tables' models into <paramref name="syntax"/>.</summary>
    public static ReleaseDocument Create(ReleaseData data, FigureBook figures, LanguageSettings language, TemplateSet templates, string markdown,
        MarkdownDocument syntax, IReadOnlyDictionary<string, TableModel> tables, string name)
    {
        var isDataLocale = string.Equals(language.Locale, data.Release.Locale, StringComparison.OrdinalIgnoreCase);
        var period = language.PeriodTitle(data.PeriodOf(data.Release.PeriodKey));
        IReadOnlyList<string> keywords =
        [
            data.Issuer.ShortName, .. data.Issuer.Listings.Select(l => $"{l.Exchange}: {l.Symbol}"), period, data.Release.Subject,
        ];
        var info = new DocumentInfo(DocumentTitle.Of(syntax), language.Locale, data.Issuer.Name, data.Release.Subject, period, data.Release.Date,
            keywords, isDataLocale ? name : $"{name}.{language.Locale}");
        return new ReleaseDocument(data, figures, language, templates, markdown, syntax, tables, info);
    }
}
