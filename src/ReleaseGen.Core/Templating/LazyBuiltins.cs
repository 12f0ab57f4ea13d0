using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReleaseGen.Templating;

/// <summary>
/// The built-in object of a release's template context: Scriban's families (<c>array</c>, <c>date</c>,
/// <c>html</c>, <c>math</c>, <c>object</c>, <c>regex</c>, <c>string</c>, <c>timespan</c>) and <c>include</c>,
/// <c>empty</c> and <c>blank</c>, each made safe once per process (<see cref="SafeBuiltins"/>) and copied
/// into a context only when a template first names it.
/// </summary>
/// <remarks>
/// Scriban's default built-in object makes every family in one static constructor, each function from a
/// delegate (a native build answers <c>Delegate.Method</c> by first sorting a table of every method in the
/// image): together a fifth of a native cold build, though a release names two or three families. Here a family
/// is made from its methods, and only when named. Each context still gets its own
/// copy of a family, as Scriban gives it, so a template that sets <c>date.format</c> changes only its own.
/// </remarks>
public sealed class LazyBuiltins : ScriptObject, IScriptObject
{
    private const BindingFlags Statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<string, Lazy<object>> Prototypes =
        new[] { "array", "empty", "blank", "include", "date", "html", "math", "object", "regex", "string", "timespan" }
            .ToDictionary(name => name, name => new Lazy<object>(() => Prototype(name)), StringComparer.Ordinal);

    /// <summary>The built-in named <paramref name="name"/>, a family made safe (<see cref="SafeBuiltins.Secure"/>).</summary>
    private static object Prototype(string name)
    {
        var builtin = Make(name);
        return builtin is ScriptObject family ? SafeBuiltins.Secure(name, family) : builtin;
    }

    /// <summary>The built-in named <paramref name="name"/>, as Scriban makes it.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "Only each family's own public static members are read (DeclaredOnly), and the trimmer keeps them for these typeof() calls; the inherited ScriptObject.From the analyzer names is never returned or called.")]
    private static object Make(string name) => name switch
    {
        "empty" or "blank" => EmptyScriptObject.Default,
        "include" => new IncludeFunction(),
        // Made by its own constructor: it keeps state (date.format) that its functions read.
        "date" => new DateTimeFunctions(),
        "array" => Imported(typeof(ArrayFunctions).GetMethods(Statics), []),
        "html" => Imported(typeof(HtmlFunctions).GetMethods(Statics), []),
        "math" => Imported(typeof(MathFunctions).GetMethods(Statics), []),
        "object" => Imported(typeof(ObjectFunctions).GetMethods(Statics), []),
        "regex" => LimitedEscape(Imported(typeof(RegexFunctions).GetMethods(Statics), []),
            typeof(RegexFunctions).GetMethod("EscapeWithLimit", BindingFlags.NonPublic | BindingFlags.Static)),
        "string" => LimitedEscape(Imported(typeof(StringFunctions).GetMethods(Statics), []),
            typeof(StringFunctions).GetMethod("EscapeWithLimit", BindingFlags.NonPublic | BindingFlags.Static)),
        "timespan" => Imported(typeof(TimeSpanFunctions).GetMethods(Statics), typeof(TimeSpanFunctions).GetProperties(Statics)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a Scriban built-in"),
    };

    /// <summary>
    /// Scriban's own string and regex families map <c>escape</c> to an internal variant that honours the
    /// context's string limit; so does this one (<c>LazyBuiltinsTests</c> compares every name's method with Scriban's).
    /// </summary>
    private static ScriptObject LimitedEscape(ScriptObject family, MethodInfo? escapeWithLimit)
    {
        if (escapeWithLimit is null) throw new InvalidOperationException("this Scriban has no EscapeWithLimit: compare LazyBuiltins with its built-ins again");
        family.Remove("escape");
        family.SetValue("escape", DynamicCustomFunction.Create(null, escapeWithLimit), true);
        return family;
    }

    /// <summary>
    /// A family as Scriban's import makes it (each public static method not marked
    /// <see cref="ScriptMemberIgnoreAttribute"/>, read-only, and each static property, under its snake_case name),
    /// made from the methods themselves: the family's own constructor makes each function from a delegate, and a
    /// native build answers <c>Delegate.Method</c> by first sorting a table of every method in the image.
    /// </summary>
    private static ScriptObject Imported(MethodInfo[] methods, PropertyInfo[] properties)
    {
        var family = new ScriptObject(methods.Length + properties.Length, autoImportStaticsFromThisType: false);
        foreach (var method in methods)
        {
            if (method.IsSpecialName || method.IsDefined(typeof(ScriptMemberIgnoreAttribute), false)) continue;
            family.SetValue(StandardMemberRenamer.Rename(method), DynamicCustomFunction.Create(null, method), true);
        }
        // Scriban leaves an imported property writable (timespan.zero): each context has its own copy anyway.
        foreach (var property in properties) family.SetValue(StandardMemberRenamer.Rename(property), property.GetValue(null), false);
        return family;
    }

    /// <summary>The names a context offers, whether or not a template has named them yet.</summary>
    public static IReadOnlyCollection<string> Names => Prototypes.Keys;

    // The names not yet copied into this context.
    private HashSet<string> _pending = new(Prototypes.Keys, StringComparer.Ordinal);

    public LazyBuiltins() : base(Prototypes.Count, autoImportStaticsFromThisType: false)
    {
    }

    private void Materialize(string member)
    {
        if (!_pending.Remove(member)) return;
        var value = Prototypes[member].Value;
        // A fresh copy per context, as Scriban's own built-ins are copied for each context.
        SetValue(member, value is ScriptObject family ? family.Clone(true) : value, true);
    }

    private void MaterializeAll()
    {
        foreach (var name in _pending.ToList()) Materialize(name);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        Materialize(member);
        return base.TryGetValue(context, span, member, out value);
    }

    public override object? this[string key]
    {
        get
        {
            Materialize(key);
            return base[key];
        }
        set
        {
            _pending.Remove(key);
            base[key] = value;
        }
    }

    public override bool Contains(string member) => _pending.Contains(member) || base.Contains(member);

    public override bool CanWrite(string member) => !_pending.Contains(member) && base.CanWrite(member);

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        Materialize(member);
        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override bool Remove(string member) => _pending.Remove(member) | base.Remove(member);

    public override void SetReadOnly(string member, bool readOnly)
    {
        Materialize(member);
        base.SetReadOnly(member, readOnly);
    }

    public override void CopyTo(ScriptObject dest)
    {
        MaterializeAll();
        base.CopyTo(dest);
    }

    public override IScriptObject Clone(bool deep)
    {
        var clone = (LazyBuiltins)base.Clone(deep);
        clone._pending = new HashSet<string>(_pending, StringComparer.Ordinal);
        return clone;
    }

    int IScriptObject.Count
    {
        get
        {
            MaterializeAll();
            return Count;
        }
    }

    IEnumerable<string> IScriptObject.GetMembers()
    {
        MaterializeAll();
        return GetMembers();
    }
}
