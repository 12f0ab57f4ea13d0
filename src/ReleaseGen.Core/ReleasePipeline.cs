using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Templating;

namespace ReleaseGen;

/// <summary>A release taken through load, validate, derive and render: its canonical Markdown, or every problem found.</summary>
public sealed record ReleaseOutput(string Folder, ReleaseData? Data, FigureBook? Figures, string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Markdown is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The release's name for output files: its folder name.</summary>
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder)));
}

/// <summary>
/// The library entry point: one release folder in, canonical Markdown out. Renderers for HTML and PDF
/// take the Markdown from here, so every format says the same words.
/// </summary>
public static class ReleasePipeline
{
    public static ReleaseOutput Run(string folder, string? templatesRoot = null)
    {
        var loaded = ReleaseLoader.Load(folder);
        if (loaded.Data is not { } data) return new ReleaseOutput(folder, null, null, null, loaded.Diagnostics);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        var book = new FigureBook(data);
        book.ValidateTables(diagnostics);

        var root = TemplateSet.FindRoot(templatesRoot, folder);
        if (root is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, new SourceLocation(data.DataPath, 1, 1),
                templatesRoot is null ? "no templates folder found (pass --templates DIR)" : $"templates folder '{templatesRoot}' does not exist");
            return new ReleaseOutput(folder, data, book, null, diagnostics.ToSortedList());
        }
        if (diagnostics.HasErrors) return new ReleaseOutput(folder, data, book, null, diagnostics.ToSortedList());

        var templates = new TemplateSet(root, data.Release.Template, Path.Combine(folder, data.Release.Narrative));
        var rendered = ReleaseRenderer.Render(data, book, templates);
        diagnostics.AddRange(rendered.Diagnostics);
        return new ReleaseOutput(folder, data, book, rendered.Markdown, diagnostics.ToSortedList());
    }
}
