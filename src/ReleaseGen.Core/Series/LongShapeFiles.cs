using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReleaseGen.Diagnostics;

namespace ReleaseGen.Series;

/// <summary>One row of a long-shape values file (<c>metric,period,value</c>), each cell with its position.</summary>
public sealed record LongShapeRow(string Metric, SourceLocation MetricAt, string Period, SourceLocation PeriodAt, string Value, SourceLocation ValueAt);

/// <summary>
/// Reads the long shape operations teams export, <c>metric,period,value</c>, from a CSV file or an Excel
/// workbook (every sheet, with the Open XML SDK). A first row <c>metric,period,value</c> is a header.
/// Positions in a workbook print as <c>file.xlsx(Sheet!B12)</c>.
/// </summary>
public static class LongShapeFiles
{
    /// <summary>Larger files are refused: a ledger of a lifetime of quarterly figures is far smaller.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>More rows than this are refused (a sheet can claim a million).</summary>
    public const int MaxRows = 200_000;

    public static IReadOnlyList<LongShapeRow> Read(string path, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.CsvFormat, new SourceLocation(path, 1, 1), $"the file is {length} bytes; the limit is {MaxFileBytes}");
            return [];
        }
        return path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadWorkbook(path, diagnostics) : ReadCsv(path, diagnostics);
    }

    public static IReadOnlyList<LongShapeRow> ReadCsv(string path, DiagnosticBag diagnostics)
    {
        var rows = new List<LongShapeRow>();
        if (Safety.SourceFiles.TryReadText(path, Path.GetDirectoryName(Path.GetFullPath(path))!, null, diagnostics) is not { } text) return rows;
        var lines = text.Split('\n');
        var first = true;
        for (var i = 0; i < lines.Length && i < MaxRows; i++)
        {
            var line = lines[i];
            var lineNo = i + 1;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split(',');
            var isFirst = first;
            first = false;
            if (isFirst && cells.Length == 3 && cells[0].Trim() == "metric") continue;
            if (cells.Length != 3)
            {
                diagnostics.Error(DiagnosticCodes.CsvFormat, new SourceLocation(path, lineNo, 1),
                    $"expected 3 cells (metric,period,value), found {cells.Length}; write numbers without thousands separators");
                continue;
            }
            rows.Add(new LongShapeRow(
                cells[0].Trim(), new SourceLocation(path, lineNo, 1),
                cells[1].Trim(), new SourceLocation(path, lineNo, cells[0].Length + 2),
                cells[2].Trim(), new SourceLocation(path, lineNo, cells[0].Length + cells[1].Length + 3)));
        }
        return rows;
    }

    public static IReadOnlyList<LongShapeRow> ReadWorkbook(string path, DiagnosticBag diagnostics)
    {
        var rows = new List<LongShapeRow>();
        try
        {
            using var bytes = new MemoryStream(Safety.SourceFiles.ReadBytes(path, Path.GetDirectoryName(Path.GetFullPath(path))!));
            using var document = SpreadsheetDocument.Open(bytes, isEditable: false);
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook.Sheets is not { } sheets)
            {
                diagnostics.Error(DiagnosticCodes.CsvFormat, new SourceLocation(path, 1, 1), "the workbook has no sheets");
                return rows;
            }
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                var name = sheet.Name?.Value ?? "Sheet";
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                var first = true;
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    if (rows.Count >= MaxRows) break;
                    var rowNumber = (int)(row.RowIndex?.Value ?? 0);
                    var cells = new Dictionary<int, (string Text, string Reference)>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var reference = cell.CellReference?.Value ?? "";
                        var column = ColumnIndex(reference);
                        if (column is >= 1 and <= 3) cells[column] = (CellText(cell, strings), reference);
                    }
                    var isFirst = first;
                    first = false;
                    if (cells.Count == 0 || cells.Values.All(c => c.Text.Length == 0)) continue;
                    if (isFirst && cells.TryGetValue(1, out var head) && head.Text.Trim() == "metric") continue;
                    SourceLocation At(int column) =>
                        new(path, rowNumber, column) { Cell = $"{name}!{ColumnName(column)}{rowNumber}" };
                    if (cells.Count < 3 || Enumerable.Range(1, 3).Any(c => !cells.ContainsKey(c)))
                    {
                        diagnostics.Error(DiagnosticCodes.CsvFormat, At(1),
                            "expected three cells, metric, period and value, in columns A, B and C");
                        continue;
                    }
                    rows.Add(new LongShapeRow(cells[1].Text.Trim(), At(1), cells[2].Text.Trim(), At(2), cells[3].Text.Trim(), At(3)));
                }
            }
        }
        catch (Safety.SourceFileException ex)
        {
            diagnostics.Error(ex.Code, new SourceLocation(path, ex.Line, ex.Column), ex.Message);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or FormatException)
        {
            diagnostics.Error(DiagnosticCodes.CsvFormat, new SourceLocation(path, 1, 1), $"the workbook cannot be read: {ex.Message.TrimEnd('.')}");
        }
        return rows;
    }

    private static string CellText(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>"B12" is column 2.</summary>
    internal static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c)) break;
            column = column * 26 + (c - 'A' + 1);
            if (column > 16384) return 0;
        }
        return column;
    }

    internal static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
