using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using Scriban.Parsing;

namespace ReleaseGen.Templating;

/// <summary>One number printed in a release: what was printed, where, and the figure it came from.</summary>
/// <param name="Printed">The text the expression printed ("458,472", "3.7 million", "approximately 14% higher").</param>
/// <param name="Where">The template position of the expression, or the data position of a table row.</param>
/// <param name="Expression">The template expression (<c>{{ num.millions figures.lead_lb.quarter }}</c>) or <c>table 'highlights'</c>.</param>
/// <param name="Figure">The figure read by the expression; null for a number that did not come from a figure (a fact).</param>
public sealed record TraceEntry(string Printed, SourceLocation Where, string Expression, Figure? Figure)
{
    /// <summary>How the printed text rounds the source value.</summary>
    public string Rounding => Figure is null
        ? "as written in the expression"
        : Expression.StartsWith("table ", StringComparison.Ordinal) || IsPlainFigure
            ? $"{Figure.Decimals} decimal(s), half away from zero"
            : "by the function in the expression";

    private bool IsPlainFigure
    {
        get
        {
            var inner = Expression.Trim('{', '}', ' ', '~', '-');
            return inner.StartsWith("figures.", StringComparison.Ordinal) && inner.IndexOf(' ') < 0;
        }
    }
}

/// <summary>
/// Records, while a release renders, which figures each template expression read and what it printed,
/// so a reviewer can trace every printed number to the data (<c>releasegen check --audit</c>).
/// </summary>
public sealed class FigureTrace
{
    private readonly List<TraceEntry> _entries = [];
    private readonly List<(Figure Figure, SourceSpan Span)> _pending = [];
    private readonly Dictionary<string, string> _sources = [];

    public IReadOnlyList<TraceEntry> Entries => _entries;

    /// <summary>A template read a figure at <paramref name="span"/>; it is attributed to the expression output that contains that span.</summary>
    internal void Read(Figure figure, SourceSpan span) => _pending.Add((figure, span));

    /// <summary>
    /// An expression printed <paramref name="printed"/>: <paramref name="statement"/> is the expression's own
    /// span (or its enclosing <paramref name="block"/>'s, when Scriban did not say), <paramref name="written"/>
    /// the figure itself when the expression's value was one (a figure kept in a variable).
    /// </summary>
    /// <remarks>
    /// The audit lists numbers: text without a digit (a row label, a direction word such as "higher") is
    /// not a number and gets no entry, even when a figure was read to choose it.
    /// </remarks>
    internal void Printed(SourceSpan block, SourceSpan statement, string printed, Figure? written, bool isMarkdownBlock)
    {
        // Figures read inside this output's statement; others were read by a condition or an assignment and printed nothing.
        var read = _pending
            .Where(p => p.Span.FileName == statement.FileName && p.Span.Start.Offset >= statement.Start.Offset && p.Span.End.Offset <= statement.End.Offset)
            .DistinctBy(p => p.Figure)
            .ToList();
        _pending.Clear();
        if (!printed.Any(char.IsAsciiDigit)) return;
        var traced = false;
        foreach (var (figure, at) in read)
        {
            var expression = SourceOf(at);
            if (IsControlOrAssignment(expression)) continue; // read by a condition or an assignment: printed nothing here
            _entries.Add(new TraceEntry(printed, ToLocation(at), expression, figure));
            traced = true;
        }
        if (written is not null && !read.Any(r => r.Figure == written))
        {
            _entries.Add(new TraceEntry(printed, ToLocation(statement), SourceOf(statement), written));
            traced = true;
        }
        if (!traced && !isMarkdownBlock)
            _entries.Add(new TraceEntry(printed, ToLocation(statement), NotAFigure(statement, block), null));
    }

    private static string NotAFigure(SourceSpan statement, SourceSpan block) => statement.Start.Offset == block.Start.Offset && statement.End.Offset == block.End.Offset
        ? "(not a figure: a fact, date or text; placed at its enclosing block)"
        : "(not a figure: a fact, date or text)";

    private static readonly System.Text.RegularExpressions.Regex ControlOrAssignment = new(
        @"^(?:(?:if|else|elsif|for|while|case|when|tablerow|with|capture)\b|[A-Za-z_][\w.]*\s*=[^=])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsControlOrAssignment(string expression) =>
        ControlOrAssignment.IsMatch(expression.Trim('{', '}').Trim().TrimStart('~', '-').Trim());

    private static SourceLocation ToLocation(SourceSpan span) => new(span.FileName ?? "", Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));

    /// <summary>Adds an entry from outside a template (a table cell).</summary>
    public void Add(TraceEntry entry) => _entries.Add(entry);

    // The text of a template (by path), for the expression column of the trace.
    /// <summary>The template set being rendered: the trace reads expressions from the texts it already loaded, never from disk again.</summary>
    internal TemplateSet? Templates { get; set; }

    private string ReadSource(string file)
    {
        try
        {
            return Templates is { } templates ? templates.Text(file) : "";
        }
        catch (Safety.SourceFileException)
        {
            return ""; // reported where the template was loaded
        }
    }

    private string SourceOf(SourceSpan span)
    {
        if (span.FileName is not { } file) return "";
        if (!_sources.TryGetValue(file, out var text))
            _sources[file] = text = ReadSource(file);
        if (text.Length == 0 || span.Start.Offset >= text.Length) return "";
        var start = text.LastIndexOf("{{", span.Start.Offset, StringComparison.Ordinal);
        if (start < 0) return "";
        var end = text.IndexOf("}}", span.Start.Offset, StringComparison.Ordinal);
        return end < 0 ? "" : text[start..(end + 2)].Replace('\n', ' ');
    }
}
