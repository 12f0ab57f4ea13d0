using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Markdown;

/// <summary>
/// The visible text of a parsed release, as every renderer must show it: used to prove that the HTML
/// (and later the PDF) says exactly what the Markdown says.
/// </summary>
/// <remarks>
/// What counts as visible: the text of headings, paragraphs, list items, quotes, code, table cells
/// (row by row, cell by cell) and footnotes; an autolink's URL; a link's text (not its URL); a footnote
/// reference's number, joined to the word before it as a superscript is. Not visible: list markers
/// and footnote numbers of the notes themselves (the renderers draw them as list numbering), images,
/// thematic breaks, link reference definitions and Markdown syntax.
/// </remarks>
public static class PlainText
{
    /// <summary>The words of the visible text in reading order (split on white space).</summary>
    public static IReadOnlyList<string> Words(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        AppendBlock(sb, document);
        return sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Splits text on white space exactly as <see cref="Words"/> does, for comparisons.</summary>
    public static IReadOnlyList<string> SplitWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        AppendBlock(sb, cell);
                        sb.Append(' ');
                    }
                }

                break;
            case LinkReferenceDefinitionGroup:
            case ThematicBreakBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container) AppendBlock(sb, child);
                break;
            case LeafBlock { Inline: { } inline }:
                AppendInlines(sb, inline);
                break;
            case LeafBlock leaf:
                // Code blocks (and raw HTML blocks, shown as text) keep their lines.
                var lines = leaf.Lines;
                for (var i = 0; i < lines.Count; i++)
                {
                    sb.Append(' ');
                    AppendText(sb, lines.Lines[i].Slice.AsSpan());
                }

                break;
        }

        sb.Append(' ');
    }

    private static void AppendInlines(StringBuilder sb, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: AppendText(sb, literal.Content.AsSpan()); break;
                case HtmlEntityInline entity: AppendText(sb, entity.Transcoded.AsSpan()); break;
                case CodeInline code: AppendText(sb, code.Content); break;
                case HtmlInline html: AppendText(sb, html.Tag); break;
                case LineBreakInline: sb.Append(' '); break;
                case FootnoteLink { IsBackLink: true }: break;
                case FootnoteLink link: sb.Append(link.Footnote.Order.ToString(CultureInfo.InvariantCulture)); break;
                case AutolinkInline autolink: AppendText(sb, autolink.Url); break;
                case LinkInline { IsImage: true }: break;
                case DelimiterInline delimiter:
                    AppendText(sb, delimiter.ToLiteral());
                    AppendInlines(sb, delimiter);
                    break;
                case ContainerInline child: AppendInlines(sb, child); break;
            }
        }
    }

    /// <summary>Control characters are not text (the HTML writer drops them too).</summary>
    private static void AppendText(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '\t' || c == '\n') sb.Append(' ');
            else if (c >= ' ' && c != '\u007f') sb.Append(c);
        }
    }
}
