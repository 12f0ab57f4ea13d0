using ReleaseGen.Diagnostics;

namespace ReleaseGen.Checks;

/// <summary>
/// RG409: every table of the data is printed by some template (its region is in the rendered release).
/// A table no template prints is checked, reconciled and audited for nothing, and usually means a
/// template lost the line that printed it.
/// </summary>
public sealed class TableNotPrintedRule : CheckRule
{
    public override string Code => DiagnosticCodes.TableNotPrinted;

    public override string Title => "Every table of the data is printed";

    public override string Why => "A table the data lays out but no template prints passes every check while the reader never sees it: a template lost the line that printed it, or the table is left over from an earlier quarter.";

    public override Severity Severity => Severity.Warning;

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var table in context.Data.Tables.Values.OrderBy(t => t.Location.Line).ThenBy(t => t.Location.Column))
        {
            if (context.Markdown!.Contains(Tables.GfmTableWriter.OpeningLine(table.Name), StringComparison.Ordinal)) continue;
            yield return Finding(table.Location,
                $"table '{table.Name}' is laid out in the data but no template prints it: print it with {{{{ tables.{table.Name} }}}} where it belongs, or remove it from 'tables:'");
        }
    }
}
