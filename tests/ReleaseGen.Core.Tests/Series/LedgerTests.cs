using ReleaseGen.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Periods;

namespace ReleaseGen.Core.Tests.Series;

/// <summary>Ledger files (YAML, CSV, Excel) and a fiscal calendar that changes within a series.</summary>
public class LedgerTests
{
    private static CheckResult Check(string folder) => ReleaseChecker.Check(folder, new CheckOptions(TestData.Templates));

    /// <summary>Writes a workbook with one sheet of rows (text cells as inline strings, numbers as numbers).</summary>
    internal static void WriteWorkbook(string path, string sheetName, IEnumerable<object[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var rowIndex = 1u;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < values.Length; c++)
            {
                var reference = $"{(char)('A' + c)}{rowIndex}";
                row.Append(values[c] is decimal number
                    ? new Cell { CellReference = reference, CellValue = new CellValue(number) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)values[c])) });
            }
            data.Append(row);
            rowIndex++;
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
    }

    /// <summary>The example's ledger.csv as rows: the same long shape, as an operations team's export.</summary>
    private static List<object[]> LedgerRows(string copy) =>
        File.ReadAllLines(Path.Combine(copy, "ledger.csv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(','))
            .Select((cells, i) => i == 0 ? new object[] { cells[0], cells[1], cells[2] } : [cells[0], cells[1], decimal.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture)])
            .ToList();

    [Fact]
    public void The_ledger_can_be_an_excel_workbook_in_the_long_shape()
    {
        var copy = SeriesTests.CopySeries();
        var rows = LedgerRows(copy);
        File.Delete(Path.Combine(copy, "ledger.csv"));
        WriteWorkbook(Path.Combine(copy, "ledger.xlsx"), "Ledger", rows);

        var result = Check(Path.Combine(copy, "2024-q3"));
        Assert.Empty(result.Diagnostics);
        // The acknowledged slip is now located in the workbook, by sheet and cell.
        var slipRow = rows.FindIndex(r => r[0] is "total_ag_oz" && r[1] is "2023-9M") + 1;
        Assert.All(result.Acknowledged, a => Assert.Equal($"{Path.Combine(copy, "ledger.xlsx")}(Ledger!C{slipRow})", a.Finding.Location.ToString()));
    }

    [Fact]
    public void Errors_in_a_workbook_are_located_by_sheet_and_cell()
    {
        var copy = SeriesTests.CopySeries();
        File.Delete(Path.Combine(copy, "ledger.csv"));
        WriteWorkbook(Path.Combine(copy, "ledger.xlsx"), "Q data",
        [
            ["metric", "period", "value"],
            ["total_au_oz", "2023-Q3", 30881m],
            ["total_au_oz", "2023-Q5", 1m],
            ["total_gold", "2023-Q2", 1m],
            ["total_ag_oz", "2023-Q2", "n/a"],
        ]);
        var diagnostics = ReleaseLoader.Load(Path.Combine(copy, "2024-q1")).Diagnostics.Select(d => d.ToString().Replace(copy, "SERIES")).ToList();
        Assert.Contains("SERIES/ledger.xlsx(Q data!B3): error RG105: '2023-Q5' is not a period key (YYYY-Q1..Q4, YYYY-H1, YYYY-9M or YYYY-FY)", diagnostics);
        Assert.Contains("SERIES/ledger.xlsx(Q data!C5): error RG101: the value 'n/a' is not a number", diagnostics);
        Assert.Contains("SERIES/ledger.xlsx(Q data!C4): error RG104: unknown metric 'total_gold'", diagnostics);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_error_not_a_crash()
    {
        var copy = SeriesTests.CopySeries();
        File.WriteAllText(Path.Combine(copy, "ledger.xlsx"), "metric,period,value\n");
        var error = Assert.Single(ReleaseLoader.Load(Path.Combine(copy, "2024-q1")).Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.CsvFormat, error.Code);
        Assert.Equal(new SourceLocation(Path.Combine(copy, "ledger.xlsx"), 1, 1), error.Location);
        Assert.StartsWith("the workbook cannot be read", error.Message);
    }

    [Fact]
    public void A_release_can_give_its_values_in_a_workbook()
    {
        var copy = SeriesTests.CopySeries();
        var data = Path.Combine(copy, "2024-q1", "release.yaml");
        var text = File.ReadAllText(data);
        // Move the first quarter's consolidated gold out of the YAML into values.xlsx.
        File.WriteAllText(data, text.Replace("total_au_oz: 31893, ", ""));
        WriteWorkbook(Path.Combine(copy, "2024-q1", "values.xlsx"), "Sheet1", [["metric", "period", "value"], ["total_au_oz", "2024-Q1", 31893m]]);
        var loaded = ReleaseLoader.Load(Path.Combine(copy, "2024-q1"));
        Assert.Empty(loaded.Diagnostics);
        var point = loaded.Data!.Values[("total_au_oz", PeriodKey.ForQuarter(2024, 1))];
        Assert.Equal(31893m, point.Value);
        Assert.Equal("Sheet1!C2", point.Location.Cell);
    }

    [Fact]
    public void A_ledger_yaml_has_the_shape_of_values()
    {
        var copy = SeriesTests.CopySeries();
        File.WriteAllText(Path.Combine(copy, "ledger.yaml"), "2022-Q3: { total_au_oz: 29000 }\n");
        var loaded = ReleaseLoader.Load(Path.Combine(copy, "2024-q1"));
        Assert.Empty(loaded.Diagnostics);
        var point = loaded.Data!.Values[("total_au_oz", PeriodKey.ForQuarter(2022, 3))];
        Assert.Equal(new SourceLocation(Path.Combine(copy, "ledger.yaml"), 1, 25), point.Location);
    }

    private const string ShiftSeries = """
        issuer:
          name: Shift Mining Corp.
          headquarters: { city: Denver, region: Colorado, country: US }
          fiscal_year_end: "12-31"
        metrics:
          gold_oz: { label: Gold produced (ounces), unit: oz, aggregate: sum }
        tables:
          highlights:
            columns: [quarter, quarter_prior_year]
            rows: [gold_oz]
        contacts:
          - { name: Sam Example, phone: 555-0100 }
        """;

    private const string Narrative = "{{ include \"dateline\" }} Shift produced {{ figures.gold_oz.quarter }} ounces of gold in the {{ period.name periods.quarter }}.\n\n{{ include \"highlights\" }}\n";

    /// <summary>
    /// A series whose fiscal year end moves from December to March: the calendar quarter July to September
    /// 2011 is "Q3 2011" in the first release and "fiscal Q2 2012" in the later one.
    /// </summary>
    private static string ShiftCopy(string laterValues)
    {
        var root = Path.Combine(Scratch.Folder("releasegen-shift"), "shift");
        void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            File.WriteAllText(Path.Combine(root, path), text);
        }
        Write("series.yaml", ShiftSeries);
        Write("2011-q3/release.yaml", """
            release: { date: 2011-10-20, period: 2011-Q3 }
            values:
              2011-Q1: { gold_oz: 85 }
              2011-Q2: { gold_oz: 95 }
              2011-Q3: { gold_oz: 100 }
              2011-9M: { gold_oz: 280 }
              2010-Q3: { gold_oz: 90 }
            """);
        Write("2011-q3/narrative.md", Narrative);
        Write("fy2013-q2/release.yaml", $$"""
            # The fiscal year now ends March 31: fiscal 2013 runs April 2012 to March 2013.
            issuer: { fiscal_year_end: "03-31" }
            release: { date: 2012-10-18, period: 2013-Q2 }
            values:
            {{laterValues}}
            """);
        Write("fy2013-q2/narrative.md", Narrative);
        return root;
    }

    [Fact]
    public void A_changed_fiscal_year_end_gives_correct_labels_and_no_false_restatement()
    {
        var root = ShiftCopy("  2013-Q2: { gold_oz: 120 }\n  2012-Q2: { gold_oz: 100 }");
        var result = Check(Path.Combine(root, "fy2013-q2"));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.PublishedFigureChanged or DiagnosticCodes.ChangedFromHistory);
        var markdown = result.Output.Markdown!;
        Assert.Contains("Shift produced 120 ounces of gold in the second quarter of fiscal 2013.", markdown);
        Assert.Contains("| Gold produced (ounces) | 120 | 100 |", markdown);
        Assert.Contains("Three Months Ended September 30, 2011", markdown);

        // Left to the ledger, the prior-year quarter is the calendar release's July to September 2011.
        var ledgerOnly = Check(Path.Combine(ShiftCopy("  2013-Q2: { gold_oz: 120 }"), "fy2013-q2"));
        Assert.DoesNotContain(ledgerOnly.Diagnostics, d => d.IsError);
        Assert.Contains("| Gold produced (ounces) | 120 | 100 |", ledgerOnly.Output.Markdown);
    }

    [Fact]
    public void Across_a_changed_fiscal_year_end_the_same_months_are_compared()
    {
        var root = ShiftCopy("  2013-Q2: { gold_oz: 120 }\n  2012-Q2: { gold_oz: 101 }");
        var findings = Check(Path.Combine(root, "fy2013-q2")).Diagnostics.Where(d => d.Code == DiagnosticCodes.PublishedFigureChanged).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, d => d.Message.StartsWith("gold_oz for 2012-Q2 is 101 here but '2011-q3' published 100", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Message.StartsWith("gold_oz for 2011-Q3 is 100 here but release 'fy2013-q2'", StringComparison.Ordinal));
    }

    [Fact]
    public void History_files_on_another_fiscal_calendar_compare_the_same_months()
    {
        // A release on its own (no series) with a history folder written under the old December year end.
        var root = ShiftCopy("  2013-Q2: { gold_oz: 120 }\n  2012-Q2: { gold_oz: 100 }\n  2012-Q1: { gold_oz: 95 }");
        var release = Path.Combine(Scratch.Folder("releasegen-shift-history"), "fy2013-q2");
        Directory.CreateDirectory(Path.Combine(release, "history"));
        var merged = File.ReadAllText(Path.Combine(root, "series.yaml")).Replace("  fiscal_year_end: \"12-31\"", "  fiscal_year_end: \"03-31\"")
                     + "\n" + File.ReadAllText(Path.Combine(root, "fy2013-q2", "release.yaml")).Replace("issuer: { fiscal_year_end: \"03-31\" }\n", "");
        File.WriteAllText(Path.Combine(release, "release.yaml"), merged);
        File.WriteAllText(Path.Combine(release, "narrative.md"), Narrative);
        File.WriteAllText(Path.Combine(release, "history", "2011-q3.yaml"),
            ShiftSeries + "\n" + File.ReadAllText(Path.Combine(root, "2011-q3", "release.yaml")));

        var result = Check(release);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var findings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ChangedFromHistory).ToList();
        // 2011-Q3 of the calendar year is fiscal 2012-Q2 (same value: no finding); fiscal 2012-Q1 (April to
        // June 2011) is calendar 2011-Q2, published as 95: no finding either. Same keys, other months, are not compared.
        Assert.Empty(findings);

        File.WriteAllText(Path.Combine(release, "release.yaml"), merged.Replace("2012-Q1: { gold_oz: 95 }", "2012-Q1: { gold_oz: 96 }"));
        var changed = Assert.Single(Check(release).Diagnostics, d => d.Code == DiagnosticCodes.ChangedFromHistory);
        Assert.Contains("gold_oz for 2012-Q1 is 96 but was published as 95", changed.Message);
    }
}
