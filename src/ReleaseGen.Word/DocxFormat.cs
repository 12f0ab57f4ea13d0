using Markdig.Syntax;
using ReleaseGen.Formats;
using ReleaseGen.Word.Rendering;

namespace ReleaseGen.Word;

/// <summary><c>docx</c>: the release as a Word document, for the wire service and for counsel's tracked changes.</summary>
public sealed class DocxFormat : IOutputFormat
{
    public string Name => "docx";

    public string Description => "A Word document: real heading styles, tables with repeating headers, footnotes, page numbers; letter or A4.";

    public IReadOnlyList<OutputFile> Render(ReleaseDocument document, FormatOptions options) =>
        [new($"{document.Info.FileStem}.docx", DocxReleaseRenderer.Render(document.Syntax, WordDocumentInfo.From(document, options)))];
}

/// <summary>Renders a parsed release to .docx bytes: the same input always gives the same bytes.</summary>
public static class DocxReleaseRenderer
{
    public static byte[] Render(MarkdownDocument document, WordDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(info);
        var content = new WordContent();
        new DocxRenderer(content, WordPackage.TextWidth(info.PageSize)).Render(document);
        return WordPackage.Write(content, info);
    }
}
