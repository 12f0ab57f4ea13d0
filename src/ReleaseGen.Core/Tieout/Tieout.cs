using ReleaseGen.Diagnostics;
using ReleaseGen.Templating;

namespace ReleaseGen.Tieout;

/// <summary>The outcome of tying one final document: every diagnostic (the release's own errors, an unreadable document, the findings) and, when it got that far, the result.</summary>
public sealed record TieoutRun(IReadOnlyList<Diagnostic> Diagnostics, TieoutResult? Result)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>The library entry point of <c>releasegen tieout</c>: build the release, read the final document, tie it.</summary>
public static class TieoutRunner
{
    /// <summary>Final documents larger than this are refused (RG700), so a wrong file cannot exhaust memory.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    public static TieoutRun Run(string documentPath, string releaseFolder, FinalDocumentReaders readers, string? templatesRoot = null, string? locale = null)
    {
        var trace = new FigureTrace();
        var output = ReleasePipeline.Run(releaseFolder, templatesRoot, locale, trace);
        if (!output.Succeeded || output.Document is null)
            return new TieoutRun(output.Diagnostics.Where(d => d.IsError).ToList(), null);
        var unreadable = new UnreadableDocumentRule();
        var start = new TextPosition(1, 1);
        if (readers.For(documentPath) is not { } reader)
            return new TieoutRun([unreadable.Finding(documentPath, start, $"cannot read this kind of file; tieout reads {string.Join(", ", readers.Extensions)}")], null);
        if (!File.Exists(documentPath))
            return new TieoutRun([unreadable.Finding(documentPath, start, "the file does not exist")], null);
        if (new FileInfo(documentPath).Length > MaxDocumentBytes)
            return new TieoutRun([unreadable.Finding(documentPath, start, $"the file is larger than {MaxDocumentBytes / (1024 * 1024)} MB")], null);
        FinalDocument document;
        try
        {
            // Read inside its own folder with links resolved, and bounded: a link to /proc/self/environ or
            // /dev/zero (whose length reads as 0) must not be read (docs/security.md).
            var folder = Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? ".";
            document = reader.Read(documentPath, Safety.SourceFiles.ReadBytes(documentPath, folder, Safety.Limits.Default with { FileSize = MaxDocumentBytes }));
        }
        catch (Safety.SourceFileException e)
        {
            return new TieoutRun([unreadable.Finding(documentPath, start, e.Message)], null);
        }
        catch (FinalDocumentException e)
        {
            return new TieoutRun([unreadable.Finding(documentPath, start, e.Message)], null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader's library failing on a malformed file (a PDF PdfPig cannot parse) is a finding, never a crash.
            return new TieoutRun([unreadable.Finding(documentPath, start, $"the file cannot be read as {reader.Kind} ({e.GetType().Name}: {e.Message})")], null);
        }
        var result = new TieoutEngine(output.Document, trace).Tie(document);
        return new TieoutRun(result.Diagnostics, result);
    }
}
