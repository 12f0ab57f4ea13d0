using System.Globalization;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Implemented by the template context (the lead's <c>TemplateContext</c> subclass) so that every
/// function reads the words and number format of the release's language from one place.
/// Functions fall back to <see cref="LanguageSettings.Default"/> when the context does not implement it.
/// Note: <see cref="Scriban.TemplateContext"/> has its own <c>Language</c> property (the script
/// language), so implement this member explicitly:
/// <code>LanguageSettings ILanguageContext.Language => _language;</code>
/// </summary>
public interface ILanguageContext
{
    /// <summary>The language of the release being rendered.</summary>
    LanguageSettings Language { get; }
}

/// <summary>
/// Implemented by the template context when functions may look up other figures of the release
/// (<c>rate.per_operating_day</c> finds a metric's operating days of the same period).
/// </summary>
public interface IFigureSource
{
    /// <summary>The figure of <paramref name="metric"/> for <paramref name="period"/>, or null when the data has none.</summary>
    Model.Figure? FindFigure(string metric, Periods.PeriodKey period);
}

/// <summary>
/// Everything language- and culture-dependent the template functions print: comparison vocabulary,
/// the "unchanged" threshold, list joining, number, percent, date and time formats, time-zone names.
/// <see cref="Default"/> is English (North American press-release usage). A template or a locale
/// overrides it with <c>with</c>: <c>LanguageSettings.Default with { Higher = "greater" }</c>. A new
/// locale (fr-CA) is one more static instance here; no function needs to change.
/// </summary>
public sealed record LanguageSettings
{
    /// <summary>The North American zone names of <see cref="Default"/> (see <see cref="ZoneNames"/>).</summary>
    public static IReadOnlyDictionary<string, string> DefaultZoneNames => Default.ZoneNames;

    // The word tables below are built by methods, for each new instance, rather than held in static fields:
    // a test that builds a fresh LanguageSettings then sees every word, which it cannot in a table built
    // once per process (mutation testing switches a change on after static fields are set). Production
    // builds each locale once, so this costs nothing.
    private static Dictionary<string, string> NorthAmericanZoneNames() => new(StringComparer.Ordinal)
    {
        ["America/New_York"] = "Eastern",
        ["America/Toronto"] = "Eastern",
        ["America/Montreal"] = "Eastern",
        ["America/Detroit"] = "Eastern",
        ["America/Indiana/Indianapolis"] = "Eastern",
        ["US/Eastern"] = "Eastern",
        ["America/Chicago"] = "Central",
        ["America/Winnipeg"] = "Central",
        ["US/Central"] = "Central",
        ["America/Denver"] = "Mountain",
        ["America/Edmonton"] = "Mountain",
        ["America/Boise"] = "Mountain",
        ["America/Phoenix"] = "Mountain",
        ["US/Mountain"] = "Mountain",
        ["America/Los_Angeles"] = "Pacific",
        ["America/Vancouver"] = "Pacific",
        ["US/Pacific"] = "Pacific",
        ["America/Halifax"] = "Atlantic",
        ["America/Moncton"] = "Atlantic",
        ["America/St_Johns"] = "Newfoundland",
    };

    /// <summary>English, invariant number format ("1,040,257", "8.8", "14%").</summary>
    public static LanguageSettings Default { get; } = new();

    /// <summary>
    /// Canadian French: "458 472" (no-break space U+00A0 between groups), "8,8", "14 %" (no-break space
    /// before the sign), "16 juillet 2012", "11 h (heure de l'Est)", "deuxième trimestre de 2012",
    /// table headers "Trimestre clos le" / "Six mois clos le" over "30 juin 2012".
    /// </summary>
    public static LanguageSettings FrenchCanada { get; } = FrenchCanadaSettings.Create();

    /// <summary>The locales a release can be built in, by BCP 47 tag.</summary>
    public static IReadOnlyDictionary<string, LanguageSettings> Locales { get; } = BuildLocales();

    /// <summary>The supported locales, built anew (the static <see cref="Locales"/> holds the set built once).</summary>
    internal static Dictionary<string, LanguageSettings> BuildLocales() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["en-CA"] = Default with
        {
            Locale = "en-CA",
            CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal) { ["CAD"] = "$", ["USD"] = "US$", ["AUD"] = "A$", ["EUR"] = "€", ["GBP"] = "£" },
        },
        ["en-US"] = Default with { Locale = "en-US" },
        ["fr-CA"] = FrenchCanada,
    };

    /// <summary>The settings of a locale tag ("fr-CA"), or null when the locale is not supported.</summary>
    public static LanguageSettings? ForLocale(string? locale) =>
        locale is not null && Locales.TryGetValue(locale, out var settings) ? settings : null;

    /// <summary>The BCP 47 tag of this language ("en-US", "fr-CA").</summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>The language part of <see cref="Locale"/> ("fr" for "fr-CA").</summary>
    public string LanguageCode => Locale.Split('-')[0];

    /// <summary>The settings of the context when it implements <see cref="ILanguageContext"/>, else <see cref="Default"/>.</summary>
    public static LanguageSettings Of(object? context) => (context as ILanguageContext)?.Language ?? Default;

    // ---- comparison vocabulary ----
    public string Higher { get; init; } = "higher";
    public string Lower { get; init; } = "lower";
    public string More { get; init; } = "more";
    public string Fewer { get; init; } = "fewer";
    public string Improved { get; init; } = "improved";
    public string Declined { get; init; } = "declined";
    public string Unchanged { get; init; } = "unchanged";
    public string Approximately { get; init; } = "approximately";

    /// <summary>
    /// How <c>compare.change</c> reads: {pct} is the formatted percent, {word} the direction word, {approx} the word <see cref="Approximately"/>
    /// ("14% higher"; fr-CA "en hausse de 14 %"). The approximate form is used when the percent is rounded.
    /// </summary>
    public string ChangePattern { get; init; } = "{pct} {word}";

    /// <summary>{approx} is <see cref="Approximately"/>.</summary>
    public string ApproximateChangePattern { get; init; } = "{approx} {pct} {word}";

    /// <summary>How <c>compare.more</c> reads ("17% more"; fr-CA "17 % de plus").</summary>
    public string MorePattern { get; init; } = "{pct} {word}";

    public string ApproximateMorePattern { get; init; } = "{approx} {pct} {word}";

    // ---- the wording issuers write: verbs, nouns and "up/down" forms, never with "approximately" ----
    /// <summary>The past-tense verbs of <c>compare.verb</c>: "increased 4%", "decreased 1%".</summary>
    public string Increased { get; init; } = "increased";
    public string Decreased { get; init; } = "decreased";

    /// <summary>What <c>compare.verb</c> says below the threshold: "was unchanged".</summary>
    public string WasUnchanged { get; init; } = "was unchanged";

    /// <summary>{verb} {pct}: "increased 4%" (fr-CA "a augmenté de 4 %").</summary>
    public string VerbPattern { get; init; } = "{verb} {pct}";

    /// <summary>{verb} {pct} {value}: "increased 4% to 2,310" (fr-CA "a augmenté de 4 % pour s'établir à 2 310").</summary>
    public string VerbToPattern { get; init; } = "{verb} {pct} to {value}";

    /// <summary>An unchanged figure with its value: "was unchanged at 2,310".</summary>
    public string UnchangedAtPattern { get; init; } = "was unchanged at {value}";

    /// <summary>The value alone, where a percent change means nothing: "was 2,310" (fr-CA "a atteint 2 310").</summary>
    public string WasPattern { get; init; } = "was {value}";

    /// <summary>The nouns of <c>compare.noun</c>: "a 4% increase", "a 1% decrease".</summary>
    public string Increase { get; init; } = "increase";
    public string Decrease { get; init; } = "decrease";

    /// <summary>{article} (English "a"/"an" by how the number is read), {pct}, {noun}: "an 8% increase" (fr-CA "une {noun} de {pct}").</summary>
    public string NounPattern { get; init; } = "{article} {pct} {noun}";

    /// <summary>What <c>compare.noun</c> says below the threshold: "no change".</summary>
    public string NoChange { get; init; } = "no change";

    /// <summary>The words of <c>compare.up</c>: "up 20%", "down 3%" (fr-CA "en hausse de 20 %").</summary>
    public string Up { get; init; } = "up";
    public string Down { get; init; } = "down";
    public string UpPattern { get; init; } = "{word} {pct}";

    /// <summary>
    /// A percent change of more than this (in absolute value) is not meaningful in prose: the wording
    /// functions and <c>pct.change_or_nm</c> say <see cref="NotMeaningful"/> ("n/m"), as they do for a zero
    /// base or a change of sign. Default 1,000%.
    /// </summary>
    public decimal NotMeaningfulAbovePercent { get; init; } = 1000m;

    /// <summary>A range in running text: "between {0} and {1}" (fr-CA "entre {0} et {1}").</summary>
    public string BetweenPattern { get; init; } = "between {0} and {1}";

    /// <summary>"{0} thousand" ("2,310 thousand"; fr-CA "2 310 mille").</summary>
    public string ThousandPattern { get; init; } = "{0} thousand";

    /// <summary>The indefinite article before a spoken number: "an" before 8, 11, 18, 80-89, 800-899, 11,000...; "a" otherwise. Null: the language has none to choose.</summary>
    public Func<string, string>? ArticleFor { get; init; } = EnglishArticle;

    private static string EnglishArticle(string number)
    {
        // The number as read aloud: its leading group ("11" of "11,500", "8" of "8.5").
        var digits = new string(number.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0) return "a";
        var an = digits[0] == '8' || digits is "11" or "18";
        return an ? "an" : "a";
    }

    /// <summary>A change whose absolute value, in percent, is below this reads "unchanged" (default 0.5).</summary>
    public decimal UnchangedThresholdPercent { get; init; } = 0.5m;

    // ---- lists ----
    /// <summary>"a, b, and c" when true; "a, b and c" (default) when false.</summary>
    public bool SerialComma { get; init; }

    public string ListSeparator { get; init; } = ", ";

    /// <summary>A stock listing: "({exchange}: {symbol})"; fr-CA puts a no-break space before the colon.</summary>
    public string ListingPattern { get; init; } = "({exchange}: {symbol})";

    /// <summary>Listings combined by symbol, "(TSX/NYSE American: XYZ)": each group is "{exchanges}: {symbol}" (fr-CA a no-break space before the colon), groups joined by "; ".</summary>
    public string CombinedListingPattern { get; init; } = "{exchanges}: {symbol}";

    /// <summary>When true, <c>text.listings</c> combines exchanges that list the same symbol (the release's <c>listing_style: combined</c>).</summary>
    public bool CombineListings { get; init; }
    public string DefaultConjunction { get; init; } = "and";

    // ---- numbers ----
    public string GroupSeparator { get; init; } = ",";
    public string DecimalSeparator { get; init; } = ".";
    /// <summary>The minus sign (U+2212, not the hyphen-minus): a table's <c>negative: hyphen</c> asks for the hyphen instead.</summary>
    public string NegativeSign { get; init; } = "\u2212";

    /// <summary>How a percent is printed; {0} is the formatted number ("14%"; fr-CA would be "{0}\u00A0%").</summary>
    public string PercentPattern { get; init; } = "{0}%";

    /// <summary>"{0} million" ("3.7 million").</summary>
    public string MillionPattern { get; init; } = "{0} million";

    /// <summary>The plural of <see cref="MillionPattern"/>, used from 2 million up where the language distinguishes it (fr-CA "3,7 millions"); null: the same.</summary>
    public string? MillionsPattern { get; init; }

    /// <summary>A money amount; {0} is the formatted absolute amount, the sign goes in front ("$1,234", "-$12"; fr-CA "1 234 $", "-12 $").</summary>
    public string CurrencyPattern { get; init; } = "${0}";

    /// <summary>
    /// The sign of each currency in this locale, by ISO code: en-US "$" for USD and "C$" for CAD; en-CA the
    /// reverse ("$" and "US$"); fr-CA "$" and "$ US". A code not listed prints as itself ("AUD 12").
    /// </summary>
    public IReadOnlyDictionary<string, string> CurrencySymbols { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["USD"] = "$", ["CAD"] = "C$", ["AUD"] = "A$", ["EUR"] = "€", ["GBP"] = "£" };

    /// <summary>A money amount in a table cell: {symbol} the currency's sign, {0} the formatted number ("US$1,325"; fr-CA "1 325 $ US").</summary>
    public string MoneyPattern { get; init; } = "{symbol}{0}";

    /// <summary>The sign of <paramref name="currency"/> (an ISO code) in this locale.</summary>
    public string CurrencySymbol(string currency) => CurrencySymbols.TryGetValue(currency, out var symbol) ? symbol : currency + "\u00A0";

    /// <summary>
    /// A formatted absolute amount with its currency sign: "US$1,325". An unlisted code's space sits between
    /// it and a number that follows it ("JPY 1,325"); after the number (fr-CA "1 325 JPY") it is dropped.
    /// </summary>
    public string FormatMoney(string number, string currency) => MoneyPattern
        .Replace("{symbol}", CurrencySymbol(currency), StringComparison.Ordinal)
        .Replace("{0}", number, StringComparison.Ordinal)
        .TrimEnd('\u00A0');

    // ---- tables ----
    /// <summary>A change that means nothing (a zero base, a sign that flips): "n/m" (fr-CA "n.s.").</summary>
    public string NotMeaningful { get; init; } = "n/m";

    /// <summary>A figure the data does not have: "n/a" (fr-CA "s.o.").</summary>
    public string NotAvailable { get; init; } = "n/a";

    /// <summary>A segment cell the metric has no part for: "—".</summary>
    public string NotApplicable { get; init; } = "\u2014";

    /// <summary>The header of a segments' total column: "Total".</summary>
    public string TotalHeader { get; init; } = "Total";

    /// <summary>The header of a percent change column: "Change (%)" (fr-CA "Variation (%)").</summary>
    public string PercentChangeHeader { get; init; } = "Change (%)";

    /// <summary>The header of an absolute change column: "Change" (fr-CA "Variation").</summary>
    public string ChangeHeader { get; init; } = "Change";

    /// <summary>A note mark in tables; {0} is the note's number: "(1)".</summary>
    public string NoteMarkPattern { get; init; } = "({0})";

    // ---- words the text checks look for in a release written in this language ----
    /// <summary>Text that identifies forward-looking information ("forward-looking"; fr-CA "prospecti": information prospective, énoncés prospectifs).</summary>
    public IReadOnlyList<string> ForwardLookingMarkers { get; init; } = ["forward-looking"];

    /// <summary>A statement of the policy on updating forward-looking information ("does not undertake to update"; fr-CA "mettre à jour").</summary>
    public string UpdatePolicyPattern { get; init; } = @"(?is)\b(undertakes?|intends?|obligation|assumes?|disclaims?|will|does|do)\b[^.]{0,80}\bupdat(e|es|ing)\b";

    /// <summary>The caution that non-GAAP measures are not standardized ("no standardized meaning"; fr-CA "pas de définition normalisée").</summary>
    public string NonGaapCautionPattern { get; init; } = @"(?i)\b(no|not|non-)\s*(a\s+)?standardi[sz]ed\b";

    /// <summary>True when <paramref name="text"/> identifies forward-looking information in this language.</summary>
    public bool MentionsForwardLooking(string text) => ForwardLookingMarkers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));

    public bool StatesUpdatePolicy(string text) => WholeTextPattern(UpdatePolicyPattern).IsMatch(text);

    public bool CautionsNonGaap(string text) => WholeTextPattern(NonGaapCautionPattern).IsMatch(text);

    // These patterns search a whole release. The backtracking interpreter (all a native build has: it cannot
    // compile a pattern at run time) retries "[^.]{0,80}" at every candidate word: about 0.4 ms a release, 15 times
    // the linear-time engine's time. So the linear-time engine, where the pattern allows it (no lookaround or
    // back-reference), made once per pattern; the result of IsMatch is the same with either engine.
    private static readonly BoundedCache<string, System.Text.RegularExpressions.Regex> WholeTextPatterns = new(64, StringComparer.Ordinal);

    private static System.Text.RegularExpressions.Regex WholeTextPattern(string pattern) => WholeTextPatterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new(p, System.Text.RegularExpressions.RegexOptions.NonBacktracking, TimeSpan.FromSeconds(2));
        }
        catch (NotSupportedException)
        {
            return new(p, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2));
        }
    });

    // ---- page furniture ----
    /// <summary>The page number in a footer: "Page {page} of {pages}" (fr-CA "Page {page} de {pages}").</summary>
    public string PageNumberPattern { get; init; } = "Page {page} of {pages}";

    public string FormatPageNumber(int page, int pages) => PageNumberPattern
        .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pages}", pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A range of two numbers, "{0} to {1}".</summary>
    public string RangePattern { get; init; } = "{0} to {1}";

    // ---- dates ----
    public IReadOnlyList<string> MonthNames { get; init; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec. abbreviated; March to July spelt out.</summary>
    public IReadOnlyList<string> ApMonthNames { get; init; } =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>Indexed by <see cref="DayOfWeek"/> (Sunday = 0).</summary>
    public IReadOnlyList<string> DayNames { get; init; } =
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>How the first day of a month is written when it differs from "1" (fr-CA "1er"); null: "1".</summary>
    public string? FirstDayOfMonth { get; init; }

    /// <summary>{month} {day} {year} {weekday} placeholders: "July 16, 2012".</summary>
    public string LongDatePattern { get; init; } = "{month} {day}, {year}";

    /// <summary>"Tuesday, August 7, 2012".</summary>
    public string WeekdayDatePattern { get; init; } = "{weekday}, {month} {day}, {year}";

    // ---- periods ----
    // Period.cs (the lead's) names periods in English; these patterns say the same thing through the
    // language, so a locale can rename periods here. A test keeps Default in step with Period.cs.
    public IReadOnlyList<string> Ordinals { get; init; } = ["first", "second", "third", "fourth", "fifth"];
    public IReadOnlyList<string> OrdinalTitles { get; init; } = ["First", "Second", "Third", "Fourth", "Fifth"];

    /// <summary>
    /// Month counts in words for prose: years to date (3, 6, 9, 12) and transition periods (1 to 23 months, as
    /// <see cref="Periods.Period"/> names them); a count without a word prints in digits.
    /// </summary>
    public IReadOnlyDictionary<int, string> MonthCounts { get; init; } = Words(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three");

    /// <summary>Month counts for headings and table headers.</summary>
    public IReadOnlyDictionary<int, string> MonthCountTitles { get; init; } = Words(
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen",
        "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Twenty-one", "Twenty-two", "Twenty-three");

    /// <summary>Words for the counts 1, 2, 3...; a null word leaves its count in digits.</summary>
    internal static Dictionary<int, string> Words(params string?[] fromOne)
    {
        var words = new Dictionary<int, string>();
        for (var i = 0; i < fromOne.Length; i++)
            if (fromOne[i] is { } word) words[i + 1] = word;
        return words;
    }

    /// <summary>A transition period shorter than a year, in prose ({months}, {date}): "three-month transition period ended March 31, 2012".</summary>
    public string TransitionNamePattern { get; init; } = "{months}-month transition period ended {date}";

    /// <summary>A transition period longer than a year, in prose: "fifteen months ended March 31, 2012".</summary>
    public string LongTransitionNamePattern { get; init; } = "{months} months ended {date}";

    /// <summary>The heading forms of the two: "Three-Month Transition Period Ended March 31, 2012", "Fifteen Months Ended March 31, 2012".</summary>
    public string TransitionTitlePattern { get; init; } = "{months}-Month Transition Period Ended {date}";
    public string LongTransitionTitlePattern { get; init; } = "{months} Months Ended {date}";

    /// <summary>{year} is the year text ("2012", or "fiscal 2024" off a calendar year).</summary>
    public string QuarterNamePattern { get; init; } = "{ordinal} quarter of {year}";
    public string YearToDateNamePattern { get; init; } = "first {months} months of {year}";
    public string FullYearNamePattern { get; init; } = "{year}";
    public string FiscalYearPattern { get; init; } = "fiscal {year}";
    public string FiscalYearTitlePattern { get; init; } = "Fiscal {year}";
    public string QuarterTitlePattern { get; init; } = "{ordinal} Quarter {year}";
    public string YearToDateTitlePattern { get; init; } = "{months} Months {year}";
    public string CalendarYearTitlePattern { get; init; } = "Year {year}";
    public string MonthsEndedPattern { get; init; } = "{months} Months Ended";
    public string YearEndedText { get; init; } = "Year Ended";

    /// <summary>The span header of a three-month column when the language names it other than by <see cref="MonthsEndedPattern"/> (fr-CA "Trimestre clos le"); null: the pattern.</summary>
    public string? QuarterEndedText { get; init; }

    /// <summary>The period in running text: "second quarter of 2012", "first six months of 2012", "third quarter of fiscal 2024".</summary>
    public string PeriodName(Periods.Period period)
    {
        var year = YearText(period, FiscalYearPattern);
        return period.Kind switch
        {
            Periods.PeriodKind.Transition => Transition(period, period.Months < 12 ? TransitionNamePattern : LongTransitionNamePattern, MonthCounts),
            Periods.PeriodKind.Quarter => Fill(QuarterNamePattern, Ordinals[period.Key.Quarter - 1], year),
            Periods.PeriodKind.YearToDate => Fill(YearToDateNamePattern, MonthWord(MonthCounts, period.Months), year),
            _ => FullYearNamePattern.Replace("{year}", year, StringComparison.Ordinal),
        };
    }

    /// <summary>The heading form: "Second Quarter 2012", "Six Months 2012", "Third Quarter Fiscal 2024", "Year 2012", "Fiscal 2024".</summary>
    public string PeriodTitle(Periods.Period period)
    {
        var year = YearText(period, FiscalYearTitlePattern);
        return period.Kind switch
        {
            Periods.PeriodKind.Transition => Transition(period, period.Months < 12 ? TransitionTitlePattern : LongTransitionTitlePattern, MonthCountTitles),
            Periods.PeriodKind.Quarter => Fill(QuarterTitlePattern, OrdinalTitles[period.Key.Quarter - 1], year),
            Periods.PeriodKind.YearToDate => Fill(YearToDateTitlePattern, MonthWord(MonthCountTitles, period.Months), year),
            _ => period.InForce.IsCalendarYear ? CalendarYearTitlePattern.Replace("{year}", year, StringComparison.Ordinal) : year,
        };
    }

    // Short names: "Q1 2025", "Q1 Fiscal 2025", "6M 2012", "FY2025" (fr-CA "T1 2025", "T1 de l'exercice 2025", "6 mois 2012", "exercice 2025").
    public string ShortQuarterPattern { get; init; } = "Q{quarter} {year}";
    public string ShortYearToDatePattern { get; init; } = "{months}M {year}";
    public string ShortFullYearPattern { get; init; } = "FY{year}";
    public string ShortFiscalYearPattern { get; init; } = "Fiscal {year}";

    /// <summary>The short form of a period for headings: "Q1 Fiscal 2025", "Q2 2012", "6M 2012", "FY2025".</summary>
    public string PeriodShortName(Periods.Period period)
    {
        var n = period.FiscalYear.ToString(CultureInfo.InvariantCulture);
        var year = period.Calendar.IsCalendarYear ? n : ShortFiscalYearPattern.Replace("{year}", n, StringComparison.Ordinal);
        return period.Kind switch
        {
            Periods.PeriodKind.Quarter => ShortQuarterPattern
                .Replace("{quarter}", period.Key.Quarter.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", year, StringComparison.Ordinal),
            Periods.PeriodKind.YearToDate => ShortYearToDatePattern
                .Replace("{months}", period.Months.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", year, StringComparison.Ordinal),
            _ => ShortFullYearPattern.Replace("{year}", n, StringComparison.Ordinal),
        };
    }

    /// <summary>"Three Months Ended", "Six Months Ended", "Year Ended".</summary>
    public string PeriodSpanHeader(Periods.Period period) => period.Kind switch
    {
        Periods.PeriodKind.FullYear => YearEndedText,
        _ when period.Months == 3 && QuarterEndedText is not null => QuarterEndedText,
        _ => MonthsEndedPattern.Replace("{months}", MonthWord(MonthCountTitles, period.Months), StringComparison.Ordinal),
    };

    // ---- short period labels, for table headers (header: calendar | dual) ----
    /// <summary>A calendar quarter: "Q3 2011" ({quarter}, {year}).</summary>
    public string CalendarQuarterLabelPattern { get; init; } = "Q{quarter} {year}";

    /// <summary>A calendar half-year: "H2 2011" ({half}, {year}).</summary>
    public string CalendarHalfLabelPattern { get; init; } = "H{half} {year}";

    /// <summary>A fiscal quarter off a calendar year: "fiscal Q1 2012".</summary>
    public string FiscalQuarterLabelPattern { get; init; } = "fiscal Q{quarter} {year}";

    /// <summary>A year to date: "9M 2012", off a calendar year "fiscal 9M 2012" ({months} in digits).</summary>
    public string YearToDateLabelPattern { get; init; } = "{months}M {year}";
    public string FiscalYearToDateLabelPattern { get; init; } = "fiscal {months}M {year}";

    /// <summary>A transition period ({months}, {year}: the fiscal year it stands for): "transition period".</summary>
    public string TransitionLabelPattern { get; init; } = "transition period";

    /// <summary>Both labels of a period: "Q3 2011 / fiscal Q1 2012".</summary>
    public string DualLabelPattern { get; init; } = "{calendar} / {fiscal}";

    /// <summary>
    /// The calendar period of a period's months: "Q2 2012" (three months starting January, April, July or October),
    /// "H1 2012", "2012" (January to December); null when the months are no calendar period.
    /// </summary>
    public string? CalendarPeriodLabel(Periods.Period period)
    {
        var start = period.Start;
        var year = period.End.Year.ToString(CultureInfo.InvariantCulture);
        return period.Months switch
        {
            3 when (start.Month - 1) % 3 == 0 => CalendarQuarterLabelPattern.Replace("{quarter}", ((start.Month + 2) / 3).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{year}", year, StringComparison.Ordinal),
            6 when start.Month is 1 or 7 => CalendarHalfLabelPattern.Replace("{half}", start.Month == 1 ? "1" : "2", StringComparison.Ordinal).Replace("{year}", year, StringComparison.Ordinal),
            12 when start.Month == 1 => year,
            _ => null,
        };
    }

    /// <summary>The period's short label on its fiscal calendar (the one in force then): "fiscal Q1 2013", "Q3 2011", "fiscal 9M 2012", "fiscal 2013".</summary>
    public string FiscalPeriodLabel(Periods.Period period)
    {
        var calendarYear = period.InForce.IsCalendarYear;
        var year = period.FiscalYear.ToString(CultureInfo.InvariantCulture);
        var pattern = period.Kind switch
        {
            Periods.PeriodKind.Quarter => calendarYear ? CalendarQuarterLabelPattern : FiscalQuarterLabelPattern,
            Periods.PeriodKind.YearToDate => calendarYear ? YearToDateLabelPattern : FiscalYearToDateLabelPattern,
            Periods.PeriodKind.Transition => TransitionLabelPattern,
            _ => calendarYear ? "{year}" : FiscalYearPattern,
        };
        return pattern.Replace("{quarter}", period.Key.Quarter.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{months}", period.Months.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", year, StringComparison.Ordinal);
    }

    /// <summary>"Q3 2011 / fiscal Q1 2012"; one label when both say the same (a calendar-year issuer) or the months are no calendar period.</summary>
    public string DualPeriodLabel(Periods.Period period)
    {
        var fiscal = FiscalPeriodLabel(period);
        var calendar = CalendarPeriodLabel(period);
        // On a calendar-year calendar both labels name the same months ("H1 2012", "6M 2012"): print one.
        if (period.InForce.IsCalendarYear && period.Kind != Periods.PeriodKind.Transition) return calendar ?? fiscal;
        return calendar is not null && calendar != fiscal
            ? DualLabelPattern.Replace("{calendar}", calendar, StringComparison.Ordinal).Replace("{fiscal}", fiscal, StringComparison.Ordinal)
            : fiscal;
    }

    /// <summary>The month count in words where the language has the word, else in digits.</summary>
    private static string MonthWord(IReadOnlyDictionary<int, string> words, int months) =>
        words.TryGetValue(months, out var word) ? word : months.ToString(CultureInfo.InvariantCulture);

    private string Transition(Periods.Period period, string pattern, IReadOnlyDictionary<int, string> words) => pattern
        .Replace("{months}", MonthWord(words, period.Months), StringComparison.Ordinal)
        .Replace("{date}", FormatLongDate(period.End), StringComparison.Ordinal);

    private static string YearText(Periods.Period period, string fiscalPattern)
    {
        var n = period.FiscalYear.ToString(CultureInfo.InvariantCulture);
        return period.InForce.IsCalendarYear ? n : fiscalPattern.Replace("{year}", n, StringComparison.Ordinal);
    }

    private static string Fill(string pattern, string word, string year) => pattern
        .Replace("{ordinal}", word, StringComparison.Ordinal)
        .Replace("{months}", word, StringComparison.Ordinal)
        .Replace("{year}", year, StringComparison.Ordinal);

    // ---- times ----
    public string Am { get; init; } = "a.m.";
    public string Pm { get; init; } = "p.m.";
    public string Noon { get; init; } = "noon";
    public string Midnight { get; init; } = "midnight";

    /// <summary>24-hour clock ("11 h", "14 h 30") instead of AP style ("11 a.m.", "2:30 p.m.").</summary>
    public bool TwentyFourHourClock { get; init; }

    /// <summary>24-hour clock forms: {h} hour, {mm} two-digit minutes.</summary>
    public string HourPattern { get; init; } = "{h}:00";

    public string HourMinutePattern { get; init; } = "{h}:{mm}";

    /// <summary>A time in a zone: "{time} {zone}" ("11 a.m. Eastern").</summary>
    public string TimeInZonePattern { get; init; } = "{time} {zone}";

    /// <summary>Appended when a zone's local date differs from the first zone's: " on {date}".</summary>
    public string OtherDatePattern { get; init; } = "{time} on {date}";

    /// <summary>The other zones after the first: " ({0})", joined by <see cref="ListSeparator"/>.</summary>
    public string AlsoZonesPattern { get; init; } = " ({0})";

    /// <summary>
    /// Names of time zones in prose, by tz database id. North American zones read by their region
    /// (Eastern, Central, Mountain, Pacific, Atlantic, Newfoundland) whether standard or daylight time
    /// applies; zones not listed here read as their abbreviation at that instant ("BST", "CET").
    /// </summary>
    public IReadOnlyDictionary<string, string> ZoneNames { get; init; } = NorthAmericanZoneNames();


    /// <summary>
    /// The number format built from <see cref="GroupSeparator"/>, <see cref="DecimalSeparator"/> and
    /// <see cref="NegativeSign"/> on the invariant culture (never the machine's). Looked up by those three
    /// strings, not kept on the record: a record copied with <c>with</c> must not keep its source's format.
    /// </summary>
    public NumberFormatInfo NumberFormat =>
        NumberFormats.GetOrAdd((GroupSeparator, DecimalSeparator, NegativeSign), static key => BuildNumberFormat(key.Group, key.Decimal, key.Negative));

    // Formatting a figure asked for a new format each time (two clones per number, thousands per batch).
    // Keyed by the separators, so the cache holds one entry per distinct style, a handful per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Group, string Decimal, string Negative), NumberFormatInfo> NumberFormats = new();

    private static NumberFormatInfo BuildNumberFormat(string group, string @decimal, string negative)
    {
        var nfi = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        nfi.NumberGroupSeparator = group;
        nfi.NumberDecimalSeparator = @decimal;
        nfi.NegativeSign = negative;
        nfi.NumberGroupSizes = [3];
        return NumberFormatInfo.ReadOnly(nfi);
    }

    /// <summary>Formats an already rounded number with group separators and exactly <paramref name="decimals"/> decimals.</summary>
    public string FormatNumber(decimal rounded, int decimals)
    {
        if (rounded == 0m) rounded = 0m; // no "-0"
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), NumberFormat);
    }

    public string FormatPercent(string number) => string.Format(CultureInfo.InvariantCulture, PercentPattern, number);

    /// <summary>"{0} million" around an already formatted number; the plural pattern from 2 million up.</summary>
    public string FormatMillions(string number, decimal millions) =>
        string.Format(CultureInfo.InvariantCulture, Math.Abs(millions) >= 2m && MillionsPattern is not null ? MillionsPattern : MillionPattern, number);

    /// <summary>A rounded money amount: "$1,234", "-$12" (fr-CA "1 234 $", "-12 $").</summary>
    public string FormatCurrency(decimal rounded, int decimals)
    {
        var text = string.Format(CultureInfo.InvariantCulture, CurrencyPattern, FormatNumber(Math.Abs(rounded), decimals));
        return rounded < 0m ? NegativeSign + text : text;
    }

    /// <summary>A figure as it prints in a table or when a template writes it as it is: the metric's decimals, a percent sign for percent units.</summary>
    public string FormatFigure(Model.Figure figure)
    {
        var number = FormatNumber(figure.Rounded, figure.Decimals);
        return figure.Metric.ShowsPercentSign ? FormatPercent(number) : number;
    }

    /// <summary>The long date form ("June 30, 2012"; fr-CA "30 juin 2012").</summary>
    public string FormatLongDate(DateOnly date) => FormatDate(date, LongDatePattern, MonthNames);

    public string FormatDate(DateOnly date, string pattern, IReadOnlyList<string> months) => pattern
        .Replace("{weekday}", DayNames[(int)date.DayOfWeek], StringComparison.Ordinal)
        .Replace("{month}", months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{day}", date.Day == 1 && FirstDayOfMonth is not null ? FirstDayOfMonth : date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>AP time: "11 a.m.", "2:30 p.m.", "noon", "midnight", "12:30 a.m.".</summary>
    public string FormatTime(int hour, int minute)
    {
        if (TwentyFourHourClock)
            return (minute == 0 ? HourPattern : HourMinutePattern)
                .Replace("{h}", hour.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{mm}", minute.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (minute == 0 && hour == 12) return Noon;
        if (minute == 0 && hour == 0) return Midnight;
        var h12 = hour % 12 == 0 ? 12 : hour % 12;
        var suffix = hour < 12 ? Am : Pm;
        var clock = minute == 0
            ? h12.ToString(CultureInfo.InvariantCulture)
            : h12.ToString(CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);
        return clock + " " + suffix;
    }

    /// <summary>Joins items: "a", "a and b", "a, b and c" (serial comma per <see cref="SerialComma"/>).</summary>
    public string JoinList(IReadOnlyList<string> items, string? conjunction = null)
    {
        // Scriban passes an omitted optional string as "", not null.
        var and = string.IsNullOrEmpty(conjunction) ? DefaultConjunction : conjunction;
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            2 => $"{items[0]} {and} {items[1]}",
            _ => string.Join(ListSeparator, items.Take(items.Count - 1))
                 + (SerialComma ? ListSeparator.TrimEnd() + " " : " ") + and + " " + items[^1],
        };
    }
}
