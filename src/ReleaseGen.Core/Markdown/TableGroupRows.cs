using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Markdown;

/// <summary>
/// How a pipe table in the narrative says "group row": its first cell is wholly emphasised
/// (<c>| **Grade:** | | |</c>) and every other cell is empty. A pipe table cannot span columns, so this
/// is the one shape every renderer (HTML page, EDGAR exhibit, PDF) reads as a caption for the rows under it.
/// </summary>
public static class TableGroupRows
{
    /// <summary>1 for a bold (or plain emphasised) group caption, 2 for an italic, nested one; 0 for an ordinary row.</summary>
    public static int Level(TableRow row, int columns)
    {
        if (row.IsHeader || columns < 2 || row.Count == 0) return 0;
        for (var i = 1; i < row.Count; i++)
            if (row[i] is TableCell cell && cell.Descendants<LeafBlock>().Any(HasText)) return 0;
        if (row[0] is not TableCell first || first.Count != 1 || first[0] is not ParagraphBlock { Inline: { } inline }) return 0;
        var meaningful = inline.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        if (meaningful is not [EmphasisInline emphasis]) return 0;
        return emphasis.DelimiterCount == 1 ? 2 : 1;
    }

    private static bool HasText(LeafBlock leaf) =>
        leaf.Inline is { } inline
            ? inline.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace()) || inline.Descendants<CodeInline>().Any()
            : !leaf.Lines.ToString().Trim().Equals("", StringComparison.Ordinal);
}
