using Markdig.Extensions.Tables;

namespace ReleaseGen.Html;

/// <summary>
/// The inline styles of the EDGAR exhibit (EDGAR accepts no <c>style</c> element). A conservative,
/// print-like setting: Times 10pt, black on white, thin rules in the highlights table.
/// </summary>
internal static class EdgarStyles
{
    public const string Body = "font-family: 'Times New Roman', Times, serif; font-size: 10pt; color: #000000; background-color: #ffffff";
    public const string Paragraph = "margin: 0pt 0pt 8pt 0pt; text-align: left";
    public const string List = "margin: 0pt 0pt 8pt 0pt";
    public const string ListItem = "margin: 0pt 0pt 2pt 0pt";
    public const string Quote = "margin: 0pt 24pt 8pt 24pt";
    public const string Rule = "border: none; border-top: 1pt solid #000000; margin: 12pt 0pt 12pt 0pt";
    public const string Pre = "font-family: 'Courier New', Courier, monospace; font-size: 9pt; margin: 0pt 0pt 8pt 0pt";
    public const string Table = "border-collapse: collapse; width: 100%; margin: 6pt 0pt 10pt 0pt; font-size: 9pt";
    public const string CellParagraph = "margin: 0pt";
    public const string FootnoteRule = "border: none; border-top: 0.5pt solid #000000; width: 25%; margin: 12pt auto 6pt 0pt; text-align: left";
    public const string FootnoteList = "margin: 0pt 0pt 8pt 0pt; font-size: 8pt";

    private const string CellBase = "padding: 2pt 4pt 2pt 4pt; vertical-align: bottom";

    public static string Heading(int level) => level switch
    {
        1 => "font-size: 14pt; font-weight: bold; text-align: center; margin: 0pt 0pt 12pt 0pt",
        2 => "font-size: 11pt; font-weight: bold; margin: 14pt 0pt 6pt 0pt",
        _ => "font-size: 10pt; font-weight: bold; margin: 10pt 0pt 4pt 0pt",
    };

    public static string HeaderCell(TableColumnAlign? align, bool ruled) =>
        CellBase + "; font-weight: bold; text-align: " + AlignName(align, "left")
        + (ruled ? "; border-bottom: 1pt solid #000000" : "");

    public static string BodyCell(TableColumnAlign? align, int indent) =>
        CellBase + "; border-bottom: 0.5pt solid #bfbfbf; text-align: " + AlignName(align, "left")
        + (align == TableColumnAlign.Right ? "; white-space: nowrap" : "")
        + indent switch { 1 => "; padding-left: 12pt", >= 2 => "; padding-left: 20pt", _ => "" };

    /// <summary>A body cell of a data table: indented 10pt per level; a subtotal or total ruled above.</summary>
    public static string BodyCell(TableColumnAlign? align, int indent, bool total) =>
        CellBase + "; border-bottom: 0.5pt solid #bfbfbf; text-align: " + AlignName(align, "left")
        + (align == TableColumnAlign.Right ? "; white-space: nowrap" : "")
        + (indent > 0 ? "; padding-left: " + (4 + 10 * Math.Min(indent, 6)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "pt" : "")
        + (total ? "; border-top: 1pt solid #000000" : "");

    public const string Caption = "text-align: left; font-weight: bold; padding: 0pt 0pt 4pt 0pt";

    public const string TableNote = "margin: 0pt 0pt 4pt 0pt; font-size: 8pt";

    public static string GroupCell(int level) => level switch
    {
        1 => "padding: 8pt 4pt 2pt 4pt; vertical-align: bottom; text-align: left; border-bottom: 0.5pt solid #bfbfbf",
        2 => "padding: 2pt 4pt 2pt 12pt; vertical-align: bottom; text-align: left; border-bottom: 0.5pt solid #bfbfbf",
        _ => "padding: 2pt 4pt 2pt " + (4 + 10 * Math.Min(level - 1, 6)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "pt; vertical-align: bottom; text-align: left; border-bottom: 0.5pt solid #bfbfbf",
    };

    private static string AlignName(TableColumnAlign? align, string fallback) => align switch
    {
        TableColumnAlign.Right => "right",
        TableColumnAlign.Center => "center",
        TableColumnAlign.Left => "left",
        _ => fallback,
    };
}
