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
public sealed class TemplateSet(string root, string name, string narrativePath) : ITemplateLoader
{
    public const string SkeletonName = "release";
    public const string NarrativeName = "narrative";

    /// <summary>The folder of this template set (<c>templates/production-release</c>).</summary>
    public string Folder { get; } = Path.Combine(root, name);

    public string Name { get; } = name;

    public string NarrativePath { get; } = narrativePath;

    public string SkeletonPath => Path.Combine(Folder, SkeletonName + ".md");

    public string PathOf(string templateName) => templateName == NarrativeName
        ? NarrativePath
        : Path.Combine(Folder, "partials", templateName + ".md");

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = PathOf(templateName);
        if (!File.Exists(path))
            throw new ScriptRuntimeException(callerSpan, $"no template named '{templateName}' (looked for {path})");
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(templatePath).Replace("\r\n", "\n");

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
