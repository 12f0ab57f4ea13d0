using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReleaseGen.Html;

/// <summary>
/// Checks an HTML document against the rules EDGAR applies to HTML exhibits (EDGAR Filer Manual,
/// Volume II, section 5.2.2, as implemented by Arelle's <c>EFM-htm</c> plugin). One rule per code;
/// codes never change meaning:
/// <list type="table">
/// <item><term><see cref="DisallowedElement"/> (EDGAR001)</term><description>an element EDGAR rejects:
/// <c>script</c>, <c>style</c>, <c>thead</c>, <c>tbody</c>, <c>tfoot</c>, <c>embed</c>, <c>object</c>,
/// <c>form</c>, <c>iframe</c>, <c>applet</c>, <c>input</c>, <c>link</c> and the rest of the EFM list.</description></item>
/// <item><term><see cref="UnrecognizedElement"/> (EDGAR002)</term><description>an element outside
/// EDGAR's HTML 3.2/4.0 set (e.g. <c>span</c>, <c>section</c>, <c>svg</c>).</description></item>
/// <item><term><see cref="EventAttribute"/> (EDGAR003)</term><description>an event-handler attribute (<c>on*</c>).</description></item>
/// <item><term><see cref="ExternalReference"/> (EDGAR004)</term><description>a URL attribute (<c>href</c>,
/// <c>src</c>, <c>background</c>, ...) that points outside the document: an absolute URL with a scheme
/// (http, https, ftp, mailto, file, ...) or a protocol-relative <c>//host</c> URL.</description></item>
/// <item><term><see cref="ActiveContent"/> (EDGAR005)</term><description>a <c>javascript:</c> or
/// <c>vbscript:</c> URL.</description></item>
/// <item><term><see cref="DataUrl"/> (EDGAR006)</term><description>a <c>data:</c> URL, in an attribute or a style.</description></item>
/// <item><term><see cref="NestedTable"/> (EDGAR007)</term><description>a <c>table</c> inside another table.</description></item>
/// <item><term><see cref="StyleReference"/> (EDGAR008)</term><description>an inline style that loads or
/// runs something: <c>url(</c>, <c>@import</c>, <c>expression(</c>, <c>behavior:</c>.</description></item>
/// <item><term><see cref="NonAsciiCharacter"/> (EDGAR009)</term><description>a character outside
/// ASCII in the source (write it as a numeric character reference); reported once per line.</description></item>
/// <item><term><see cref="DisallowedAttribute"/> (EDGAR010)</term><description><c>xmlns</c>
/// declarations, <c>background</c> on <c>body</c>, <c>http-equiv</c> on <c>meta</c>.</description></item>
/// <item><term><see cref="ImageFileType"/> (EDGAR011)</term><description>an <c>img</c> whose source is
/// not a local <c>.jpg</c> or <c>.gif</c> file.</description></item>
/// </list>
/// Elements the HTML parser inserts on its own (an implied <c>tbody</c>, <c>head</c> or <c>body</c>)
/// are not reported: only what is written in the source is.
/// </summary>
public static class EdgarLint
{
    public const string DisallowedElement = "EDGAR001";
    public const string UnrecognizedElement = "EDGAR002";
    public const string EventAttribute = "EDGAR003";
    public const string ExternalReference = "EDGAR004";
    public const string ActiveContent = "EDGAR005";
    public const string DataUrl = "EDGAR006";
    public const string NestedTable = "EDGAR007";
    public const string StyleReference = "EDGAR008";
    public const string NonAsciiCharacter = "EDGAR009";
    public const string DisallowedAttribute = "EDGAR010";
    public const string ImageFileType = "EDGAR011";

    /// <summary>Every rule, by code, with a one-line summary (for <c>check --list-rules</c> and docs).</summary>
    public static IReadOnlyList<EdgarRule> Rules { get; } =
    [
        new(DisallowedElement, "element EDGAR rejects (script, style, thead, tbody, tfoot, embed, object, form, iframe, ...)"),
        new(UnrecognizedElement, "element outside EDGAR's HTML 3.2/4.0 set"),
        new(EventAttribute, "event-handler attribute (on*)"),
        new(ExternalReference, "URL attribute that points outside the document"),
        new(ActiveContent, "javascript: or vbscript: URL"),
        new(DataUrl, "data: URL"),
        new(NestedTable, "table inside another table"),
        new(StyleReference, "inline style that loads or runs something (url(), @import, expression(), behavior)"),
        new(NonAsciiCharacter, "character outside ASCII in the source"),
        new(DisallowedAttribute, "xmlns declaration, body background or meta http-equiv"),
        new(ImageFileType, "image that is not a .jpg or .gif file"),
    ];

    private static readonly HashSet<string> Disallowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "abbrev", "acronym", "applet", "area", "au", "audio", "banner", "base", "basefont", "bgsound",
        "blink", "button", "canvas", "col", "colgroup", "credit", "del", "embed", "fig", "fn", "form",
        "frame", "frameset", "iframe", "input", "ins", "lang", "lh", "link", "map", "marquee", "nextid",
        "nobr", "noembed", "noframe", "noframes", "noscript", "note", "object", "option", "overlay",
        "param", "person", "q", "range", "s", "script", "select", "spot", "style", "tab", "tbody",
        "template", "textarea", "tfoot", "thead", "video", "wbr",
    };

    private static readonly HashSet<string> Recognized = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "title", "meta", "isindex", "body",
        "a", "address", "b", "big", "blockquote", "br", "caption", "center", "cite", "code", "dd", "dfn",
        "dir", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "kbd", "li", "menu", "ol", "p", "pre", "samp", "small", "strong", "sub", "sup", "table", "td",
        "th", "tr", "tt", "u", "ul", "var",
        // EDGAR's own additional tags.
        "listing", "plaintext", "strike", "xmp", "page",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "background", "action", "formaction", "cite", "longdesc", "usemap", "codebase",
        "data", "poster", "lowsrc", "dynsrc", "srcset", "profile", "classid", "archive",
    };

    /// <summary>Every finding in <paramref name="html"/>, ordered by line, column and code.</summary>
    public static IReadOnlyList<EdgarFinding> Check(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var findings = new List<EdgarFinding>();
        CheckCharacters(html, findings);

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var position = element.SourceReference?.Position;
            if (position is null || position.Value.Line == 0) continue; // implied by the parser, not in the source
            var line = position.Value.Line;
            var column = position.Value.Column;
            var name = element.LocalName;

            void Add(string code, string message) => findings.Add(new EdgarFinding(line, column, code, message));

            if (Disallowed.Contains(name))
                Add(DisallowedElement, $"element <{name}> is not allowed in an EDGAR document");
            else if (!Recognized.Contains(name))
                Add(UnrecognizedElement, $"element <{name}> is not one EDGAR recognises (HTML 3.2/4.0 set)");

            if (name == "table" && element.Ancestors<IElement>().Any(a => a.LocalName == "table"))
                Add(NestedTable, "a table inside another table is not allowed in an EDGAR document");

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                var value = attribute.Value ?? "";
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                {
                    Add(EventAttribute, $"event attribute '{attributeName}' on <{name}> is not allowed");
                    continue;
                }

                if (attributeName.StartsWith("xmlns", StringComparison.Ordinal)
                    || (name == "body" && attributeName == "background")
                    || (name == "meta" && attributeName == "http-equiv"))
                {
                    Add(DisallowedAttribute, $"attribute '{attributeName}' on <{name}> is not allowed");
                    continue;
                }

                if (attributeName == "style")
                {
                    CheckStyle(value, Add);
                    continue;
                }

                if (!UrlAttributes.Contains(attributeName)) continue;
                var url = NormalizeUrl(value);
                var scheme = Scheme(url);
                if (scheme is "javascript" or "vbscript")
                    Add(ActiveContent, $"'{attributeName}' on <{name}> holds a {scheme}: URL");
                else if (scheme == "data")
                    Add(DataUrl, $"'{attributeName}' on <{name}> holds a data: URL");
                else if (scheme is not null || url.StartsWith("//", StringComparison.Ordinal))
                    Add(ExternalReference, $"'{attributeName}' on <{name}> refers outside the document ({Shorten(value)})");
                else if (name == "img" && attributeName == "src" && !IsImageFile(url))
                    Add(ImageFileType, $"image '{Shorten(value)}' is not a .jpg or .gif file");
            }
        }

        findings.Sort((a, b) =>
        {
            var c = a.Line.CompareTo(b.Line);
            if (c == 0) c = a.Column.CompareTo(b.Column);
            return c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
        });
        return findings;
    }

    private static void CheckStyle(string style, Action<string, string> add)
    {
        var compact = new string(style.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        if (compact.Contains("data:", StringComparison.Ordinal))
            add(DataUrl, "inline style holds a data: URL");
        if (compact.Contains("url(", StringComparison.Ordinal) || compact.Contains("@import", StringComparison.Ordinal)
            || compact.Contains("expression(", StringComparison.Ordinal) || compact.Contains("behavior:", StringComparison.Ordinal)
            || compact.Contains("-moz-binding", StringComparison.Ordinal))
            add(StyleReference, "inline style loads or runs something (url(), @import, expression() or behavior)");
    }

    private static void CheckCharacters(string html, List<EdgarFinding> findings)
    {
        var line = 1;
        var column = 1;
        var reportedLine = 0;
        foreach (var c in html)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (c > '\u007f' && reportedLine != line && !char.IsLowSurrogate(c))
            {
                reportedLine = line;
                findings.Add(new EdgarFinding(line, column, NonAsciiCharacter,
                    $"character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)} is not ASCII; write it as a character reference"));
            }

            column++;
        }
    }

    /// <summary>Browsers ignore leading spaces and embedded tabs/newlines in URLs: so must the lint.</summary>
    private static string NormalizeUrl(string value) =>
        new string(value.Where(c => c > ' ' && c != '\u007f').ToArray());

    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = url[..colon];
        if (!char.IsAsciiLetter(candidate[0]) || !candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            return null;
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return null;
        return candidate.ToLowerInvariant();
    }

    private static bool IsImageFile(string url)
    {
        var path = url.Split('?', '#')[0];
        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
               || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
