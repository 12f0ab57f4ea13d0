using System.Globalization;
using System.Text;

namespace ReleaseGen.Html;

/// <summary>Escaping and URL policy shared by both HTML forms.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Appends <paramref name="text"/> escaped for element content or a double-quoted attribute value.
    /// With <paramref name="asciiOnly"/> every character outside printable ASCII becomes a numeric
    /// character reference (EDGAR accepts ASCII documents only).
    /// </summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text, bool asciiOnly)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\r': break;
                case '\t' or '\n': sb.Append(c); break;
                default:
                    if (c < ' ' || c == '\u007f')
                    {
                        // Control characters are never content: drop them.
                    }
                    else if (asciiOnly && c > '\u007e')
                    {
                        int codePoint = c;
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            codePoint = char.ConvertToUtf32(c, text[i + 1]);
                            i++;
                        }
                        sb.Append("&#").Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
    }

    /// <summary>Whether a URL may become a link: the one rule of <see cref="ReleaseGen.Markdown.LinkSafety"/>.</summary>
    public static bool IsSafeLinkUrl(string? url) => ReleaseGen.Markdown.LinkSafety.IsSafe(url);
}
