using System.Text;
using System.Text.RegularExpressions;

namespace ReleaseGen.Tieout.Readers;

/// <summary>
/// Reads a final release written in Markdown (the generated <c>.md</c>, hand-edited): paragraphs,
/// headings, list items and footnotes as running text; pipe tables as tables (a bold line just above
/// a table is its title). Markup is dropped (emphasis, links, footnote references, escapes,
/// <c>&amp;nbsp;</c>) and every character keeps its line and column in the file.
/// </summary>
public sealed partial class MarkdownDocumentReader : IFinalDocumentReader
{
    public string Kind => "markdown";

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public FinalDocument Read(string path, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content).Replace("\r\n", "\n").TrimStart('\uFEFF');
        var lines = text.Split('\n');
        var blocks = new List<FinalBlock>();
        PositionedTextBuilder? paragraph = null;
        PositionedText? pendingTitle = null;
        var tableRows = new List<FinalRow>();
        var inComment = false;

        void EndParagraph()
        {
            if (paragraph is null) return;
            var built = paragraph.Build().Trim();
            if (built.Text.Length > 0) blocks.Add(new FinalParagraph(built));
            paragraph = null;
        }

        void EndTable()
        {
            if (tableRows.Count == 0) return;
            blocks.Add(new FinalTable(pendingTitle, [.. tableRows]));
            tableRows.Clear();
            pendingTitle = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            var trimmed = line.Trim();
            if (inComment)
            {
                if (trimmed.Contains("-->", StringComparison.Ordinal)) inComment = false;
                continue;
            }
            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                EndParagraph();
                if (!trimmed.Contains("-->", StringComparison.Ordinal)) inComment = true;
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                if (tableRows.Count == 0)
                {
                    // A bold paragraph right above the table is its title.
                    if (paragraph is null && blocks.Count > 0 && blocks[^1] is FinalParagraph { } previous && IsBoldLine(lines, previous))
                    {
                        pendingTitle = previous.Text;
                        blocks.RemoveAt(blocks.Count - 1);
                    }
                    EndParagraph();
                }
                if (DelimiterRow().IsMatch(trimmed)) continue;
                var cells = SplitRow(line, lineNumber);
                if (cells.Count == 0) continue;
                tableRows.Add(new FinalRow(cells[0], cells.Skip(1).ToList(), IsHeader: tableRows.Count == 0, new TextPosition(lineNumber, line.IndexOf('|') + 1)));
                continue;
            }
            EndTable();
            if (trimmed.Length == 0)
            {
                EndParagraph();
                continue;
            }
            var start = line.Length - line.TrimStart().Length;
            if (Heading().Match(line) is { Success: true } heading)
            {
                EndParagraph();
                blocks.Add(new FinalParagraph(Inline(line, lineNumber, heading.Length).Trim()));
                continue;
            }
            if (ListItem().Match(line) is { Success: true } item)
            {
                EndParagraph();
                paragraph = new PositionedTextBuilder();
                AppendInline(paragraph, line, lineNumber, item.Length);
                continue;
            }
            if (FootnoteDefinition().Match(line) is { Success: true } footnote)
            {
                EndParagraph();
                paragraph = new PositionedTextBuilder();
                AppendInline(paragraph, line, lineNumber, footnote.Length);
                continue;
            }
            if (line.StartsWith('>')) start = line.IndexOf('>') + 1;
            paragraph ??= new PositionedTextBuilder();
            paragraph.Space(new TextPosition(lineNumber, 1));
            AppendInline(paragraph, line, lineNumber, start);
        }
        EndParagraph();
        EndTable();
        return new FinalDocument(path, Kind, blocks);
    }

    // The title line is all bold: "**Production by mine**".
    private static bool IsBoldLine(string[] lines, FinalParagraph paragraph)
    {
        var line = lines[paragraph.Text.At(0).Line - 1].Trim();
        return line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) && line.Length > 4;
    }

    private static List<PositionedText> SplitRow(string line, int lineNumber)
    {
        var cells = new List<PositionedText>();
        var first = line.IndexOf('|');
        var start = first + 1;
        for (var i = start; i <= line.Length; i++)
        {
            var end = i == line.Length;
            if (!end && (line[i] != '|' || line[i - 1] == '\\')) continue;
            if (end && line[start..].Trim().Length == 0) break;
            var cell = new PositionedTextBuilder();
            AppendInline(cell, line[..i], lineNumber, start);
            cells.Add(cell.Build().Trim());
            start = i + 1;
        }
        return cells;
    }

    private static PositionedText Inline(string line, int lineNumber, int start)
    {
        var builder = new PositionedTextBuilder();
        AppendInline(builder, line, lineNumber, start);
        return builder.Build();
    }

    /// <summary>Appends the visible text of <paramref name="line"/> from <paramref name="start"/>, dropping Markdown markup.</summary>
    internal static void AppendInline(PositionedTextBuilder builder, string line, int lineNumber, int start)
    {
        var i = start;
        while (i < line.Length)
        {
            var at = new TextPosition(lineNumber, i + 1);
            var c = line[i];
            if (c == '&' && Entity().Match(line, i) is { Success: true } entity && entity.Index == i)
            {
                var decoded = System.Net.WebUtility.HtmlDecode(entity.Value);
                builder.Append(decoded == "\u00A0" && entity.Value == "&nbsp;" ? " " : decoded, at);
                i += entity.Length;
            }
            else if (c == '\\')
            {
                if (i + 1 == line.Length) i++; // a hard line break
                else if (char.IsPunctuation(line[i + 1]) || char.IsSymbol(line[i + 1]))
                {
                    builder.Append(line[i + 1], new TextPosition(lineNumber, i + 2));
                    i += 2;
                }
                else
                {
                    builder.Append(c, at); // before a letter or digit a backslash is itself (CommonMark)
                    i++;
                }
            }
            else if (c == '[' && i + 1 < line.Length && line[i + 1] == '^')
            {
                var close = line.IndexOf(']', i);
                i = close < 0 ? line.Length : close + 1; // a footnote reference: a mark, not text
            }
            else if (c == ']' && i + 1 < line.Length && line[i + 1] == '(')
            {
                var close = line.IndexOf(')', i);
                i = close < 0 ? line.Length : close + 1; // the link's destination
            }
            else if (c == '<' && i + 1 < line.Length && (char.IsLetter(line[i + 1]) || line[i + 1] == '/' || line[i + 1] == '!'))
            {
                var close = line.IndexOf('>', i);
                if (close < 0) { builder.Append(c, at); i++; continue; }
                var inner = line[(i + 1)..close];
                // An autolink shows its address; an inline tag shows nothing.
                if (inner.Contains(':', StringComparison.Ordinal) && !inner.Contains(' ', StringComparison.Ordinal))
                    for (var k = i + 1; k < close; k++) builder.Append(line[k], new TextPosition(lineNumber, k + 1));
                i = close + 1;
            }
            else if (c is '*' or '`' or '[')
            {
                i++;
            }
            else
            {
                builder.Append(c, at);
                i++;
            }
        }
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-+*]|\d{1,3}[.)])\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\[\^[^\]]+\]:\s*")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex Entity();
}
