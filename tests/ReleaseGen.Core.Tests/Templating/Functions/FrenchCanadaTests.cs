using ReleaseGen.Templating.Functions;
using static ReleaseGen.Core.Tests.Templating.Functions.Fixtures;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>The fr-CA language settings through the same functions the English tests use: only the settings differ.</summary>
public class FrenchCanadaTests
{
    private const string Nbsp = "\u00A0";

    private static readonly LanguageSettings Fr = LanguageSettings.FrenchCanada;

    /// <summary>Every space of <paramref name="withSpaces"/> as a no-break space (for single figures).</summary>
    private static string S(string withSpaces) => withSpaces.Replace(" ", Nbsp, StringComparison.Ordinal);

    [Fact]
    public void Locales_are_found_by_tag()
    {
        Assert.Same(Fr, LanguageSettings.ForLocale("fr-CA"));
        Assert.Same(Fr, LanguageSettings.ForLocale("FR-ca"));
        Assert.Equal("en-CA", LanguageSettings.ForLocale("en-CA")!.Locale);
        Assert.Equal(LanguageSettings.Default.Higher, LanguageSettings.ForLocale("en-US")!.Higher);
        Assert.Null(LanguageSettings.ForLocale("de-DE"));
        Assert.Null(LanguageSettings.ForLocale(null));
        Assert.Equal("fr", Fr.LanguageCode);
        // A fresh set, as the static one is built (the static set is built once per process, before a test can look).
        var fresh = LanguageSettings.BuildLocales();
        Assert.Equal(["en-CA", "en-US", "fr-CA"], fresh.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["en-CA", "en-US", "fr-CA"], fresh.Values.Select(l => l.Locale).Order(StringComparer.Ordinal));
        Assert.Same(Fr, fresh["FR-ca"]);
        Assert.Equal(LanguageSettings.Locales.Keys, fresh.Keys);
    }

    [Fact]
    public void Currency_signs_follow_the_locale_and_an_unlisted_code_prints_as_itself()
    {
        var locales = LanguageSettings.BuildLocales();
        var canada = locales["en-CA"];
        var us = locales["en-US"];
        Assert.Equal("US$1,325", canada.FormatMoney("1,325", "USD"));
        Assert.Equal("$1,325", canada.FormatMoney("1,325", "CAD"));
        Assert.Equal("$1,325", us.FormatMoney("1,325", "USD"));
        Assert.Equal("C$1,325", us.FormatMoney("1,325", "CAD"));
        Assert.Equal(["A$", "€", "£"], new[] { "AUD", "EUR", "GBP" }.Select(canada.CurrencySymbol));
        Assert.Equal("JPY" + Nbsp + "1,325", us.FormatMoney("1,325", "JPY"));
        Assert.Equal(S("1 325 $ US"), Fr.FormatMoney(S("1 325"), "USD"));
        Assert.Equal(S("1 325 JPY"), Fr.FormatMoney(S("1 325"), "JPY")); // no space left trailing
    }

    [Fact]
    public void The_text_checks_find_their_words_in_each_language()
    {
        var english = LanguageSettings.Default;
        Assert.True(english.MentionsForwardLooking("Cautionary Note Regarding Forward-Looking Statements"));
        Assert.False(english.MentionsForwardLooking("Production rose."));
        Assert.True((english with { ForwardLookingMarkers = ["forward-looking", "outlook"] }).MentionsForwardLooking("Our outlook")); // any one marker
        Assert.True(Fr.MentionsForwardLooking("Mise en garde concernant l'information prospective"));
        Assert.True(english.StatesUpdatePolicy("The Company does not undertake to update these statements."));
        Assert.False(english.StatesUpdatePolicy("Production rose. An update follows."));
        Assert.True(Fr.StatesUpdatePolicy("La Société ne s'engage pas à mettre à jour ces énoncés."));
        Assert.True(english.CautionsNonGaap("These measures have no standardized meaning under IFRS."));
        Assert.False(english.CautionsNonGaap("These measures are standardized."));
        Assert.True(Fr.CautionsNonGaap("Ces mesures n'ont pas de définition normalisée."));
    }

    [Fact]
    public void The_policy_pattern_keeps_its_window_and_a_pattern_with_lookaround_still_works()
    {
        var english = LanguageSettings.Default;
        // Up to 80 characters (spaces included) between the commitment word and "update", within one sentence.
        Assert.True(english.StatesUpdatePolicy("It does " + new string('x', 78) + " update."));
        Assert.False(english.StatesUpdatePolicy("It does " + new string('x', 79) + " update."));
        Assert.False(english.StatesUpdatePolicy("It does not undertake. To update is optional."));
        // A lookbehind is not in the linear-time engine: such a pattern is still honoured.
        var custom = english with { UpdatePolicyPattern = @"(?i)(?<!never\s)revise" };
        Assert.True(custom.StatesUpdatePolicy("We may revise these statements."));
        Assert.False(custom.StatesUpdatePolicy("We never revise these statements."));
    }

    [Fact]
    public void Page_numbers_read_in_each_language()
    {
        Assert.Equal("Page 3 of 12", LanguageSettings.Default.FormatPageNumber(3, 12));
        Assert.Equal("Page 3 de 12", Fr.FormatPageNumber(3, 12));
    }

    [Theory]
    [InlineData(458472, null, "458 472")]
    [InlineData(1040257, null, "1 040 257")]
    [InlineData(8.8, 1, "8,8")]
    [InlineData(-1234.5, 1, "\u22121 234,5")]
    public void Numbers_group_with_a_no_break_space_and_use_a_decimal_comma(double value, int? decimals, string expected) =>
        Assert.Equal(S(expected), NumberFunctions.Format(Ctx(Fr), value, decimals));

    [Fact]
    public void Percent_has_a_no_break_space_before_the_sign()
    {
        Assert.Equal(S("14 %"), PercentFunctions.Change(Ctx(Fr), Silver6M_2012, Silver6M_2011));
        Assert.Equal(S("8,8 %"), PercentFunctions.Format(Ctx(Fr), 8.84m, 1));
    }

    [Fact]
    public void Millions_take_the_plural_from_two_million()
    {
        Assert.Equal("3,7 millions", NumberFunctions.Millions(Ctx(Fr), 3_661_412m));
        Assert.Equal("1,3 million", NumberFunctions.Millions(Ctx(Fr), 1_340_557m));
        Assert.Equal("2,2 à 2,5 millions", NumberFunctions.Range(Ctx(Fr), 2_200_000m, 2_500_000m));
        Assert.Equal($"120{Nbsp}000 à 135{Nbsp}000", NumberFunctions.Range(Ctx(Fr), 120_000, 135_000));
        // English has no plural form to switch to.
        Assert.Equal("3.7 million", NumberFunctions.Millions(Ctx(), 3_661_412m));
    }

    [Fact]
    public void Currency_follows_the_language()
    {
        Assert.Equal("$1,234", NumberFunctions.Currency(Ctx(), 1234));
        Assert.Equal("\u2212$19", NumberFunctions.Currency(Ctx(), -19));
        Assert.Equal("$23.00", NumberFunctions.Currency(Ctx(), 23, 2));
        Assert.Equal(S("1 234 $"), NumberFunctions.Currency(Ctx(Fr), 1234));
        Assert.Equal(S("\u221219 $"), NumberFunctions.Currency(Ctx(Fr), -19));
    }

    [Fact]
    public void Comparisons_read_in_French()
    {
        Assert.Equal($"en hausse d'environ 14{Nbsp}%", ComparisonFunctions.Change(Ctx(Fr), Silver6M_2012, Silver6M_2011));
        Assert.Equal($"en baisse de 8{Nbsp}%", ComparisonFunctions.Change(Ctx(Fr), 92, 100));
        Assert.Equal("stable", ComparisonFunctions.Change(Ctx(Fr), 1002, 1000));
        Assert.Equal($"environ 17{Nbsp}% de plus", ComparisonFunctions.More(Ctx(Fr), TonnesQ2_2012, TonnesQ2_2011));
        Assert.Equal("en amélioration", ComparisonFunctions.Outcome(Ctx(Fr), Fig(CashCost, "2024-Q3", 976), Fig(CashCost, "2023-Q3", 1032)));
        Assert.Equal("en détérioration", ComparisonFunctions.Outcome(Ctx(Fr), Fig(CashCost, "2024-Q3", -19), Fig(CashCost, "2023-Q3", -58)));
    }

    [Fact]
    public void Dates_and_times_read_in_French()
    {
        Assert.Equal("16 juillet 2012", DateFunctions.Long(Ctx(Fr), "2012-07-16"));
        Assert.Equal("1er août 2012", DateFunctions.Long(Ctx(Fr), "2012-08-01"));
        Assert.Equal("mardi 7 août 2012", DateFunctions.Weekday(Ctx(Fr), "2012-08-07"));
        Assert.Equal("11 h (heure de l'Est), soit 8 h (heure du Pacifique)",
            TimeFunctions.InZones(Ctx(Fr), "2012-08-08T11:00", "America/New_York", new[] { "America/Los_Angeles" }));
        Assert.Equal("14 h 30", TimeFunctions.Ap(Ctx(Fr), "2012-08-08T14:30"));
        Assert.Equal("0 h", TimeFunctions.Ap(Ctx(Fr), "2012-08-08T00:00"));
    }

    [Fact]
    public void Periods_read_in_French_on_calendar_and_June_fiscal_years()
    {
        Assert.Equal("deuxième trimestre de 2012", PeriodFunctions.Name(Ctx(Fr), P("2012-Q2")));
        Assert.Equal("six premiers mois de 2012", PeriodFunctions.Name(Ctx(Fr), P("2012-H1")));
        Assert.Equal("troisième trimestre de l'exercice 2024", PeriodFunctions.Name(Ctx(Fr), P("2024-Q3", 6)));
        Assert.Equal("neuf premiers mois de l'exercice 2024", PeriodFunctions.Name(Ctx(Fr), P("2024-9M", 6)));
        Assert.Equal("Trimestre clos le", PeriodFunctions.SpanHeader(Ctx(Fr), P("2012-Q2")));
        Assert.Equal("Six mois clos le", PeriodFunctions.SpanHeader(Ctx(Fr), P("2012-H1")));
        Assert.Equal("Exercice clos le", PeriodFunctions.SpanHeader(Ctx(Fr), P("2012-FY")));
        Assert.Equal("30 juin 2012", PeriodFunctions.EndDate(Ctx(Fr), P("2012-H1")));
        Assert.Equal("31 mars 2024", PeriodFunctions.EndDate(Ctx(Fr), P("2024-Q3", 6)));
    }

    [Fact]
    public void Lists_and_listings_read_in_French()
    {
        Assert.Equal("Onek et Lucky Queen", TextFunctions.Join(Ctx(Fr), new[] { "Onek", "Lucky Queen" }));
        Assert.Equal(S("(TSX :") + " AXR)", TextFunctions.Listings(Ctx(Fr), new List<Model.Listing> { new("TSX", "AXR") }));
    }

    [Theory]
    [InlineData("de", "Alexco", "d'Alexco")]
    [InlineData("La", "usine", "L'usine")]
    [InlineData("de", "Bellekeno", "de Bellekeno")]
    [InlineData("de", "Hecla", "d'Hecla")]
    [InlineData("à", "Alexco", "à Alexco")]
    public void Elide_drops_the_vowel_before_a_vowel_or_h(string prefix, string word, string expected) =>
        Assert.Equal(expected, TextFunctions.Elide(prefix, word));
}
