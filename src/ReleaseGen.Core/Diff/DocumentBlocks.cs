using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Markdown;

namespace ReleaseGen.Diff;

/// <summary>What a top-level block of a release is, for alignment and for rendering the redline.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Table,
    Quote,
    Code,
    Rule,
}

/// <summary>One cell of a table: its text and how many columns it spans.</summary>
public sealed record TableCellText(string Text, int ColumnSpan);

/// <summary>One row of a table; from a data table it also keeps how the row is drawn (group, nesting depth, total).</summary>
public sealed record TableRowText(bool IsHeader, IReadOnlyList<TableCellText> Cells)
{
    /// <summary>The row's nesting depth in a data table (0 at the top).</summary>
    public int Depth { get; init; }

    /// <summary>A group heading of a data table.</summary>
    public bool IsGroup { get; init; }

    /// <summary>A subtotal or total row of a data table: bold, ruled above.</summary>
    public bool IsEmphasized { get; init; }

    internal string Key => (IsHeader ? "h:" : "d:") + string.Join(" | ", Cells.Select(c => $"{c.Text}/{c.ColumnSpan}"));
}

/// <summary>
/// A block of a release reduced to what a reader sees: its kind and plain text (inline formatting
/// dropped, hard line breaks kept as <c>\n</c>), or its rows for a table.
/// </summary>
public sealed record DocumentBlock(BlockKind Kind, int Level, bool Ordered, string Text, IReadOnlyList<TableRowText> Rows)
{
    /// <summary>Blocks are aligned by this key: equal keys are the same block.</summary>
    internal string Key => Kind switch
    {
        BlockKind.Table => "table:" + string.Join("\n", Rows.Select(r => r.Key)),
        _ => $"{Kind}:{Level}:{Ordered}:{Text}",
    };

    /// <summary>Blocks of the same shape can be compared word by word (a paragraph with a paragraph, an H2 with an H2).</summary>
    internal bool Comparable(DocumentBlock other) => Kind == other.Kind && Level == other.Level && Ordered == other.Ordered;
}

/// <summary>Parses release Markdown with the shared pipeline and lists its blocks in reading order.</summary>
public static class DocumentBlocks
{
    public static IReadOnlyList<DocumentBlock> Read(string markdown) => Read(ReleaseMarkdown.Parse(markdown.Replace("\r\n", "\n")), markdown);

    /// <summary>The blocks of a parsed document: a data table from its model, cell by cell, as every format prints it.</summary>
    public static IReadOnlyList<DocumentBlock> Read(MarkdownDocument document, string markdown)
    {
        var blocks = new List<DocumentBlock>();
        foreach (var block in document) Add(blocks, block, markdown);
        return blocks;
    }

    private static void Add(List<DocumentBlock> blocks, Block block, string source)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(Text(BlockKind.Heading, InlineText(heading.Inline), heading.Level));
                break;
            case ReleaseTableBlock { Model: { } model }:
                if (model.Title is { } title) blocks.Add(Text(BlockKind.Paragraph, title, 0));
                blocks.Add(new DocumentBlock(BlockKind.Table, 0, false, "", ReadModel(model)));
                foreach (var note in model.Notes) blocks.Add(Text(BlockKind.Paragraph, note.Display, 0));
                break;
            case ReleaseTableBlock region:
                foreach (var child in region) Add(blocks, child, source);
                break;
            case Table table:
                blocks.Add(new DocumentBlock(BlockKind.Table, 0, false, "", ReadTable(table)));
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                    blocks.Add(new DocumentBlock(BlockKind.ListItem, 0, list.IsOrdered, ContainerText(item), []));
                break;
            case QuoteBlock quote:
                blocks.Add(Text(BlockKind.Quote, ContainerText(quote)));
                break;
            case FootnoteGroup footnotes:
                foreach (var footnote in footnotes.OfType<Footnote>())
                    blocks.Add(Text(BlockKind.Paragraph, $"[{footnote.Order}] {ContainerText(footnote)}"));
                break;
            case CodeBlock code:
                blocks.Add(Text(BlockKind.Code, code.Lines.ToString().TrimEnd('\n')));
                break;
            case ThematicBreakBlock:
                blocks.Add(Text(BlockKind.Rule, ""));
                break;
            case LeafBlock leaf:
                blocks.Add(Text(BlockKind.Paragraph, leaf.Inline is null ? leaf.Lines.ToString() : InlineText(leaf.Inline)));
                break;
            case ContainerBlock container:
                foreach (var child in container) Add(blocks, child, source);
                break;
            default:
                blocks.Add(Text(BlockKind.Paragraph, source.Substring(block.Span.Start, block.Span.Length)));
                break;
        }
    }

    private static DocumentBlock Text(BlockKind kind, string text, int level = 0) => new(kind, level, false, text, []);

    private static IReadOnlyList<TableRowText> ReadModel(Tables.TableModel model) =>
        model.HeaderRows.Select(h => new TableRowText(true, h.Cells.Select(c => new TableCellText(c.Text + c.Marks, c.Span)).ToList()))
            .Concat(model.Rows.Select(r => new TableRowText(false, r.IsGroup
                ? [new TableCellText(r.Label + r.Marks, model.ColumnCount)]
                : [new TableCellText(r.Label + r.Marks, 1), .. r.Cells.Select(c => new TableCellText(c.Text + c.Marks, 1))])
            {
                Depth = r.Depth,
                IsGroup = r.IsGroup,
                IsEmphasized = r.IsEmphasized,
            }))
            .ToList();

    private static IReadOnlyList<TableRowText> ReadTable(Table table) => table.OfType<Markdig.Extensions.Tables.TableRow>()
        .Select(row => new TableRowText(row.IsHeader,
            row.OfType<TableCell>().Select(cell => new TableCellText(ContainerText(cell), Math.Max(1, cell.ColumnSpan))).ToList()))
        .ToList();

    /// <summary>The text of a container's blocks, one space between blocks.</summary>
    private static string ContainerText(ContainerBlock container)
    {
        var parts = new List<string>();
        foreach (var child in container)
        {
            switch (child)
            {
                case LeafBlock { Inline: { } inline }:
                    parts.Add(InlineText(inline));
                    break;
                case LeafBlock leaf:
                    parts.Add(leaf.Lines.ToString().TrimEnd('\n'));
                    break;
                case ContainerBlock nested:
                    parts.Add(ContainerText(nested));
                    break;
            }
        }
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is not null) AppendInline(text, inline);
        return text.ToString();
    }

    private static void AppendInline(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case FootnoteLink footnote:
                text.Append($"[{footnote.Index + 1}]");
                break;
            case LinkInline { IsAutoLink: true } link when link.FirstChild is null:
                text.Append(link.Url);
                break;
            case ContainerInline container:
                foreach (var child in container) AppendInline(text, child);
                break;
        }
    }
}
