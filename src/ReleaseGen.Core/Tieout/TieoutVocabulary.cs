using System.Text.RegularExpressions;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Tieout;

/// <summary>Which way a claim says a figure moved.</summary>
public enum ClaimDirection
{
    Up,
    Down,

    /// <summary>Better news ("improvement", "en amélioration"): up for a higher-is-better metric, down for a cost.</summary>
    Better,

    /// <summary>Worse news ("deterioration").</summary>
    Worse,
}

/// <summary>
/// The words tie-out reads in a language besides those <see cref="LanguageSettings"/> prints: words
/// that qualify a number ("approximately"), say which way it moved ("up", "a 9% improvement"), name
/// a unit ("ounces", "tpd"), a relative period ("a year earlier") or introduce a citation or an
/// identifier ("Section", "account"). English and French; a locale reads its language's words.
/// </summary>
public sealed record TieoutVocabulary
{
    public required IReadOnlyList<string> Millions { get; init; }

    /// <summary>The text before a number ends with an approximation word.</summary>
    public required Regex Approximately { get; init; }

    /// <summary>The text between two numbers of a range: " to ".</summary>
    public required Regex RangeJoin { get; init; }

    /// <summary>A number cited after a word such as Section or Instrument (group "n").</summary>
    public required Regex Citation { get; init; }

    /// <summary>A number used as an identifier: "account 286", "conference ID 396537" (group "n").</summary>
    public required Regex Identifier { get; init; }

    /// <summary>Direction words right after a percent: "14% higher", "17% more", "a 9% improvement".</summary>
    public required Regex DirectionAfter { get; init; }

    /// <summary>Direction words right before a percent: "up 14%", "increased by 14%", "en hausse d'environ 14 %".</summary>
    public required Regex DirectionBefore { get; init; }

    /// <summary>A direction without a number: "was lower than".</summary>
    public required Regex DirectionThan { get; init; }

    /// <summary>The direction words that do not read as rising: falling, better or worse news. Any other word of the direction patterns rises.</summary>
    public required IReadOnlyDictionary<string, ClaimDirection> Directions { get; init; }

    /// <summary>Unit words after a number, to the metric unit they mean ("ounces" to oz; "tpd" to t/d, a daily rate of tonnes).</summary>
    public required IReadOnlyList<(Regex Pattern, string Unit)> Units { get; init; }

    /// <summary>Relative period phrases: "the quarter", "the year to date", "a year earlier", "the same period of 2011" (group "year").</summary>
    public required IReadOnlyList<(Regex Pattern, RelativePeriod Period)> RelativePeriods { get; init; }

    /// <summary>Words that say a sentence is about production (favouring metal-quantity metrics).</summary>
    public required IReadOnlyList<string> ProductionWords { get; init; }

    public decimal ScaleOf(string word) => word.StartsWith("billion", StringComparison.OrdinalIgnoreCase) || word.StartsWith("milliard", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000m : 1_000_000m;

    public ClaimDirection DirectionOf(string word) =>
        Directions.TryGetValue(Normalize(word), out var d) ? d : ClaimDirection.Up;

    private static string Normalize(string word) => Regex.Replace(word.ToLowerInvariant().Replace('\u2019', '\''), @"\s+", " ").Trim();

    public static TieoutVocabulary For(LanguageSettings language) => language.LanguageCode == "fr" ? French : English;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public static TieoutVocabulary English { get; } = new()
    {
        Millions = ["million", "billion"],
        Approximately = new(@"\b(?:approximately|about|around|roughly|nearly|almost|some|close to|an estimated|approx\.)\s+(?:[-\u2212]?(?:US|C|A)?\$)?$", Options),
        RangeJoin = new(@"^\s*(?:to|and|-|\u2013)\s*(?:(?:US|C|A)?\$)?$", Options),
        Citation = new(@"\b(?:Instrument|Section|Sections|Part|Item|Rule|subpart|Regulation|Form|Schedule|Article|Note|Exhibit|Act of)\s+(?<n>\d[\w.\-()]*)", Options),
        Identifier = new(@"\b(?:account|conference ID|ID|code|PIN|passcode|access code|extension|ext\.)\s*:?\s+(?<n>\d+)", Options),
        DirectionAfter = new(@"^\s*(?<word>higher|lower|more|fewer|less|greater|increase|decrease|improvement|decline|deterioration|rise|drop|gain|reduction)\b", Options),
        DirectionBefore = new(@"\b(?<word>up|down|higher|lower|increased|decreased|rose|fell|grew|declined|improved|dropped|gained|climbed|increase|decrease|improvement|reduction|decline|rise)\s+(?:by\s+|of\s+)?(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", Options),
        DirectionThan = new(@"\b(?:was|were|is|are|been|remained)\s+(?<word>higher|lower|greater|less)\s+than\b", Options),
        Directions = new Dictionary<string, ClaimDirection>(StringComparer.Ordinal)
        {
            ["lower"] = ClaimDirection.Down, ["fewer"] = ClaimDirection.Down, ["less"] = ClaimDirection.Down, ["decrease"] = ClaimDirection.Down,
            ["down"] = ClaimDirection.Down, ["decreased"] = ClaimDirection.Down, ["fell"] = ClaimDirection.Down, ["declined"] = ClaimDirection.Down,
            ["decline"] = ClaimDirection.Down, ["drop"] = ClaimDirection.Down, ["dropped"] = ClaimDirection.Down, ["reduction"] = ClaimDirection.Down,
            ["improvement"] = ClaimDirection.Better, ["improved"] = ClaimDirection.Better, ["deterioration"] = ClaimDirection.Worse,
        },
        Units =
        [
            (new(@"^\s*-?\s*(?:tonnes|tons|t)\s+per\s+day\b|^\s*-?\s*(?:tpd|t/d)\b", Options), "t/d"),
            (new(@"^\s*-?\s*(?:grams|g)\s+per\s+tonne\b|^\s*-?\s*g/t\b", Options), "g/t"),
            (new(@"^\s*-?\s*(?:gold-equivalent\s+)?(?:ounces|ounce|oz)\b", Options), "oz"),
            (new(@"^\s*-?\s*(?:pounds|pound|lbs|lb)\b", Options), "lb"),
            (new(@"^\s*-?\s*(?:tonnes|tonne|tons|t)\b", Options), "t"),
            (new(@"^\s*-?\s*(?:metres|metre|meters|meter|m)\b", Options), "m"),
            (new(@"^\s*-?\s*(?:days|day)\b", Options), "days"),
        ],
        RelativePeriods =
        [
            (new(@"\bthe same period (?:of|in) (?<year>\d{4})\b|\bthe same period (?:of|in) fiscal (?<year>\d{4})\b", Options), RelativePeriod.SamePeriodOfYear),
            (new(@"\ba year earlier\b|\ba year ago\b|\bthe (?:prior|previous) year\b|\blast year\b|\bthe same period (?:of|in) the (?:prior|previous) year\b|\bthe same period last year\b", Options), RelativePeriod.PriorYear),
            (new(@"\bthe (?:previous|prior|preceding) quarter\b|\blast quarter\b", Options), RelativePeriod.PreviousQuarter),
            (new(@"\b(?:the|this) (?:current )?quarter\b", Options), RelativePeriod.Quarter),
            (new(@"\b(?:the )?year[- ]to[- ]date\b", Options), RelativePeriod.YearToDate),
        ],
        ProductionWords = ["production", "produced", "output"],
    };

    public static TieoutVocabulary French { get; } = new()
    {
        Millions = ["millions", "million", "milliards", "milliard"],
        Approximately = new(@"(?:\benviron|\bprès de|\bquelque|\bapproximativement|\bd['\u2019]environ)\s*$", Options),
        RangeJoin = new(@"^\s*(?:à|et|-|\u2013)\s*$", Options),
        Citation = new(@"\b(?:Norme canadienne|Règlement|article|articles|partie|annexe|section|Instrument|subpart|Section|Act of)\s+(?<n>\d[\w.\-()]*)", Options),
        Identifier = new(@"\b(?:compte|code|numéro de conférence|ID de conférence|ID|NIP|poste)\s*:?\s+(?<n>\d+)", Options),
        DirectionAfter = new(@"^\s*(?<word>de plus|de moins|supérieure?s?|inférieure?s?)\b", Options),
        DirectionBefore = new(@"(?<word>en hausse|en baisse|en amélioration|en détérioration|une hausse|une baisse|une augmentation|une diminution|une amélioration|augmenté|diminué|progressé|reculé)\s+(?:de\s+|d['\u2019]\s*)?(?:environ\s+)?$", Options),
        DirectionThan = new(@"\b(?:était|étaient|est|sont|a été)\s+(?<word>supérieure?s?|inférieure?s?)\s+(?:à|au|aux)\b", Options),
        Directions = new Dictionary<string, ClaimDirection>(StringComparer.Ordinal)
        {
            ["de moins"] = ClaimDirection.Down, ["en baisse"] = ClaimDirection.Down, ["une baisse"] = ClaimDirection.Down, ["une diminution"] = ClaimDirection.Down,
            ["diminué"] = ClaimDirection.Down, ["reculé"] = ClaimDirection.Down, ["inférieur"] = ClaimDirection.Down, ["inférieure"] = ClaimDirection.Down,
            ["inférieurs"] = ClaimDirection.Down, ["inférieures"] = ClaimDirection.Down,
            ["en amélioration"] = ClaimDirection.Better, ["une amélioration"] = ClaimDirection.Better, ["en détérioration"] = ClaimDirection.Worse,
        },
        Units =
        [
            (new(@"^\s*-?\s*tonnes\s+par\s+jour\b|^\s*-?\s*t/j\b", Options), "t/d"),
            (new(@"^\s*-?\s*grammes\s+par\s+tonne\b|^\s*-?\s*g/t\b", Options), "g/t"),
            (new(@"^\s*-?\s*(?:de\s+|d['\u2019]\s*)?(?:onces|once|oz)\b", Options), "oz"), // "millions d'onces"
            (new(@"^\s*-?\s*(?:de\s+)?(?:livres|livre|lb)\b", Options), "lb"),
            (new(@"^\s*-?\s*(?:de\s+)?(?:tonnes|tonne|t)\b", Options), "t"),
            (new(@"^\s*-?\s*(?:mètres|mètre|m)\b", Options), "m"),
            (new(@"^\s*-?\s*(?:jours|jour)\b", Options), "days"),
        ],
        RelativePeriods =
        [
            (new(@"\bla même période (?:de|en) (?<year>\d{4})\b|\bla même période de l['\u2019]exercice (?<year>\d{4})\b", Options), RelativePeriod.SamePeriodOfYear),
            (new(@"\bun an plus tôt\b|\bl['\u2019]an dernier\b|\bl['\u2019]exercice précédent\b|\bl['\u2019]année précédente\b", Options), RelativePeriod.PriorYear),
            (new(@"\ble trimestre précédent\b|\bau trimestre précédent\b|\bdu trimestre précédent\b", Options), RelativePeriod.PreviousQuarter),
            (new(@"\b(?:le|du|au|ce) trimestre\b(?!\s+précédent)", Options), RelativePeriod.Quarter),
            (new(@"\bdepuis le début de l['\u2019](?:exercice|année)\b|\bcumul annuel\b", Options), RelativePeriod.YearToDate),
        ],
        ProductionWords = ["production", "produit"], // read as contained: "produit" finds "produits", "produites"
    };
}

/// <summary>A period named relative to the sentence's own period or to the release's.</summary>
public enum RelativePeriod
{
    Quarter,
    YearToDate,
    PreviousQuarter,
    PriorYear,
    SamePeriodOfYear,
}
