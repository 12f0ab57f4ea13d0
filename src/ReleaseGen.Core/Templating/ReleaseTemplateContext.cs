using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;
using ReleaseGen.Model;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>
/// The Scriban context every release renders in: strict variables and member access (a misspelt name
/// is an error with its template position, not an empty string), LF newlines, invariant culture,
/// loop and recursion limits, and Markdown escaping of every data string written to the output.
/// </summary>
public sealed class ReleaseTemplateContext : TemplateContext, ILanguageContext, IFigureSource
{
    /// <summary>The release's figures, for functions that look up another metric's figure (operating days).</summary>
    public Derivation.FigureBook? Book { get; set; }

    Figure? IFigureSource.FindFigure(string metric, Periods.PeriodKey period) => Book?.Find(metric, period);

    /// <summary>Words and number formats for the release's language.</summary>
    public LanguageSettings LanguageSettings { get; set; } = LanguageSettings.Default;

    // Explicit: TemplateContext already has a Language property (Scriban's script dialect).
    LanguageSettings ILanguageContext.Language => LanguageSettings;

    // The memory budget (render-mb): bytes this thread allocated since rendering began, checked at every
    // loop step and every output, so no template can exhaust the machine between two outputs.
    private long _allocationBudget = long.MaxValue;
    private long _allocationStart = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Starts the memory budget now (call on the rendering thread, right before rendering).</summary>
    public void StartMemoryBudget() => _allocationStart = GC.GetAllocatedBytesForCurrentThread();

    private void CheckMemoryBudget(SourceSpan span)
    {
        if (GC.GetAllocatedBytesForCurrentThread() - _allocationStart > _allocationBudget)
            throw new MemoryBudgetException(span);
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        CheckMemoryBudget(loop.Span);
        return base.OnStepLoop(loop);
    }

    public ReleaseTemplateContext(TemplateSet templates) : base(new LazyBuiltins())
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        NewLine = "\n";
        LoopLimit = 10_000;
        RecursiveLimit = 50;
        TemplateLoader = templates;
        PushCulture(CultureInfo.InvariantCulture);
        ApplyLimits(templates.Limits);
    }

    /// <summary>
    /// Scriban truncates silently at 1 MB unless told otherwise: every Scriban limit throws instead, sized
    /// from the named limits, and machine-dependent built-ins are removed (see <see cref="SafeBuiltins"/>, applied by <see cref="LazyBuiltins"/>).
    /// </summary>
    private void ApplyLimits(Safety.Limits limits)
    {
        _allocationBudget = limits.RenderMegabytes * 1024L * 1024L;
        LimitToString = limits.OutputSize;
        OnStringLimit = ScriptLimitBehavior.Throw;
        // Scriban counts an included partial's output twice (rendered, then written by its caller), so its
        // own budget is looser; the renderer checks the release against output-size itself.
        OutputLimit = (int)Math.Min(int.MaxValue, 4L * limits.OutputSize);
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromMilliseconds(limits.RegexMilliseconds);
        MemberFilter = ModelMembers;
    }

    /// <summary>Where a value was typed (absolute paths of the machine) is for diagnostics, never for the release.</summary>
    private static readonly MemberFilterDelegate ModelMembers = member =>
        member.Name is not ("Location" or "PeriodLocation" or "ExpressionLocation" or "DataPath" or "FolderPath")
        && !(member is System.Reflection.PropertyInfo { PropertyType: var type } && type == typeof(Diagnostics.SourceLocation));

    // Scriban reflects over a type's members once per context, and a context renders one release: a batch
    // would reflect over the model's types thousands of times. The accessors are shared instead: one is
    // read-only once built, and every context filters and names members alike (checked before sharing).
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (!ReferenceEquals(MemberFilter, ModelMembers) || !ReferenceEquals(MemberRenamer, StandardMemberRenamer.Default))
            return base.GetMemberAccessorImpl(target);
        var type = target.GetType();
        if (SharedAccessors.TryGetValue(type, out var shared)) return shared;
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is TypedObjectAccessor ? SharedAccessors.GetOrAdd(type, accessor) : accessor;
    }

    /// <summary>
    /// Every value a template computes is checked against the output-size limit as it is made: Scriban
    /// does not bound string concatenation, so doubling a string 40 times would otherwise reach a terabyte.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        // Scriban writes a statement's output with its enclosing block's span: remember the statement's own.
        if (scriptNode is ScriptStatement and not ScriptBlockStatement) _lastStatement = scriptNode.Span;
        if (value is string { Length: var length } && LimitToString > 0 && length > LimitToString)
            throw new OutputLimitException(scriptNode?.Span ?? default, length);
        return value;
    }

    private SourceSpan _lastStatement;

    /// <summary>The span of the statement that produced an output: the last statement evaluated, when it lies inside the block.</summary>
    private SourceSpan StatementIn(SourceSpan block) =>
        _lastStatement.FileName == block.FileName && _lastStatement.Start.Offset >= block.Start.Offset && _lastStatement.End.Offset <= block.End.Offset
            ? _lastStatement
            : block;

    /// <summary>When set, records which figures each expression read and what it printed (the figure audit).</summary>
    public FigureTrace? Trace { get; init; }

    /// <summary>Runtime errors of included templates, collected so that each template's first error is reported.</summary>
    public List<ScriptRuntimeException> RuntimeErrors { get; } = [];

    /// <summary>
    /// Every expression output passes here: data text is escaped for Markdown once, here and only here,
    /// and Markdown made on purpose passes through; the trace (when set) records what was printed.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        CheckMemoryBudget(span);
        if (textAsObject is null) return base.Write(span, textAsObject);
        // A model object (issuer, a metric, a person) would print as its .NET type and fields: an error, not output.
        if (textAsObject is not (string or Figure or MarkdownText or TableValue or Periods.Period or Periods.PeriodKey or MetricFigures)
            && IsModelType(textAsObject.GetType()))
            throw new ScriptRuntimeException(span, "this is a structure, not text: print one of its fields (for example issuer.name, not issuer)");
        var markdown = ToMarkdown(textAsObject);
        Trace?.Printed(span, StatementIn(span), markdown, textAsObject as Figure, textAsObject is MarkdownText or TableValue);
        Write(markdown);
        return this;
    }

    // Type.Assembly is a reflection call (costly in the native build), and every output passes here.
    private static readonly ConcurrentDictionary<Type, bool> ModelTypes = new();

    private static bool IsModelType(Type type) =>
        ModelTypes.GetOrAdd(type, static t => t.Assembly == typeof(ReleaseTemplateContext).Assembly);

    /// <summary>
    /// The text of a value inside an expression (string concatenation, function arguments): raw, not
    /// escaped, so <c>"mailto:" + issuer.email</c> stays a working address. Markdown made on purpose is
    /// wrapped in two private-use marks so that, once the expression is printed, <see cref="Write(SourceSpan, object)"/>
    /// escapes the data text around it and leaves it as it is.
    /// </summary>
    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        MarkdownText markdown => MarkdownSpan.Wrap(markdown.Value),
        TableValue table => MarkdownSpan.Wrap(table.Markdown),
        string text => text,
        Figure figure => FigureFormat.Format(figure, LanguageSettings),
        _ => base.ObjectToString(value, nested) ?? "",
    };

    private string ToMarkdown(object value) => value switch
    {
        MarkdownText markdown => MarkdownSpan.Unwrap(markdown.Value),
        TableValue table => table.Markdown,
        string text => MarkdownSpan.EscapeOutside(text),
        _ => MarkdownSpan.EscapeOutside(ObjectToString(value)),
    };
}

/// <summary>
/// Markdown carried inside a plain string between two private-use characters (U+E000, U+E001), so that
/// concatenating data text with Markdown in a template keeps each part's nature until it is printed.
/// Data never brings these characters in: the YAML reader drops them.
/// </summary>
internal static class MarkdownSpan
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static string Wrap(string markdown) => Open + Unwrap(markdown) + Close;

    /// <summary>Markdown with any marks inside removed.</summary>
    public static string Unwrap(string markdown) => markdown.IndexOfAny([Open, Close]) < 0 ? markdown : markdown.Replace(Open.ToString(), "").Replace(Close.ToString(), "");

    /// <summary>Escapes the text outside marked spans, keeps the spans as they are, and drops the marks.</summary>
    public static string EscapeOutside(string text)
    {
        if (text.IndexOf(Open) < 0) return MarkdownEscaper.Escape(Unwrap(text));
        var sb = new System.Text.StringBuilder(text.Length + 16);
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            if (i < text.Length && c != Open && c != Close) continue;
            var part = text[start..i];
            sb.Append(depth > 0 ? part : MarkdownEscaper.Escape(part));
            if (c == Open) depth++;
            else if (c == Close && depth > 0) depth--;
            start = i + 1;
        }
        return sb.ToString();
    }
}

/// <summary>
/// <c>include</c> as Scriban has it, but the included template's output is Markdown on purpose: it is
/// returned as <see cref="MarkdownText"/> so the context does not escape it, and its final newline is
/// dropped so a partial can sit inside a paragraph.
/// </summary>
internal sealed class MarkdownIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(MarkdownText);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        try
        {
            var result = _include.Invoke(context, callerContext, arguments, blockStatement);
            return new MarkdownText((result as string ?? "").TrimEnd('\n'));
        }
        catch (ScriptRuntimeException error) when (context is ReleaseTemplateContext release && error is not ScriptAbortException)
        {
            // One error per template, but every template still renders: a user sees the problems of the
            // narrative and of each partial in one run. The output is discarded when any was recorded.
            release.RuntimeErrors.Add(error);
            return new MarkdownText("");
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>A template made a string longer than the output-size limit (reported as that limit, RG114).</summary>
public sealed class OutputLimitException(SourceSpan span, int length)
    : ScriptRuntimeException(span, $"a string of {length} characters is longer than the output-size limit")
{
}

/// <summary>Rendering allocated more than the render-mb limit.</summary>
public sealed class MemoryBudgetException(SourceSpan span) : ScriptRuntimeException(span, "rendering allocated more memory than its budget");
