using ReleaseGen.Periods;
using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>
/// The short period labels of table headers (<c>header: calendar</c> and <c>dual</c>) and of
/// <c>period.short</c>, on calendar years, June and February year ends and a transition, in English and French.
/// </summary>
public class PeriodLabelTests
{
    private static readonly LanguageSettings En = LanguageSettings.Default;
    private static readonly LanguageSettings Fr = LanguageSettings.FrenchCanada;

    [Theory]
    [InlineData("2012-Q2", 12, "Q2 2012", "Q2 2012", "Q2 2012")]
    [InlineData("2024-Q3", 6, "Q1 2024", "fiscal Q3 2024", "Q1 2024 / fiscal Q3 2024")] // January to March 2024
    [InlineData("2024-Q1", 6, "Q3 2023", "fiscal Q1 2024", "Q3 2023 / fiscal Q1 2024")] // July to September 2023
    [InlineData("2024-Q4", 6, "Q2 2024", "fiscal Q4 2024", "Q2 2024 / fiscal Q4 2024")]
    [InlineData("2024-Q1", 2, null, "fiscal Q1 2024", "fiscal Q1 2024")] // March to May: no calendar quarter
    [InlineData("2012-H1", 12, "H1 2012", "6M 2012", "H1 2012")] // one calendar: one label
    [InlineData("2024-H1", 6, "H2 2023", "fiscal 6M 2024", "H2 2023 / fiscal 6M 2024")]
    [InlineData("2024-H1", 9, null, "fiscal 6M 2024", "fiscal 6M 2024")] // October to March
    [InlineData("2012-9M", 12, null, "9M 2012", "9M 2012")]
    [InlineData("2012-FY", 12, "2012", "2012", "2012")]
    [InlineData("2024-FY", 6, null, "fiscal 2024", "fiscal 2024")]
    public void Calendar_fiscal_and_dual_labels(string key, int yearEndMonth, string? calendar, string fiscal, string dual)
    {
        var period = P(key, yearEndMonth);
        Assert.Equal(calendar, En.CalendarPeriodLabel(period));
        Assert.Equal(fiscal, En.FiscalPeriodLabel(period));
        Assert.Equal(dual, En.DualPeriodLabel(period));
    }

    [Fact]
    public void A_transition_is_labelled_by_its_calendar_months_and_as_a_transition()
    {
        var three = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, 3) };
        var transition = new Period(PeriodKey.ForTransition(2012, 3), three);
        Assert.Equal("Q1 2012 / transition period", En.DualPeriodLabel(transition));
        Assert.Equal("T1 2012 / période de transition", Fr.DualPeriodLabel(transition));
    }

    [Fact]
    public void A_transition_of_twelve_months_reads_as_months_ended_as_Period_names_it()
    {
        var twelve = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, 12) };
        var period12 = new Period(PeriodKey.ForTransition(2012, 12), twelve);
        Assert.Equal("twelve months ended March 31, 2012", En.PeriodName(period12));
        Assert.Equal(period12.Name, En.PeriodName(period12));
        Assert.Equal("Twelve Months Ended March 31, 2012", En.PeriodTitle(period12));
        Assert.Equal("douze mois clos le 31 mars 2012", Fr.PeriodName(period12));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(23)]
    public void Transitions_of_any_length_are_named_as_Period_names_them(int months)
    {
        var calendar = new FiscalCalendar(3) { Transition = new FiscalTransition(2012, months) };
        var period = new Period(PeriodKey.ForTransition(2012, months), calendar);
        Assert.Equal(period.Name, En.PeriodName(period));
        Assert.Equal(period.Title, En.PeriodTitle(period));
        Assert.Equal(period.SpanHeader, En.PeriodSpanHeader(period));
    }

    [Fact]
    public void Transitions_in_words()
    {
        Period Transition(int months) => new(PeriodKey.ForTransition(2012, months), new FiscalCalendar(3) { Transition = new FiscalTransition(2012, months) });
        Assert.Equal("two-month transition period ended March 31, 2012", En.PeriodName(Transition(2)));
        Assert.Equal("Twenty-one Months Ended March 31, 2012", En.PeriodTitle(Transition(21)));
        Assert.Equal("période de transition de deux mois close le 31 mars 2012", Fr.PeriodName(Transition(2)));
        Assert.Equal("période de transition de 1 mois close le 31 mars 2012", Fr.PeriodName(Transition(1)));
        Assert.Equal("vingt et un mois clos le 31 mars 2012", Fr.PeriodName(Transition(21)));
        Assert.Equal("Onze mois clos le", Fr.PeriodSpanHeader(Transition(11)));
    }

    [Fact]
    public void French_labels()
    {
        Assert.Equal("T1 2024 / T3 de l'exercice 2024", Fr.DualPeriodLabel(P("2024-Q3", 6)));
        Assert.Equal("S2 2023 / 6 mois de l'exercice 2024", Fr.DualPeriodLabel(P("2024-H1", 6)));
        Assert.Equal("9 mois 2012", Fr.FiscalPeriodLabel(P("2012-9M")));
        Assert.Equal("l'exercice 2024", Fr.FiscalPeriodLabel(P("2024-FY", 6)));
    }

    [Theory]
    [InlineData("2024-9M", 6, "9M Fiscal 2024", "9 mois de l'exercice 2024")]
    [InlineData("2024-FY", 6, "FY2024", "exercice 2024")]
    [InlineData("2012-FY", 12, "FY2012", "exercice 2012")]
    [InlineData("2012-Q4", 12, "Q4 2012", "T4 2012")]
    public void Short_names(string key, int yearEndMonth, string english, string french)
    {
        Assert.Equal(english, En.PeriodShortName(P(key, yearEndMonth)));
        Assert.Equal(french, Fr.PeriodShortName(P(key, yearEndMonth)));
    }

    [Theory]
    [InlineData("2012-FY", 12, "Année 2012", "Exercice clos le")]
    [InlineData("2012-9M", 12, "Neuf premiers mois de 2012", "Neuf mois clos le")]
    [InlineData("2024-Q3", 6, "Troisième trimestre de l'exercice 2024", "Trimestre clos le")]
    public void French_titles_and_span_headers(string key, int yearEndMonth, string title, string span)
    {
        Assert.Equal(title, Fr.PeriodTitle(P(key, yearEndMonth)));
        Assert.Equal(span, Fr.PeriodSpanHeader(P(key, yearEndMonth)));
    }
}
