using ReleaseGen.Testing;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Periods;
using ReleaseGen.Scaffolding;

namespace ReleaseGen.Core.Tests.Series;

/// <summary>
/// A fiscal year end that changes with a transition period of its own: December to March through a
/// three-month period (January to March 2012) or a fifteen-month one (January 2011 to March 2012).
/// </summary>
public class TransitionTests
{
    private static CheckResult Check(string folder) => ReleaseChecker.Check(folder, new CheckOptions(TestData.Templates));

    private static string Series(string transition) => $$"""
        issuer:
          name: Shift Mining Corp.
          headquarters: { city: Denver, region: Colorado, country: US }
          # The year end moved from December 31 to March 31 through the transition period {{transition}}.
          fiscal_year_end: "03-31"
          fiscal_transition: {{transition}}
        metrics:
          gold_oz: { label: Gold produced (ounces), unit: oz, aggregate: sum }
        tables:
          highlights:
            columns: [quarter, quarter_prior_year, previous_quarter, ytd]
            rows: [gold_oz]
        contacts:
          - { name: Sam Example, phone: 555-0100 }
        """;

    private const string Narrative = "{{ include \"dateline\" }} Shift produced {{ figures.gold_oz.quarter }} ounces of gold in the {{ period.name periods.quarter }}, against {{ figures.gold_oz.quarter_prior_year }} ounces in the {{ period.name periods.quarter_prior_year }}, and {{ figures.gold_oz.ytd }} ounces in the {{ period.name periods.ytd }}.\n\n{{ include \"highlights\" }}\n";

    private static string Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    private static string Release(string root, string folder, string date, string period, string values)
    {
        Write(root, $"{folder}/release.yaml", $"release:\n  date: {date}\n  period: {period}\nvalues:\n{values}\n");
        Write(root, $"{folder}/narrative.md", Narrative);
        return Path.Combine(root, folder);
    }

    /// <summary>December 2011 year, then January to March 2012 (2012-T3), then fiscal 2013 from April 2012.</summary>
    internal static string ThreeMonthSeries()
    {
        var root = Path.Combine(Scratch.Folder("releasegen-t3"), "shift");
        Write(root, "series.yaml", Series("2012-T3"));
        Write(root, "ledger.csv", "metric,period,value\ngold_oz,2011-Q1,95\ngold_oz,2011-Q2,100\ngold_oz,2011-Q3,105\ngold_oz,2010-Q4,90\n");
        Release(root, "2011-q4", "2012-01-25", "2011-Q4", "  2011-Q4: { gold_oz: 110 }\n  2011-FY: { gold_oz: 410 }");
        Release(root, "2012-t3", "2012-04-20", "2012-T3", "  2012-T3: { gold_oz: 112 }");
        Release(root, "2013-q1", "2012-07-20", "2013-Q1", "  2013-Q1: { gold_oz: 120 }");
        return root;
    }

    /// <summary>Fiscal 2012 is the fifteen months January 2011 to March 2012: five quarters, 2012-Q1 to 2012-Q5.</summary>
    internal static string FifteenMonthSeries(int fifteenMonths = 520)
    {
        var root = Path.Combine(Scratch.Folder("releasegen-t15"), "shift");
        Write(root, "series.yaml", Series("2012-T15"));
        Write(root, "ledger.yaml", "2010-Q1: { gold_oz: 90 }\n2010-Q2: { gold_oz: 91 }\n2010-Q3: { gold_oz: 92 }\n2010-Q4: { gold_oz: 93 }\n2010-FY: { gold_oz: 366 }\n");
        Release(root, "2012-q1", "2011-04-20", "2012-Q1", "  2012-Q1: { gold_oz: 100 }");
        Release(root, "2012-q2", "2011-07-20", "2012-Q2", "  2012-Q2: { gold_oz: 102 }\n  2012-H1: { gold_oz: 202 }");
        Release(root, "2012-q3", "2011-10-20", "2012-Q3", "  2012-Q3: { gold_oz: 104 }\n  2012-9M: { gold_oz: 306 }");
        Release(root, "2012-q4", "2012-01-20", "2012-Q4", "  2012-Q4: { gold_oz: 106 }\n  2012-12M: { gold_oz: 412 }");
        Release(root, "2012-q5", "2012-04-20", "2012-Q5", $"  2012-Q5: {{ gold_oz: 108 }}\n  2012-T15: {{ gold_oz: {fifteenMonths} }}");
        Release(root, "2013-q1", "2012-07-20", "2013-Q1", "  2013-Q1: { gold_oz: 120 }");
        return root;
    }

    [Fact]
    public void The_calendar_places_a_three_month_transition_between_the_two_year_ends()
    {
        var calendar = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, 3) };
        Assert.Equal(12, calendar.InForce(2011).YearEndMonth);
        Assert.Equal((new DateOnly(2012, 1, 1), new DateOnly(2012, 3, 31)), calendar.Place(PeriodKey.ForTransition(2012, 3)));
        Assert.Equal((new DateOnly(2011, 10, 1), new DateOnly(2011, 12, 31)), calendar.Place(PeriodKey.ForQuarter(2011, 4)));
        Assert.Equal((new DateOnly(2012, 4, 1), new DateOnly(2012, 6, 30)), calendar.Place(PeriodKey.ForQuarter(2013, 1)));
        // Quarter by quarter across it, both ways.
        Assert.Equal(PeriodKey.ForTransition(2012, 3), calendar.AddQuarters(PeriodKey.ForQuarter(2011, 4), 1));
        Assert.Equal(PeriodKey.ForQuarter(2013, 1), calendar.AddQuarters(PeriodKey.ForTransition(2012, 3), 1));
        Assert.Equal(PeriodKey.ForQuarter(2011, 4), calendar.AddQuarters(PeriodKey.ForQuarter(2013, 1), -2));
        // The same months a year earlier, on the calendar in force then.
        Assert.Equal(PeriodKey.ForQuarter(2011, 2), calendar.PriorYear(PeriodKey.ForQuarter(2013, 1)));
        Assert.Equal(PeriodKey.ForQuarter(2011, 1), calendar.PriorYear(PeriodKey.ForTransition(2012, 3)));
        // A key of the transition year that is not inside it, or a transition the issuer did not declare.
        Assert.NotNull(calendar.Invalid(PeriodKey.ForQuarter(2012, 2)));
        Assert.NotNull(calendar.Invalid(PeriodKey.ForTransition(2012, 6)));
        Assert.Null(calendar.Invalid(PeriodKey.ForTransition(2012, 3)));
    }

    [Fact]
    public void A_fifteen_month_transition_has_five_quarters_and_a_twelve_month_year_to_date()
    {
        var calendar = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, 15) };
        Assert.Equal((new DateOnly(2011, 1, 1), new DateOnly(2012, 3, 31)), calendar.Place(PeriodKey.ForTransition(2012, 15)));
        Assert.Equal((new DateOnly(2012, 1, 1), new DateOnly(2012, 3, 31)), calendar.Place(PeriodKey.ForQuarter(2012, 5)));
        Assert.Equal(Enumerable.Range(1, 5).Select(q => PeriodKey.ForQuarter(2012, q)), PeriodKey.ForTransition(2012, 15).Quarters());
        Assert.Equal(PeriodKey.TwelveMonths(2012), calendar.YearToDate(2012, 4));
        Assert.Equal(PeriodKey.ForTransition(2012, 15), calendar.YearToDate(2012, 5));
        Assert.Equal(PeriodKey.ForQuarter(2012, 5), calendar.AddQuarters(PeriodKey.ForQuarter(2013, 1), -1));
        Assert.Equal(PeriodKey.ForQuarter(2012, 1), calendar.AddQuarters(PeriodKey.ForQuarter(2010, 4), 1));
        Assert.Equal("2012-T15", PeriodKey.ForTransition(2012, 15).ToString());
        Assert.True(PeriodKey.TryParse("2012-T15", out var parsed) && parsed == PeriodKey.ForTransition(2012, 15));
        // A fifth quarter belongs to a transition of fifteen months only.
        Assert.NotNull(new FiscalCalendar(3).Invalid(PeriodKey.ForQuarter(2012, 5)));
    }

    [Fact]
    public void Periods_are_named_by_the_calendar_in_force()
    {
        var three = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, 3) };
        var fifteen = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, 15) };
        Assert.Equal("three-month transition period ended March 31, 2012", new Period(PeriodKey.ForTransition(2012, 3), three).Name);
        Assert.Equal("fifteen months ended March 31, 2012", new Period(PeriodKey.ForTransition(2012, 15), fifteen).Name);
        Assert.Equal("Fifteen Months Ended March 31, 2012", new Period(PeriodKey.ForTransition(2012, 15), fifteen).Title);
        Assert.Equal("fourth quarter of 2011", new Period(PeriodKey.ForQuarter(2011, 4), three).Name);
        Assert.Equal("first quarter of fiscal 2013", new Period(PeriodKey.ForQuarter(2013, 1), three).Name);
        Assert.Equal("fifth quarter of fiscal 2012", new Period(PeriodKey.ForQuarter(2012, 5), fifteen).Name);

        var english = ReleaseGen.Templating.Functions.LanguageSettings.Default;
        var french = ReleaseGen.Templating.Functions.LanguageSettings.ForLocale("fr-CA")!;
        Assert.Equal("three-month transition period ended March 31, 2012", english.PeriodName(new Period(PeriodKey.ForTransition(2012, 3), three)));
        Assert.Equal("Three Months Ended", english.PeriodSpanHeader(new Period(PeriodKey.ForTransition(2012, 3), three)));
        Assert.Equal("Fifteen Months Ended", english.PeriodSpanHeader(new Period(PeriodKey.ForTransition(2012, 15), fifteen)));
        Assert.Equal("période de transition de trois mois close le 31 mars 2012", french.PeriodName(new Period(PeriodKey.ForTransition(2012, 3), three)));
        Assert.Equal("quinze mois clos le 31 mars 2012", french.PeriodName(new Period(PeriodKey.ForTransition(2012, 15), fifteen)));
        Assert.Equal("Quinze mois clos le", french.PeriodSpanHeader(new Period(PeriodKey.ForTransition(2012, 15), fifteen)));
        Assert.Equal("cinquième trimestre de l'exercice 2012", french.PeriodName(new Period(PeriodKey.ForQuarter(2012, 5), fifteen)));
    }

    [Fact]
    public void A_three_month_transition_builds_with_its_labels_and_no_false_finding()
    {
        var root = ThreeMonthSeries();
        foreach (var release in new[] { "2011-q4", "2012-t3", "2013-q1" })
        {
            var result = Check(Path.Combine(root, release));
            Assert.True(result.Diagnostics.Count == 0, release + ": " + string.Join("\n", result.Diagnostics));
        }
        var transition = Check(Path.Combine(root, "2012-t3")).Output.Markdown!;
        Assert.Contains("Shift produced 112 ounces of gold in the three-month transition period ended March 31, 2012, against 95 ounces in the first quarter of 2011, and 112 ounces in the three-month transition period ended March 31, 2012.", transition);
        // Quarter, the same months of 2011, the quarter before (October to December 2011), year to date.
        Assert.Contains("| Gold produced (ounces) | 112 | 95 | 110 | 112 |", transition);
        Assert.Contains("Three Months Ended March 31, 2012", transition);

        var after = Check(Path.Combine(root, "2013-q1")).Output.Markdown!;
        Assert.Contains("Shift produced 120 ounces of gold in the first quarter of fiscal 2013, against 100 ounces in the second quarter of 2011, and 120 ounces in the first quarter of fiscal 2013.", after);
        Assert.Contains("| Gold produced (ounces) | 120 | 100 | 112 | 120 |", after);
    }

    [Fact]
    public void A_changed_figure_across_a_three_month_transition_is_still_caught_by_dates()
    {
        var root = ThreeMonthSeries();
        // The first quarter of fiscal 2013 re-prints the transition period, differently.
        File.WriteAllText(Path.Combine(root, "2013-q1", "release.yaml"), "release:\n  date: 2012-07-20\n  period: 2013-Q1\nvalues:\n  2013-Q1: { gold_oz: 120 }\n  2012-T3: { gold_oz: 113 }\n");
        var findings = Check(Path.Combine(root, "2013-q1")).Diagnostics.Where(d => d.Code == DiagnosticCodes.PublishedFigureChanged).ToList();
        Assert.Contains(findings, d => d.Message.StartsWith("gold_oz for 2012-T3 is 113 here but '2012-t3' published 112", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_advances_into_and_out_of_the_transition_period()
    {
        var root = ThreeMonthSeries();
        var into = NextRelease.Create(Path.Combine(root, "2011-q4"), Path.Combine(root, "draft-a"));
        Assert.Empty(into.Diagnostics);
        Assert.Equal(PeriodKey.ForTransition(2012, 3), into.Period);
        Assert.Contains("period: 2012-T3", into.Files[0].Text);
        Assert.Equal("2012-t3", NextRelease.NextName("2011-q4", PeriodKey.ForQuarter(2011, 4), PeriodKey.ForTransition(2012, 3)));

        var outOf = NextRelease.Create(Path.Combine(root, "2012-t3"));
        Assert.Equal(Path.Combine(root, "2013-q1"), outOf.Folder);
        Assert.Equal(PeriodKey.ForQuarter(2013, 1), outOf.Period);

        var root15 = FifteenMonthSeries();
        Assert.Equal(PeriodKey.ForQuarter(2012, 5), NextRelease.Create(Path.Combine(root15, "2012-q4"), Path.Combine(root15, "draft")).Period);
        var fifth = NextRelease.Create(Path.Combine(root15, "2012-q5"), Path.Combine(root15, "draft-2"));
        Assert.Equal(PeriodKey.ForQuarter(2013, 1), fifth.Period);
        // The fifth quarter's year to date is the fifteen months.
        Assert.Contains("2012-T15:", NextRelease.Create(Path.Combine(root15, "2012-q4"), Path.Combine(root15, "draft-3")).Files[0].Text);
    }

    [Fact]
    public void A_fifteen_month_transition_is_five_quarters_and_never_a_twelve_month_year()
    {
        var root = FifteenMonthSeries();
        foreach (var release in new[] { "2012-q1", "2012-q2", "2012-q3", "2012-q4", "2012-q5", "2013-q1" })
        {
            var result = Check(Path.Combine(root, release));
            Assert.True(result.Diagnostics.Count == 0, release + ": " + string.Join("\n", result.Diagnostics));
        }
        var fifth = Check(Path.Combine(root, "2012-q5")).Output.Markdown!;
        // The same months a year earlier, January to March 2011, are the transition's first quarter.
        Assert.Contains("Shift produced 108 ounces of gold in the fifth quarter of fiscal 2012, against 100 ounces in the first quarter of fiscal 2012, and 520 ounces in the fifteen months ended March 31, 2012.", fifth);
        Assert.Contains("| Gold produced (ounces) | 108 | 100 | 106 | 520 |", fifth);
        Assert.Contains("Fifteen Months Ended March 31, 2012", fifth);
    }

    [Fact]
    public void Fifteen_months_that_are_not_the_sum_of_five_quarters_are_caught_at_each_part()
    {
        var root = FifteenMonthSeries(fifteenMonths: 519);
        var findings = Check(Path.Combine(root, "2012-q5")).Diagnostics.Where(d => d.Code == DiagnosticCodes.AggregateMismatch).ToList();
        var total = Assert.Single(findings, d => d.Location.Path.EndsWith(Path.Combine("2012-q5", "release.yaml"), StringComparison.Ordinal) && d.Message.StartsWith("gold_oz for 2012-T15", StringComparison.Ordinal));
        Assert.Contains("2012-Q1 + 2012-Q2 + 2012-Q3 + 2012-Q4 + 2012-Q5 add up to 520", total.Message);
        // Each quarter published in another release is shown there too.
        Assert.Contains(findings, d => d.Location.Path.EndsWith(Path.Combine("2012-q1", "release.yaml"), StringComparison.Ordinal));
    }
}

/// <summary>examples/transition-series: a December to March change through a three-month transition period, with dual and calendar labels.</summary>
public class TransitionExampleTests
{
    private static CheckResult Check(string folder, string? locale = null) => ReleaseChecker.Check(folder, new CheckOptions(TestData.Templates) { Locale = locale });

    [Theory]
    [InlineData("2011-q4")]
    [InlineData("2012-t3")]
    [InlineData("2013-q1")]
    public void Every_release_of_the_example_checks_clean(string release)
    {
        var result = Check(Path.Combine(TestData.Example("transition-series"), release));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.True(result.Output.Succeeded);
    }

    [Fact]
    public void Tables_show_dual_and_calendar_labels_in_english_and_french()
    {
        var english = Check(Path.Combine(TestData.Example("transition-series"), "2013-q1")).Output.Markdown!;
        Assert.Contains("|  | Q2 2012 / fiscal Q1 2013 | Q2 2011 | Q1 2012 / transition period |", english);
        Assert.Contains("|  | Q2 2011 | Q3 2011 | Q4 2011 | Q1 2012 | Q2 2012 |\n", english);
        Assert.Contains("| Gold produced (ounces) | 17,050 | 18,120 | 18,760 | 19,010 | 19,940 |", english);
        Assert.Contains("produced 19,940 ounces of gold in the first quarter of fiscal 2013, approximately 17% higher than the 17,050 ounces of the second quarter of 2011", english);
        Assert.Contains("In the three-month transition period ended March 31, 2012, it produced 19,010 ounces.", english);

        var french = Check(Path.Combine(TestData.Example("transition-series"), "2013-q1"), "fr-CA").Output.Markdown!;
        Assert.Contains("|  | T2 2012 / T1 de l'exercice 2013 | T2 2011 | T1 2012 / période de transition |", french);
        Assert.Contains("|  | T2 2011 | T3 2011 | T4 2011 | T1 2012 | T2 2012 |\n", french);
    }

    [Fact]
    public void The_default_header_still_gives_spans_and_dates()
    {
        var copy = SeriesTests.CopySeries("transition-series");
        var series = Path.Combine(copy, "series.yaml");
        File.WriteAllText(series, File.ReadAllText(series).Replace("    header: dual\n", ""));
        var markdown = Check(Path.Combine(copy, "2013-q1")).Output.Markdown!;
        Assert.Contains("|  | Three Months Ended June 30, 2012 | Three Months Ended June 30, 2011 | Three Months Ended March 31, 2012 |", markdown);

        File.WriteAllText(series, File.ReadAllText(series).Replace("    header: calendar\n", "    header: fiscal\n"));
        var error = Assert.Single(Check(Path.Combine(copy, "2013-q1")).Diagnostics, d => d.IsError);
        Assert.Equal("'header' of table 'calendar_quarters' must be dates, calendar or dual, not 'fiscal'", error.Message);
        Assert.Equal(series, error.Location.Path);
    }

    [Fact]
    public void Next_on_the_last_release_gives_the_second_quarter_of_fiscal_2013_with_its_six_months()
    {
        var copy = SeriesTests.CopySeries("transition-series");
        var result = NextRelease.Create(Path.Combine(copy, "2013-q1"));
        Assert.Equal(Path.Combine(copy, "2013-q2"), result.Folder);
        Assert.Equal(PeriodKey.ForQuarter(2013, 2), result.Period);
    }
}

/// <summary>A series run reads each release's data once, not once for every other release.</summary>
public class LedgerCacheTests
{
    [Fact]
    public void Each_release_is_read_once_per_series_and_again_when_its_file_changes()
    {
        var copy = SeriesTests.CopySeries("transition-series");
        var releases = new[] { "2011-q4", "2012-t3", "2013-q1" }.Select(r => Path.Combine(copy, r)).ToList();
        foreach (var release in releases)
            Assert.DoesNotContain(ReleaseChecker.Check(release, new CheckOptions(TestData.Templates)).Diagnostics, d => d.IsError);
        // Each release was read as "another release" by the two others, once.
        Assert.All(releases, r => Assert.Equal(1, ReleaseGen.Series.SeriesLedger.Reads.GetValueOrDefault(Path.GetFullPath(r))));

        // An edited release is read again, and its new figure is what the others compare with.
        var data = Path.Combine(releases[1], "release.yaml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("gold_oz: 19010", "gold_oz: 19011"));
        var after = ReleaseChecker.Check(releases[2], new CheckOptions(TestData.Templates));
        Assert.Equal(2, ReleaseGen.Series.SeriesLedger.Reads[Path.GetFullPath(releases[1])]);
        Assert.Contains("In the three-month transition period ended March 31, 2012, it produced 19,011 ounces.", after.Output.Markdown);
    }
}
