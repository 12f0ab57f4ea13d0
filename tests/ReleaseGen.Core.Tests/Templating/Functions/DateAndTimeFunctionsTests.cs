using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

public class DateFunctionsTests
{
    [Fact]
    public void Long_from_string_dateonly_and_datetime()
    {
        Assert.Equal("July 16, 2012", DateFunctions.Long(Ctx(), "2012-07-16"));
        Assert.Equal("July 16, 2012", DateFunctions.Long(Ctx(), new DateOnly(2012, 7, 16)));
        Assert.Equal("July 16, 2012", DateFunctions.Long(Ctx(), new DateTime(2012, 7, 16, 23, 59, 0)));
    }

    [Fact]
    public void August_7_2012_is_a_Tuesday_and_August_8_a_Wednesday()
    {
        Assert.Equal("Tuesday, August 7, 2012", DateFunctions.Weekday(Ctx(), "2012-08-07"));
        Assert.Equal("Wednesday, August 8, 2012", DateFunctions.Weekday(Ctx(), new DateOnly(2012, 8, 8)));
    }

    [Theory]
    [InlineData("2012-01-05", "Jan. 5, 2012")]
    [InlineData("2012-02-29", "Feb. 29, 2012")]
    [InlineData("2012-03-01", "March 1, 2012")]
    [InlineData("2012-04-01", "April 1, 2012")]
    [InlineData("2012-05-01", "May 1, 2012")]
    [InlineData("2012-06-30", "June 30, 2012")]
    [InlineData("2012-07-16", "July 16, 2012")]
    [InlineData("2012-08-07", "Aug. 7, 2012")]
    [InlineData("2012-09-05", "Sept. 5, 2012")]
    [InlineData("2012-10-01", "Oct. 1, 2012")]
    [InlineData("2012-11-01", "Nov. 1, 2012")]
    [InlineData("2012-12-31", "Dec. 31, 2012")]
    public void Ap_style(string date, string expected) => Assert.Equal(expected, DateFunctions.Ap(Ctx(), date));

    [Fact]
    public void Ap_weekday() => Assert.Equal("Tuesday, Aug. 7, 2012", DateFunctions.ApWeekday(Ctx(), "2012-08-07"));

    [Theory]
    [InlineData("07/16/2012")]
    [InlineData("2012-13-01")]
    [InlineData("")]
    public void Bad_date_string_is_an_error_naming_the_function(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => DateFunctions.Long(Ctx(), text));
        Assert.Contains("dates.long", ex.Message);
    }

    [Fact]
    public void Not_a_date_is_an_error() =>
        Assert.Contains("Int32", Assert.Throws<ArgumentException>(() => DateFunctions.Weekday(Ctx(), 20120807)).Message);
}

public class TimeFunctionsTests
{
    [Fact]
    public void Reference_call_time()
    {
        Assert.Equal("11 a.m. Eastern (8 a.m. Pacific)",
            TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York", new[] { "America/Los_Angeles" }));
        Assert.Equal("11 a.m. Eastern (8 a.m. Pacific)",
            TimeFunctions.InZones(Ctx(), new DateTime(2012, 8, 8, 11, 0, 0, DateTimeKind.Unspecified), "America/New_York", "America/Los_Angeles"));
    }

    [Fact]
    public void January_call_is_still_Eastern_and_Pacific() =>
        Assert.Equal("11 a.m. Eastern (8 a.m. Pacific)",
            TimeFunctions.InZones(Ctx(), "2013-01-15T11:00", "America/New_York", new[] { "America/Los_Angeles" }));

    [Fact]
    public void Other_zones_use_their_abbreviation_which_follows_dst()
    {
        Assert.Equal("11 a.m. Eastern (8 a.m. Pacific, 4 p.m. BST)",
            TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York", new[] { "America/Los_Angeles", "Europe/London" }));
        Assert.Equal("11 a.m. Eastern (4 p.m. GMT)",
            TimeFunctions.InZones(Ctx(), "2013-01-15T11:00", "America/New_York", new[] { "Europe/London" }));
    }

    [Fact]
    public void Dst_gap_between_zones_changes_the_offset()
    {
        // March 12, 2012: the US is on daylight time, the UK not yet (until March 25): 4 hours apart, not 5.
        Assert.Equal("11 a.m. Eastern (3 p.m. GMT)",
            TimeFunctions.InZones(Ctx(), "2012-03-12T11:00", "America/New_York", new[] { "Europe/London" }));
    }

    [Fact]
    public void Canadian_zones()
    {
        Assert.Equal("noon Atlantic (12:30 p.m. Newfoundland, 10 a.m. Central, 9 a.m. Mountain)",
            TimeFunctions.InZones(Ctx(), "2012-08-08T12:00", "America/Halifax", new[] { "America/St_Johns", "America/Winnipeg", "America/Edmonton" }));
    }

    [Fact]
    public void Date_change_across_zones_is_shown()
    {
        Assert.Equal("1 a.m. Eastern (10 p.m. Pacific on Tuesday, August 7, 2012)",
            TimeFunctions.InZones(Ctx(), "2012-08-08T01:00", "America/New_York", new[] { "America/Los_Angeles" }));
        Assert.Equal("11 p.m. Pacific (2 a.m. Eastern on Thursday, August 9, 2012)",
            TimeFunctions.InZones(Ctx(), "2012-08-08T23:00", "America/Los_Angeles", new[] { "America/New_York" }));
    }

    [Theory]
    [InlineData("2012-08-08T11:00", "11 a.m.")]
    [InlineData("2012-08-08T14:30", "2:30 p.m.")]
    [InlineData("2012-08-08T12:00", "noon")]
    [InlineData("2012-08-08T00:00", "midnight")]
    [InlineData("2012-08-08T00:30", "12:30 a.m.")]
    [InlineData("2012-08-08T12:05", "12:05 p.m.")]
    [InlineData("2012-08-08T09:00", "9 a.m.")]
    public void Ap_times(string local, string expected) => Assert.Equal(expected, TimeFunctions.Ap(Ctx(), local));

    [Fact]
    public void No_other_zones() =>
        Assert.Equal("11 a.m. Eastern", TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "America/New_York"));

    [Fact]
    public void Unknown_zone_is_an_error() =>
        Assert.Contains("Eastern/Standard", Assert.Throws<ArgumentException>(() =>
            TimeFunctions.InZones(Ctx(), "2012-08-08T11:00", "Eastern/Standard")).Message);

    [Fact]
    public void Skipped_local_time_is_an_error() =>
        Assert.Contains("does not exist", Assert.Throws<ArgumentException>(() =>
            TimeFunctions.InZones(Ctx(), "2012-03-11T02:30", "America/New_York")).Message);

    [Fact]
    public void Ambiguous_local_time_is_an_error() =>
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() =>
            TimeFunctions.InZones(Ctx(), "2012-11-04T01:30", "America/New_York")).Message);

    [Fact]
    public void Utc_or_local_datetime_kind_is_refused() =>
        Assert.Throws<ArgumentException>(() =>
            TimeFunctions.InZones(Ctx(), new DateTime(2012, 8, 8, 11, 0, 0, DateTimeKind.Utc), "America/New_York"));

    [Fact]
    public void Conference_call()
    {
        var call = new ReleaseGen.Model.ConferenceCall(new DateTime(2012, 8, 8, 11, 0, 0), "America/New_York", ["America/Los_Angeles"],
            new Dictionary<string, string>(), null, null);
        Assert.Equal("11 a.m. Eastern (8 a.m. Pacific)", TimeFunctions.Call(Ctx(), call));
        Assert.Contains("times.call", Assert.Throws<ArgumentException>(() => TimeFunctions.Call(Ctx(), "11 a.m.")).Message);
    }

    [Fact]
    public void Zone_name() => Assert.Equal("BST", TimeFunctions.ZoneName(Ctx(), "2012-08-08T11:00", "Europe/London"));
}
