namespace ReleaseGen.Diagnostics;

/// <summary>
/// Collects every problem found in one pass, so a user sees all of them at once instead of fixing
/// one, re-running, and meeting the next.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(d => d.IsError);

    public int Count => _items.Count;

    public void Error(string code, SourceLocation location, string message) =>
        _items.Add(new Diagnostic(Severity.Error, code, message, location));

    public void Warning(string code, SourceLocation location, string message) =>
        _items.Add(new Diagnostic(Severity.Warning, code, message, location));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Findings in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
