using System.Net;
using System.Text;

namespace ReleaseGen.Diff;

/// <summary>
/// Writes a redline as one standalone HTML page with its own style sheet: deleted text in
/// <c>&lt;del&gt;</c>, new text in <c>&lt;ins&gt;</c>, tables kept as tables. No scripts, no external
/// resources, no dates: the same inputs give the same bytes.
/// </summary>
public static class RedlineHtmlWriter
{
    private const string Style = """
        body { font-family: Georgia, "Times New Roman", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1a1a1a; }
        header.redline { font-family: system-ui, sans-serif; font-size: .9rem; border-bottom: 1px solid #999; margin-bottom: 1.5rem; padding-bottom: .5rem; }
        header.redline p { margin: .2rem 0; }
        del { color: #a40000; background: #fde8e8; text-decoration: line-through; }
        ins { color: #005a00; background: #e6f6e6; text-decoration: underline; }
        .block-deleted { border-left: 4px solid #a40000; padding-left: .5rem; }
        .block-inserted { border-left: 4px solid #005a00; padding-left: .5rem; }
        .block-changed { border-left: 4px solid #b07d00; padding-left: .5rem; }
        table { border-collapse: collapse; margin: 1rem 0; }
        th, td { border: 1px solid #bbb; padding: .2rem .5rem; vertical-align: top; }
        td + td { text-align: right; }
        tr.row-deleted { background: #fde8e8; }
        tr.row-inserted { background: #e6f6e6; }
        table.figures td, table.figures th { font-family: system-ui, sans-serif; font-size: .9rem; }
        """;

    public static string Write(ReleaseDiff diff)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>Redline: {E(diff.Old.Name)} to {E(diff.New.Name)}</title>\n");
        html.Append("<style>\n").Append(Style.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"redline\">\n");
        html.Append($"<p>Redline of <strong>{E(diff.New.Name)}</strong> against <strong>{E(diff.Old.Name)}</strong>.</p>\n");
        var changed = diff.Redline.Blocks.Count(b => b.HasChanges);
        html.Append(diff.HasDifferences
            ? $"<p>{changed} block(s) changed in {diff.Redline.ChangedSections.Count} section(s); <del>deleted text</del>, <ins>inserted text</ins>.</p>\n"
            : "<p>No differences.</p>\n");
        if (diff.FigureChanges.Count > 0)
        {
            html.Append("<table class=\"figures\">\n<thead><tr><th>Metric</th><th>Period</th><th>Old</th><th>New</th><th>Change</th></tr></thead>\n<tbody>\n");
            foreach (var f in diff.FigureChanges)
                html.Append($"<tr><td>{E(f.Label)} ({E(f.MetricKey)})</td><td>{E(f.Period.ToString())}</td><td>{E(f.OldText)}</td><td>{E(f.NewText)}</td><td>{E(f.ChangeText)}</td></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("</header>\n<main>\n");

        var blocks = diff.Redline.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.ListItem)
            {
                var tag = block.Ordered ? "ol" : "ul";
                html.Append($"<{tag}>\n");
                for (; i < blocks.Count && blocks[i].Kind == BlockKind.ListItem && blocks[i].Ordered == block.Ordered; i++)
                    html.Append($"<li{Class(blocks[i].Change)}>{Segments(blocks[i].Segments)}</li>\n");
                i--;
                html.Append($"</{tag}>\n");
                continue;
            }
            WriteBlock(html, block);
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteBlock(StringBuilder html, RedlineBlock block)
    {
        var cls = Class(block.Change);
        switch (block.Kind)
        {
            case BlockKind.Heading:
                var level = Math.Clamp(block.Level, 1, 6);
                html.Append($"<h{level}{cls}>{Segments(block.Segments)}</h{level}>\n");
                break;
            case BlockKind.Table:
                WriteTable(html, block, cls);
                break;
            case BlockKind.Quote:
                html.Append($"<blockquote{cls}><p>{Segments(block.Segments)}</p></blockquote>\n");
                break;
            case BlockKind.Code:
                html.Append($"<pre{cls}><code>{Segments(block.Segments, keepNewlines: true)}</code></pre>\n");
                break;
            case BlockKind.Rule:
                html.Append($"<hr{cls}>\n");
                break;
            default:
                html.Append($"<p{cls}>{Segments(block.Segments)}</p>\n");
                break;
        }
    }

    private static void WriteTable(StringBuilder html, RedlineBlock block, string cls)
    {
        html.Append($"<table{cls}>\n");
        var header = block.Rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            html.Append("<thead>\n");
            foreach (var row in header) WriteRow(html, row, "th");
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        foreach (var row in block.Rows.Skip(header.Count)) WriteRow(html, row, row.IsHeader ? "th" : "td");
        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteRow(StringBuilder html, RedlineRow row, string cellTag)
    {
        var cls = row.Change switch
        {
            ChangeKind.Deleted => " class=\"row-deleted\"",
            ChangeKind.Inserted => " class=\"row-inserted\"",
            ChangeKind.Changed => " class=\"row-changed\"",
            _ => "",
        };
        html.Append($"<tr{cls}>");
        foreach (var cell in row.Cells)
        {
            var span = cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : "";
            html.Append($"<{cellTag}{span}>{Segments(cell.Segments)}</{cellTag}>");
        }
        html.Append("</tr>\n");
    }

    private static string Class(ChangeKind change) => change switch
    {
        ChangeKind.Deleted => " class=\"block-deleted\"",
        ChangeKind.Inserted => " class=\"block-inserted\"",
        ChangeKind.Changed => " class=\"block-changed\"",
        _ => "",
    };

    private static string Segments(IEnumerable<Segment> segments, bool keepNewlines = false)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            var escaped = E(segment.Text);
            escaped = keepNewlines ? escaped : escaped.Replace("\n", "<br>\n");
            text.Append(segment.Kind switch
            {
                SegmentKind.Deleted => $"<del>{escaped}</del>",
                SegmentKind.Inserted => $"<ins>{escaped}</ins>",
                _ => escaped,
            });
        }
        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
