using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests;

/// <summary>
/// Reads a table back out of rendered Markdown through Markdig, as a reader of the <c>.md</c> (or GitHub)
/// sees it: a pipe table whose group rows are a label with every other cell empty.
/// </summary>
internal static class MarkdownTable
{
    /// <summary>Each body row of the first table: its label qualified by the group rows above it, and its cells.</summary>
    public static IReadOnlyList<(string Label, string[] Cells)> ReadFirst(string markdown) => Read(markdown, 0);

    /// <summary>Like <see cref="ReadFirst"/>, for the table at <paramref name="index"/> in document order.</summary>
    public static IReadOnlyList<(string Label, string[] Cells)> Read(string markdown, int index)
    {
        var table = ReleaseMarkdown.Parse(markdown).Descendants<Table>().ElementAt(index);
        var rows = new List<(string, string[])>();
        var groups = new List<string>();
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(Text).ToArray();
            var first = (TableCell)row[0];
            if (first.ColumnSpan > 1 || cells.Skip(1).All(c => c.Length == 0))
            {
                // A group's depth is its indentation: two no-break spaces a level.
                var depth = Depth(RawText(first));
                groups.RemoveRange(depth, groups.Count - depth);
                groups.Add(cells[0].Trim('\u00A0').TrimEnd(':'));
                continue;
            }
            Assert.Equal(groups.Count, Depth(RawText(first)));
            rows.Add((string.Join(" / ", groups.Append(cells[0].Trim('\u00A0'))), cells[1..]));
        }
        return rows;
    }

    /// <summary>The header cells of a table: in the Markdown, one row with the spanning header folded into each column's.</summary>
    public static string[] HeaderCells(string markdown, int tableIndex = 0)
    {
        var table = ReleaseMarkdown.Parse(markdown).Descendants<Table>().ElementAt(tableIndex);
        return table.OfType<TableRow>().Single(r => r.IsHeader).OfType<TableCell>().Select(Text).ToArray();
    }

    private static int Depth(string text) => text.TakeWhile(c => c == '\u00A0').Count() / 2;

    private static string RawText(TableCell cell) =>
        string.Concat(cell.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            HtmlEntityInline e => e.Transcoded.ToString(),
            _ => "",
        }));

    private static string Text(TableCell cell) => RawText(cell).Trim();
}
