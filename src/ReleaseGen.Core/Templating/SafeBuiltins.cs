using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>
/// Scriban's built-in functions, made deterministic and contained: no clock (<c>date.now</c>,
/// <c>date.utc_now</c>), no randomness (<c>math.random</c>, <c>math.uuid</c>), no evaluation of text as a
/// template (<c>object.eval</c>, <c>object.eval_template</c>: data stays data), no .NET type names
/// (<c>object.typeof</c>), one include (<c>include_join</c> bypasses the Markdown include); and
/// <c>array.sort</c> compares text by code point, not by the machine's collation. The rest of the
/// built-ins read the invariant culture, which the renderer sets for the whole render.
/// </summary>
public static class SafeBuiltins
{
    /// <summary>Removed built-ins, as "object.member".</summary>
    public static IReadOnlyList<string> Removed { get; } =
        ["date.now", "date.utc_now", "math.random", "math.uuid", "object.eval", "object.eval_template", "object.typeof", "include_join"];

    /// <summary>
    /// <paramref name="family"/>, the built-in family named <paramref name="name"/>, with its removed members
    /// taken out and <c>array.sort</c> replaced; made once per process by <see cref="LazyBuiltins"/>.
    /// </summary>
    public static ScriptObject Secure(string name, ScriptObject family)
    {
        foreach (var removed in Removed)
        {
            var dot = removed.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && removed.AsSpan(0, dot).SequenceEqual(name)) family.Remove(removed[(dot + 1)..]);
        }
        if (name == "array")
        {
            // Made from a class, as Scriban makes its own: that is how optional parameters keep their defaults.
            var imported = new OrdinalSort();
            family.Remove("sort");
            family.SetValue("sort", imported["sort"], true);
        }
        return family;
    }

    /// <summary>The replacement of <c>array.sort</c>.</summary>
    private sealed class OrdinalSort : ScriptObject
    {
        public OrdinalSort() : base(1, autoImportStaticsFromThisType: false) => this.Function(typeof(OrdinalSort).GetMethod(nameof(Sort)));

        /// <summary><c>array.sort list [member]</c>: a stable sort, text by ordinal (code point) order, numbers by value.</summary>
        public static IList Sort(TemplateContext context, SourceSpan span, object? list, string? member = null) => SafeBuiltins.Sort(context, span, list, member);
    }

    /// <summary><c>array.sort list [member]</c>: a stable sort, text by ordinal (code point) order, numbers by value.</summary>
    public static IList Sort(TemplateContext context, SourceSpan span, object? list, string? member = null)
    {
        if (list is null) return new ScriptArray();
        if (list is not IEnumerable items || list is string) throw new ScriptRuntimeException(span, "array.sort needs a list");
        var values = items.Cast<object?>().ToList();
        object? KeyOf(object? item)
        {
            if (string.IsNullOrEmpty(member) || item is null) return item;
            var accessor = context.GetMemberAccessor(item);
            return accessor.TryGetValue(context, span, item, member, out var value) ? value : null;
        }
        return new ScriptArray(values.Select((v, i) => (Value: v, Key: KeyOf(v), Index: i))
            .OrderBy(x => x.Key, Comparer<object?>.Create(Compare))
            .ThenBy(x => x.Index)
            .Select(x => x.Value));
    }

    private static int Compare(object? a, object? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        if (IsNumber(a) && IsNumber(b)) return Convert.ToDecimal(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, System.Globalization.CultureInfo.InvariantCulture));
        return string.CompareOrdinal(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(b, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool IsNumber(object value) => value is int or long or decimal or double or float or short or byte or uint or ulong;
}
