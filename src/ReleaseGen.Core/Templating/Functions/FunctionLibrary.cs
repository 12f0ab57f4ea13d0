using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>Installs the template function library on a globals object.</summary>
public static class FunctionLibrary
{
    /// <summary>The names under which the families are imported.</summary>
    public static IReadOnlyList<string> Names { get; } = ["num", "pct", "compare", "rate", "units", "dates", "times", "text", "period"];

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
}
