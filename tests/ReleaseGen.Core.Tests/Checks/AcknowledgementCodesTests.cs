using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Checks;

/// <summary>Every rule whose findings name one figure can have them acknowledged; other codes are refused with the list.</summary>
public class AcknowledgementCodesTests
{
    private static CheckResult Check(string folder) => ReleaseChecker.Check(folder, new CheckOptions(TestData.Templates));

    [Fact]
    public void A_failed_declared_reconciliation_can_be_acknowledged_for_its_figure()
    {
        var copy = Repository.CopyExample();
        var data = Path.Combine(copy, "release.yaml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("lead_lb: 3661412", "lead_lb: 3000000"));
        var finding = Assert.Single(Check(copy).Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ReconciliationMismatch, finding.Code);
        Assert.Equal(new FindingSubject("lead_lb", ReleaseGen.Periods.PeriodKey.ForQuarter(2012, 2)), finding.Subject);

        File.AppendAllText(data, "\nacknowledged:\n  - { code: RG401, metric: lead_lb, period: 2012-Q2, value: 3000000, reason: Published so in the second-quarter release. }\n");
        var result = Check(copy);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ReconciliationMismatch, Assert.Single(result.Acknowledged).Finding.Code);

        // The figure changes again: the finding counts again, and the entry says why.
        File.WriteAllText(data, File.ReadAllText(data).Replace("lead_lb: 3000000, zinc", "lead_lb: 3000001, zinc"));
        var again = Check(copy).Diagnostics;
        Assert.Contains(again, d => d.Code == DiagnosticCodes.ReconciliationMismatch && d.IsError);
        Assert.Contains(again, d => d.Code == DiagnosticCodes.AcknowledgementStale);
    }

    [Fact]
    public void A_code_whose_findings_name_no_figure_is_refused_with_the_codes_that_can_be()
    {
        var copy = Repository.CopyExample();
        var data = Path.Combine(copy, "release.yaml");
        File.AppendAllText(data, "\nacknowledged:\n  - { code: RG500, metric: silver_oz, period: 2012-Q2, value: 458472, reason: none }\n");
        var error = Assert.Single(ReleaseLoader.Load(copy).Diagnostics, d => d.IsError);
        Assert.Equal("RG500 findings do not name one figure, so they cannot be acknowledged (those that can: RG210, RG211, RG212, RG400, RG401, RG404, RG406, RG407)", error.Message);
    }

    [Fact]
    public void Every_acknowledgeable_rule_gives_its_findings_a_subject()
    {
        // The rules of these codes set FindingSubject on every finding; the list and the rules agree.
        var rules = ReleaseChecker.Rules.Where(r => Acknowledgements.Codes.Contains(r.Code)).Select(r => r.Code).Order(StringComparer.Ordinal);
        Assert.Equal(Acknowledgements.Codes.Order(StringComparer.Ordinal), rules);
    }
}
