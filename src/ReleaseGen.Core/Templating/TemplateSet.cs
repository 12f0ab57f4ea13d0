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
/// </remarks>
public sealed class TemplateSet(string root, string name, string narrativePath, string? locale = null) : ITemplateLoader
{
    public const string SkeletonName = "release";
    public const string NarrativeName = "narrative";

    /// <summary>The folder of this template set (<c>templates/production-release</c>).</summary>
    public string Folder { get; } = Path.Combine(root, name);

    public string Name { get; } = name;

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

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Text(templatePath);

    // Each file is read once per set: the renderer, includes and the checks (the figure audit) share the text.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The text of a template of this set, LF line endings, read from disk once.</summary>
    public string Text(string templatePath) =>
        _texts.GetOrAdd(templatePath, path => File.ReadAllText(path).Replace("\r\n", "\n"));

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
