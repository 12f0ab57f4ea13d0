using System.Globalization;
using Markdig.Extensions.Footnotes;

namespace ReleaseGen.Html.Renderers;

/// <summary>The notes, as an ordered list after a short rule (numbers are list numbering, not text).</summary>
internal sealed class FootnoteGroupRenderer : ReleaseObjectRenderer<FootnoteGroup>
{
    protected override void Write(ReleaseHtmlRenderer renderer, FootnoteGroup group)
    {
        if (renderer.Edgar)
        {
            renderer.Write("<hr").Attribute("style", EdgarStyles.FootnoteRule).Write('>').WriteLine();
            renderer.Write("<ol").Attribute("style", EdgarStyles.FootnoteList).Write('>').WriteLine();
        }
        else
        {
            renderer.Write("<section class=\"footnotes\">").WriteLine().Write("<hr>").WriteLine().Write("<ol>").WriteLine();
        }

        var saved = renderer.ImplicitParagraph;
        foreach (var block in group)
        {
            if (block is not Footnote footnote) continue;
            renderer.Write("<li");
            if (!renderer.Edgar) renderer.Attribute("id", Ids.Footnote(footnote.Order));
            renderer.Write('>');
            renderer.ImplicitParagraph = footnote.Count == 1;
            Items.WriteBlocks(renderer, footnote);
            renderer.Write("</li>").WriteLine();
        }

        renderer.ImplicitParagraph = saved;
        renderer.Write("</ol>").WriteLine();
        if (!renderer.Edgar) renderer.Write("</section>").WriteLine();
    }
}

/// <summary>A reference: a superscript number (a link to the note on the page). Back links are not written.</summary>
internal sealed class FootnoteLinkRenderer : ReleaseObjectRenderer<FootnoteLink>
{
    protected override void Write(ReleaseHtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink) return;
        var number = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        if (renderer.Edgar)
        {
            renderer.Write("<sup>").Write(number).Write("</sup>");
            return;
        }

        renderer.Write("<sup class=\"fnref\"><a").Attribute("href", "#" + Ids.Footnote(link.Footnote.Order));
        renderer.Write('>').Write(number).Write("</a></sup>");
    }
}
