using ReleaseGen.Loading;
using ReleaseGen.Model;

namespace ReleaseGen.Core.Tests.Loading;

/// <summary>The wording and boilerplate options of release.yaml: read when right, reported at their place with a "did you mean" when not.</summary>
public class ReleaseOptionsLoaderTests
{
    private static LoadResult Load(string yaml) => ReleaseLoader.LoadText("demo", "demo/release.yaml", yaml);

    private static string Messages(LoadResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    private static string WithOptions(string releaseLines, string issuerLines = "", string metricLines = "") => TestData.MinimalYaml
        .Replace("  period: 2024-Q2\n", "  period: 2024-Q2\n" + releaseLines)
        .Replace("  headquarters: { city: Toronto, region: Ontario, country: CA }\n", "  headquarters: { city: Toronto, region: Ontario, country: CA }\n" + issuerLines)
        .Replace("  recovery: { label: Silver recovery, unit: \"%\" }\n", "  recovery: { label: Silver recovery, unit: \"%\" }\n" + metricLines);

    [Fact]
    public void Defaults_are_the_long_separate_final_reports_form()
    {
        var result = Load(TestData.MinimalYaml);
        Assert.True(result.Succeeded, Messages(result));
        var release = result.Data!.Release;
        Assert.Equal(("Reports", "long", "separate", false), (release.HeadlineVerb, release.PeriodNames, release.ListingStyle, release.Preliminary));
        Assert.Null(result.Data.Issuer.AnnualReportForm);
    }

    [Fact]
    public void Options_are_read()
    {
        var result = Load(WithOptions(
            "  wire: GlobeNewswire\n  headline_verb: Provides\n  period_names: short\n  listing_style: combined\n  preliminary: true\n",
            "  disclosure_regimes: [ni-51-102, pslra]\n  annual_report: 40-F\n",
            "  mill_days: { label: Mill operating days, unit: days, aggregate: sum }\n  milled: { label: Milled, unit: t, aggregate: sum, scale: thousands, operating_days: mill_days }\n"));
        Assert.True(result.Succeeded, Messages(result));
        var data = result.Data!;
        Assert.Equal(("Provides", "short", "combined", true), (data.Release.HeadlineVerb, data.Release.PeriodNames, data.Release.ListingStyle, data.Release.Preliminary));
        Assert.Equal("40-F", data.Issuer.AnnualReportForm);
        Assert.True(data.Issuer.IsDualListed);
        Assert.False(data.Issuer.ReportsUsGaap);
        var milled = data.FindMetric("milled")!;
        Assert.Equal(MetricScale.Thousands, milled.Scale);
        Assert.Equal("mill_days", milled.OperatingDays);
    }

    [Fact]
    public void Bad_options_are_errors_at_their_place_with_a_suggestion()
    {
        var result = Load(WithOptions(
            "  wire: Busines Wire\n  period_names: shrot\n  listing_style: combine\n",
            "  disclosure_regimes: [ni-51-102, pslra]\n  annual_report: 40F\n",
            "  milled: { label: Milled, unit: t, aggregate: sum, scale: thousand, operating_days: mill_day }\n  mill_days: { label: Mill days, unit: days }\n"));
        Assert.False(result.Succeeded);
        var messages = Messages(result);
        Assert.Contains("demo/release.yaml(12,9): error RG106: 'wire' in release is 'Busines Wire'; did you mean 'Business Wire'?", messages);
        Assert.Contains("demo/release.yaml(13,17): error RG106: 'period_names' in release must be long or short, not 'shrot'; did you mean 'short'?", messages);
        Assert.Contains("demo/release.yaml(14,18): error RG106: 'listing_style' in release must be separate or combined, not 'combine'; did you mean 'combined'?", messages);
        Assert.Contains("demo/release.yaml(8,18): error RG106: 'annual_report' in issuer must be 10-K, 20-F or 40-F, not '40F'; did you mean '40-F'?", messages);
        Assert.Contains("error RG106: 'scale' of metric 'milled' must be thousands or millions, not 'thousand'; did you mean 'thousands'?", messages);
        Assert.Contains("error RG104: the operating days of 'milled' names unknown metric 'mill_day'; did you mean 'mill_days'?", messages);
        Assert.Equal(6, result.Diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public void An_annual_report_form_needs_the_us_regime()
    {
        var result = Load(WithOptions("", "  disclosure_regimes: [ni-51-102]\n  annual_report: 10-K\n"));
        Assert.Contains("error RG106: 'annual_report' in issuer names a form filed with the SEC, but the disclosure regimes do not include pslra", Messages(result));
    }

    [Fact]
    public void An_unknown_wire_far_from_every_known_one_keeps_the_generic_dateline()
    {
        var result = Load(WithOptions("  wire: Marketwire\n"));
        Assert.True(result.Succeeded, Messages(result));
        Assert.Null(ReleaseGen.Templating.WireServices.Find(result.Data!.Release.Wire));
        Assert.Equal("accesswire", ReleaseGen.Templating.WireServices.Find("ACCESSWIRE")!.Key);
        Assert.Equal("pr-newswire", ReleaseGen.Templating.WireServices.Find("PR Newswire")!.Key);
        Assert.Equal("newsfile", ReleaseGen.Templating.WireServices.Find("Newsfile Corp.")!.Key);
    }
}
