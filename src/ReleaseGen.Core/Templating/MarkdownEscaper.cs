using System.Text;
using System.Text.RegularExpressions;

namespace ReleaseGen.Templating;

/// <summary>
/// Escapes data text for insertion into Markdown running text or a table cell, so that it shows as
/// typed and cannot add emphasis, links, HTML, headings, lists, table cells or attributes.
/// <list type="bullet">
/// <item>Always backslash-escaped: <c>\ ` * _ [ ] &lt; &gt; | ! # { } ~ ^ =</c> (<c>{ }</c> so that
/// "{onclick=...}" stays text; <c>~ ^ =</c> and a doubled <c>++</c> for Markdig's emphasis extras:
/// strikethrough, subscript, superscript, marked, inserted).</item>
/// <item><c>&amp;</c> only when it starts an entity (<c>&amp;amp;</c>, <c>&amp;#38;</c>, <c>&amp;#x26;</c>): "AT&amp;T" is unchanged.</item>
/// <item>At the start of a line (after up to three spaces): "+" or "-" followed by a space or the end of
/// the line (a list item), a line of only "-", "=" or spaces ("---", setext underline), any "=", and
/// an ordered-list marker ("1." / "1)" followed by a space or the end): its "." or ")" is escaped.</item>
/// </list>
/// Numbers such as "1,040,257", "8.8", "14%", "-5" pass unchanged. Line breaks are kept (a table cell
/// must not contain one; that is the table's concern, not this function's).
/// </summary>
public static partial class MarkdownEscaper
{
    private const string AlwaysEscaped = "\\`*_[]<>|!#{}~^=";

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")]
    private static partial Regex EntityAt();

    [GeneratedRegex(@"^[0-9]{1,9}[.)](?=[ \t]|$)")]
    private static partial Regex OrderedMarker();

    /// <summary>Escapes <paramref name="text"/>; null gives "".</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length + 8);
        for (var n = 0; n < lines.Length; n++)
        {
            if (n > 0) sb.Append('\n');
            EscapeLine(lines[n], sb);
        }
        return sb.ToString();
    }

    private static void EscapeLine(string line, StringBuilder sb)
    {
        // Up to three leading spaces keep block syntax active.
        var indent = 0;
        while (indent < line.Length && indent < 3 && line[indent] == ' ') indent++;
        sb.Append(line, 0, indent);
        var rest = line[indent..];
        var start = 0;

        if (rest.Length > 0)
        {
            var c = rest[0];
            var next = rest.Length > 1 ? rest[1] : '\0';
            var isBreakLine = rest.Trim().Length > 0 && rest.Trim().All(ch => ch is '-' or '=' or ' ' or '\t' or '\r');
            if (c == '=' || ((c is '+' or '-') && (next is ' ' or '\t' or '\r' or '\0' || isBreakLine)))
            {
                sb.Append('\\').Append(c);
                start = 1;
            }
            else if (OrderedMarker().Match(rest) is { Success: true } m)
            {
                sb.Append(rest, 0, m.Length - 1).Append('\\').Append(rest[m.Length - 1]);
                start = m.Length;
            }
        }

        for (var i = start; i < rest.Length; i++)
        {
            var ch = rest[i];
            if (AlwaysEscaped.Contains(ch)
                || (ch == '&' && EntityAt().IsMatch(rest, i))
                || (ch == '+' && ((i > 0 && rest[i - 1] == '+') || (i + 1 < rest.Length && rest[i + 1] == '+'))))
                sb.Append('\\');
            sb.Append(ch);
        }
    }
}
