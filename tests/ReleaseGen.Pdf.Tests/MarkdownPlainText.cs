using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Pdf.Tests;

/// <summary>
/// The words a reader sees in a Markdown document, in reading order, straight from the AST: the
/// reference the PDF's extracted words are compared with. Ordered list items and footnotes carry their
/// number ("1."), a footnote reference its number in superscript digits glued to the word before it
/// ("information¹"), as HTML's <c>&lt;sup&gt;</c> glues it; bullets, rules and link targets are not words.
/// </summary>
internal static class MarkdownPlainText
{
    public static IReadOnlyList<string> Words(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document) AppendBlock(sb, block);
        return sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    foreach (var cell in row.OfType<TableCell>())
                        foreach (var child in cell) AppendBlock(sb, child);
                break;
            case ListBlock list:
                int number = list.IsOrdered ? int.Parse(list.OrderedStart ?? "1", CultureInfo.InvariantCulture) : 0;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    if (list.IsOrdered) sb.Append(' ').Append(number++.ToString(CultureInfo.InvariantCulture)).Append(list.OrderedDelimiter).Append(' ');
                    foreach (var child in item) AppendBlock(sb, child);
                }
                break;
            case FootnoteGroup group:
                foreach (var note in group.OfType<Footnote>().OrderBy(f => f.Order))
                {
                    sb.Append(' ').Append(note.Order.ToString(CultureInfo.InvariantCulture)).Append(". ");
                    foreach (var child in note) AppendBlock(sb, child);
                }
                break;
            case LinkReferenceDefinitionGroup:
            case ThematicBreakBlock:
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                AppendInline(sb, leaf.Inline);
                sb.Append(' ');
                break;
            case LeafBlock leaf:
                sb.Append(' ').Append(leaf.Lines.ToString()).Append(' ');
                break;
            case ContainerBlock container:
                foreach (var child in container) AppendBlock(sb, child);
                break;
        }
    }

    private static void AppendInline(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
            case AutolinkInline auto: sb.Append(auto.Url); break;
            case FootnoteLink { IsBackLink: false } note:
                var number = note.Footnote.Order.ToString(CultureInfo.InvariantCulture);
                sb.Append(Superscript(number) ?? " " + number + " ");
                break;
            case FootnoteLink: break;
            case ContainerInline container:
                foreach (var child in container) AppendInline(sb, child);
                break;
        }
    }

    private static string? Superscript(string digits)
    {
        const string map = "\0\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        var sb = new StringBuilder();
        foreach (var d in digits)
        {
            if (d == '0') return null;
            sb.Append(map[d - '0']);
        }
        return sb.ToString();
    }
}
