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
        this.Function(typeof(TextFunctions).GetMethod(nameof(Listings)));
        this.Function(typeof(TextFunctions).GetMethod(nameof(Join)));
        this.Function(typeof(TextFunctions).GetMethod(nameof(Escape)));
        this.Function(typeof(TextFunctions).GetMethod(nameof(Elide)));
    }

    /// <summary>
    /// The issuer's listings, each as "(EXCHANGE: SYMBOL)", separated by spaces; combined, exchanges that list
    /// the same symbol share it: "(TSX/NYSE American: XYZ)". The style is the second argument ("separate" or
    /// "combined"), else the release's <c>listing_style</c>. Plain text: escaped on output like any data string.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ text.listings issuer.listings }}
    /// {{ text.listings issuer.listings "combined" }}
    /// ```
    /// ```text
    /// (TSX: AXR) (NYSE MKT: AXU)
    /// (TSX: AXR; NYSE MKT: AXU)
    /// ```
    /// (with TSX and NYSE American both listing XYZ: <c>(TSX/NYSE American: XYZ)</c>; fr-CA <c>(TSX/NYSE American : XYZ)</c>)
    /// </remarks>
    public static string Listings(TemplateContext context, object listings, string? style = null)
    {
        const string fn = "text.listings";
        if (listings is not IEnumerable items || listings is string)
            throw new ArgumentException($"{fn}: expected a list of listings, not {listings?.GetType().Name ?? "null"}.");
        var language = LanguageSettings.Of(context);
        var combined = style switch
        {
            null or "" => language.CombineListings,
            "separate" => false,
            "combined" => true,
            _ => throw new ArgumentException($"{fn}: the style must be \"separate\" or \"combined\", not '{style}'."),
        };
        var all = items.Cast<object?>().Select(o => o as Listing
            ?? throw new ArgumentException($"{fn}: expected listings (exchange and symbol), not {o?.GetType().Name ?? "null"}.")).ToList();
        if (!combined)
            return string.Join(" ", all.Select(l => language.ListingPattern
                .Replace("{exchange}", l.Exchange, StringComparison.Ordinal).Replace("{symbol}", l.Symbol, StringComparison.Ordinal)));
        if (all.Count == 0) return "";
        // Groups in the order their symbols first appear.
        var groups = all.GroupBy(l => l.Symbol, StringComparer.Ordinal).Select(g => language.CombinedListingPattern
            .Replace("{exchanges}", string.Join("/", g.Select(l => l.Exchange)), StringComparison.Ordinal)
            .Replace("{symbol}", g.Key, StringComparison.Ordinal));
        return "(" + string.Join("; ", groups) + ")";
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
