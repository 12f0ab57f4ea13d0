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
/// thematic breaks, link reference definitions and Markdown syntax. <see cref="PlainTextOptions.Pdf"/>
/// counts what the PDF draws as text instead: list and footnote numbers, superscript reference marks,
/// image alt text.
/// </remarks>
public static class PlainText
{
    /// <summary>The words of the visible text in reading order (split on white space).</summary>
    public static IReadOnlyList<string> Words(MarkdownDocument document, PlainTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        new Walker(sb, options ?? PlainTextOptions.Html).AppendBlock(document);
        return sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Splits text on white space exactly as <see cref="Words"/> does, for comparisons.</summary>
    public static IReadOnlyList<string> SplitWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private sealed class Walker(StringBuilder sb, PlainTextOptions options)
    {
        public void AppendBlock(Block block)
        {
            switch (block)
            {
                case ListBlock { IsOrdered: true } list when options.NumberedItems:
                    var number = int.Parse(list.OrderedStart ?? "1", CultureInfo.InvariantCulture);
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        sb.Append(' ').Append(number++.ToString(CultureInfo.InvariantCulture)).Append(list.OrderedDelimiter).Append(' ');
                        AppendBlock(item);
                    }

                    break;
                case FootnoteGroup group when options.NumberedItems:
                    foreach (var note in group.OfType<Footnote>().OrderBy(f => f.Order))
                    {
                        sb.Append(' ').Append(note.Order.ToString(CultureInfo.InvariantCulture)).Append(". ");
                        AppendBlock(note);
                    }

                    break;
                case ReleaseTableBlock { Model: { } model }:
                    // A data table shows its model, whatever text GitHub is given for it.
                    foreach (var text in model.Texts()) sb.Append(' ').Append(text).Append(' ');
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        foreach (var cell in row.OfType<TableCell>())
                        {
                            AppendBlock(cell);
                            sb.Append(' ');
                        }
                    }

                    break;
                case LinkReferenceDefinitionGroup:
                case ThematicBreakBlock:
                    break;
                case ContainerBlock container:
                    foreach (var child in container) AppendBlock(child);
                    break;
                case LeafBlock { Inline: { } inline }:
                    AppendInlines(inline);
                    break;
                case LeafBlock leaf:
                    // Code blocks (and raw HTML blocks, shown as text) keep their lines.
                    var lines = leaf.Lines;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        sb.Append(' ');
                        AppendText(lines.Lines[i].Slice.AsSpan());
                    }

                    break;
            }

            sb.Append(' ');
        }

        private void AppendInlines(ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal: AppendText(literal.Content.AsSpan()); break;
                    case HtmlEntityInline entity: AppendText(entity.Transcoded.AsSpan()); break;
                    case CodeInline code: AppendText(code.Content); break;
                    case HtmlInline html: AppendText(html.Tag); break;
                    case LineBreakInline: sb.Append(' '); break;
                    case FootnoteLink { IsBackLink: true }: break;
                    case FootnoteLink link: AppendFootnoteReference(link.Footnote.Order); break;
                    case AutolinkInline autolink: AppendText(autolink.Url); break;
                    case LinkInline { IsImage: true } image:
                        if (options.ImageAltText) AppendInlines(image);
                        break;
                    case DelimiterInline delimiter:
                        AppendText(delimiter.ToLiteral());
                        AppendInlines(delimiter);
                        break;
                    case ContainerInline child: AppendInlines(child); break;
                }
            }
        }

        // A superscript numeral is read with the word before it ("information¹"), as HTML's <sup> is.
        private void AppendFootnoteReference(int order)
        {
            var number = order.ToString(CultureInfo.InvariantCulture);
            if (!options.SuperscriptFootnoteReferences) sb.Append(number);
            else if (number.Contains('0')) sb.Append(' ').Append(number).Append(' '); // the fonts have no superscript zero
            else foreach (var digit in number) sb.Append(SuperscriptDigits[digit - '0']);
        }

        private const string SuperscriptDigits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

        /// <summary>Control characters are not text (the HTML writer drops them too).</summary>
        private void AppendText(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c == '\t' || c == '\n') sb.Append(' ');
                else if (c >= ' ' && c != '\u007f') sb.Append(c);
            }
        }
    }
}

/// <summary>What a renderer shows as text beyond the words themselves.</summary>
/// <param name="NumberedItems">Ordered list items and footnotes carry their number ("1.").</param>
/// <param name="SuperscriptFootnoteReferences">A footnote reference is a superscript numeral ("¹"), not a digit.</param>
/// <param name="ImageAltText">An image shows its alt text.</param>
public sealed record PlainTextOptions(bool NumberedItems, bool SuperscriptFootnoteReferences, bool ImageAltText)
{
    /// <summary>The HTML page: list numbers and footnote numbers are drawn by the browser, not text; an image is its alt text (the HTML loads nothing from outside).</summary>
    public static PlainTextOptions Html { get; } = new(false, false, true);

    /// <summary>The PDF renderer draws numbers, superscript marks and alt text as text.</summary>
    public static PlainTextOptions Pdf { get; } = new(true, true, true);
}
