using System.Net;
using System.Text;

namespace ReleaseGen.Tieout;

/// <summary>
/// The reviewer's trace (<c>--report FILE.html</c>): the final document as read, every number marked
/// tied (green, with its source), wrong (red, with the right value) or untied (amber), recognised
/// numbers (years, dates, phones) underlined grey, the counts the text report prints, and the findings.
/// Self-contained and deterministic.
/// </summary>
public static class TieoutReport
{
    public static string WriteHtml(TieoutResult result, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Tie-out: ").Append(Encode(title)).Append("</title>\n<style>\n")
            .Append("body { font-family: sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.5; }\n")
            .Append("mark { padding: 0 0.15em; border-radius: 0.2em; }\n")
            .Append("mark.tied { background: #d7f5dd; } mark.tied::after { content: \"\\2713\"; color: #1a7f37; font-size: 0.75em; }\n")
            .Append("mark.wrong { background: #ffd7d5; outline: 1px solid #cf222e; } mark.wrong::after { content: \"\\2717\"; color: #cf222e; font-size: 0.75em; }\n")
            .Append("mark.untied { background: #fff1c2; } mark.untied::after { content: \"?\"; color: #9a6700; font-size: 0.75em; }\n")
            .Append("mark.recognised { background: none; text-decoration: underline dotted #8c959f; }\n")
            .Append("table { border-collapse: collapse; margin: 1rem 0; } td, th { border: 1px solid #d0d7de; padding: 0.2rem 0.5rem; text-align: right; } td:first-child { text-align: left; }\n")
            .Append(".note { display: block; font-size: 0.8em; color: #57606a; }\n")
            .Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>Tie-out: ").Append(Encode(title)).Append("</h1>\n");
        html.Append("<p id=\"counts\" data-tied=\"").Append(result.Tied).Append("\" data-wrong=\"").Append(result.Wrong)
            .Append("\" data-untied=\"").Append(result.Untied).Append("\" data-recognised=\"").Append(result.Recognised).Append("\">")
            .Append(Encode(result.Counts)).Append("; ").Append(result.Errors).Append(" error(s), ").Append(result.Warnings).Append(" warning(s)</p>\n");
        var byText = result.Marks.GroupBy(m => m.Text).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Start).ToList());
        foreach (var block in result.Document.Blocks)
        {
            switch (block)
            {
                case FinalParagraph paragraph:
                    html.Append("<p>").Append(Marked(paragraph.Text, byText)).Append("</p>\n");
                    break;
                case FinalTable table:
                    html.Append("<table>\n");
                    if (table.Title is { } caption) html.Append("<caption>").Append(Marked(caption, byText)).Append("</caption>\n");
                    foreach (var row in table.Rows)
                    {
                        var tag = row.IsHeader ? "th" : "td";
                        html.Append("<tr><").Append(tag).Append('>').Append(Marked(row.Label, byText)).Append("</").Append(tag).Append('>');
                        foreach (var cell in row.Cells) html.Append('<').Append(tag).Append('>').Append(Marked(cell, byText)).Append("</").Append(tag).Append('>');
                        html.Append("</tr>\n");
                    }
                    html.Append("</table>\n");
                    break;
            }
        }
        html.Append("<h2>Findings</h2>\n<ul id=\"findings\">\n");
        foreach (var d in result.Diagnostics) html.Append("<li>").Append(Encode(d.ToString())).Append("</li>\n");
        html.Append("</ul>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Marked(PositionedText text, Dictionary<PositionedText, List<TieMark>> marks)
    {
        if (!marks.TryGetValue(text, out var list)) return Encode(text.Text);
        var html = new StringBuilder();
        var at = 0;
        foreach (var mark in list)
        {
            if (mark.Start < at) continue; // overlapping marks: the first wins
            html.Append(Encode(text.Text[at..mark.Start]));
            var status = mark.Status.ToString().ToLowerInvariant();
            var where = $"{mark.Position.Line}:{mark.Position.Column}";
            html.Append("<mark class=\"").Append(status).Append("\" title=\"").Append(Encode($"{status} ({where}): {mark.Note}")).Append("\">")
                .Append(Encode(mark.Printed)).Append("</mark>");
            if (mark.Status == TieStatus.Wrong) html.Append("<span class=\"note\">").Append(Encode(mark.Note)).Append("</span>");
            at = mark.Start + mark.Length;
        }
        html.Append(Encode(text.Text[at..]));
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
