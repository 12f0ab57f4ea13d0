namespace ReleaseGen.Html;

/// <summary>One problem <see cref="EdgarLint"/> found, at a 1-based line and column of the HTML source.</summary>
/// <param name="Line">1-based line of the element (or character) at fault.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">A stable rule code, <c>EDGAR001</c> to <c>EDGAR011</c> (see <see cref="EdgarLint"/>).</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record EdgarFinding(int Line, int Column, string Code, string Message)
{
    /// <summary><c>path(line,col): error CODE: message</c>, the form the <c>check</c> command prints.</summary>
    public string Format(string path) => $"{path}({Line},{Column}): error {Code}: {Message}";
}

/// <summary>One rule of <see cref="EdgarLint"/>: its stable code and what it forbids.</summary>
public sealed record EdgarRule(string Code, string Summary);
