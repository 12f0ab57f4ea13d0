using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using ReleaseGen.Layout;

namespace ReleaseGen.Pdf.Rendering.Blocks;

/// <summary>Headings: tagged H1-H6, bookmarked, kept with the block that follows them.</summary>
public sealed class HeadingRenderer : PdfObjectRenderer<HeadingBlock>
{
    protected override void Write(PdfRenderer renderer, HeadingBlock obj)
    {
        var s = renderer.Style;
        var level = Math.Clamp(obj.Level, 1, 6);
        var style = level switch
        {
            1 => s.Text(s.TitleSize, bold: true, color: s.HeadingColor) with { LineHeightFactor = 1.2 },
            2 => s.Text(s.Heading2Size, bold: true, color: s.HeadingColor) with { LineHeightFactor = 1.2 },
            3 => s.Text(s.Heading3Size, bold: true, color: s.HeadingColor),
            _ => s.Text(s.BodySize, bold: true, italic: true, color: s.HeadingColor),
        };
        var built = renderer.BuildTextBlock(obj.Inline, style, level == 1 ? TextAlignment.Center : TextAlignment.Left);
        var text = level == 1 ? new TextBlock(built.Spans, TextAlignment.Center) { Balanced = true } : built;
        var tag = (StructureTag)((int)StructureTag.H1 + level - 1);
        Element element = new Bookmark(level, PdfRenderer.PlainText(obj.Inline), new Tagged(tag, text));
        if (level == 1) element = new Padding(element, bottom: 4);
        renderer.AddBlock(element, keepWithNext: true, spaceBefore: level == 1 ? 0 : s.HeadingSpaceBefore);
    }
}

/// <summary>Paragraphs: tagged P, justified or ragged as the context says.</summary>
public sealed class ParagraphRenderer : PdfObjectRenderer<ParagraphBlock>
{
    protected override void Write(PdfRenderer renderer, ParagraphBlock obj)
    {
        var context = renderer.CurrentBlock;
        var text = renderer.BuildTextBlock(obj.Inline, context.TextStyle, context.Alignment);
        renderer.AddBlock(new Tagged(StructureTag.P, text));
    }
}

/// <summary>Bullet and ordered lists, nested: tagged L / LI / Lbl / LBody.</summary>
public sealed class ListRenderer : PdfObjectRenderer<ListBlock>
{
    protected override void Write(PdfRenderer renderer, ListBlock obj)
    {
        var s = renderer.Style;
        var context = renderer.CurrentBlock;
        int depth = context.ListDepth + 1;
        int number = 1;
        if (obj.IsOrdered && int.TryParse(obj.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            number = start;

        var list = new Column(s.ListItemSpacing);
        renderer.PushBlockContext(context with { Alignment = TextAlignment.Left, ListDepth = depth });
        try
        {
            foreach (var item in obj.OfType<ListItemBlock>())
            {
                var label = obj.IsOrdered
                    ? number.ToString(CultureInfo.InvariantCulture) + (obj.OrderedDelimiter == ')' ? ")" : ".")
                    : depth % 2 == 1 ? "\u2022" : "\u25E6";
                var body = renderer.RenderChildren(item, s.ListItemSpacing);
                list.Add(new ListItem(new TextBlock(label, context.TextStyle), body, s.ListIndent));
                number++;
            }
        }
        finally
        {
            renderer.PopBlockContext();
        }
        renderer.AddBlock(new Tagged(StructureTag.L, list));
    }
}

/// <summary>Block quotes: indented behind a rule, tagged BlockQuote.</summary>
public sealed class QuoteBlockRenderer : PdfObjectRenderer<QuoteBlock>
{
    protected override void Write(PdfRenderer renderer, QuoteBlock obj)
    {
        var s = renderer.Style;
        var context = renderer.CurrentBlock;
        renderer.PushBlockContext(context with { TextStyle = context.TextStyle with { Color = s.MutedColor }, Alignment = TextAlignment.Left });
        Column body;
        try { body = renderer.RenderChildren(obj, s.ParagraphSpacing); }
        finally { renderer.PopBlockContext(); }
        renderer.AddBlock(new Tagged(StructureTag.BlockQuote,
            new Padding(new LeftRule(body, s.QuoteIndent, 2, s.QuoteRuleColor), left: 4, right: s.QuoteIndent)));
    }
}

/// <summary><c>---</c>: a thin rule.</summary>
public sealed class ThematicBreakRenderer : PdfObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(PdfRenderer renderer, ThematicBreakBlock obj)
        => renderer.AddBlock(new Padding(new HorizontalRule(0.5, renderer.Style.RuleColor), top: 3, bottom: 3));
}

/// <summary>Code blocks: their lines as they are, muted.</summary>
public sealed class CodeBlockRenderer : PdfObjectRenderer<CodeBlock>
{
    protected override void Write(PdfRenderer renderer, CodeBlock obj)
    {
        var style = renderer.CurrentBlock.TextStyle with { Color = renderer.Style.MutedColor };
        var spans = new List<TextSpan>();
        var lines = obj.Lines.Lines ?? [];
        for (int i = 0; i < obj.Lines.Count; i++)
        {
            if (i > 0) spans.Add(TextSpan.LineBreak(style));
            spans.Add(new TextSpan(lines[i].Slice.ToString(), style));
        }
        renderer.AddBlock(new Tagged(StructureTag.P, new Padding(new TextBlock(spans), left: renderer.Style.QuoteIndent)));
    }
}

/// <summary>Footnotes at the end of the release: a rule, then the notes in small type, each a Note (label and paragraphs), not a list.</summary>
public sealed class FootnoteGroupRenderer : PdfObjectRenderer<FootnoteGroup>
{
    protected override void Write(PdfRenderer renderer, FootnoteGroup obj)
    {
        var s = renderer.Style;
        var context = renderer.CurrentBlock;
        var noteStyle = s.Text(s.FootnoteSize);
        var list = new Column(2);
        renderer.PushBlockContext(context with { TextStyle = noteStyle, Alignment = TextAlignment.Left });
        try
        {
            foreach (var note in obj.OfType<Footnote>().OrderBy(f => f.Order))
            {
                var label = new TextBlock(note.Order.ToString(CultureInfo.InvariantCulture) + ".", noteStyle);
                list.Add(new Tagged(StructureTag.Note, new ListItem(label, renderer.RenderChildren(note, 2), s.ListIndent) { IsListItem = false }));
            }
        }
        finally
        {
            renderer.PopBlockContext();
        }
        var group = new Column(4);
        group.Add(new HorizontalRule(0.5, s.MutedColor));
        group.Add(list);
        renderer.AddBlock(new KeepTogether(group));
    }
}

/// <summary>Link reference definitions print nothing.</summary>
public sealed class LinkReferenceDefinitionGroupRenderer : PdfObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(PdfRenderer renderer, LinkReferenceDefinitionGroup obj) { }
}

/// <summary>Raw HTML is disabled in the pipeline; should a block reach us, it is shown as text.</summary>
public sealed class HtmlBlockRenderer : PdfObjectRenderer<HtmlBlock>
{
    protected override void Write(PdfRenderer renderer, HtmlBlock obj)
    {
        var style = renderer.CurrentBlock.TextStyle;
        renderer.AddBlock(new Tagged(StructureTag.P, new TextBlock(obj.Lines.ToString(), style)));
    }
}
