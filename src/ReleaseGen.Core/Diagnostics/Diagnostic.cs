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
    public override string ToString() => $"{Path}({Line},{Column})";
}

/// <summary>
/// One problem, printed the way compilers print them so editors and CI annotate the right line:
/// <c>path(line,col): error CODE: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
