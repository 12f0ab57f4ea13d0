using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Tables;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Core.Tests.Tables;

/// <summary>
/// The parts of a table model each output renders as is: the header over every kind of column, the
/// decimals a row's format asks for (in its figures and in the changes computed from them), what a change
/// cell holds, and the cell and message when one side of a change or a segment's figure is missing.
/// </summary>
public class TableHeadersAndCellsTests
{
    private const string Yaml = """
        issuer:
          name: Example Mining Corp.
          listings: [{ exchange: TSX, symbol: EXM }]
          headquarters: { city: Toronto, region: Ontario, country: CA }
        release:
          date: 2024-07-15
          period: 2024-Q2
        segments:
          north: North mine
          south: South mine
        metrics:
          gold_oz: { label: Gold (ounces), unit: oz, aggregate: sum, by_segment: { north: north_oz, south: south_oz } }
          north_oz: { label: North gold (ounces), unit: oz, aggregate: sum }
          south_oz: { label: South gold (ounces), unit: oz, aggregate: sum }
          grade: { label: Grade (g/t), unit: g/t, decimals: 2 }
          credits: { label: By-product credits, unit: "$000" }
          old_mine: { label: Old mine (ounces), unit: oz, aggregate: sum }
        values:
          2024-Q2: { gold_oz: 1500, north_oz: 1000, south_oz: 500, grade: 4.26, credits: -250 }
          2023-Q2: { gold_oz: 1250, south_oz: 450, grade: 4.14, credits: 40, old_mine: 300 }
        tables:
          headers:
            columns:
              - quarter
              - { period: quarter_prior_year, header: Last year }
              - { change: [quarter_prior_year, quarter] }
              - { change: [quarter_prior_year, quarter], as: absolute }
              - { change: [quarter_prior_year, quarter], header: Year on year }
              - { segment: north, header: The north }
              - { segment: south }
              - { total: true }
            rows: [gold_oz]
          calendar:
            header: calendar
            columns: [quarter, quarter_prior_year, { change: [quarter_prior_year, quarter] }]
            rows: [gold_oz]
          decimals:
            columns: [quarter, quarter_prior_year, { change: [quarter_prior_year, quarter], as: absolute }, { change: [quarter_prior_year, quarter] }]
            rows: [grade, { metric: grade, label: Grade to one decimal, format: { decimals: 1 } }]
          changes:
            columns: [{ change: [quarter_prior_year, quarter] }, { change: [quarter_prior_year, quarter], as: absolute }]
            rows: [{ metric: gold_oz, note: restated }, credits, north_oz, old_mine]
            notes:
              restated: Restated.
          segment_gaps:
            columns: [{ segment: north, in: quarter_prior_year }, { total: true, in: 2024-Q1 }]
            rows: [gold_oz]
        """;

    private static ReleaseData Load()
    {
        var loaded = ReleaseLoader.LoadText("demo", "demo/release.yaml", Yaml);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Data!;
    }

    private static (TableModel Model, IReadOnlyList<Diagnostic> Diagnostics) Build(string table)
    {
        var data = Load();
        var bag = new DiagnosticBag();
        var model = TableModelBuilder.Build(data.Tables[table], new FigureBook(data), LanguageSettings.ForLocale("en-US")!, bag);
        return (model, bag.ToSortedList());
    }

    private static ModelRow Row(TableModel model, string label) => Assert.Single(model.Rows, r => r.Label == label);

    [Fact]
    public void Each_column_kind_has_its_own_header_unless_the_layout_names_one()
    {
        var (model, diagnostics) = Build("headers");
        Assert.Empty(diagnostics);
        Assert.Equal(2, model.HeaderRows.Count);
        // Periods under their span; each change column under an empty cell of its own (not one merged
        // empty span); segments and the total under their period, merged.
        Assert.Equal(
            [("", 1), ("Three Months Ended", 2), ("", 1), ("", 1), ("", 1), ("Three Months Ended June 30, 2024", 3)],
            model.HeaderRows[0].Cells.Select(c => (c.Text, c.Span)));
        // A percent change says "Change (%)", an absolute one "Change"; a header in the layout wins over
        // the derived one for a period, a change and a segment; a segment is headed by its label, the total by "Total".
        Assert.Equal(
            ["", "June 30, 2024", "Last year", "Change (%)", "Change", "Year on year", "The north", "South mine", "Total"],
            model.HeaderRows[1].Cells.Select(c => c.Text));
        Assert.All(model.HeaderRows[1].Cells, c => Assert.Equal(1, c.Span));
        Assert.Equal(["1,500", "1,250", "20%", "250", "20%", "1,000", "500", "1,500"], Row(model, "Gold (ounces)").Cells.Select(c => c.Text));
    }

    [Fact]
    public void Calendar_headers_name_the_period_alone_in_a_single_header_row()
    {
        var (model, diagnostics) = Build("calendar");
        Assert.Empty(diagnostics);
        var header = Assert.Single(model.HeaderRows);
        Assert.Equal(["", "Q2 2024", "Q2 2023", "Change (%)"], header.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_rows_decimals_apply_to_its_figures_and_to_the_changes_computed_from_them()
    {
        var (model, diagnostics) = Build("decimals");
        Assert.Empty(diagnostics);
        // The metric's two decimals: 4.26 against 4.14 is 0.12, or 2.9% (printed 3%).
        Assert.Equal(["4.26", "4.14", "0.12", "3%"], Row(model, "Grade (g/t)").Cells.Select(c => c.Text));
        // The row's one decimal: the change is read from the printed 4.3 and 4.1, so 0.2 and 4.9% (5%).
        var rounded = Row(model, "Grade to one decimal");
        Assert.Equal(["4.3", "4.1", "0.2", "5%"], rounded.Cells.Select(c => c.Text));
        Assert.Equal([4.3m, 4.1m, 0.2m, 5m], rounded.Cells.Select(c => c.Value!.Value));
    }

    [Fact]
    public void A_change_cell_holds_both_figures_it_compares_and_says_what_kind_of_change_it_is()
    {
        var (model, _) = Build("changes");
        var gold = Row(model, "Gold (ounces)").Cells;
        Assert.Equal([(CellKind.Change, "20%", 20m), (CellKind.Change, "250", 250m)], gold.Select(c => (c.Kind, c.Text, c.Value!.Value)));
        Assert.All(gold, c => Assert.Equal(("2024-Q2", 1500m, "2023-Q2", 1250m), (c.Figure!.Period.Key.ToString(), c.Figure.Value, c.Base!.Period.Key.ToString(), c.Base.Value)));

        // 40 to -250 flips sign: the percent is not meaningful, the absolute change is -290; both keep their figures.
        var credits = Row(model, "By-product credits").Cells;
        Assert.Equal([(CellKind.NotMeaningful, "n/m", (decimal?)null), (CellKind.Change, "\u2212290", (decimal?)-290m)], credits.Select(c => (c.Kind, c.Text, c.Value)));
        Assert.All(credits, c => Assert.Equal((-250m, 40m), (c.Figure!.Value, c.Base!.Value)));
    }

    [Fact]
    public void A_change_missing_either_figure_is_an_empty_n_a_cell_and_an_error_naming_the_column()
    {
        var (model, diagnostics) = Build("changes");
        // North has this quarter but not the year before; the old mine the year before but not this quarter.
        foreach (var label in new[] { "North gold (ounces)", "Old mine (ounces)" })
            Assert.Equal([(CellKind.Empty, "n/a"), (CellKind.Empty, "n/a")], Row(model, label).Cells.Select(c => (c.Kind, c.Text)));
        // One error per missing figure (the two change columns of a row ask for the same one).
        Assert.Equal(
            [
                "RG200 table 'changes', column 'quarter_prior_year..quarter', cannot be filled: 'north_oz' has no value for 2023-Q2",
                "RG200 table 'changes', column 'quarter_prior_year..quarter', cannot be filled: 'old_mine' has no value for 2024-Q2",
            ],
            diagnostics.Select(d => d.Code + " " + d.Message[..d.Message.IndexOf(", and", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_segment_or_total_figure_names_its_column_by_segment_or_as_total()
    {
        var (model, diagnostics) = Build("segment_gaps");
        Assert.Equal(["n/a", "n/a"], Row(model, "Gold (ounces)").Cells.Select(c => c.Text));
        Assert.Equal(
            [
                "table 'segment_gaps', column 'north', cannot be filled: 'north_oz' has no value for 2023-Q2",
                "table 'segment_gaps', column 'total', cannot be filled: 'gold_oz' has no value for 2024-Q1",
            ],
            diagnostics.Select(d => d.Message[..d.Message.IndexOf(", and", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_note_key_the_table_does_not_declare_marks_nothing()
    {
        // The loader rejects such a key; a layout built or changed in code reaches the builder unchecked.
        var data = Load();
        var table = data.Tables["changes"];
        var marked = TableModelBuilder.Build(table, new FigureBook(data), LanguageSettings.Default);
        Assert.Equal("(1)", Row(marked, "Gold (ounces)").Marks);

        var unmarked = TableModelBuilder.Build(table with { Notes = [] }, new FigureBook(data), LanguageSettings.Default);
        Assert.Equal("", Row(unmarked, "Gold (ounces)").Marks);
        Assert.Empty(unmarked.Notes);
    }
}
