using System.Text;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Html.Renderers;

internal sealed class LiteralRenderer : ReleaseObjectRenderer<LiteralInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, LiteralInline literal) =>
        renderer.Text(literal.Content.AsSpan());
}

internal sealed class HtmlEntityRenderer : ReleaseObjectRenderer<HtmlEntityInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, HtmlEntityInline entity) =>
        renderer.Text(entity.Transcoded.AsSpan());
}

internal sealed class CodeInlineRenderer : ReleaseObjectRenderer<CodeInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, CodeInline code)
    {
        renderer.Write("<code>");
        renderer.Text(code.Content.AsSpan());
        renderer.Write("</code>");
    }
}

internal sealed class LineBreakRenderer : ReleaseObjectRenderer<LineBreakInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard) renderer.Write("<br>");
        renderer.WriteLine();
    }
}

/// <summary>Raw HTML is disabled by the pipeline; should any arrive it is text, never markup.</summary>
internal sealed class HtmlInlineAsTextRenderer : ReleaseObjectRenderer<HtmlInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, HtmlInline html) => renderer.Text(html.Tag.AsSpan());
}

internal sealed class EmphasisRenderer : ReleaseObjectRenderer<EmphasisInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, EmphasisInline emphasis)
    {
        var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
        renderer.Write('<').Write(tag).Write('>');
        renderer.WriteChildren(emphasis);
        renderer.Write("</").Write(tag).Write('>');
    }
}

/// <summary>Delimiters left unmatched by the parser are the characters the author typed.</summary>
internal sealed class DelimiterRenderer : ReleaseObjectRenderer<DelimiterInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, DelimiterInline delimiter)
    {
        renderer.Text(delimiter.ToLiteral().AsSpan());
        renderer.WriteChildren(delimiter);
    }
}

/// <summary><c>&lt;https://...&gt;</c>: a link on the page when the URL is safe; always text in the exhibit.</summary>
internal sealed class AutolinkRenderer : ReleaseObjectRenderer<AutolinkInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, AutolinkInline autolink)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (renderer.Edgar || !HtmlText.IsSafeLinkUrl(url))
        {
            renderer.Text(autolink.Url.AsSpan());
            return;
        }

        renderer.Write("<a class=\"url\"").Attribute("href", url).Write('>');
        renderer.Text(autolink.Url.AsSpan());
        renderer.Write("</a>");
    }
}

/// <summary>
/// <c>[text](url)</c>: a link on the page when the URL is http, https or mailto, otherwise just its
/// text; always just its text in the exhibit. Images: their alternative text, in the page and the
/// exhibit alike (neither loads anything from outside itself).
/// </summary>
internal sealed class LinkRenderer : ReleaseObjectRenderer<LinkInline>
{
    protected override void Write(ReleaseHtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (link.IsImage)
        {
            WriteImage(renderer, link);
            return;
        }

        if (renderer.Edgar || !HtmlText.IsSafeLinkUrl(url))
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a").Attribute("href", url!);
        if (!string.IsNullOrEmpty(link.Title)) renderer.Attribute("title", link.Title);
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    // The page and the exhibit load nothing from outside themselves (an image URL would also tell a server
    // who opened the page): like the PDF, they keep the image's alternative text, so no words are lost.
    private static void WriteImage(ReleaseHtmlRenderer renderer, LinkInline image)
    {
        var alt = new StringBuilder();
        AltText(image, alt);
        renderer.Text(alt.ToString());
    }

    private static void AltText(ContainerInline container, StringBuilder alt)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline l: alt.Append(l.Content.AsSpan()); break;
                case HtmlEntityInline e: alt.Append(e.Transcoded.AsSpan()); break;
                case CodeInline c: alt.Append(c.Content); break;
                case ContainerInline c: AltText(c, alt); break;
            }
        }
    }
}
