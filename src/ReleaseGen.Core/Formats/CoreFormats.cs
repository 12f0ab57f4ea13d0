using System.Text;
using ReleaseGen.Html;

namespace ReleaseGen.Formats;

/// <summary>UTF-8 without a byte-order mark, the encoding of every text output.</summary>
internal static class TextOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static byte[] Bytes(string text) => Utf8NoBom.GetBytes(text);
}

/// <summary><c>md</c>: the canonical Markdown, as GitHub and GitLab render it (tables as pipe tables).</summary>
public sealed class MarkdownFormat : IOutputFormat
{
    public string Name => "md";

    public string Description => "Markdown: the canonical text; tables as GitHub-flavoured pipe tables, so a pull request shows them.";

    public IReadOnlyList<OutputFile> Render(ReleaseDocument document, FormatOptions options) =>
        [new($"{document.Info.FileStem}.md", TextOutput.Bytes(document.Markdown))];
}

/// <summary><c>html</c>: a standalone web page with its own stylesheet.</summary>
public sealed class HtmlPageFormat : IOutputFormat
{
    public string Name => "html";

    public string Description => "A standalone HTML page: its own screen and print stylesheet, no external resources.";

    public IReadOnlyList<OutputFile> Render(ReleaseDocument document, FormatOptions options) =>
        [new($"{document.Info.FileStem}.html", TextOutput.Bytes(HtmlReleaseRenderer.RenderPage(document.Syntax, PageInfo(document))))];

    internal static HtmlPageInfo PageInfo(ReleaseDocument document) => new(document.Info.Title, document.Info.Language);
}

/// <summary>
/// <c>edgar</c>: the HTML exhibit EDGAR accepts (Exhibit 99.1), named <c>&lt;release-name&gt;.htm</c>: EDGAR takes
/// HTML documents only with the <c>.htm</c> extension (EDGAR Filer Manual, Volume II, 5.1.1).
/// </summary>
public sealed class EdgarExhibitFormat : IOutputFormat
{
    /// <summary>The extension EDGAR requires of an HTML document.</summary>
    public const string Extension = ".htm";

    public string Name => "edgar";

    public string Description => "The HTML exhibit EDGAR accepts (<release-name>.htm): HTML 4 elements, inline styles, ASCII, no links or scripts.";

    /// <summary>The exhibit's file name for a release (<c>alexco-2012-q2.htm</c>).</summary>
    public static string FileName(ReleaseDocument document) => document.Info.FileStem + Extension;

    public IReadOnlyList<OutputFile> Render(ReleaseDocument document, FormatOptions options) =>
        [new(FileName(document), TextOutput.Bytes(RenderText(document)))];

    /// <summary>The exhibit's HTML, for the EDGAR lint.</summary>
    public static string RenderText(ReleaseDocument document) =>
        HtmlReleaseRenderer.RenderEdgarExhibit(document.Syntax, HtmlPageFormat.PageInfo(document));
}
