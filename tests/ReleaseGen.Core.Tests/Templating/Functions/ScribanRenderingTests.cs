using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>Each documented example, called the way a template calls it, through a real Scriban template.</summary>
public class ScribanRenderingTests
{
    private static readonly Dictionary<string, object?> Model = new()
    {
        ["silver_q2"] = SilverQ2_2012,
        ["silver_6m"] = Silver6M_2012,
        ["silver_6m_prior"] = Silver6M_2011,
        ["tonnes_q2"] = TonnesQ2_2012,
        ["tonnes_q2_prior"] = TonnesQ2_2011,
        ["tonnes_q1"] = TonnesQ1_2012,
        ["report_period"] = P("2012-Q2"),
        ["cost_now"] = Fig(CashCost, "2024-Q3", -20m),
        ["cost_before"] = Fig(CashCost, "2023-Q3", -50m),
        ["listings"] = new[] { new Model.Listing("TSX", "AXR"), new Model.Listing("NYSE MKT", "AXU") },
        ["call_start"] = new DateTime(2012, 8, 8, 11, 0, 0, DateTimeKind.Unspecified),
    };

    [Theory]
    // num
    [InlineData("{{ num.format 458472 }}", "458,472")]
    [InlineData("{{ num.format 8.75 1 }}", "8.8")]
    [InlineData("{{ num.format silver_q2 }}", "458,472")]
    [InlineData("{{ num.format 2.5 0 }}", "3")]
    [InlineData("{{ num.format 0.5 0 }}", "1")]
    [InlineData("{{ num.millions 3661412 }}", "3.7 million")]
    [InlineData("{{ num.millions 8591724 2 }}", "8.59 million")]
    [InlineData("{{ num.scaled 2200000 }}", "2.2 million")]
    [InlineData("{{ num.scaled 7000000 }}", "7 million")]
    [InlineData("{{ num.scaled 29000 }}", "29,000")]
    [InlineData("{{ num.range 2200000 2500000 }}", "2.2 to 2.5 million")]
    [InlineData("{{ num.range 7000000 10000000 }}", "7 to 10 million")]
    [InlineData("{{ num.range 120000 135000 }}", "120,000 to 135,000")]
    // pct
    [InlineData("{{ pct.format 90 }}", "90%")]
    [InlineData("{{ pct.format 8.84 1 }}", "8.8%")]
    [InlineData("{{ pct.change 1040257 911848 }}", "14%")]
    [InlineData("{{ pct.change 458472 581785 }}", "21%")]
    [InlineData("{{ pct.change 22209 18928 1 }}", "17.3%")]
    [InlineData("{{ pct.change silver_6m silver_6m_prior }}", "14%")]
    [InlineData("{{ pct.change_value 110 100 }}", "10")]
    [InlineData("{{ pct.change_value 90 100 }}", "-10")]
    // compare
    [InlineData("{{ compare.change 1040257 911848 }}", "approximately 14% higher")]
    [InlineData("{{ compare.change silver_6m silver_6m_prior }}", "approximately 14% higher")]
    [InlineData("{{ compare.change 92 100 }}", "8% lower")]
    [InlineData("{{ compare.change 1002 1000 }}", "unchanged")]
    [InlineData("{{ compare.more 22209 18928 }}", "approximately 17% more")]
    [InlineData("{{ compare.more tonnes_q2 tonnes_q2_prior }}", "approximately 17% more")]
    [InlineData("{{ compare.more 90 100 }}", "10% fewer")]
    [InlineData("{{ compare.direction 458472 581785 }}", "lower")]
    [InlineData("{{ compare.outcome silver_6m silver_6m_prior }}", "improved")]
    [InlineData("{{ compare.outcome cost_now cost_before }}", "declined")]
    [InlineData("{{ compare.outcome cost_before cost_now }}", "improved")]
    [InlineData("{{ if compare.is_higher 22209 18928 }}up{{ end }}", "up")]
    [InlineData("{{ if compare.is_lower 458472 581785 }}down{{ end }}", "down")]
    [InlineData("{{ if compare.is_lower 22209 18928 }}down{{ else }}not down{{ end }}", "not down")]
    // rate and units
    [InlineData("{{ rate.per_day tonnes_q2 | num.format 0 }}", "244")]
    [InlineData("{{ rate.per_day tonnes_q2_prior | num.format 0 }}", "208")]
    [InlineData("{{ rate.per_day tonnes_q1 | num.format 0 }}", "234")]
    [InlineData("{{ rate.per_day 22209 91 | num.format 2 }}", "244.05")]
    [InlineData("{{ rate.per_day 22209 report_period | num.format 2 }}", "244.05")]
    [InlineData("{{ units.grams_to_ounces 31.1034768 }}", "1")]
    [InlineData("{{ units.grams_to_ounces 1000000 | num.format 0 }}", "32,151")]
    [InlineData("{{ units.ounces_to_grams 2 }}", "62.2069536")]
    [InlineData("{{ units.tonnes_to_pounds 2 }}", "4409.24524")]
    [InlineData("{{ units.pounds_to_tonnes 2204.62262 }}", "1")]
    // dates and times
    [InlineData("{{ dates.long \"2012-07-16\" }}", "July 16, 2012")]
    [InlineData("{{ dates.weekday \"2012-08-07\" }}", "Tuesday, August 7, 2012")]
    [InlineData("{{ dates.ap \"2012-08-07\" }}", "Aug. 7, 2012")]
    [InlineData("{{ dates.ap \"2012-07-16\" }}", "July 16, 2012")]
    [InlineData("{{ dates.ap_weekday \"2012-09-05\" }}", "Wednesday, Sept. 5, 2012")]
    [InlineData("{{ times.in_zones \"2012-08-08T11:00\" \"America/New_York\" [\"America/Los_Angeles\"] }}", "11 a.m. Eastern (8 a.m. Pacific)")]
    [InlineData("{{ times.in_zones call_start \"America/New_York\" [\"America/Los_Angeles\"] }}", "11 a.m. Eastern (8 a.m. Pacific)")]
    [InlineData("{{ times.in_zones \"2012-08-08T11:00\" \"America/New_York\" [\"America/Los_Angeles\", \"Europe/London\"] }}", "11 a.m. Eastern (8 a.m. Pacific, 4 p.m. BST)")]
    [InlineData("{{ times.in_zones \"2012-08-08T01:00\" \"America/New_York\" \"America/Los_Angeles\" }}", "1 a.m. Eastern (10 p.m. Pacific on Tuesday, August 7, 2012)")]
    [InlineData("{{ times.ap \"2012-08-08T14:30\" }}", "2:30 p.m.")]
    [InlineData("{{ times.ap \"2012-08-08T12:00\" }}", "noon")]
    [InlineData("{{ times.zone_name \"2012-08-08T11:00\" \"Europe/London\" }}", "BST")]
    // text
    [InlineData("{{ text.listings listings }}", "(TSX: AXR) (NYSE MKT: AXU)")]
    [InlineData("{{ text.join [\"Bellekeno\", \"Lucky Queen\", \"Flame & Moth\"] }}", "Bellekeno, Lucky Queen and Flame & Moth")]
    [InlineData("{{ text.join [\"silver\", \"lead\"] \"or\" }}", "silver or lead")]
    [InlineData("{{ text.escape \"Flame *& Moth* | [x]\" }}", "Flame \\*& Moth\\* \\| \\[x\\]")]
    // period
    [InlineData("{{ period.name report_period }}", "second quarter of 2012")]
    [InlineData("{{ period.title report_period }}", "Second Quarter 2012")]
    [InlineData("{{ period.span_header report_period }}", "Three Months Ended")]
    [InlineData("{{ period.end_date report_period }}", "June 30, 2012")]
    [InlineData("{{ period.days report_period }}", "91")]
    [InlineData("{{ period.name tonnes_q1 }}", "first quarter of 2012")]
    public void Documented_example_renders(string template, string expected) =>
        Assert.Equal(expected, Render(template, Model));

    [Fact]
    public void Reference_sentence_renders()
    {
        const string template =
            "Silver production in the {{ period.name silver_6m }} was {{ num.format silver_6m }} ounces, " +
            "{{ compare.change silver_6m silver_6m_prior }} than in the same period of 2011. " +
            "The mill processed {{ compare.more tonnes_q2 tonnes_q2_prior }} tonnes, averaging " +
            "{{ rate.per_day tonnes_q2 | num.format 0 }} tonnes per day.";
        Assert.Equal(
            "Silver production in the first six months of 2012 was 1,040,257 ounces, approximately 14% higher than in the same period of 2011. " +
            "The mill processed approximately 17% more tonnes, averaging 244 tonnes per day.",
            Render(template, Model));
    }

    [Fact]
    public void Language_from_the_context_changes_the_words()
    {
        var language = LanguageSettings.Default with { Higher = "greater", Approximately = "about", SerialComma = true };
        Assert.Equal("about 14% greater", Render("{{ compare.change silver_6m silver_6m_prior }}", Model, language));
        Assert.Equal("a, b, and c", Render("{{ text.join [\"a\", \"b\", \"c\"] }}", Model, language));
    }

    [Fact]
    public void Function_error_surfaces_as_a_script_error_with_position()
    {
        var ex = Assert.ThrowsAny<Exception>(() => Render("line one\n{{ num.format \"abc\" }}", Model));
        Assert.Contains("num.format", ex.Message);
        Assert.Contains("test.sbn(2,", ex.Message);
    }

    [Fact]
    public void Function_families_are_read_only()
    {
        Assert.ThrowsAny<Exception>(() => Render("{{ num = 1 }}", Model));
    }
}
