using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Templating.Functions;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>Reference figures (Alexco Q2 2012) and a Scriban render helper for the function tests.</summary>
internal static class Fixtures
{
    public static readonly SourceLocation Here = new("test.yaml", 1, 1);

    public static Metric Metric(string key, int decimals = 0, Polarity polarity = Polarity.HigherIsBetter, string unit = "oz") =>
        new(key, key, unit, decimals, Aggregation.Sum, polarity, Here);

    public static Period P(string key, int yearEndMonth = 12)
    {
        Assert.True(PeriodKey.TryParse(key, out var k), key);
        return new Period(k, new FiscalCalendar(yearEndMonth));
    }

    public static Figure Fig(Metric metric, string period, decimal value) =>
        new(metric, P(period), value, FigureOrigin.Given, Here);

    public static readonly Metric SilverOz = Metric("silver_oz");
    public static readonly Metric TonnesProcessed = Metric("tonnes_processed", unit: "t");
    public static readonly Metric LeadGrade = Metric("lead_grade", 1, unit: "%");
    public static readonly Metric LeadLb = Metric("lead_lb", unit: "lb");
    public static readonly Metric CashCost = Metric("cash_cost", 2, Polarity.LowerIsBetter, "$/oz");

    public static Figure SilverQ2_2012 => Fig(SilverOz, "2012-Q2", 458_472m);
    public static Figure Silver6M_2012 => Fig(SilverOz, "2012-H1", 1_040_257m);
    public static Figure Silver6M_2011 => Fig(SilverOz, "2011-H1", 911_848m);
    public static Figure TonnesQ2_2012 => Fig(TonnesProcessed, "2012-Q2", 22_209m);
    public static Figure TonnesQ2_2011 => Fig(TonnesProcessed, "2011-Q2", 18_928m);
    public static Figure TonnesQ1_2012 => Fig(TonnesProcessed, "2012-Q1", 43_460m - 22_209m);

    /// <summary>
    /// A context as the lead's will be. <see cref="TemplateContext"/> already has a <c>Language</c>
    /// property (the script language), so the interface member is implemented explicitly.
    /// </summary>
    public sealed class LanguageContext(LanguageSettings language) : TemplateContext, ILanguageContext
    {
        LanguageSettings ILanguageContext.Language { get; } = language;
    }

    /// <summary>Renders <paramref name="template"/> the way the release renderer does, with the library registered.</summary>
    public static string Render(string template, object? model = null, LanguageSettings? language = null)
    {
        var parsed = Template.Parse(template, "test.sbn");
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Messages));
        var globals = new ScriptObject();
        FunctionLibrary.Register(globals);
        if (model is IDictionary<string, object?> values)
            foreach (var (k, v) in values) globals.SetValue(k, v, true);
        TemplateContext context = language is null ? new TemplateContext() : new LanguageContext(language);
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.NewLine = "\n";
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return parsed.Render(context);
    }

    /// <summary>A plain TemplateContext for calling functions directly.</summary>
    public static TemplateContext Ctx(LanguageSettings? language = null) =>
        language is null ? new TemplateContext() : new LanguageContext(language);
}
