using ReleaseGen.Checks;

namespace ReleaseGen.Core.Tests.Checks;

public class ArithmeticExpressionTests
{
    private static readonly Dictionary<string, decimal> Values = new() { ["a"] = 2, ["b"] = 3, ["pb_con_t"] = 2954, ["pb_con_ag"] = 4604, ["zero"] = 0 };

    private static decimal? Eval(string text) => ArithmeticExpression.Parse(text).Evaluate(n => Values.TryGetValue(n, out var v) ? v : null);

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("a * b - 1", 5)]
    [InlineData("-a + b", 1)]
    [InlineData("--a", 2)]
    [InlineData("a - b - 1", -2)]
    [InlineData("12 / b / 2", 2)]
    [InlineData("0.1 + 0.2", 0.3)]
    [InlineData("  ( ( a ) )  ", 2)]
    public void Evaluates_with_the_usual_precedence_in_decimal(string text, double expected) =>
        Assert.Equal((decimal)expected, Eval(text));

    [Fact]
    public void Contained_silver_of_the_reference_release()
    {
        var value = Eval("pb_con_t * pb_con_ag / 31.1034768")!.Value;
        Assert.Equal(437_257.1m, Math.Round(value, 1));
    }

    [Fact]
    public void Dotted_names_read_as_one_name()
    {
        var expression = ArithmeticExpression.Parse("a * facts.prices.silver / facts.prices.gold");
        Assert.Equal([("a", 0), ("facts.prices.silver", 4), ("facts.prices.gold", 26)], expression.Names);
        Assert.Equal(2m * 23 / 2000, expression.Evaluate(n => n switch { "a" => 2, "facts.prices.silver" => 23, "facts.prices.gold" => 2000, _ => null }));
    }

    [Fact]
    public void A_dotted_part_may_start_with_an_underscore()
        => Assert.Equal([("facts._prices.silver", 0)], ArithmeticExpression.Parse("facts._prices.silver").Names);

    [Fact]
    public void A_name_without_a_value_makes_the_result_unknown() => Assert.Null(Eval("a + missing"));

    [Fact]
    public void Names_are_listed_with_their_offsets()
    {
        var expression = ArithmeticExpression.Parse("(pb_con_t * pb_con_ag + b) / 31.1");
        Assert.Equal([("pb_con_t", 1), ("pb_con_ag", 12), ("b", 24)], expression.Names);
    }

    [Theory]
    [InlineData("", 0, "the expression ends where a number, a metric name or '(' was expected")]
    [InlineData("a +", 3, "the expression ends where a number, a metric name or '(' was expected")]
    [InlineData("(a + b", 6, "expected ')' before the end")]
    [InlineData("(a + b c", 7, "expected ')' but found 'c'")]
    [InlineData("a + facts.", 9, "unexpected '.' after a complete expression")]
    [InlineData("a + b)", 5, "unmatched ')'")]
    [InlineData("a b", 2, "unexpected 'b' after a complete expression")]
    [InlineData("a ^ 2", 2, "unexpected '^' after a complete expression")]
    [InlineData("a * %", 4, "unexpected '%': only numbers, metric names, + - * / and parentheses are allowed")]
    [InlineData("1.2.3", 0, "'1.2.3' is not a number")]
    [InlineData("System.IO.File", 6, "unexpected '.' after a complete expression")]
    public void Syntax_errors_carry_their_offset(string text, int offset, string message)
    {
        var ex = Assert.Throws<ExpressionException>(() => ArithmeticExpression.Parse(text));
        Assert.Equal((offset, message), (ex.Offset, ex.Message));
    }

    [Fact]
    public void Division_by_zero_is_reported_at_the_operator()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("a + b / zero"));
        Assert.Equal((6, "division by zero"), (ex.Offset, ex.Message));
    }

    [Fact]
    public void An_overflow_is_reported_at_the_operator()
    {
        var ex = Assert.Throws<ExpressionException>(() => ArithmeticExpression.Parse("big * big").Evaluate(_ => decimal.MaxValue));
        Assert.Equal((4, "the value is too large"), (ex.Offset, ex.Message));
    }
}
