using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Pdf.Rendering.Inlines;

/// <summary>Plain text.</summary>
public sealed class LiteralInlineRenderer : PdfObjectRenderer<LiteralInline>
{
    protected override void Write(PdfRenderer renderer, LiteralInline obj) => renderer.AddText(obj.Content.ToString());
}

/// <summary><c>*italic*</c> and <c>**bold**</c>.</summary>
public sealed class EmphasisInlineRenderer : PdfObjectRenderer<EmphasisInline>
{
    protected override void Write(PdfRenderer renderer, EmphasisInline obj)
    {
        bool strong = obj.DelimiterCount >= 2 && obj.DelimiterChar is '*' or '_';
        bool emphasis = obj.DelimiterCount == 1 && obj.DelimiterChar is '*' or '_';
        renderer.WriteStyled(obj, s => strong ? s.WithBold() : emphasis ? s.WithItalic() : s);
    }
}

/// <summary>Links: coloured and underlined; clickable only for http, https and mailto.</summary>
public sealed class LinkInlineRenderer : PdfObjectRenderer<LinkInline>
{
    protected override void Write(PdfRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage)
        {
            // No images in releases: keep the alternative text so no words are lost.
            renderer.WriteStyled(obj, s => s);
            return;
        }
        var url = obj.GetDynamicUrl?.Invoke() ?? obj.Url;
        if (!PdfRenderer.IsSafeLink(url))
        {
            renderer.WriteStyled(obj, s => s);
            return;
        }
        var style = renderer.Style;
        renderer.WriteStyled(obj, s => s with { Color = style.LinkColor, Underline = true }, url);
    }
}

/// <summary><c>&lt;https://...&gt;</c> and <c>&lt;name@example.com&gt;</c>.</summary>
public sealed class AutolinkInlineRenderer : PdfObjectRenderer<AutolinkInline>
{
    protected override void Write(PdfRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        if (!PdfRenderer.IsSafeLink(url))
        {
            renderer.AddText(obj.Url);
            return;
        }
        var style = renderer.Style;
        var linkStyle = renderer.CurrentInlineStyle with { Color = style.LinkColor, Underline = true };
        renderer.AddLinkText(obj.Url, linkStyle, url);
    }
}

/// <summary><c>`code`</c>: same face, muted colour (no monospace face is embedded).</summary>
public sealed class CodeInlineRenderer : PdfObjectRenderer<CodeInline>
{
    protected override void Write(PdfRenderer renderer, CodeInline obj)
        => renderer.AddText(obj.Content, renderer.CurrentInlineStyle with { Color = renderer.Style.MutedColor });
}

/// <summary>Hard breaks break the line; soft breaks are spaces.</summary>
public sealed class LineBreakInlineRenderer : PdfObjectRenderer<LineBreakInline>
{
    protected override void Write(PdfRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard) renderer.AddLineBreak();
        else renderer.AddText(" ");
    }
}

/// <summary><c>&amp;amp;</c> and friends.</summary>
public sealed class HtmlEntityInlineRenderer : PdfObjectRenderer<HtmlEntityInline>
{
    protected override void Write(PdfRenderer renderer, HtmlEntityInline obj) => renderer.AddText(obj.Transcoded.ToString());
}

/// <summary>Raw HTML is disabled in the pipeline; should any reach us, it is shown as text, never interpreted.</summary>
public sealed class HtmlInlineRenderer : PdfObjectRenderer<HtmlInline>
{
    protected override void Write(PdfRenderer renderer, HtmlInline obj) => renderer.AddText(obj.Tag);
}

/// <summary>
/// A footnote reference. Set as Unicode superscript digits (¹ ² ³ ⁴ ...) in the running font, on the
/// baseline: it looks raised, and text extractors, which order letters by baseline (PdfPig's GetWords
/// among them), read it in place, glued to its word ("information¹") as HTML's text is. The embedded
/// font has no superscript zero, so a number containing 0 is set small on the baseline instead.
/// </summary>
public sealed class FootnoteLinkRenderer : PdfObjectRenderer<FootnoteLink>
{
    protected override void Write(PdfRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink) return;
        var s = renderer.CurrentInlineStyle;
        var number = obj.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var superscript = ToSuperscript(number);
        if (superscript is not null) renderer.AddText(superscript, s);
        else renderer.AddText(number, s with { Size = s.Size * 0.75 });
    }

    /// <summary>The digits as Unicode superscripts, or null if one has no glyph in the embedded font.</summary>
    public static string? ToSuperscript(string digits)
    {
        var chars = new char[digits.Length];
        for (int i = 0; i < digits.Length; i++)
        {
            chars[i] = digits[i] switch
            {
                '1' => '\u00B9',
                '2' => '\u00B2',
                '3' => '\u00B3',
                >= '4' and <= '9' => (char)('\u2074' + (digits[i] - '4')),
                _ => '\0',
            };
            if (chars[i] == '\0') return null;
        }
        return new string(chars);
    }
}
