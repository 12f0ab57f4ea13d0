using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Safety;

namespace ReleaseGen.Core.Tests.Safety;

/// <summary>Inputs that crashed or exhausted the loader (issue 15) end in one diagnostic each.</summary>
public class LoaderLimitTests
{
    private static IReadOnlyList<Diagnostic> Load(string yaml, Limits? limits = null) =>
        ReleaseLoader.LoadText("folder", "folder/release.yaml", yaml, limits: limits).Diagnostics;

    [Fact]
    public void Nesting_past_yaml_depth_is_an_error_at_the_first_level_too_deep()
    {
        var diagnostics = Load(TestData.MinimalYaml + "\ndeep: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.LimitExceeded, 21), (error.Code, error.Location.Line));
        Assert.Equal(7 + 63, error.Location.Column); // the top-level mapping is the first of the 64 levels
        Assert.Equal("the data nests deeper than the yaml-depth limit (64; raise it with --limit yaml-depth=N)", error.Message);
    }

    /// <summary>A list that holds an alias of itself used to overflow the stack of every walk over the data.</summary>
    [Fact]
    public void An_alias_inside_the_node_it_names_is_an_error_not_a_stack_overflow()
    {
        var error = Assert.Single(Load(TestData.MinimalYaml + "\nloop: &self [ 1, *self ]\n"));
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal(21, error.Location.Line);
        Assert.Equal("the alias *self is inside the node &self it names: data cannot contain itself", error.Message);
    }

    [Fact]
    public void An_alias_bomb_is_stopped_by_counting_expanded_values()
    {
        var bomb = "\nbomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n"));
        var error = Assert.Single(Load(TestData.MinimalYaml + bomb));
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.StartsWith("the data holds more values than the yaml-nodes limit (1000000;", error.Message);
    }

    [Fact]
    public void Aliases_within_the_limit_still_load()
    {
        var yaml = TestData.MinimalYaml.Replace("  highlights:", "  highlights: &h", StringComparison.Ordinal) + "\nfacts:\n  again: *h\n";
        Assert.DoesNotContain(Load(yaml), d => d.Code == DiagnosticCodes.LimitExceeded);
    }

    [Theory]
    [InlineData("\n? [a, b]\n: c\n", "a key must be plain text, not a list")]
    [InlineData("\nfacts:\n  ? { a: 1 }\n  : x\n", "a key must be plain text, not a mapping")]
    public void A_complex_key_is_an_error_not_a_crash(string tail, string message)
    {
        var error = Assert.Single(Load(TestData.MinimalYaml + tail));
        Assert.Equal((DiagnosticCodes.WrongType, message), (error.Code, error.Message));
    }

    [Fact]
    public void Decimals_beyond_an_int_is_an_error_not_an_overflow()
    {
        var error = Assert.Single(Load(TestData.MinimalYaml.Replace("unit: t, aggregate: sum", "unit: t, decimals: 99999999999, aggregate: sum", StringComparison.Ordinal)));
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("'decimals' of metric 'ore_processed' is far too large: 99999999999", error.Message);
    }

    [Fact]
    public void A_huge_unknown_key_is_echoed_short_and_not_compared_whole()
    {
        var key = new string('k', 200_000);
        var error = Assert.Single(Load(TestData.MinimalYaml + $"\n? {key}\n: 1\n"));
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.True(error.Message.Length < 400, error.Message);
        Assert.Contains("(200,000 characters)", error.Message);
        Assert.Null(YamlReader.Suggest(key, ["issuer", "release"]));
    }

    [Fact]
    public void A_negative_tonnage_is_an_error()
    {
        var error = Assert.Single(Load(TestData.MinimalYaml.Replace("2024-Q2: { ore_processed: 100", "2024-Q2: { ore_processed: -100", StringComparison.Ordinal)));
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("ore_processed for 2024-Q2 is -100 t: a quantity cannot be negative", error.Message);
    }

    [Fact]
    public void A_line_break_in_a_label_is_an_error()
    {
        var error = Assert.Single(Load(TestData.MinimalYaml.Replace("{ label: Ore tonnes processed,", "{ label: \"Ore\\ntonnes\",", StringComparison.Ordinal)));
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("the label of metric 'ore_processed' 'Ore tonnes' has a line break: a label or title is one line", error.Message);
    }

    [Fact]
    public void A_bidirectional_override_through_a_yaml_escape_is_an_error()
    {
        var error = Assert.Single(Load(TestData.MinimalYaml.Replace("short_name: Example", "short_name: \"Exa\\u202Emple\"", StringComparison.Ordinal)));
        Assert.Equal(DiagnosticCodes.InvalidText, error.Code);
    }

    [Theory]
    [InlineData(100_000, "(", ")")]
    [InlineData(100_000, "-", "")]
    public void Deeply_nested_expressions_are_an_error_not_a_stack_overflow(int depth, string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));
        var error = Assert.Throws<ExpressionException>(() => ArithmeticExpression.Parse(text));
        Assert.Equal("the expression nests deeper than the expression-depth limit (64; raise it with --limit expression-depth=N)", error.Message);
        Assert.Equal(64, error.Offset);
    }

    [Fact]
    public void A_chain_of_100000_terms_is_an_error_not_a_stack_overflow_when_evaluated()
    {
        var text = "x" + string.Concat(Enumerable.Repeat(" + 1", 100_000));
        var error = Assert.Throws<ExpressionException>(() => ArithmeticExpression.Parse(text));
        Assert.StartsWith("the expression is deeper than the expression-depth limit", error.Message);
        Assert.Equal(2 + 4 * 63, error.Offset);
    }

    [Fact]
    public void Thousands_of_metrics_load()
    {
        // Lookups were linear scans (80,000 metrics took minutes): this must finish, and find every metric.
        var metrics = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  m{i}: {{ label: M{i}, unit: t, aggregate: sum }}\n"));
        var values = "  2024-Q1: {" + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"m{i}: {i}")) + "}\n";
        var yaml = TestData.MinimalYaml.Replace("metrics:\n", "metrics:\n" + metrics, StringComparison.Ordinal).Replace("values:\n", "values:\n" + values, StringComparison.Ordinal);
        var result = ReleaseLoader.LoadText("folder", "folder/release.yaml", yaml);
        Assert.Empty(result.Diagnostics);
        Assert.True(ReleaseGen.Periods.PeriodKey.TryParse("2024-Q1", out var q1));
        Assert.Equal(19_999m, result.Data!.Values[("m19999", q1)].Value);
        Assert.NotNull(result.Data.FindMetric("m12345"));
    }
}
