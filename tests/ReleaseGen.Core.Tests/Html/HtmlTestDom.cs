using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>Parses rendered HTML the way a browser would, for assertions on the DOM.</summary>
internal static class HtmlTestDom
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The body's visible text split on white space (the page has no script in its body).</summary>
    public static IReadOnlyList<string> BodyWords(string html) =>
        ReleaseGen.Markdown.PlainText.SplitWords(Parse(html).Body!.TextContent);
}
