using ReleaseGen.Diagnostics;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>Reconciliation tolerances say their unit: <c>0.5%</c> is relative, <c>1</c> is one unit of the metric.</summary>
public class ToleranceTests
{
    // Contained silver against the silver given: 2024-Q1 25.3 oz (1.42%), 2024-Q2 3.2 oz (0.22%), 2024-H1 31.7 oz (0.99%).
    private static IReadOnlyList<Diagnostic> Check(string within) =>
        new CheckFixture(CheckFixture.Yaml.Replace("within: 2%", $"within: {within}")).Check().Diagnostics;

    [Theory]
    [InlineData("32")]
    [InlineData("1.5%")]
    public void A_difference_within_the_stated_tolerance_passes(string within) =>
        Assert.DoesNotContain(Check(within), d => d.Code == DiagnosticCodes.ReconciliationMismatch);

    [Fact]
    public void Within_1_means_one_unit_of_the_metric_not_100_percent()
    {
        // Read as a fraction, 1 allowed 100%: every period passed. As one ounce, none does.
        var findings = Check("1").Where(d => d.Code == DiagnosticCodes.ReconciliationMismatch).ToList();
        Assert.Equal(3, findings.Count);
        var quarter = Assert.Single(findings, d => d.Message.Contains("does not hold for 2024-Q2", StringComparison.Ordinal));
        Assert.EndsWith("(difference 3.2, 0.22%; allowed 1 oz)", quarter.Message);
        // 26 ounces holds the quarter with the 25.3-ounce difference, not the six months with 31.7.
        var twentySix = Check("26").Where(d => d.Code == DiagnosticCodes.ReconciliationMismatch).ToList();
        Assert.Contains("does not hold for 2024-H1", Assert.Single(twentySix).Message);
    }

    [Fact]
    public void A_relative_tolerance_is_printed_as_a_percentage()
    {
        var finding = Assert.Single(Check("1%"), d => d.Code == DiagnosticCodes.ReconciliationMismatch);
        Assert.Contains("does not hold for 2024-Q1", finding.Message);
        Assert.EndsWith("allowed 1%)", finding.Message);
    }

    [Fact]
    public void A_bare_number_below_one_is_warned_about_and_asks_for_the_percent_form()
    {
        var warning = Assert.Single(Check("0.005"), d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.False(warning.IsError);
        Assert.Equal("'within: 0.005' is an absolute tolerance of 0.005 in the metric's unit; for a relative tolerance write it with '%' (within: 0.5%)", warning.Message);
    }

    [Fact]
    public void A_tolerance_that_is_not_a_number_is_an_error_at_its_position()
    {
        var error = Assert.Single(Check("'about 1'"), d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.True(error.IsError);
        Assert.Contains("must be a relative tolerance such as 0.5% or an absolute one in the metric's unit such as 1, not 'about 1'", error.Message);
    }
}
