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
    public static void Register(ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        globals.SetValue("num", new NumberFunctions(), true);
        globals.SetValue("pct", new PercentFunctions(), true);
        globals.SetValue("compare", new ComparisonFunctions(), true);
        globals.SetValue("rate", new RateFunctions(), true);
        globals.SetValue("units", new UnitFunctions(), true);
        globals.SetValue("dates", new DateFunctions(), true);
        globals.SetValue("times", new TimeFunctions(), true);
        globals.SetValue("text", new TextFunctions(), true);
        globals.SetValue("period", new PeriodFunctions(), true);
    }

    /// <summary>
    /// Registers <paramref name="function"/> (a static method of a family) read-only under its snake_case name,
    /// the name Scriban's own import would give it (<c>IsSafe</c>: <c>is_safe</c>). Made from the method
    /// itself, so optional parameters keep their defaults, with no reflection over the family's type, which a
    /// trimmed native build could not follow.
    /// </summary>
    public static void Function(this ScriptObject family, string methodName, Delegate function) =>
        family.SetValue(StandardMemberRenamer.Rename(methodName), DynamicCustomFunction.Create(function), true);

    /// <summary>Registers a constant read-only under its snake_case name (<c>GramsPerTroyOunce</c>: <c>grams_per_troy_ounce</c>).</summary>
    public static void Constant(this ScriptObject family, string name, object value) =>
        family.SetValue(StandardMemberRenamer.Rename(name), value, true);
}
