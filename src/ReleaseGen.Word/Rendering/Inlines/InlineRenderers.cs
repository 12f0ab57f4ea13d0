using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Word.Rendering.Inlines;

/// <summary>Plain text.</summary>
public sealed class LiteralInlineRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxRenderer renderer, LiteralInline obj) => renderer.AddText(obj.Content.ToString());
}

/// <summary><c>*italic*</c> and <c>**bold**</c>.</summary>
public sealed class EmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxRenderer renderer, EmphasisInline obj)
    {
        var strong = obj.DelimiterCount >= 2 && obj.DelimiterChar is '*' or '_';
        var emphasis = obj.DelimiterCount == 1 && obj.DelimiterChar is '*' or '_';
        renderer.WriteFormatted(obj, f => strong ? f with { Bold = true } : emphasis ? f with { Italic = true } : f);
    }
}

/// <summary>Links: Word hyperlinks for http, https and mailto; other targets (and images) keep only their text.</summary>
public sealed class LinkInlineRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage)
        {
            // No images in releases: keep the alternative text so no words are lost.
            renderer.WriteChildren(obj);
            return;
        }
        renderer.WriteLink(obj.GetDynamicUrl?.Invoke() ?? obj.Url, () => renderer.WriteChildren(obj));
    }
}

/// <summary><c>&lt;https://...&gt;</c> and <c>&lt;name@example.com&gt;</c>: the address as a link.</summary>
public sealed class AutolinkInlineRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxRenderer renderer, AutolinkInline obj) =>
        renderer.WriteLink(obj.IsEmail ? "mailto:" + obj.Url : obj.Url, () => renderer.AddText(obj.Url));
}

/// <summary><c>`code`</c>: the same face, muted.</summary>
public sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxRenderer renderer, CodeInline obj) =>
        renderer.AddText(obj.Content, renderer.CurrentFormat with { Color = WordStyles.MutedColor });
}

/// <summary>Hard breaks break the line; soft breaks are spaces.</summary>
public sealed class LineBreakInlineRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard) renderer.AddLineBreak();
        else renderer.AddText(" ");
    }
}

/// <summary><c>&amp;amp;</c> and friends.</summary>
public sealed class HtmlEntityInlineRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxRenderer renderer, HtmlEntityInline obj) => renderer.AddText(obj.Transcoded.ToString());
}

/// <summary>Raw HTML is disabled in the pipeline; should any reach us, it is shown as text, never interpreted.</summary>
public sealed class HtmlInlineRenderer : DocxObjectRenderer<HtmlInline>
{
    protected override void Write(DocxRenderer renderer, HtmlInline obj) => renderer.AddText(obj.Tag);
}

/// <summary>A footnote reference: Word's own, a superscript number pointing at the footnote of the same order.</summary>
public sealed class FootnoteLinkRenderer : DocxObjectRenderer<FootnoteLink>
{
    protected override void Write(DocxRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink) return;
        renderer.AddRun(new Run(new FootnoteReference { Id = obj.Footnote.Order }),
            renderer.CurrentFormat with { CharacterStyle = WordStyles.FootnoteReference });
    }
}
