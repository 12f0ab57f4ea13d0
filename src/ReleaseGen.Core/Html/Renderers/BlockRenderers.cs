using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReleaseGen.Html.Renderers;

/// <summary><c>h1</c>..<c>h6</c>; the page keeps the auto-identifier as <c>id</c>, the exhibit does not.</summary>
internal sealed class HeadingRenderer : ReleaseObjectRenderer<HeadingBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag);
        if (renderer.Edgar)
        {
            renderer.Attribute("style", EdgarStyles.Heading(level));
        }
        else
        {
            var id = heading.TryGetAttributes()?.Id;
            if (Ids.IsSafe(id)) renderer.Attribute("id", id!);
        }

        renderer.Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).Write('>').WriteLine();
    }
}

/// <summary><c>p</c>, or the bare inline text in a tight list item or a table cell.</summary>
internal sealed class ParagraphRenderer : ReleaseObjectRenderer<ParagraphBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (renderer.ImplicitParagraph)
        {
            renderer.WriteLeafInline(paragraph);
            return;
        }

        renderer.Open("p", EdgarStyles.Paragraph);
        renderer.WriteLeafInline(paragraph);
        renderer.Write("</p>").WriteLine();
    }
}

/// <summary><c>ul</c> and <c>ol</c> (with <c>start</c>); a tight list's paragraphs are written inline.</summary>
internal sealed class ListRenderer : ReleaseObjectRenderer<ListBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, ListBlock list)
    {
        var tag = list.IsOrdered ? "ol" : "ul";
        renderer.Write('<').Write(tag);
        if (list.IsOrdered
            && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && start != 1)
        {
            renderer.Attribute("start", start.ToString(CultureInfo.InvariantCulture));
        }

        if (renderer.Edgar) renderer.Attribute("style", EdgarStyles.List);
        renderer.Write('>').WriteLine();

        var saved = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = !list.IsLoose;
        foreach (var item in list)
        {
            renderer.Open("li", EdgarStyles.ListItem);
            Items.WriteBlocks(renderer, (ContainerBlock)item);
            renderer.Write("</li>").WriteLine();
        }

        renderer.ImplicitParagraph = saved;
        renderer.Write("</").Write(tag).Write('>').WriteLine();
    }
}

internal sealed class QuoteRenderer : ReleaseObjectRenderer<QuoteBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, QuoteBlock quote)
    {
        renderer.Open("blockquote", EdgarStyles.Quote).WriteLine();
        var saved = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(quote);
        renderer.ImplicitParagraph = saved;
        renderer.Write("</blockquote>").WriteLine();
    }
}

internal sealed class ThematicBreakRenderer : ReleaseObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, ThematicBreakBlock rule)
    {
        renderer.Write("<hr");
        if (renderer.Edgar) renderer.Attribute("style", EdgarStyles.Rule);
        renderer.Write('>').WriteLine();
    }
}

/// <summary>Indented and fenced code: <c>pre</c>, text escaped.</summary>
internal sealed class CodeBlockRenderer : ReleaseObjectRenderer<CodeBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, CodeBlock code)
    {
        renderer.Open("pre", EdgarStyles.Pre);
        Items.WriteLines(renderer, code);
        renderer.Write("</pre>").WriteLine();
    }
}

/// <summary>The pipeline disables raw HTML; should a block ever arrive, it is shown as text.</summary>
internal sealed class HtmlBlockAsTextRenderer : ReleaseObjectRenderer<HtmlBlock>
{
    protected override void Write(ReleaseHtmlRenderer renderer, HtmlBlock html)
    {
        renderer.Open("p", EdgarStyles.Paragraph);
        Items.WriteLines(renderer, html);
        renderer.Write("</p>").WriteLine();
    }
}

/// <summary>Link reference definitions are not text.</summary>
internal sealed class LinkReferenceDefinitionGroupRenderer : ReleaseObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(ReleaseHtmlRenderer renderer, LinkReferenceDefinitionGroup group)
    {
    }
}

internal static class Items
{
    /// <summary>A list item's or footnote's blocks, each after a line break.</summary>
    public static void WriteBlocks(ReleaseHtmlRenderer renderer, ContainerBlock item)
    {
        for (var i = 0; i < item.Count; i++)
        {
            if (i > 0) renderer.EnsureLine();
            renderer.Write(item[i]);
        }
    }

    public static void WriteLines(ReleaseHtmlRenderer renderer, LeafBlock block)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) renderer.WriteLine();
            renderer.Text(lines.Lines[i].Slice.AsSpan());
        }
    }
}

internal static class Ids
{
    /// <summary>Auto-identifiers are letters, digits, '-' and '_' (GitHub style); anything else is dropped.</summary>
    public static bool IsSafe(string? id) =>
        !string.IsNullOrEmpty(id) && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');

    public static string Footnote(int order) => "fn-" + order.ToString(CultureInfo.InvariantCulture);
}
