using ReleaseGen.Core.Tests.Examples;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>The cautionary note in each regime's form, in English and French, from copies of the examples.</summary>
public class BoilerplateTests
{
    private static string BuildUsGold(Func<string, string> editData, string? locale = null)
    {
        var copy = ReleaseGen.Testing.Repository.CopyExample("us-gold-2024-q3");
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, editData(File.ReadAllText(data)));
            if (locale is not null) File.Copy(Path.Combine(copy, "narrative.md"), Path.Combine(copy, $"narrative.{locale}.md"));
            var output = ReleasePipeline.Run(copy, TestData.Templates, locale);
            Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
            return output.Markdown!;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    private static string WithForm(string data, string form) =>
        data.Replace("  disclosure_regimes: [sk-1300, pslra]\n", $"  disclosure_regimes: [sk-1300, pslra]\n  annual_report: {form}\n", StringComparison.Ordinal);

    [Fact]
    public void The_us_form_names_the_sec_and_the_annual_report_form()
    {
        var markdown = BuildUsGold(d => WithForm(d, "10-K"));
        Assert.Contains("\n## Cautionary Statement Regarding Forward-Looking Statements\n", markdown);
        Assert.Contains("those described in Imaginary Peak's Annual Report on Form 10-K and its other filings with the U.S. Securities and Exchange Commission (the SEC), that could cause", markdown);
        Assert.Contains("no standardized meaning under U.S. GAAP", markdown);
        Assert.DoesNotContain("Canadian", markdown);
    }

    [Fact]
    public void A_foreign_private_issuer_on_form_20_f_reports_under_ifrs()
    {
        var markdown = BuildUsGold(d => WithForm(d, "20-F"));
        Assert.Contains("Annual Report on Form 20-F and its other filings with the U.S. Securities and Exchange Commission", markdown);
        Assert.Contains("no standardized meaning under IFRS", markdown);
    }

    [Fact]
    public void The_us_form_without_a_form_names_the_sec()
    {
        var markdown = BuildUsGold(d => d);
        Assert.Contains("Imaginary Peak's most recent filings with the U.S. Securities and Exchange Commission (the SEC),", markdown);
        Assert.DoesNotContain("filings with securities regulators", markdown);
    }

    [Fact]
    public void The_canadian_form_names_the_canadian_regulators()
    {
        var english = ReferenceReleaseTests.Build(TestData.Example("alexco-2012-q2"));
        Assert.Contains("\n## Cautionary Note Regarding Forward-Looking Information\n", english);
        Assert.Contains("Alexco's most recent filings with the Canadian securities regulators,", english);
        Assert.DoesNotContain("SEC", english);
        var french = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates, "fr-CA").Markdown!;
        Assert.Contains("déposés par Alexco auprès des autorités canadiennes en valeurs mobilières,", french);
        Assert.DoesNotContain("SEC", french);
    }

    [Fact]
    public void The_us_form_in_french_names_the_sec_and_the_form()
    {
        var french = BuildUsGold(d => WithForm(d, "10-K"), "fr-CA");
        Assert.Contains("## Mise en garde concernant les énoncés prospectifs", french);
        Assert.Contains("décrits dans le rapport annuel sur formulaire 10-K d'Imaginary Peak et ses autres documents déposés auprès de la Securities and Exchange Commission des États-Unis (la SEC),", french);
    }
}
