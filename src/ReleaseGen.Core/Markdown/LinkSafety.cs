namespace ReleaseGen.Markdown;

/// <summary>
/// The one rule for which URLs become links, in every format (template <c>link</c>, HTML, PDF, Word): http
/// and https with a host, and mailto with an address; no white space, control characters, quotes, angle
/// brackets or backslashes. Anything else (a <c>javascript:</c> URL typed into data) stays text.
/// </summary>
public static class LinkSafety
{
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f' || c == '"' || c == '<' || c == '>' || c == '\\' || char.IsControl(c)) return false;
        }

        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return url.Length > "mailto:".Length;
        var rest = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url["http://".Length..]
            : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url["https://".Length..]
            : null;
        return !string.IsNullOrEmpty(rest) && rest[0] != '/';
    }
}
