using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Layout;
using ReleaseGen.Pdf.Rendering.Blocks;
using ReleaseGen.Pdf.Rendering.Inlines;

namespace ReleaseGen.Pdf.Rendering;

/// <summary>
/// Renders a Markdig document into layout elements, the way Markdig's HtmlRenderer renders HTML: a
/// <see cref="RendererBase"/> that dispatches every block and inline to the first object renderer
/// that accepts its type. Block renderers add elements to the current container; inline renderers
/// add styled runs to the current paragraph.
/// </summary>
public sealed class PdfRenderer : RendererBase
{
    private readonly Stack<Column> _containers = new();
    private readonly Stack<BlockContext> _blockContexts = new();
    private readonly Stack<InlineState> _inlineStates = new();
    private List<TextSpan>? _spans;

    public PdfRenderer(PdfStyleSheet style)
    {
        Style = style;
        Root = new Column(style.ParagraphSpacing);
        _containers.Push(Root);
        _blockContexts.Push(new BlockContext(style.Text(style.BodySize), style.JustifyParagraphs ? TextAlignment.Justify : TextAlignment.Left, 0));

        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ReleaseTableRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());

        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
    }

    public PdfStyleSheet Style { get; }

    /// <summary>The document's content, filled by <see cref="Render"/>.</summary>
    public Column Root { get; }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return Root;
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /// <summary>Text style, alignment and list depth of the blocks being rendered.</summary>
    public sealed record BlockContext(TextStyle TextStyle, TextAlignment Alignment, int ListDepth);

    public BlockContext CurrentBlock => _blockContexts.Peek();

    public void PushBlockContext(BlockContext context) => _blockContexts.Push(context);

    public void PopBlockContext() => _blockContexts.Pop();

    /// <summary>Adds a block element to the current container.</summary>
    public void AddBlock(Element element, bool keepWithNext = false, double spaceBefore = 0)
        => _containers.Peek().Add(element, keepWithNext, spaceBefore);

    /// <summary>Renders the children of <paramref name="block"/> into a new column and returns it.</summary>
    public Column RenderChildren(ContainerBlock block, double spacing)
    {
        var column = new Column(spacing);
        _containers.Push(column);
        try { WriteChildren(block); }
        finally { _containers.Pop(); }
        return column;
    }

    // ---- inlines --------------------------------------------------------------------------------

    private sealed record InlineState(TextStyle Style, string? Link);

    /// <summary>Builds a text block from the inlines of a leaf block.</summary>
    public TextBlock BuildTextBlock(ContainerInline? inline, TextStyle style, TextAlignment alignment)
    {
        var saved = _spans;
        _spans = [];
        _inlineStates.Push(new InlineState(style, null));
        try
        {
            if (inline is not null) WriteChildren(inline);
            return new TextBlock(_spans, alignment) { Hyphenator = alignment == TextAlignment.Justify ? Style.Hyphenation : null };
        }
        finally
        {
            _inlineStates.Pop();
            _spans = saved;
        }
    }

    public TextStyle CurrentInlineStyle => _inlineStates.Peek().Style;

    public void AddText(string text) => AddText(text, CurrentInlineStyle);

    public void AddText(string text, TextStyle style)
    {
        if (_spans is null) throw new InvalidOperationException("Inline content outside a paragraph.");
        if (text.Length > 0) _spans.Add(new TextSpan(text, style, _inlineStates.Peek().Link));
    }

    public void AddLinkText(string text, TextStyle style, string link)
    {
        if (_spans is null) throw new InvalidOperationException("Inline content outside a paragraph.");
        _spans.Add(new TextSpan(text, style, link));
    }

    public void AddLineBreak()
        => (_spans ?? throw new InvalidOperationException("Inline content outside a paragraph."))
            .Add(TextSpan.LineBreak(CurrentInlineStyle));

    /// <summary>Renders the children of <paramref name="inline"/> with a changed style (and link).</summary>
    public void WriteStyled(ContainerInline inline, Func<TextStyle, TextStyle> change, string? link = null)
    {
        var current = _inlineStates.Peek();
        _inlineStates.Push(new InlineState(change(current.Style), link ?? current.Link));
        try { WriteChildren(inline); }
        finally { _inlineStates.Pop(); }
    }

    /// <summary>Only http, https and mailto links become clickable: the one rule of <see cref="ReleaseGen.Markdown.LinkSafety"/>.</summary>
    public static bool IsSafeLink(string? url) => ReleaseGen.Markdown.LinkSafety.IsSafe(url);

    /// <summary>The plain text of inlines (for bookmarks).</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline auto: sb.Append(auto.Url); break;
            }
        }
        return System.Text.RegularExpressions.Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }
}

/// <summary>Base of the object renderers of <see cref="PdfRenderer"/>, as HtmlObjectRenderer is for HTML.</summary>
public abstract class PdfObjectRenderer<TObject> : MarkdownObjectRenderer<PdfRenderer, TObject>
    where TObject : MarkdownObject;
