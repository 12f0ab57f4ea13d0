using System.Collections;
using System.Globalization;
using ReleaseGen.Model;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>Text helpers, imported as <c>text</c>.</summary>
public sealed class TextFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public TextFunctions() : base(4, autoImportStaticsFromThisType: false)
    {
        this.Function(nameof(Listings), Listings);
        this.Function(nameof(Join), Join);
        this.Function(nameof(Escape), Escape);
        this.Function(nameof(Elide), Elide);
    }

    /// <summary>The issuer's listings, each as "(EXCHANGE: SYMBOL)", separated by spaces (plain text: escaped on output like any data string).</summary>
    /// <remarks>
    /// ```scriban
    /// {{ text.listings issuer.listings }}
    /// ```
    /// ```text
    /// (TSX: AXR) (NYSE MKT: AXU)
    /// ```
    /// </remarks>
    public static string Listings(TemplateContext context, object listings)
    {
        const string fn = "text.listings";
        if (listings is not IEnumerable items || listings is string)
            throw new ArgumentException($"{fn}: expected a list of listings, not {listings?.GetType().Name ?? "null"}.");
        var pattern = LanguageSettings.Of(context).ListingPattern;
        return string.Join(" ", items.Cast<object?>().Select(o => o is Listing l
            ? pattern.Replace("{exchange}", l.Exchange, StringComparison.Ordinal).Replace("{symbol}", l.Symbol, StringComparison.Ordinal)
            : throw new ArgumentException($"{fn}: expected listings (exchange and symbol), not {o?.GetType().Name ?? "null"}.")));
    }

    /// <summary>
    /// Joins items into a phrase: "a", "a and b", "a, b and c"; the serial comma ("a, b, and c") is
    /// <see cref="LanguageSettings.SerialComma"/>. Numbers are written with the invariant culture.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ text.join ["Bellekeno", "Lucky Queen", "Flame &amp; Moth"] }}
    /// {{ text.join ["silver", "lead"] "or" }}
    /// ```
    /// ```text
    /// Bellekeno, Lucky Queen and Flame &amp; Moth
    /// silver or lead
    /// ```
    /// </remarks>
    public static string Join(TemplateContext context, object items, string? conjunction = null)
    {
        const string fn = "text.join";
        if (items is not IEnumerable list || items is string)
            throw new ArgumentException($"{fn}: expected a list, not {items?.GetType().Name ?? "null"}.");
        var strings = list.Cast<object?>().Select(o => o switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => o.ToString() ?? "",
        }).ToList();
        return LanguageSettings.Of(context).JoinList(strings, conjunction);
    }

    /// <summary>Escapes a data string for Markdown and marks it as Markdown, so it is not escaped twice.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ text.escape "Flame *&amp; Moth* | [x]" }}
    /// ```
    /// ```text
    /// Flame \*&amp; Moth\* \| \[x\]
    /// ```
    /// </remarks>
    public static MarkdownText Escape(object? value) => MarkdownText.FromPlainText(value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    });
    /// <summary>
    /// A French-style elided prefix before a word: "de" or "la" loses its vowel before a vowel or a
    /// mute h ("d'Alexco", "l'usine"); otherwise the two are joined by a space ("de Keno Hill").
    /// Prefixes not ending in "e" or "a" are joined as they are.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ text.elide "de" "Alexco" }}
    /// {{ text.elide "La" "usine de Keno Hill" }}
    /// {{ text.elide "de" "Bellekeno" }}
    /// ```
    /// ```text
    /// d'Alexco
    /// L'usine de Keno Hill
    /// de Bellekeno
    /// ```
    /// </remarks>
    public static string Elide(string prefix, object? word)
    {
        var text = word switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => word.ToString() ?? "",
        };
        if (prefix.Length > 1 && prefix[^1] is 'e' or 'a' && text.Length > 0 && "aeiouyhàâäéèêëîïôöûùüAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÙÜ".Contains(text[0]))
            return prefix[..^1] + "'" + text;
        return prefix + " " + text;
    }
}
