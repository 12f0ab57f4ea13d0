using System.Text;
using ReleaseGen.Templating;

namespace ReleaseGen.Diff;

/// <summary>
/// Writes the changes of a redline as Markdown: the changed figures as a table, then each changed block
/// under its section, with ~~deleted~~ and **inserted** text and the unchanged text around each change
/// shortened to a few words.
/// </summary>
public static class RedlineSummaryWriter
{
    private const int ContextWords = 6;

    public static string Write(ReleaseDiff diff)
    {
        var md = new StringBuilder();
        md.Append($"# Redline: {Esc(diff.Old.Name)} to {Esc(diff.New.Name)}\n\n");
        if (!diff.HasDifferences)
        {
            md.Append("No differences.\n");
            return md.ToString();
        }
        var changedBlocks = diff.Redline.Blocks.Where(b => b.HasChanges).ToList();
        md.Append($"{changedBlocks.Count} block(s) changed in {diff.Redline.ChangedSections.Count} section(s)");
        md.Append(diff.ComparesFigures ? $"; {diff.FigureChanges.Count} figure(s) changed.\n\n" : ".\n\n");

        if (diff.FigureChanges.Count > 0)
        {
            md.Append("## Changed figures\n\n| Metric | Period | Old | New | Change |\n|---|---|--:|--:|--:|\n");
            foreach (var f in diff.FigureChanges)
                md.Append($"| {Esc(f.Label)} (`{f.MetricKey}`) | {f.Period} | {f.OldText} | {f.NewText} | {f.ChangeText} |\n");
            md.Append('\n');
        }

        md.Append("## Changed text\n");
        foreach (var section in changedBlocks.GroupBy(b => b.Section))
        {
            md.Append($"\n### {(section.Key.Length == 0 ? "(before the first heading)" : Esc(section.Key))}\n\n");
            foreach (var block in section)
            {
                if (block.Kind == BlockKind.Table)
                {
                    foreach (var row in block.Rows.Where(r => r.Change != ChangeKind.Unchanged))
                        md.Append($"- {RowLabel(row.Change)}table row: {string.Join(" \\| ", row.Cells.Select(c => Inline(c.Segments, shorten: false)))}\n");
                }
                else
                {
                    md.Append($"- {RowLabel(block.Change)}{Inline(block.Segments, shorten: block.Change == ChangeKind.Changed)}\n");
                }
            }
        }
        return md.ToString();
    }

    private static string RowLabel(ChangeKind change) => change switch
    {
        ChangeKind.Deleted => "deleted ",
        ChangeKind.Inserted => "inserted ",
        _ => "",
    };

    private static string Inline(IReadOnlyList<Segment> segments, bool shorten)
    {
        var text = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var flat = s.Text.Replace('\n', ' ');
            if (flat.Trim().Length == 0)
            {
                if (s.Kind == SegmentKind.Same) text.Append(flat);
                continue;
            }
            switch (s.Kind)
            {
                case SegmentKind.Deleted:
                    text.Append(Wrap("~~", flat));
                    break;
                case SegmentKind.Inserted:
                    text.Append(Wrap("**", flat));
                    break;
                default:
                    text.Append(Esc(shorten ? Shorten(flat, keepStart: i > 0, keepEnd: i < segments.Count - 1) : flat));
                    break;
            }
        }
        return text.ToString().Trim();
    }

    // "~~ 458,472 ~~" is not strikethrough: markers go inside any surrounding spaces.
    private static string Wrap(string marker, string text)
    {
        var trimmed = text.Trim();
        var lead = text[..(text.Length - text.TrimStart().Length)];
        var trail = text[text.TrimEnd().Length..];
        return $"{lead}{marker}{Esc(trimmed)}{marker}{trail}";
    }

    /// <summary>Keeps a few words of unchanged text next to the changes on either side.</summary>
    private static string Shorten(string text, bool keepStart, bool keepEnd)
    {
        var words = text.Split(' ');
        if (words.Length <= ContextWords * 2 + 1) return text;
        var head = keepStart ? string.Join(' ', words.Take(ContextWords)) : "";
        var tail = keepEnd ? string.Join(' ', words.Skip(words.Length - ContextWords)) : "";
        if (keepStart && keepEnd) return $"{head} … {tail}";
        return keepStart ? $"{head} …" : $"… {tail}";
    }

    private static string Esc(string text) => MarkdownEscaper.Escape(text);
}
