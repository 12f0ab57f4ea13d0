using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using MarkdownFootnote = Markdig.Extensions.Footnotes.Footnote;
using WordFootnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace ReleaseGen.Word.Rendering.Blocks;

/// <summary>Headings as Word's own styles: the headline (level 1) is the Title, then Heading 1, 2, 3, so Word's navigation pane and outline see them.</summary>
public sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock obj)
    {
        var style = obj.Level switch
        {
            1 => WordStyles.Title,
            2 => WordStyles.Heading1,
            3 => WordStyles.Heading2,
            _ => WordStyles.Heading3,
        };
        renderer.WriteParagraph(renderer.NewParagraph(style), obj.Inline);
    }
}

/// <summary>Paragraphs in the context's style: justified body text, a list paragraph, a quote, a footnote.</summary>
public sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock obj) => renderer.WriteParagraph(renderer.NewParagraph(), obj.Inline);
}

/// <summary>
/// Bullet and ordered lists as Word numbering: each list is one numbering instance (an ordered list
/// restarts at its own start), its items' first paragraphs numbered at the list's depth, later
/// paragraphs of an item indented under the text.
/// </summary>
public sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    protected override void Write(DocxRenderer renderer, ListBlock obj)
    {
        var context = renderer.CurrentParagraph;
        var level = Math.Min(context.ListDepth, 8);
        var start = obj.IsOrdered && int.TryParse(obj.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var numberingId = renderer.Content.AddList(obj.IsOrdered, level, start);
        renderer.PushParagraphContext(new DocxRenderer.ParagraphContext(WordStyles.ListParagraph, 320 * (level + 1), context.ListDepth + 1));
        try
        {
            foreach (var item in obj.OfType<ListItemBlock>())
            {
                renderer.PendingNumbering = (numberingId, level);
                renderer.WriteChildren(item);
                renderer.PendingNumbering = null;
            }
        }
        finally
        {
            renderer.PopParagraphContext();
        }
    }
}

/// <summary>Block quotes: the Quote style (indented, muted, a rule at the left).</summary>
public sealed class QuoteBlockRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock obj)
    {
        renderer.PushParagraphContext(renderer.CurrentParagraph with { Style = WordStyles.Quote });
        try { renderer.WriteChildren(obj); }
        finally { renderer.PopParagraphContext(); }
    }
}

/// <summary><c>---</c>: an empty paragraph with a thin rule under it.</summary>
public sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock obj)
    {
        var paragraph = renderer.NewParagraph(WordStyles.TableNote);
        var properties = paragraph.ParagraphProperties!;
        properties.InsertAfter(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = WordStyles.RuleColor }),
            (DocumentFormat.OpenXml.OpenXmlElement?)properties.NumberingProperties ?? properties.ParagraphStyleId);
        renderer.AddBlock(paragraph);
    }
}

/// <summary>Code blocks: their lines as they are, one paragraph with line breaks, muted.</summary>
public sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock obj)
    {
        var paragraph = renderer.NewParagraph(WordStyles.PlainText);
        var lines = obj.Lines.Lines ?? [];
        for (var i = 0; i < obj.Lines.Count; i++)
        {
            if (i > 0) paragraph.Append(new Run(new Break()));
            var text = DocxRenderer.XmlText(lines[i].Slice.ToString());
            if (text.Length > 0) paragraph.Append(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }
        renderer.AddBlock(paragraph);
    }
}

/// <summary>
/// Footnotes as Word footnotes: each note's paragraphs go to the footnotes part under its number (the
/// references in the text point at it), the first starting with "1. " as the PDF numbers its notes.
/// Nothing is added to the body.
/// </summary>
public sealed class FootnoteGroupRenderer : DocxObjectRenderer<FootnoteGroup>
{
    protected override void Write(DocxRenderer renderer, FootnoteGroup obj)
    {
        renderer.PushParagraphContext(new DocxRenderer.ParagraphContext(WordStyles.FootnoteText, 0));
        try
        {
            foreach (var note in obj.OfType<MarkdownFootnote>().OrderBy(f => f.Order))
            {
                var footnote = new WordFootnote { Id = note.Order };
                renderer.PendingFootnoteMark = true;
                renderer.WriteChildrenInto(note, e => footnote.Append(e));
                if (!footnote.HasChildren) footnote.Append(renderer.NewParagraph());
                renderer.PendingFootnoteMark = false;
                renderer.Content.Footnotes.Add(footnote);
            }
        }
        finally
        {
            renderer.PopParagraphContext();
        }
    }
}

/// <summary>Link reference definitions print nothing.</summary>
public sealed class LinkReferenceDefinitionGroupRenderer : DocxObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(DocxRenderer renderer, LinkReferenceDefinitionGroup obj) { }
}

/// <summary>Raw HTML is disabled in the pipeline; should a block reach us, it is shown as text.</summary>
public sealed class HtmlBlockRenderer : DocxObjectRenderer<HtmlBlock>
{
    protected override void Write(DocxRenderer renderer, HtmlBlock obj)
    {
        var paragraph = renderer.NewParagraph();
        var text = DocxRenderer.XmlText(obj.Lines.ToString());
        if (text.Length > 0) paragraph.Append(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        renderer.AddBlock(paragraph);
    }
}
