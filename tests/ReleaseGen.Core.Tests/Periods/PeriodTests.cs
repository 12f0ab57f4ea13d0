using ReleaseGen.Periods;

namespace ReleaseGen.Core.Tests.Periods;

public class PeriodTests
{
    private static Period P(int year, int quarter, int yearEndMonth = 12) =>
        new(PeriodKey.ForQuarter(year, quarter), new FiscalCalendar(yearEndMonth));

    [Theory]
    [InlineData(2012, 1, 91)] // leap year: 31 + 29 + 31
    [InlineData(2012, 2, 91)]
    [InlineData(2011, 1, 90)]
    [InlineData(2011, 2, 91)]
    [InlineData(2012, 3, 92)]
    [InlineData(2012, 4, 92)]
    public void Quarter_day_counts(int year, int quarter, int days) => Assert.Equal(days, P(year, quarter).Days);

    [Fact]
    public void Six_months_2012_has_182_days()
    {
        var h1 = new Period(PeriodKey.YearToDate(2012, 2), FiscalCalendar.Calendar);
        Assert.Equal(new DateOnly(2012, 1, 1), h1.Start);
        Assert.Equal(new DateOnly(2012, 6, 30), h1.End);
        Assert.Equal(182, h1.Days);
        Assert.Equal("first six months of 2012", h1.Name);
        Assert.Equal("Six Months Ended", h1.SpanHeader);
    }

    [Fact]
    public void Calendar_quarter_names()
    {
        var q2 = P(2012, 2);
        Assert.Equal("second quarter of 2012", q2.Name);
        Assert.Equal("Second Quarter 2012", q2.Title);
        Assert.Equal("Three Months Ended", q2.SpanHeader);
        Assert.Equal(new DateOnly(2012, 4, 1), q2.Start);
        Assert.Equal(new DateOnly(2012, 6, 30), q2.End);
    }

    [Fact]
    public void June_year_end_fiscal_third_quarter_is_January_to_March()
    {
        var q3 = P(2024, 3, yearEndMonth: 6);
        Assert.Equal(new DateOnly(2024, 1, 1), q3.Start);
        Assert.Equal(new DateOnly(2024, 3, 31), q3.End);
        Assert.Equal(91, q3.Days); // 2024 is a leap year
        Assert.Equal("third quarter of fiscal 2024", q3.Name);
        Assert.Equal("Third Quarter Fiscal 2024", q3.Title);
    }

    [Fact]
    public void June_year_end_nine_months()
    {
        var nine = new Period(PeriodKey.YearToDate(2024, 3), new FiscalCalendar(6));
        Assert.Equal(new DateOnly(2023, 7, 1), nine.Start);
        Assert.Equal(new DateOnly(2024, 3, 31), nine.End);
        Assert.Equal("first nine months of fiscal 2024", nine.Name);
        Assert.Equal("Nine Months Ended", nine.SpanHeader);
    }

    [Fact]
    public void September_year_end_fiscal_2012_starts_October_2011()
    {
        var calendar = new FiscalCalendar(9);
        Assert.Equal(new DateOnly(2011, 10, 1), calendar.YearStart(2012));
        Assert.Equal(new DateOnly(2012, 9, 30), calendar.YearEnd(2012));
        var fy = new Period(PeriodKey.FullYear(2012), calendar);
        Assert.Equal(366, fy.Days);
        Assert.Equal("fiscal 2012", fy.Name);
        Assert.Equal("Year Ended", fy.SpanHeader);
        Assert.Equal(new DateOnly(2011, 10, 1), P(2012, 1, 9).Start);
        Assert.Equal(new DateOnly(2011, 12, 31), P(2012, 1, 9).End);
    }

    [Fact]
    public void February_year_end_in_a_leap_year()
    {
        Assert.True(FiscalCalendar.TryParseYearEnd("02-29", out var calendar, out _));
        Assert.Equal(new DateOnly(2012, 2, 29), calendar.YearEnd(2012));
        Assert.Equal(new DateOnly(2012, 3, 1), calendar.YearStart(2013));
        Assert.Equal(new DateOnly(2013, 2, 28), calendar.YearEnd(2013));
    }

    [Theory]
    [InlineData("09-30", true)]
    [InlineData("12-31", true)]
    [InlineData("06-30", true)]
    [InlineData("02-28", true)]
    [InlineData("06-31", false)]
    [InlineData("09-15", false)]
    [InlineData("13-31", false)]
    [InlineData("0930", false)]
    [InlineData("01-31", true)]
    [InlineData("00-31", false)]
    [InlineData("04-29", false)]
    [InlineData("02-29", true)]
    public void Year_end_parsing(string text, bool ok) =>
        Assert.Equal(ok, FiscalCalendar.TryParseYearEnd(text, out _, out _));

    [Theory]
    [InlineData("2012-Q1")]
    [InlineData("2012-Q2")]
    [InlineData("2012-Q4")]
    [InlineData("2012-H1")]
    [InlineData("2012-9M")]
    [InlineData("2012-FY")]
    [InlineData("2012-Q5")]
    [InlineData("2012-T3")]
    [InlineData("2012-T15")]
    public void Key_parse_format_round_trip(string text)
    {
        Assert.True(PeriodKey.TryParse(text, out var key));
        Assert.Equal(text, key.ToString());
    }

    [Theory]
    [InlineData("2012-6M", "2012-H1")]
    [InlineData("2012-3M", "2012-Q1")]
    [InlineData("2012-12M", "2012-FY")]
    public void Key_aliases_normalise(string text, string canonical)
    {
        Assert.True(PeriodKey.TryParse(text, out var key));
        Assert.Equal(canonical, key.ToString());
    }

    [Theory]
    [InlineData("2012-Q6")]
    [InlineData("2012-T24")]
    [InlineData("2012-H2")]
    [InlineData("12-Q1")]
    [InlineData("2012Q1")]
    [InlineData("")]
    [InlineData(null)]
    public void Key_rejects_bad_text(string? text) => Assert.False(PeriodKey.TryParse(text, out _));

    [Fact]
    public void Previous_quarter_of_Q1_is_Q4_of_prior_year()
    {
        Assert.Equal(PeriodKey.ForQuarter(2011, 4), PeriodKey.ForQuarter(2012, 1).PreviousQuarter());
        Assert.Equal(PeriodKey.ForQuarter(2012, 1), PeriodKey.ForQuarter(2012, 2).PreviousQuarter());
    }

    [Fact]
    public void Year_to_date_through_Q4_is_the_full_year_and_through_Q1_the_quarter()
    {
        Assert.Equal(PeriodKey.FullYear(2012), PeriodKey.YearToDate(2012, 4));
        Assert.Equal(PeriodKey.ForQuarter(2012, 1), PeriodKey.YearToDate(2012, 1));
    }

    [Fact]
    public void Quarters_of_a_year_to_date_and_prior_year()
    {
        Assert.Equal(["2012-Q1", "2012-Q2"], PeriodKey.YearToDate(2012, 2).Quarters().Select(k => k.ToString()));
        Assert.Equal(4, PeriodKey.FullYear(2012).Quarters().Count());
        Assert.Equal("2011-H1", PeriodKey.YearToDate(2012, 2).PriorYear().ToString());
    }

    [Theory]
    [InlineData("2012-Q2", "second quarter of 2012", "Second Quarter 2012", "Three Months Ended")]
    [InlineData("2012-H1", "first six months of 2012", "Six Months 2012", "Six Months Ended")]
    [InlineData("2012-9M", "first nine months of 2012", "Nine Months 2012", "Nine Months Ended")]
    [InlineData("2012-FY", "2012", "Year 2012", "Year Ended")]
    public void Every_kind_of_period_has_a_name_a_title_and_a_span_header(string key, string name, string title, string spanHeader)
    {
        Assert.True(PeriodKey.TryParse(key, out var parsed));
        var period = new Period(parsed, FiscalCalendar.Calendar);
        Assert.Equal((name, title, spanHeader), (period.Name, period.Title, period.SpanHeader));
    }

    [Theory]
    [InlineData("13-31", "fiscal year end '13-31' is not of the form MM-DD (for example 12-31 or 09-30)")]
    [InlineData("06-31", "fiscal year end '06-31' must be the last day of a month (06-30)")]
    public void Year_end_errors_say_what_is_expected(string text, string message)
    {
        Assert.False(FiscalCalendar.TryParseYearEnd(text, out _, out var error));
        Assert.Equal(message, error);
        Assert.True(FiscalCalendar.TryParseYearEnd("12-31", out _, out error));
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("quarter", "2024-Q2")]
    [InlineData("quarter_prior_year", "2023-Q2")]
    [InlineData("previous_quarter", "2024-Q1")]
    [InlineData("ytd", "2024-H1")]
    [InlineData("ytd_prior_year", "2023-H1")]
    [InlineData("full_year", "2024-FY")]
    [InlineData("full_year_prior_year", "2023-FY")]
    [InlineData("2022-Q4", "2022-Q4")]
    public void Relative_period_names_resolve_from_the_reported_quarter(string name, string expected) =>
        Assert.Equal(expected, RelativePeriods.Resolve(name, PeriodKey.ForQuarter(2024, 2))!.Value.ToString());

    [Fact]
    public void A_quarter_is_made_of_itself() =>
        Assert.Equal([PeriodKey.ForQuarter(2024, 2)], PeriodKey.ForQuarter(2024, 2).Quarters());
}
