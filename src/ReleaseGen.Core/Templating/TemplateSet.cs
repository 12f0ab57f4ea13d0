using ReleaseGen.Diagnostics;
using ReleaseGen.Safety;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReleaseGen.Templating;

/// <summary>
/// Where a release's templates come from: the skeleton and partials of a template set under
/// <c>templates/NAME/</c>, and the issuer's narrative beside the release data. Partials are included
/// by name (<c>{{ include "highlights" }}</c>); <c>narrative</c> names the issuer's narrative file.
/// </summary>
/// <remarks>
/// Languages: unsuffixed files (<c>release.md</c>, <c>partials/about.md</c>) are English. A file for
/// another locale sits beside them with the locale before the extension: <c>release.fr-CA.md</c>,
/// <c>partials/about.fr-CA.md</c> (or the language alone, <c>about.fr.md</c>). For a locale, the
/// locale's file is used, then the language's, then (for English locales only) the unsuffixed one, so
/// a French release never silently prints an English partial. Partial names contain no dot.
/// Trust boundary: templates are read only from under <paramref name="root"/>, the narrative only from
/// under <paramref name="narrativeRoot"/> (the release folder), links resolved (see <see cref="SourceFiles"/>).
/// </remarks>
public sealed class TemplateSet(string root, string name, string narrativePath, string? locale = null, string? narrativeRoot = null) : ITemplateLoader
{
    public const string SkeletonName = "release";
    public const string NarrativeName = "narrative";

    /// <summary>The folder of this template set (<c>templates/production-release</c>).</summary>
    public string Folder { get; } = Path.Combine(root, name);

    public string Name { get; } = name;

    /// <summary>The templates folder every template of the set must lie under.</summary>
    public string Root { get; } = root;

    /// <summary>The folder the narrative must lie under: the release folder (default: the narrative's own folder).</summary>
    public string NarrativeRoot { get; } = narrativeRoot ?? Path.GetDirectoryName(Path.GetFullPath(narrativePath)) ?? ".";

    /// <summary>File size, output size and time limits for reading and rendering this set.</summary>
    public Limits Limits { get; init; } = Limits.Default;

    public string NarrativePath { get; } = narrativePath;

    /// <summary>The locale templates are chosen for (null: English, the unsuffixed files).</summary>
    public string? Locale { get; } = locale;

    public string SkeletonPath => Localize(Path.Combine(Folder, SkeletonName));

    public string PathOf(string templateName) => templateName == NarrativeName
        ? NarrativePath
        : Localize(Path.Combine(Folder, "partials", templateName));

    /// <summary>The partials of the set by name, once each whatever languages they exist in, in ordinal order.</summary>
    public IEnumerable<string> PartialNames()
    {
        var partials = Path.Combine(Folder, "partials");
        if (!Directory.Exists(partials)) return [];
        return Directory.GetFiles(partials, "*.md")
            .Select(f => Path.GetFileName(f).Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Where(n => File.Exists(PathOf(n)));
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // A partial is named, never a path: include "../../etc/x" or "/etc/x" must not reach outside the set.
        if (!IsPartialName(templateName))
            throw new ScriptRuntimeException(callerSpan, $"'{Echo.Of(templateName)}' is not a template name: include partials by name (letters, digits, '-', '_')");
        var path = PathOf(templateName);
        if (!File.Exists(path))
            throw new ScriptRuntimeException(callerSpan, $"no template named '{templateName}'{(Locale is null ? "" : $" for locale {Locale}")} (looked for {path})");
        return path;
    }

    /// <summary>
    /// The file for <paramref name="stem"/> (a path without ".md") in this set's locale: "stem.fr-CA.md",
    /// then "stem.fr.md", then "stem.md" for English; the first candidate when none exists.
    /// </summary>
    public string Localize(string stem) => Localize(stem, Locale);

    /// <inheritdoc cref="Localize(string)"/>
    public static string Localize(string stem, string? locale) => Candidates(stem, locale).FirstOrDefault(File.Exists) ?? Candidates(stem, locale).First();

    /// <summary>Candidate files for a stem in a locale, most specific first.</summary>
    public static IEnumerable<string> Candidates(string stem, string? locale)
    {
        if (string.IsNullOrEmpty(locale))
        {
            yield return stem + ".md";
            yield break;
        }
        var language = locale.Split('-')[0];
        yield return $"{stem}.{locale}.md";
        if (!string.Equals(language, locale, StringComparison.OrdinalIgnoreCase)) yield return $"{stem}.{language}.md";
        if (string.Equals(language, "en", StringComparison.OrdinalIgnoreCase)) yield return stem + ".md";
    }

    /// <summary>True for a name <c>include</c> accepts: letters, digits, '-' and '_'.</summary>
    public static bool IsPartialName(string templateName) =>
        templateName.Length is > 0 and <= 100 && templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    // Each file is read once per set: the renderer, includes and the checks (the figure audit) share the text.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>
    /// The text of a template of this set (or the narrative), LF line endings, read once, inside its root
    /// (the template root; the release folder for the narrative) with links resolved and within the
    /// file-size limit; a refusal is thrown as <see cref="SourceFileException"/>.
    /// </summary>
    public string Text(string templatePath) =>
        _texts.GetOrAdd(templatePath, path => SourceFiles.ReadText(path, path == NarrativePath ? NarrativeRoot : Root, Limits));

    /// <inheritdoc cref="Text"/>
    public string ReadText(string templatePath) => Text(templatePath);

    /// <summary>As <see cref="Text"/>, with a refusal reported into <paramref name="diagnostics"/> and null returned.</summary>
    public string? TryReadText(string templatePath, DiagnosticBag diagnostics)
    {
        try
        {
            return Text(templatePath);
        }
        catch (SourceFileException ex)
        {
            diagnostics.Error(ex.Code, new SourceLocation(templatePath, ex.Line, ex.Column), ex.Message);
            return null;
        }
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        try
        {
            return Text(templatePath);
        }
        catch (SourceFileException ex)
        {
            throw new ScriptRuntimeException(callerSpan, ex.Message);
        }
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>
    /// Finds the templates folder: an explicit one, the release folder's own <c>templates/</c>, the
    /// current directory's, or the copy shipped beside the program.
    /// </summary>
    public static string? FindRoot(string? explicitRoot, string releaseFolder)
    {
        if (explicitRoot is not null) return Directory.Exists(explicitRoot) ? explicitRoot : null;
        string[] candidates =
        [
            Path.Combine(releaseFolder, "templates"),
            "templates",
            Path.Combine(AppContext.BaseDirectory, "templates"),
        ];
        return candidates.FirstOrDefault(Directory.Exists);
    }
}
