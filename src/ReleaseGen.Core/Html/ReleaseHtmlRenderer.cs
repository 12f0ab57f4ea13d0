using System.Text;
using Markdig.Renderers;
using ReleaseGen.Html.Renderers;

namespace ReleaseGen.Html;

/// <summary>Which of the two HTML forms a <see cref="ReleaseHtmlRenderer"/> writes.</summary>
internal enum HtmlProfile
{
    /// <summary>The standalone web page: classes styled by the page's own stylesheet, links kept.</summary>
    Page,

    /// <summary>The EDGAR exhibit: HTML 4-era elements only, inline styles, ASCII, no links.</summary>
    Edgar,
}

/// <summary>
/// A Markdig renderer, built the way Markdig's own <c>HtmlRenderer</c> is: <see cref="RendererBase"/>
/// dispatches each node of the shared AST to the one small object renderer for its type (see the
/// <c>Renderers</c> folder). Unlike Markdig's, it never writes raw HTML or generic attributes, sends
/// every character of text through <see cref="HtmlText.Append"/> and every URL through
/// <see cref="HtmlText.IsSafeLinkUrl"/>, and writes either of two profiles. Block elements end with a
/// line feed, so adjacent blocks and table cells never run together in the visible text.
/// </summary>
internal sealed class ReleaseHtmlRenderer : TextRendererBase<ReleaseHtmlRenderer>
{
    private readonly StringBuilder _scratch = new();

    public ReleaseHtmlRenderer(TextWriter writer, HtmlProfile profile) : base(writer)
    {
        writer.NewLine = "\n";
        Profile = profile;

        // Blocks.
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new ModelTableRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new HtmlBlockAsTextRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());

        // Inlines.
        ObjectRenderers.Add(new LiteralRenderer());
        ObjectRenderers.Add(new HtmlEntityRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LineBreakRenderer());
        ObjectRenderers.Add(new HtmlInlineAsTextRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new EmphasisRenderer());
        ObjectRenderers.Add(new AutolinkRenderer());
        ObjectRenderers.Add(new LinkRenderer());
        ObjectRenderers.Add(new DelimiterRenderer());
    }

    public HtmlProfile Profile { get; }

    public bool Edgar => Profile == HtmlProfile.Edgar;

    /// <summary>True while writing a tight list item or a table cell: paragraphs lose their <c>&lt;p&gt;</c>.</summary>
    public bool ImplicitParagraph { get; set; }

    /// <summary>Writes text escaped for HTML (ASCII with character references in the EDGAR profile).</summary>
    public ReleaseHtmlRenderer Text(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return this;
        _scratch.Clear();
        HtmlText.Append(_scratch, text, asciiOnly: Edgar);
        if (_scratch.Length == 0) return this;
        Write(_scratch.ToString());
        previousWasLine = _scratch[^1] == '\n';
        return this;
    }

    /// <summary>Writes <c> name="value"</c> with the value escaped.</summary>
    public ReleaseHtmlRenderer Attribute(string name, string value)
    {
        Write(' ').Write(name).Write("=\"");
        Text(value);
        Write('"');
        return this;
    }

    /// <summary>Writes an opening tag; in the EDGAR profile with its inline style.</summary>
    public ReleaseHtmlRenderer Open(string tag, string edgarStyle)
    {
        Write('<').Write(tag);
        if (Edgar) Attribute("style", edgarStyle);
        Write('>');
        return this;
    }
}
