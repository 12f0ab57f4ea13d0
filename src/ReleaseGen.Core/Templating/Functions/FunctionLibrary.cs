using System.Reflection;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>Installs the template function library on a globals object.</summary>
public static class FunctionLibrary
{
    /// <summary>The names under which the families are imported.</summary>
    public static IReadOnlyList<string> Names => ["num", "pct", "compare", "rate", "units", "dates", "times", "text", "period"];

    /// <summary>
    /// Sets <c>num</c>, <c>pct</c>, <c>compare</c>, <c>rate</c>, <c>units</c>, <c>dates</c>, <c>times</c>,
    /// <c>text</c> and <c>period</c> on <paramref name="globals"/>, read-only so a template cannot replace them.
    /// </summary>
    /// <remarks>
    /// The families are made once per process and shared by every render, as Scriban shares its own
    /// built-in functions: making a function from its method reads the method's parameters by reflection,
    /// which cost a tenth of a batch build when it was done for every release. Each family is frozen
    /// (<see cref="ScriptObject.IsReadOnly"/>), so no template can change what another release sees.
    /// </remarks>
    public static void Register(ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        foreach (var (name, family) in Families.Value) globals.SetValue(name, family, true);
    }

    private static readonly Lazy<(string Name, ScriptObject Family)[]> Families = new(MakeFamilies);

    /// <summary>The families, each made anew and frozen (<see cref="Register"/> shares the set made first).</summary>
    internal static (string Name, ScriptObject Family)[] MakeFamilies() =>
    [
        ("num", Frozen(new NumberFunctions())),
        ("pct", Frozen(new PercentFunctions())),
        ("compare", Frozen(new ComparisonFunctions())),
        ("rate", Frozen(new RateFunctions())),
        ("units", Frozen(new UnitFunctions())),
        ("dates", Frozen(new DateFunctions())),
        ("times", Frozen(new TimeFunctions())),
        ("text", Frozen(new TextFunctions())),
        ("period", Frozen(new PeriodFunctions())),
    ];

    /// <summary><paramref name="family"/>, read-only from now on (shared between renders and threads).</summary>
    public static T Frozen<T>(T family) where T : ScriptObject
    {
        family.IsReadOnly = true;
        return family;
    }

    /// <summary>
    /// Registers <paramref name="method"/> (a public static method of the family) read-only under its snake_case
    /// name, the name Scriban's own import would give it (<c>IsSafe</c>: <c>is_safe</c>). Made from the method
    /// itself, so optional parameters keep their defaults.
    /// </summary>
    /// <remarks>
    /// Callers pass <c>typeof(Family).GetMethod(nameof(Method))</c>, a lookup the trimmer follows, not a delegate:
    /// a native build answers <c>Delegate.Method</c> by first sorting a table of every method in the image,
    /// a tenth of a cold build.
    /// </remarks>
    public static void Function(this ScriptObject family, MethodInfo? method)
    {
        if (method is not { IsStatic: true, IsPublic: true }) throw new ArgumentException("a family's function is one of its public static methods", nameof(method));
        family.SetValue(StandardMemberRenamer.Rename(method.Name), DynamicCustomFunction.Create(null, method), true);
    }

    /// <summary>Registers a constant read-only under its snake_case name (<c>GramsPerTroyOunce</c>: <c>grams_per_troy_ounce</c>).</summary>
    public static void Constant(this ScriptObject family, string name, object value) =>
        family.SetValue(StandardMemberRenamer.Rename(name), value, true);
}
