using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Tables;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Core.Tests.Tables;

/// <summary>The table model from data: changes, segments, trailing quarters, formats, notes and titles, in each locale.</summary>
public class TableModelBuilderTests
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
          north: { label: North mine, labels: { fr-CA: Mine Nord } }
          south: South mine
        metrics:
          gold_oz: { label: Gold (ounces), unit: oz, aggregate: sum, by_segment: { north: north_oz, south: south_oz } }
          north_oz: { label: North gold (ounces), unit: oz, aggregate: sum }
          south_oz: { label: South gold (ounces), unit: oz, aggregate: sum }
          cost_oz: { label: Cash cost per ounce, unit: $/oz, better: lower, format: { currency: USD } }
          credits: { label: By-product credits, unit: "$000", format: { negative: parentheses, nil: "—" } }
          new_mine: { label: New mine (ounces), unit: oz, aggregate: sum }
        values:
          2024-Q2: { gold_oz: 1500, north_oz: 1000, south_oz: 500, cost_oz: 900, credits: -250, new_mine: 120 }
          2024-Q1: { gold_oz: 1400, north_oz: 950, south_oz: 450, cost_oz: 1000, credits: 0, new_mine: 0 }
          2023-Q4: { gold_oz: 1300 }
          2023-Q3: { gold_oz: 1200 }
          2023-Q2: { gold_oz: 1250, cost_oz: 950, credits: 40, new_mine: 0 }
        tables:
          changes:
            title: Changes
            titles: { fr-CA: Variations }
            columns:
              - quarter
              - quarter_prior_year
              - { change: [quarter_prior_year, quarter] }
              - { change: [quarter_prior_year, quarter], favourable: true, header: Favourable, note: fav }
              - { change: [quarter_prior_year, quarter], as: absolute }
            rows:
              - gold_oz
              - { group: Costs, rows: [cost_oz, { group: Deeper, rows: [{ group: Deepest, rows: [{ metric: credits, note: credits }] }] }] }
              - { metric: new_mine, kind: total, cell_notes: { quarter: fav } }
            notes:
              credits: Credits are deducted.
              fav: A favourable change is positive.
              whole: All figures are unaudited.
          segments:
            columns: [{ segment: north }, { segment: south }, { total: true }, { segment: north, in: previous_quarter }]
            rows: [gold_oz, cost_oz]
          trend:
            columns: [{ trailing: 5, order: newest_first }]
            rows: [gold_oz]
        """;

    private static (TableModel Model, IReadOnlyList<Diagnostic> Diagnostics) Build(string table, string locale = "en-US")
    {
        var loaded = ReleaseLoader.LoadText("demo", "demo/release.yaml", Yaml);
        Assert.Empty(loaded.Diagnostics);
        var bag = new DiagnosticBag();
        var model = TableModelBuilder.Build(loaded.Data!.Tables[table], new FigureBook(loaded.Data), LanguageSettings.ForLocale(locale)!, bag);
        return (model, bag.ToSortedList());
    }

    private static string[] Cells(TableModel model, string label) => Assert.Single(model.Rows, r => r.Label == label).Cells.Select(c => c.Text + c.Marks).ToArray();

    [Fact]
    public void Percent_changes_read_from_the_printed_figures_and_say_n_m_for_a_zero_base_or_a_sign_flip()
    {
        var (model, diagnostics) = Build("changes");
        Assert.Empty(diagnostics);
        Assert.Equal(["1,500", "1,250", "20%", "20%", "250"], Cells(model, "Gold (ounces)"));
        // A cost that fell: -5% as arithmetic, +5% read as favourable; absolute in dollars.
        Assert.Equal(["$900", "$950", "\u22125%", "5%", "\u2212$50"], Cells(model, "Cash cost per ounce"));
        // 40 to -250 flips sign: n/m; the absolute change keeps its parentheses; the row carries note (2).
        Assert.Equal(["(250)", "40", "n/m", "n/m", "(290)"], Cells(model, "By-product credits"));
        Assert.Equal("(2)", model.Rows.Single(r => r.Label == "By-product credits").Marks);
        // From a zero base: n/m; a note marked on a single cell.
        Assert.Equal(["120(1)", "0", "n/m", "n/m", "120"], Cells(model, "New mine (ounces)"));
        Assert.Equal(CellKind.NotMeaningful, model.Rows.Single(r => r.Label == "New mine (ounces)").Cells[2].Kind);
    }

    [Fact]
    public void Negatives_print_with_the_minus_sign_by_default_and_with_the_hyphen_minus_when_the_format_asks()
    {
        var loaded = ReleaseLoader.LoadText("demo", "demo/release.yaml",
            Yaml.Replace("format: { currency: USD } }", "format: { currency: USD, negative: hyphen } }", StringComparison.Ordinal));
        Assert.Empty(loaded.Diagnostics);
        var model = TableModelBuilder.Build(loaded.Data!.Tables["changes"], new FigureBook(loaded.Data), LanguageSettings.ForLocale("en-US")!, new DiagnosticBag());
        Assert.Equal(["$900", "$950", "-5%", "5%", "-$50"], Cells(model, "Cash cost per ounce"));
        // The default (Percent_changes_read_from_the_printed_figures...) prints U+2212, which the embedded PDF font has.
        Assert.Equal("\u22125%", Cells(Build("changes").Model, "Cash cost per ounce")[2]);
    }

    [Fact]
    public void The_locale_words_say_n_m_and_the_currency_sign()
    {
        var (model, _) = Build("changes", "fr-CA");
        Assert.Equal("Variations", model.Title);
        Assert.Equal(["120(1)", "0", "n.s.", "n.s.", "120"], Cells(model, "New mine (ounces)"));
        Assert.Equal(["900\u00A0$\u00A0US", "950\u00A0$\u00A0US", "\u22125\u00A0%", "5\u00A0%", "\u221250\u00A0$\u00A0US"], Cells(model, "Cash cost per ounce"));
        var (canadian, _) = Build("changes", "en-CA");
        Assert.Equal("US$900", Cells(canadian, "Cash cost per ounce")[0]);
    }

    [Fact]
    public void Notes_are_numbered_where_first_marked_and_unmarked_notes_follow()
    {
        var (model, _) = Build("changes");
        // Reading order: the header marks "fav" first, so it is (1); the credits row is (2); a note marked nowhere is last, unmarked.
        Assert.Equal(["(1) A favourable change is positive.", "(2) Credits are deducted.", "All figures are unaudited."], model.Notes.Select(n => n.Display));
        Assert.Equal("(1)", model.HeaderRows[^1].Cells[4].Marks);
    }

    [Fact]
    public void A_zero_prints_the_formats_nil_word()
    {
        var loaded = ReleaseLoader.LoadText("demo", "demo/release.yaml", Yaml.Replace("columns: [{ trailing: 5, order: newest_first }]\n    rows: [gold_oz]", "columns: [previous_quarter]\n    rows: [credits, new_mine]"));
        Assert.Empty(loaded.Diagnostics);
        var model = TableModelBuilder.Build(loaded.Data!.Tables["trend"], new FigureBook(loaded.Data), LanguageSettings.Default);
        Assert.Equal(["—", "0"], model.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Groups_nest_to_any_depth_and_total_rows_are_marked()
    {
        var (model, _) = Build("changes");
        Assert.Equal([("Gold (ounces)", 0), ("Costs", 0), ("Cash cost per ounce", 1), ("Deeper", 1), ("Deepest", 2), ("By-product credits", 3), ("New mine (ounces)", 0)],
            model.Rows.Select(r => (r.Label, r.Depth)));
        Assert.Equal(ModelRowKind.Total, model.Rows[^1].Kind);
        Assert.True(model.Rows[^1].IsEmphasized);
    }

    [Fact]
    public void Segment_columns_show_each_parts_figure_and_the_total_with_a_dash_where_a_metric_has_no_part()
    {
        var (model, diagnostics) = Build("segments", "fr-CA");
        Assert.Empty(diagnostics);
        Assert.Equal(["1\u00A0000", "500", "1\u00A0500", "950"], Cells(model, "Gold (ounces)"));
        Assert.Equal(["—", "—", "900\u00A0$\u00A0US", "—"], Cells(model, "Cash cost per ounce"));
        Assert.Equal(["", "Mine Nord", "South mine", "Total", "Mine Nord"], model.HeaderRows[^1].Cells.Select(c => c.Text));
        // The upper header names each column's period; adjacent columns of the same period share one cell.
        Assert.Equal([("Trimestre clos le 30 juin 2024", 3), ("Trimestre clos le 31 mars 2024", 1)], model.HeaderRows[0].Cells.Skip(1).Select(c => (c.Text, c.Span)));
    }

    [Fact]
    public void Trailing_quarters_count_back_from_the_reporting_quarter_across_the_year_end()
    {
        var (model, diagnostics) = Build("trend");
        Assert.Empty(diagnostics);
        Assert.Equal(["June 30, 2024", "March 31, 2024", "December 31, 2023", "September 30, 2023", "June 30, 2023"], model.HeaderRows[^1].Cells.Skip(1).Select(c => c.Text));
        Assert.Equal(["1,500", "1,400", "1,300", "1,200", "1,250"], Cells(model, "Gold (ounces)"));
        Assert.Equal([("Three Months Ended", 5)], model.HeaderRows[0].Cells.Skip(1).Select(c => (c.Text, c.Span)));
    }

    [Fact]
    public void A_figure_a_cell_needs_but_the_data_lacks_is_an_error_at_the_row()
    {
        var loaded = ReleaseLoader.LoadText("demo", "demo/release.yaml", Yaml.Replace("columns: [{ trailing: 5, order: newest_first }]", "columns: [{ trailing: 6 }]"));
        var bag = new DiagnosticBag();
        var model = TableModelBuilder.Build(loaded.Data!.Tables["trend"], new FigureBook(loaded.Data), LanguageSettings.Default, bag);
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal("RG200", error.Code);
        Assert.StartsWith("table 'trend', column '2023-Q1', cannot be filled: 'gold_oz' has no value for 2023-Q1", error.Message);
        Assert.Equal("n/a", model.Rows[0].Cells[0].Text);
    }

    [Fact]
    public void Unknown_segments_notes_and_column_kinds_are_errors_at_their_position()
    {
        var yaml = Yaml.Replace("{ segment: south }", "{ segment: sout }")
            .Replace("note: credits }", "note: credit }")
            .Replace("{ trailing: 5, order: newest_first }", "{ trailing: 5, change: [quarter, ytd] }");
        var messages = ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("error RG103: 'sout' is not a segment; did you mean 'south'?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'credit' is not a note of row 'credits' of table 'changes'; did you mean 'credits'?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("can be only one of trailing, change", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Matches(@"^demo/release\.yaml\(\d+,\d+\): error RG\d{3}: ", m));
    }
}
