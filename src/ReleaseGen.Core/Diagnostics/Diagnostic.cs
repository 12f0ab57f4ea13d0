namespace ReleaseGen.Diagnostics;

/// <summary>How serious a finding is: errors stop a build, warnings do not (unless asked to).</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>A place in a source file, 1-based, as editors and compilers count.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A spreadsheet cell (<c>Sheet1!B12</c>) for positions in a workbook, printed instead of line and column.</summary>
    public string? Cell { get; init; }

    public override string ToString() => Cell is null ? $"{Path}({Line},{Column})" : $"{Path}({Cell})";
}

/// <summary>
/// One problem, printed the way compilers print them so editors and CI annotate the right line:
/// <c>path(line,col): error CODE: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The figure the finding is about, when it is about one: an acknowledgement matches on it.</summary>
    public FindingSubject? Subject { get; init; }

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>The figure a finding concerns: a metric and a period (as <c>2024-Q2</c>).</summary>
public sealed record FindingSubject(string Metric, Periods.PeriodKey Period);
