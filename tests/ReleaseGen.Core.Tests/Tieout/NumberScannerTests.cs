using ReleaseGen.Templating.Functions;
using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// What the tie-out scanner reads as a number (with its printed precision, scale, sign, percent, money and
/// "approximately") and what it recognises as not a figure, in English and French, at the edges of each form.
/// </summary>
public sealed class NumberScannerTests
{
    private static readonly NumberScanner English = new(LanguageSettings.Default);
    private static readonly NumberScanner French = new(LanguageSettings.FrenchCanada);

    private static NumberToken Single(NumberScanner scanner, string text) => Assert.Single(scanner.Scan(text).Numbers);

    [Fact]
    public void A_number_keeps_its_position_text_value_and_printed_precision()
    {
        Assert.Equal(new NumberToken(9, 7, "458,472", 458_472m, 0, 1m, false, false, false), Single(English, "produced 458,472 ounces"));
        Assert.Equal(new NumberToken(4, 5, "14.08", 14.08m, 2, 1m, false, false, false), Single(English, "was 14.08 a"));
        Assert.Equal(new NumberToken(0, 9, "1,234.500", 1_234.5m, 3, 1m, false, false, false), Single(English, "1,234.500"));
        Assert.Equal(new NumberToken(0, 2, "12", 12m, 0, 1m, false, false, false), Single(English, "12"));
    }

    [Fact]
    public void Percents_money_scales_and_signs()
    {
        Assert.Equal(new NumberToken(3, 3, "14%", 14m, 0, 1m, true, false, false), Single(English, "up 14% on"));
        Assert.Equal(new NumberToken(3, 4, "14 %", 14m, 0, 1m, true, false, false), Single(English, "up 14 % on"));
        Assert.Equal(new NumberToken(3, 6, "$1,325", 1_325m, 0, 1m, false, true, false), Single(English, "at $1,325 an ounce"));
        Assert.Equal(new NumberToken(3, 8, "US$1,325", 1_325m, 0, 1m, false, true, false), Single(English, "at US$1,325 an ounce"));
        Assert.Equal(new NumberToken(3, 6, "C$12.5", 12.5m, 1, 1m, false, true, false), Single(English, "at C$12.5 an ounce"));
        Assert.Equal(new NumberToken(0, 11, "3.7 million", 3.7m, 1, 1_000_000m, false, false, false), Single(English, "3.7 million pounds"));
        Assert.Equal(new NumberToken(0, 11, "1.2 billion", 1.2m, 1, 1_000_000_000m, false, false, false), Single(English, "1.2 billion pounds"));
        Assert.Equal(new NumberToken(0, 3, "-19", -19m, 0, 1m, false, false, false), Single(English, "-19 net"));
        Assert.Equal(new NumberToken(0, 3, "\u221219", -19m, 0, 1m, false, false, false), Single(English, "\u221219 net"));
        // An accounting negative in parentheses: the parentheses are part of the number.
        Assert.Equal(new NumberToken(4, 5, "($19)", -19m, 0, 1m, false, true, false), Single(English, "net ($19) a"));
        Assert.Equal(new NumberToken(0, 4, "(19)", -19m, 0, 1m, false, false, false), Single(English, "(19)"));
        Assert.Equal(-19m, Single(English, "net (-19) a").Printed); // already signed: not negated twice
    }

    [Theory]
    [InlineData("approximately 14% higher")]
    [InlineData("about 3.7 million")]
    [InlineData("nearly $1,325")]
    [InlineData("close to 14%")]
    [InlineData("approx. 12")]
    public void Approximation_words_right_before_a_number_make_it_approximate(string text) =>
        Assert.True(Single(English, text).Approximate);

    [Theory]
    [InlineData("approximately the same, 14%")]
    [InlineData("14% approximately")]
    [InlineData("someone 12")]
    public void An_approximation_word_elsewhere_does_not(string text) =>
        Assert.False(Single(English, text).Approximate);

    [Fact]
    public void The_scale_of_a_ranges_end_belongs_to_its_start()
    {
        var range = English.Scan("guidance of 2.2 to 2.5 million ounces").Numbers;
        Assert.Equal([2_200_000m, 2_500_000m], range.Select(n => n.Value));
        Assert.Equal([1_000_000m, 1_000_000m], range.Select(n => n.Scale));
        Assert.Equal([2_200_000m, 2_500_000m], English.Scan("between 2.2 and 2.5 million").Numbers.Select(n => n.Value));
        Assert.Equal([2_200_000m, 2_500_000m], English.Scan("2.2\u20132.5 million").Numbers.Select(n => n.Value));
        // Not a range: "2.2 ounces and 2.5 million" keeps each its own scale.
        Assert.Equal([2.2m, 2_500_000m], English.Scan("2.2 ounces and 2.5 million").Numbers.Select(n => n.Value));
        // Both already scaled: unchanged.
        Assert.Equal([2_200_000m, 2_500_000_000m], English.Scan("2.2 million to 2.5 billion").Numbers.Select(n => n.Value));
        // French: "2,2 à 2,5 millions".
        Assert.Equal([2_200_000m, 2_500_000m], French.Scan("de 2,2 à 2,5 millions d'onces").Numbers.Select(n => n.Value));
    }

    [Theory]
    [InlineData("in 1900 and", true)]
    [InlineData("in 2099 and", true)]
    [InlineData("in 2012 and", true)]
    [InlineData("in 1899 and", false)]
    [InlineData("in 2100 and", false)]
    [InlineData("in 20120 and", false)]
    [InlineData("in 201 and", false)]
    public void Four_digit_years_from_1900_to_2099_are_years(string text, bool year)
    {
        var scanned = English.Scan(text);
        Assert.Equal(year, scanned.Recognised.Any(r => r.Kind == "year"));
        Assert.Equal(year ? 0 : 1, scanned.Numbers.Count);
    }

    [Fact]
    public void A_year_shaped_percent_money_or_scaled_number_is_a_number()
    {
        Assert.Equal(2012m, Single(English, "2012%").Printed);
        Assert.Equal(2012m, Single(English, "$2012").Printed);
        Assert.Equal(2_012_000_000m, Single(English, "2012 million").Value);
    }

    [Fact]
    public void Dates_with_and_without_weekdays()
    {
        var scanned = English.Scan("on Tuesday, August 7, 2012 and on August 15, 2012; not on February 30, 2012.");
        Assert.Empty(scanned.Numbers);
        Assert.Equal(
            [new DateMention(3, 23, new DateOnly(2012, 8, 7), "Tuesday", 3), new DateMention(34, 15, new DateOnly(2012, 8, 15), null, 0)],
            scanned.Dates);
        // An impossible date is masked as a date but has no date to check.
        Assert.Equal(3, scanned.Recognised.Count(r => r.Kind == "date"));
        Assert.Equal("February 30, 2012", scanned.Recognised.Last().Text);
    }

    [Fact]
    public void French_dates_read_the_first_of_the_month()
    {
        var scanned = French.Scan("le mercredi 1er août 2012 et le 31 décembre 2012");
        Assert.Equal([new DateOnly(2012, 8, 1), new DateOnly(2012, 12, 31)], scanned.Dates.Select(d => d.Date));
        Assert.Equal("mercredi", scanned.Dates[0].Weekday);
        Assert.Equal(3, scanned.Dates[0].WeekdayStart);
    }

    [Theory]
    [InlineData("at 11 a.m. Eastern", 11, 0, "Eastern")]
    [InlineData("at 12 a.m. Eastern", 0, 0, "Eastern")]   // midnight
    [InlineData("at 12 p.m. Pacific", 12, 0, "Pacific")]  // noon
    [InlineData("at 1 p.m. Pacific", 13, 0, "Pacific")]
    [InlineData("at 11:59 p.m. Pacific", 23, 59, "Pacific")]
    [InlineData("at 8:30 a.m.", 8, 30, null)]
    public void Times_of_day_with_their_zones(string text, int hour, int minute, string? zone)
    {
        var scanned = English.Scan(text);
        var time = Assert.Single(scanned.Times);
        Assert.Equal((hour, minute, zone), (time.Hour, time.Minute, time.Zone));
        Assert.Equal(3, time.Start);
        Assert.Equal(text.Length - 3, time.Length);
        Assert.Empty(scanned.Numbers);
        Assert.Equal("time", Assert.Single(scanned.Recognised).Kind);
    }

    [Theory]
    [InlineData("at 11:60 a.m. Eastern")]
    public void An_impossible_time_is_not_a_time(string text) =>
        Assert.Empty(English.Scan(text).Times);

    [Fact]
    public void French_times_use_the_24_hour_clock()
    {
        var times = French.Scan("à 11 h (heure de l'Est) et 8 h 30 (heure du Pacifique) ou 24 h").Times;
        Assert.Equal([(11, 0, "heure de l'Est"), (8, 30, "heure du Pacifique")], times.Select(t => (t.Hour, t.Minute, t.Zone!)).Take(2));
        Assert.Equal(2, times.Count); // 24 h is no hour of the day
    }

    [Theory]
    [InlineData("call 1-877-407-8031 now", "phone number", "1-877-407-8031")]
    [InlineData("call (604) 633-4888 now", "phone number", "(604) 633-4888")]
    [InlineData("call 604.633.4888 now", "phone number", "604.633.4888")]
    [InlineData("see www.example.com/2012 now", "web address", "www.example.com/2012")]
    [InlineData("see https://example.com/q2-2012 now", "web address", "https://example.com/q2-2012")]
    [InlineData("mail ir2012@example.com now", "web address", "ir2012@example.com")]
    [InlineData("under Section 27A now", "citation", "27A")]
    [InlineData("National Instrument 43-101 now", "citation", "43-101")]
    [InlineData("under 43-101 now", "citation", "43-101")]
    [InlineData("account 286 now", "identifier", "286")]
    [InlineData("conference ID: 396537 now", "identifier", "396537")]
    [InlineData("in Q2 now", "identifier", "Q2")]
    [InlineData("form S-1300 now", "identifier", "S-1300")]
    [InlineData("ounces(1) now", "note mark", "(1)")]
    [InlineData("(GEOs)12 now", "note mark", "12")]
    [InlineData("(1) Gold-equivalent ounces", "note mark", "(1)")]
    [InlineData("1 Gold-equivalent ounces", "note mark", "1")]
    [InlineData("Page 3 of 12", "page number", "Page 3 of 12")]
    public void Number_like_things_that_are_not_figures_are_recognised(string text, string kind, string printed)
    {
        var scanned = English.Scan(text);
        Assert.Empty(scanned.Numbers);
        var span = Assert.Single(scanned.Recognised);
        Assert.Equal((kind, printed), (span.Kind, span.Text));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), span.Start);
        Assert.Equal(printed.Length, span.Length);
    }

    [Theory]
    [InlineData("1 ounce")]           // a leading number before a lower-case word is a figure
    [InlineData("(123) was")]         // three digits in parentheses: a negative, not a mark
    [InlineData("ounces (1")]
    public void Almost_marks_are_numbers(string text) =>
        Assert.Single(English.Scan(text).Numbers);

    [Fact]
    public void Recognised_spans_are_in_text_order()
    {
        var scanned = English.Scan("Q2 call 1-877-407-8031 on August 7, 2012 in 2012 ounces(1)");
        Assert.Equal(["identifier", "phone number", "date", "year", "note mark"], scanned.Recognised.Select(r => r.Kind));
        Assert.Equal(scanned.Recognised.OrderBy(r => r.Start).Select(r => r.Start), scanned.Recognised.Select(r => r.Start));
    }

    [Fact]
    public void French_numbers_money_and_percents()
    {
        Assert.Equal(new NumberToken(0, 7, "458\u00A0472", 458_472m, 0, 1m, false, false, false), Single(French, "458\u00A0472 onces"));
        Assert.Equal(new NumberToken(0, 7, "458\u202F472", 458_472m, 0, 1m, false, false, false), Single(French, "458\u202F472 onces"));
        Assert.Equal(new NumberToken(0, 4, "14,1", 14.1m, 1, 1m, false, false, false), Single(French, "14,1 tonnes"));
        Assert.Equal(new NumberToken(0, 4, "14\u00A0%", 14m, 0, 1m, true, false, false), Single(French, "14\u00A0% de plus"));
        Assert.Equal(new NumberToken(0, 7, "1\u00A0325\u00A0$", 1_325m, 0, 1m, false, true, false), Single(French, "1\u00A0325\u00A0$ l'once"));
        Assert.Equal(new NumberToken(0, 10, "1\u00A0325 $ US", 1_325m, 0, 1m, false, true, false), Single(French, "1\u00A0325 $ US l'once"));
        Assert.Equal(new NumberToken(0, 12, "3,7 millions", 3.7m, 1, 1_000_000m, false, false, false), Single(French, "3,7 millions de livres"));
        Assert.Equal(1_000_000_000m, Single(French, "1,2 milliard de livres").Scale);
        Assert.True(Single(French, "d'environ 14\u00A0%").Approximate);
        Assert.True(Single(French, "près de 14\u00A0%").Approximate);
    }

    [Theory]
    [InlineData("higher", ClaimDirection.Up)]
    [InlineData("  Increased ", ClaimDirection.Up)]
    [InlineData("decline", ClaimDirection.Down)]
    [InlineData("FELL", ClaimDirection.Down)]
    [InlineData("improvement", ClaimDirection.Better)]
    [InlineData("deterioration", ClaimDirection.Worse)]
    [InlineData("lower", ClaimDirection.Down)]
    [InlineData("fewer", ClaimDirection.Down)]
    [InlineData("less", ClaimDirection.Down)]
    [InlineData("decrease", ClaimDirection.Down)]
    [InlineData("down", ClaimDirection.Down)]
    [InlineData("decreased", ClaimDirection.Down)]
    [InlineData("declined", ClaimDirection.Down)]
    [InlineData("drop", ClaimDirection.Down)]
    [InlineData("dropped", ClaimDirection.Down)]
    [InlineData("reduction", ClaimDirection.Down)]
    [InlineData("improved", ClaimDirection.Better)]
    [InlineData("sideways", ClaimDirection.Up)] // a word the vocabulary does not know reads as up
    public void English_direction_words(string word, ClaimDirection direction) =>
        Assert.Equal(direction, TieoutVocabulary.English.DirectionOf(word));

    [Theory]
    [InlineData("De  plus", ClaimDirection.Up)]
    [InlineData("en\u00A0baisse", ClaimDirection.Down)]
    [InlineData("en amélioration", ClaimDirection.Better)]
    [InlineData("une amélioration", ClaimDirection.Better)]
    [InlineData("en détérioration", ClaimDirection.Worse)]
    [InlineData("inférieures", ClaimDirection.Down)]
    public void French_direction_words(string word, ClaimDirection direction) =>
        Assert.Equal(direction, TieoutVocabulary.French.DirectionOf(System.Text.RegularExpressions.Regex.Unescape(word)));

    [Fact]
    public void Scale_words_and_the_vocabulary_of_a_language()
    {
        Assert.Equal(1_000_000m, TieoutVocabulary.English.ScaleOf("million"));
        Assert.Equal(1_000_000_000m, TieoutVocabulary.English.ScaleOf("Billion"));
        Assert.Equal(1_000_000m, TieoutVocabulary.French.ScaleOf("millions"));
        Assert.Equal(1_000_000_000m, TieoutVocabulary.French.ScaleOf("milliards"));
        Assert.Same(TieoutVocabulary.French, TieoutVocabulary.For(LanguageSettings.FrenchCanada));
        Assert.Same(TieoutVocabulary.English, TieoutVocabulary.For(LanguageSettings.Default));
        Assert.Same(TieoutVocabulary.English, TieoutVocabulary.For(LanguageSettings.Default with { Locale = "en-CA" }));
    }

    [Fact]
    public void The_scanner_speaks_its_language() => Assert.Same(LanguageSettings.FrenchCanada, French.Language);

    [Theory]
    [InlineData("1\u202F040\u00A0257 onces", 1_040_257, 0)]
    [InlineData("1 040 257 onces", 1_040_257, 0)]
    [InlineData("une teneur de 8,8 %", 8.8, 1)]
    [InlineData("0,46 million d\u2019onces", 0.46, 2)]
    public void French_numbers_drop_their_group_spaces_and_read_a_decimal_comma(string text, double printed, int decimals)
    {
        var token = Single(French, text);
        Assert.Equal(((decimal)printed, decimals), (token.Printed, token.Decimals));
    }

    // The money and date cases build their own scanner: its patterns are chosen when it is built, and a
    // scanner shared by the class would be built once, before the code under test could be changed.
    [Theory]
    [InlineData("un co\u00FBt de 976 $ US par once", 976, true)]
    [InlineData("un co\u00FBt de 976\u00A0$ par once", 976, true)]
    [InlineData("976 onces", 976, false)]
    [InlineData("$976 par once", 976, false)]
    public void French_money_has_its_dollar_sign_after_the_number(string text, int value, bool money)
    {
        var token = Assert.Single(new NumberScanner(LanguageSettings.FrenchCanada).Scan(text).Numbers);
        Assert.Equal((value, money), ((int)token.Value, token.IsMoney));
    }

    [Theory]
    [InlineData("US$976 per ounce", true)]
    [InlineData("$976 per ounce", true)]
    [InlineData("976 $ per ounce", false)]
    public void English_money_has_its_dollar_sign_before_the_number(string text, bool money) =>
        Assert.Equal(money, new NumberScanner(LanguageSettings.Default).Scan(text).Numbers.First(n => n.Value == 976m).IsMoney);

    [Theory]
    [InlineData("Monday, January 2, 2012", "2012-01-02")]
    [InlineData("monday, january 2, 2012", "2012-01-02")]
    [InlineData("Saturday, December 31, 2011", "2011-12-31")]
    [InlineData("Wednesday, February 29, 2012", "2012-02-29")]
    public void Dates_of_every_month_are_read_in_any_case(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(new NumberScanner(LanguageSettings.Default).Scan(text).Dates).Date);

    [Theory]
    [InlineData("January 0, 2012")]
    [InlineData("February 30, 2012")]
    [InlineData("February 29, 2011")]
    public void A_day_its_month_does_not_have_is_not_a_date(string text) => Assert.Empty(English.Scan(text).Dates);

    private static string? UnitOf(TieoutVocabulary words, string after) => words.Units.Where(u => u.Pattern.IsMatch(after)).Select(u => u.Unit).FirstOrDefault();

    [Theory]
    [InlineData(" tonnes per day of ore", "t/d")]
    [InlineData(" tons per day", "t/d")]
    [InlineData(" t per day", "t/d")]
    [InlineData(" tpd", "t/d")]
    [InlineData("-t/d", "t/d")]
    [InlineData(" grams per tonne", "g/t")]
    [InlineData(" g per tonne", "g/t")]
    [InlineData(" g/t silver", "g/t")]
    [InlineData(" gold-equivalent ounces", "oz")]
    [InlineData(" ounces", "oz")]
    [InlineData(" ounce", "oz")]
    [InlineData(" oz", "oz")]
    [InlineData(" pounds", "lb")]
    [InlineData(" pound", "lb")]
    [InlineData(" lbs", "lb")]
    [InlineData(" lb", "lb")]
    [InlineData(" tonnes of ore", "t")]
    [InlineData(" tonne", "t")]
    [InlineData(" tons", "t")]
    [InlineData(" t", "t")]
    [InlineData(" metres", "m")]
    [InlineData(" metre", "m")]
    [InlineData(" meters", "m")]
    [InlineData(" meter", "m")]
    [InlineData("-m drilling", "m")]
    [InlineData(" days", "days")]
    [InlineData(" day", "days")]
    [InlineData(" of silver", null)]
    [InlineData(" tonnage", null)]
    public void Every_english_unit_word_reads_as_its_unit(string after, string? unit) => Assert.Equal(unit, UnitOf(TieoutVocabulary.English, after));

    [Theory]
    [InlineData(" tonnes par jour", "t/d")]
    [InlineData(" t/j", "t/d")]
    [InlineData(" grammes par tonne", "g/t")]
    [InlineData(" g/t", "g/t")]
    [InlineData(" d\u2019onces", "oz")]
    [InlineData(" d'onces", "oz")]
    [InlineData(" de onces", "oz")]
    [InlineData(" onces", "oz")]
    [InlineData(" once", "oz")]
    [InlineData(" oz", "oz")]
    [InlineData(" de livres", "lb")]
    [InlineData(" livre", "lb")]
    [InlineData(" lb", "lb")]
    [InlineData(" de tonnes", "t")]
    [InlineData(" tonne", "t")]
    [InlineData(" t", "t")]
    [InlineData(" mètres", "m")]
    [InlineData(" mètre", "m")]
    [InlineData(" m", "m")]
    [InlineData(" jours", "days")]
    [InlineData(" jour", "days")]
    public void Every_french_unit_word_reads_as_its_unit(string after, string? unit) =>
        Assert.Equal(unit, UnitOf(TieoutVocabulary.French, System.Text.RegularExpressions.Regex.Unescape(after)));

    private static RelativePeriod? RelativeOf(TieoutVocabulary words, string text) =>
        words.RelativePeriods.Where(r => r.Pattern.IsMatch(text)).Select(r => (RelativePeriod?)r.Period).FirstOrDefault();

    [Theory]
    [InlineData("than in the same period of 2011", RelativePeriod.SamePeriodOfYear)]
    [InlineData("than in the same period in fiscal 2023", RelativePeriod.SamePeriodOfYear)]
    [InlineData("than a year earlier", RelativePeriod.PriorYear)]
    [InlineData("than a year ago", RelativePeriod.PriorYear)]
    [InlineData("than the prior year", RelativePeriod.PriorYear)]
    [InlineData("than the previous year", RelativePeriod.PriorYear)]
    [InlineData("than last year", RelativePeriod.PriorYear)]
    [InlineData("than in the same period of the prior year", RelativePeriod.PriorYear)]
    [InlineData("than in the same period last year", RelativePeriod.PriorYear)]
    [InlineData("than the previous quarter", RelativePeriod.PreviousQuarter)]
    [InlineData("than the preceding quarter", RelativePeriod.PreviousQuarter)]
    [InlineData("than last quarter", RelativePeriod.PreviousQuarter)]
    [InlineData("in the quarter", RelativePeriod.Quarter)]
    [InlineData("in this current quarter", RelativePeriod.Quarter)]
    [InlineData("for the year to date", RelativePeriod.YearToDate)]
    [InlineData("year-to-date", RelativePeriod.YearToDate)]
    [InlineData("in the second quarter", null)]
    public void Every_english_relative_period_phrase_reads_as_its_period(string text, RelativePeriod? period) => Assert.Equal(period, RelativeOf(TieoutVocabulary.English, text));

    [Theory]
    [InlineData("qu\u2019\u00E0 la même période de 2011", RelativePeriod.SamePeriodOfYear)]
    [InlineData("à la même période de l\u2019exercice 2023", RelativePeriod.SamePeriodOfYear)]
    [InlineData("un an plus tôt", RelativePeriod.PriorYear)]
    [InlineData("que l\u2019an dernier", RelativePeriod.PriorYear)]
    [InlineData("que l'exercice précédent", RelativePeriod.PriorYear)]
    [InlineData("que l\u2019année précédente", RelativePeriod.PriorYear)]
    [InlineData("que le trimestre précédent", RelativePeriod.PreviousQuarter)]
    [InlineData("qu\u2019au trimestre précédent", RelativePeriod.PreviousQuarter)]
    [InlineData("que ceux du trimestre précédent", RelativePeriod.PreviousQuarter)]
    [InlineData("au cours du trimestre", RelativePeriod.Quarter)]
    [InlineData("depuis le début de l\u2019exercice", RelativePeriod.YearToDate)]
    [InlineData("depuis le début de l'année", RelativePeriod.YearToDate)]
    [InlineData("en cumul annuel", RelativePeriod.YearToDate)]
    public void Every_french_relative_period_phrase_reads_as_its_period(string text, RelativePeriod? period) =>
        Assert.Equal(period, RelativeOf(TieoutVocabulary.French, System.Text.RegularExpressions.Regex.Unescape(text)));

    [Theory]
    [InlineData("approximately 14")]
    [InlineData("about 14")]
    [InlineData("around 14")]
    [InlineData("roughly 14")]
    [InlineData("nearly 14")]
    [InlineData("almost 14")]
    [InlineData("some 14")]
    [InlineData("close to 14")]
    [InlineData("an estimated 14")]
    [InlineData("approx. 14")]
    [InlineData("approximately US$14")]
    [InlineData("approximately -$14")]
    public void Every_english_approximation_word_makes_its_number_approximate(string text) =>
        Assert.True(English.Scan(text).Numbers.Single(n => n.Printed is 14m or -14m).Approximate);

    [Theory]
    [InlineData("environ 14")]
    [InlineData("près de 14")]
    [InlineData("quelque 14")]
    [InlineData("approximativement 14")]
    [InlineData("d\u2019environ 14")]
    [InlineData("d'environ 14")]
    public void Every_french_approximation_word_makes_its_number_approximate(string text) =>
        Assert.True(French.Scan(System.Text.RegularExpressions.Regex.Unescape(text)).Numbers.Single().Approximate);
}
