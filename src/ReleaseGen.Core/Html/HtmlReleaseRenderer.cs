using System.Globalization;
using System.Text;
using Markdig.Syntax;

namespace ReleaseGen.Html;

/// <summary>
/// Renders a parsed release (from <see cref="ReleaseGen.Markdown.ReleaseMarkdown.Parse(string)"/>) as HTML:
/// a standalone web page, or an exhibit that EDGAR accepts. Both are written from the one AST, so
/// their visible words are the Markdown's words (see <see cref="ReleaseGen.Markdown.PlainText"/>).
/// Output is deterministic: no clock, culture or randomness; LF line endings; one final newline.
/// </summary>
public static class HtmlReleaseRenderer
{
    /// <summary>
    /// A standalone page: doctype, <c>lang</c>, charset, viewport, title, and its own screen and print
    /// stylesheet inside the page (no external stylesheet, font, script or image of its own). Links are
    /// kept only for http, https and mailto URLs.
    /// </summary>
    public static string RenderPage(MarkdownDocument document, HtmlPageInfo info)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(info);
        ValidateLanguage(info.Language);

        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html");
        sb.Append(" lang=\"");
        HtmlText.Append(sb, info.Language, asciiOnly: true);
        sb.Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>");
        HtmlText.Append(sb, info.Title, asciiOnly: false);
        sb.Append("</title>\n<style>\n").Append(PageStylesheet.Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<main class=\"release\">\n<article>\n");
        RenderBody(sb, document, HtmlProfile.Page);
        sb.Append("</article>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// An exhibit for EDGAR (Exhibit 99.1): HTML 4-era elements only, presentation in inline
    /// <c>style</c> attributes, ASCII with numeric character references, no <c>thead</c>/<c>tbody</c>,
    /// no links or references of any kind (a URL in the text stays text). Passes <see cref="EdgarLint"/>.
    /// The doctype is <c>&lt;!DOCTYPE html&gt;</c>, which puts browsers in standards mode (the HTML 4.01
    /// Transitional doctype without a system identifier puts them in quirks mode, and one with it would be
    /// a URL in the exhibit): EDGAR reads a doctype only as a declaration before <c>&lt;html&gt;</c> and checks
    /// elements and attributes, not the doctype (Filer Manual, Volume II, 5.2.2). <c>lang</c> on <c>html</c>
    /// is an HTML 4 core attribute, so screen readers pick the release's language.
    /// </summary>
    public static string RenderEdgarExhibit(MarkdownDocument document, HtmlPageInfo info)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(info);
        ValidateLanguage(info.Language);

        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"");
        HtmlText.Append(sb, info.Language, asciiOnly: true);
        sb.Append("\">\n<head>\n<title>");
        HtmlText.Append(sb, info.Title, asciiOnly: true);
        sb.Append("</title>\n</head>\n<body style=\"").Append(EdgarStyles.Body).Append("\">\n");
        RenderBody(sb, document, HtmlProfile.Edgar);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void RenderBody(StringBuilder sb, MarkdownDocument document, HtmlProfile profile)
    {
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture);
        new ReleaseHtmlRenderer(writer, profile).Render(document);
        writer.Flush();
    }

    private static void ValidateLanguage(string language)
    {
        if (string.IsNullOrEmpty(language)
            || !language.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"'{language}' is not a BCP 47 language tag such as en-CA.", nameof(language));
        }
    }
}
