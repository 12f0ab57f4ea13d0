namespace ReleaseGen.Templating.Functions;

/// <summary>
/// The words and formats of Canadian French (fr-CA), following the usual typographic conventions of
/// Canadian French business writing (Office québécois de la langue française): a space between digit
/// groups and before the percent and dollar signs (a no-break space, U+00A0, so a line never breaks
/// inside a figure), a decimal comma, "le 16 juillet 2012", the 24-hour clock "11 h" / "14 h 30", and
/// time zones named "heure de l'Est".
/// </summary>
internal static class FrenchCanadaSettings
{
    public const string NoBreakSpace = "\u00A0";

    /// <summary>The fr-CA settings, built anew on each call (a test sees every word; production calls it once).</summary>
    public static LanguageSettings Create()
    {
        var regionNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Eastern"] = "heure de l'Est",
            ["Central"] = "heure du Centre",
            ["Mountain"] = "heure des Rocheuses",
            ["Pacific"] = "heure du Pacifique",
            ["Atlantic"] = "heure de l'Atlantique",
            ["Newfoundland"] = "heure de Terre-Neuve",
        };
        return LanguageSettings.Default with
        {
            Locale = "fr-CA",

            Higher = "en hausse",
            Lower = "en baisse",
            More = "de plus",
            Fewer = "de moins",
            Improved = "en amélioration",
            Declined = "en détérioration",
            Unchanged = "stable",
            Approximately = "environ",
            ChangePattern = "{word} de {pct}",
            ApproximateChangePattern = "{word} d'{approx} {pct}",
            MorePattern = "{pct} {word}",
            ApproximateMorePattern = "{approx} {pct} {word}",
            Increased = "a augmenté",
            Decreased = "a diminué",
            WasUnchanged = "n'a pas varié",
            VerbPattern = "{verb} de {pct}",
            VerbToPattern = "{verb} de {pct} pour s'établir à {value}",
            UnchangedAtPattern = "n'a pas varié, à {value}",
            WasPattern = "a atteint {value}",
            Increase = "hausse",
            Decrease = "baisse",
            NounPattern = "une {noun} de {pct}",
            NoChange = "aucune variation",
            Up = "en hausse",
            Down = "en baisse",
            UpPattern = "{word} de {pct}",
            BetweenPattern = "entre {0} et {1}",
            ThousandPattern = "{0} mille",
            ArticleFor = null,

            SerialComma = false,
            ListSeparator = ", ",
            ListingPattern = "({exchange}" + NoBreakSpace + ": {symbol})",
            CombinedListingPattern = "{exchanges}" + NoBreakSpace + ": {symbol}",
            DefaultConjunction = "et",

            GroupSeparator = NoBreakSpace,
            DecimalSeparator = ",",
            PercentPattern = "{0}" + NoBreakSpace + "%",
            MillionPattern = "{0} million",
            MillionsPattern = "{0} millions",
            CurrencyPattern = "{0}" + NoBreakSpace + "$",
            RangePattern = "{0} à {1}",
            CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["CAD"] = "$", ["USD"] = "$" + NoBreakSpace + "US", ["AUD"] = "$" + NoBreakSpace + "AU", ["EUR"] = "€", ["GBP"] = "£",
            },
            MoneyPattern = "{0}" + NoBreakSpace + "{symbol}",
            NotMeaningful = "n.s.",
            NotAvailable = "s.o.",
            PercentChangeHeader = "Variation (%)",
            ChangeHeader = "Variation",
            PageNumberPattern = "Page {page} de {pages}",
            ForwardLookingMarkers = ["prospecti"],
            UpdatePolicyPattern = @"(?is)\b(mettre|mise)\s+à\s+jour\b",
            NonGaapCautionPattern = @"(?i)\bnormalisée?s?\b",

            MonthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            // French has no AP style; the abbreviated forms of the OQLF.
            ApMonthNames = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."],
            DayNames = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
            FirstDayOfMonth = "1er",
            LongDatePattern = "{day} {month} {year}",
            WeekdayDatePattern = "{weekday} {day} {month} {year}",

            Ordinals = ["premier", "deuxième", "troisième", "quatrième", "cinquième"],
            OrdinalTitles = ["Premier", "Deuxième", "Troisième", "Quatrième", "Cinquième"],
            // One month stays in digits: "de 1 mois" (the word would need "d'un mois").
            MonthCounts = LanguageSettings.Words(null, "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et un", "vingt-deux", "vingt-trois"),
            MonthCountTitles = LanguageSettings.Words(null, "Deux", "Trois", "Quatre", "Cinq", "Six", "Sept", "Huit", "Neuf", "Dix", "Onze", "Douze",
                "Treize", "Quatorze", "Quinze", "Seize", "Dix-sept", "Dix-huit", "Dix-neuf", "Vingt", "Vingt et un", "Vingt-deux", "Vingt-trois"),
            CalendarQuarterLabelPattern = "T{quarter} {year}",
            CalendarHalfLabelPattern = "S{half} {year}",
            FiscalQuarterLabelPattern = "T{quarter} de l'exercice {year}",
            YearToDateLabelPattern = "{months} mois {year}",
            FiscalYearToDateLabelPattern = "{months} mois de l'exercice {year}",
            TransitionLabelPattern = "période de transition",
            TransitionNamePattern = "période de transition de {months} mois close le {date}",
            LongTransitionNamePattern = "{months} mois clos le {date}",
            TransitionTitlePattern = "Période de transition de {months} mois close le {date}",
            LongTransitionTitlePattern = "{months} mois clos le {date}",
            QuarterNamePattern = "{ordinal} trimestre de {year}",
            YearToDateNamePattern = "{months} premiers mois de {year}",
            FullYearNamePattern = "{year}",
            FiscalYearPattern = "l'exercice {year}",
            FiscalYearTitlePattern = "l'exercice {year}",
            QuarterTitlePattern = "{ordinal} trimestre de {year}",
            YearToDateTitlePattern = "{months} premiers mois de {year}",
            CalendarYearTitlePattern = "Année {year}",
            MonthsEndedPattern = "{months} mois clos le",
            QuarterEndedText = "Trimestre clos le",
            YearEndedText = "Exercice clos le",
            ShortQuarterPattern = "T{quarter} {year}",
            ShortYearToDatePattern = "{months} mois {year}",
            ShortFullYearPattern = "exercice {year}",
            ShortFiscalYearPattern = "de l'exercice {year}",

            TwentyFourHourClock = true,
            HourPattern = "{h} h",
            HourMinutePattern = "{h} h {mm}",
            TimeInZonePattern = "{time} ({zone})",
            OtherDatePattern = "{time} le {date}",
            AlsoZonesPattern = ", soit {0}",
            ZoneNames = LanguageSettings.DefaultZoneNames.ToDictionary(z => z.Key, z => regionNames[z.Value], StringComparer.Ordinal),
        };
    }
}
