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
/// Scriban's default built-in object makes every family by reflection in one static constructor, a seventh
/// of a native cold build, though a release names two or three of them. Each context still gets its own
/// copy of a family, as Scriban gives it, so a template that sets <c>date.format</c> changes only its own.
/// </remarks>
public sealed class LazyBuiltins : ScriptObject, IScriptObject
{
    private static readonly Dictionary<string, Lazy<object>> Prototypes = new(StringComparer.Ordinal)
    {
        ["array"] = Family("array", () => new ArrayFunctions()),
        ["empty"] = new(() => EmptyScriptObject.Default),
        ["blank"] = new(() => EmptyScriptObject.Default),
        ["include"] = new(() => new IncludeFunction()),
        ["date"] = Family("date", () => new DateTimeFunctions()),
        ["html"] = Family("html", () => new HtmlFunctions()),
        ["math"] = Family("math", () => new MathFunctions()),
        ["object"] = Family("object", () => new ObjectFunctions()),
        ["regex"] = Family("regex", () => new RegexFunctions()),
        ["string"] = Family("string", () => new StringFunctions()),
        ["timespan"] = Family("timespan", () => new TimeSpanFunctions()),
    };

    /// <summary>The names a context offers, whether or not a template has named them yet.</summary>
    public static IReadOnlyCollection<string> Names => Prototypes.Keys;

    private static Lazy<object> Family(string name, Func<ScriptObject> make) => new(() => SafeBuiltins.Secure(name, make()));

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
