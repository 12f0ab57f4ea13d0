using Scriban.Runtime;

using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>
/// Links in templates. Only http, https and mailto become links; anything else (a <c>javascript:</c>
/// URL typed into data) is printed as escaped text, so data cannot smuggle script into the HTML.
/// </summary>
public sealed class LinkFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public LinkFunctions() : base(2, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(LinkFunctions).GetMethod(nameof(Link)));
        this.Function(typeof(LinkFunctions).GetMethod(nameof(IsSafe)));
    }

    /// <summary>
    /// A Markdown link.
    /// <code>{{ link "http://www.example.com/" }}</code> gives <c>&lt;http://www.example.com/&gt;</c>;
    /// <code>{{ link "mailto:info@example.com" "info@example.com" }}</code> gives <c>[info@example.com](&lt;mailto:info@example.com&gt;)</c>.
    /// </summary>
    public static MarkdownText Link(string url, string? text = null)
    {
        if (string.IsNullOrEmpty(text)) text = null; // Scriban passes an omitted optional string as "".
        if (!IsSafe(url)) return new MarkdownText(MarkdownEscaper.Escape(text ?? url));
        return text is null ? new MarkdownText($"<{url}>") : new MarkdownText($"[{MarkdownEscaper.Escape(text)}](<{url}>)");
    }

    /// <summary>True for a URL every format will make a link of (<see cref="Markdown.LinkSafety"/>).</summary>
    public static bool IsSafe(string url) => Markdown.LinkSafety.IsSafe(url);
}
