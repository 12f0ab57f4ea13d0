using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Word.Rendering.Blocks;
using ReleaseGen.Word.Rendering.Inlines;

namespace ReleaseGen.Word.Rendering;

/// <summary>
/// Renders a Markdig document into Open XML, the way Markdig's HtmlRenderer renders HTML: a
/// <see cref="RendererBase"/> that dispatches every block and inline to the first object renderer
/// that accepts its type. Block renderers add paragraphs and tables to the current container (the
/// body, a table cell, a footnote); inline renderers add runs to the current paragraph or hyperlink.
/// </summary>
public sealed class DocxRenderer : RendererBase
{
    private readonly Stack<Action<OpenXmlElement>> _containers = new();
    private readonly Stack<ParagraphContext> _paragraphContexts = new();
    private readonly Stack<OpenXmlCompositeElement> _inlineTargets = new();
    private readonly Stack<RunFormat> _runFormats = new();

    internal DocxRenderer(WordContent content, int textWidth)
    {
        Content = content;
        TextWidth = textWidth;
        _containers.Push(content.Body.Add);
        _paragraphContexts.Push(new ParagraphContext(WordStyles.BodyText, 0));
        _runFormats.Push(RunFormat.Plain);

        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ReleaseTableRenderer());
        ObjectRenderers.Add(new PipeTableRenderer());
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

    internal WordContent Content { get; }

    /// <summary>The width of the text column in twips, for table columns.</summary>
    public int TextWidth { get; }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return Content;
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /// <summary>The paragraph style, left indent (twips) and list depth of the blocks being rendered.</summary>
    public sealed record ParagraphContext(string Style, int Indent, int ListDepth = 0);

    public ParagraphContext CurrentParagraph => _paragraphContexts.Peek();

    public void PushParagraphContext(ParagraphContext context) => _paragraphContexts.Push(context);

    public void PopParagraphContext() => _paragraphContexts.Pop();

    /// <summary>The list numbering the next paragraph takes (the first paragraph of a list item), then clears.</summary>
    public (int NumberingId, int Level)? PendingNumbering { get; set; }

    /// <summary>The footnote whose number the next paragraph starts with (its first paragraph).</summary>
    public bool PendingFootnoteMark { get; set; }

    /// <summary>Adds a block (paragraph, table) to the current container.</summary>
    public void AddBlock(OpenXmlElement element) => _containers.Peek()(element);

    /// <summary>Renders <paramref name="block"/>'s children into <paramref name="sink"/> instead of the current container.</summary>
    public void WriteChildrenInto(ContainerBlock block, Action<OpenXmlElement> sink)
    {
        _containers.Push(sink);
        try { WriteChildren(block); }
        finally { _containers.Pop(); }
    }

    /// <summary>A paragraph in the current context's style (or <paramref name="style"/>), taking any pending list number.</summary>
    public Paragraph NewParagraph(string? style = null, JustificationValues? alignment = null)
    {
        var context = CurrentParagraph;
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style ?? context.Style });
        if (PendingNumbering is { } numbering)
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = numbering.Level },
                new NumberingId { Val = numbering.NumberingId }));
            PendingNumbering = null;
        }
        else if (context.Indent > 0)
        {
            properties.Append(new Indentation { Left = context.Indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        if (alignment is { } jc) properties.Append(new Justification { Val = jc });
        var paragraph = new Paragraph(properties);
        if (PendingFootnoteMark)
        {
            PendingFootnoteMark = false;
            // On the baseline, as the PDF numbers its notes ("1. "), not raised as LibreOffice would draw it.
            paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Baseline }), new FootnoteReferenceMark()), new Run(new Text(". ") { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }

    /// <summary>Fills <paramref name="paragraph"/> with the runs of <paramref name="inline"/> and adds it to the current container.</summary>
    public void WriteParagraph(Paragraph paragraph, ContainerInline? inline, RunFormat? format = null)
    {
        _inlineTargets.Push(paragraph);
        if (format is not null) _runFormats.Push(format);
        try
        {
            if (inline is not null) WriteChildren(inline);
        }
        finally
        {
            if (format is not null) _runFormats.Pop();
            _inlineTargets.Pop();
        }
        AddBlock(paragraph);
    }

    // ---- inlines --------------------------------------------------------------------------------

    /// <summary>How runs look: bold, italic, a character style, a colour.</summary>
    public sealed record RunFormat(bool Bold = false, bool Italic = false, string? CharacterStyle = null, string? Color = null)
    {
        public static RunFormat Plain { get; } = new();

        public RunProperties? Properties()
        {
            if (this == Plain) return null;
            var properties = new RunProperties();
            if (CharacterStyle is not null) properties.Append(new RunStyle { Val = CharacterStyle });
            if (Bold) properties.Append(new Bold(), new BoldComplexScript());
            if (Italic) properties.Append(new Italic(), new ItalicComplexScript());
            if (Color is not null) properties.Append(new Color { Val = Color });
            return properties;
        }
    }

    public RunFormat CurrentFormat => _runFormats.Peek();

    /// <summary>Adds <paramref name="text"/> as a run in the current format.</summary>
    public void AddText(string text) => AddText(text, CurrentFormat);

    public void AddText(string text, RunFormat format)
    {
        var clean = XmlText(text);
        if (clean.Length == 0) return;
        AddRun(new Run(new Text(clean) { Space = SpaceProcessingModeValues.Preserve }), format);
    }

    /// <summary>Adds <paramref name="run"/> (text, a break, a footnote reference) in <paramref name="format"/>.</summary>
    public void AddRun(Run run, RunFormat format)
    {
        if (format.Properties() is { } properties) run.PrependChild(properties);
        Target.Append(run);
    }

    public void AddLineBreak() => AddRun(new Run(new Break()), CurrentFormat);

    /// <summary>Renders <paramref name="inline"/>'s children in a changed format.</summary>
    public void WriteFormatted(ContainerInline inline, Func<RunFormat, RunFormat> change)
    {
        _runFormats.Push(change(CurrentFormat));
        try { WriteChildren(inline); }
        finally { _runFormats.Pop(); }
    }

    /// <summary>
    /// A hyperlink to <paramref name="url"/> holding what <paramref name="write"/> adds, in the Hyperlink
    /// style; only http, https and mailto links (and absolute ones) become links, others stay text.
    /// </summary>
    public void WriteLink(string? url, Action write)
    {
        var id = IsSafeLink(url) ? Content.AddHyperlink(url!) : null;
        if (id is null)
        {
            write();
            return;
        }
        var hyperlink = new Hyperlink { Id = id, History = OnOffValue.FromBoolean(true) };
        Target.Append(hyperlink);
        _inlineTargets.Push(hyperlink);
        _runFormats.Push(CurrentFormat with { CharacterStyle = WordStyles.Hyperlink });
        try { write(); }
        finally
        {
            _runFormats.Pop();
            _inlineTargets.Pop();
        }
    }

    private OpenXmlCompositeElement Target => _inlineTargets.Count > 0
        ? _inlineTargets.Peek()
        : throw new InvalidOperationException("Inline content outside a paragraph.");

    /// <summary>Only http, https and mailto links become clickable: the one rule of templates, HTML and PDF (<see cref="ReleaseGen.Markdown.LinkSafety"/>).</summary>
    public static bool IsSafeLink(string? url) => ReleaseGen.Markdown.LinkSafety.IsSafe(url);

    /// <summary>Text XML can hold: tabs and newlines become spaces, other control characters are dropped (as the HTML writer drops them).</summary>
    public static string XmlText(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (c < ' ' || c == '\u007f' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)) { clean = false; break; }
        }
        if (clean) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n') sb.Append(' ');
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (c >= ' ' && c != '\u007f' && c is not ('\uFFFE' or '\uFFFF') && !char.IsSurrogate(c)) sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>Base of the object renderers of <see cref="DocxRenderer"/>, as HtmlObjectRenderer is for HTML.</summary>
public abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
