using System.Collections;
using ReleaseGen.Derivation;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReleaseGen.Templating;

/// <summary>
/// <c>figures.silver_oz.quarter</c>, <c>figures.silver_oz.previous_quarter</c>,
/// <c>figures.silver_oz["2012-Q1"]</c>: one metric's figures by relative period name or period key.
/// A figure that is neither given nor derivable is an error at the template position that asked for it.
/// </summary>
internal sealed class MetricFigures(Metric metric, FigureBook book) : IScriptObject
{
    public int Count => RelativePeriods.Names.Length;

    public bool IsReadOnly { get => true; set { } }

    public IEnumerable<string> GetMembers() => RelativePeriods.Names;

    public bool Contains(string member) => RelativePeriods.IsValidReference(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (RelativePeriods.Resolve(member, book.Data.Release.PeriodKey, book.Data.Calendar) is not { } period)
            throw new ScriptRuntimeException(span,
                $"'{member}' is not a period of figures.{metric.Key}: use {string.Join(", ", RelativePeriods.Names)} or a key such as 2012-Q1");
        var figure = book.Find(metric, period) ?? throw new ScriptRuntimeException(span, book.ExplainMissing(metric, period));
        (context as ReleaseTemplateContext)?.Trace?.Read(figure, span);
        value = figure;
        return true;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => this;

    public override string ToString() => $"figures.{metric.Key}";
}
