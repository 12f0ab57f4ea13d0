using System.Globalization;
using System.Text.RegularExpressions;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Tieout;

/// <summary>A number found in the final document's text, as printed.</summary>
/// <param name="Start">Index of the first character (the sign, currency or number) in the block's text.</param>
/// <param name="Printed">The number as written, without scale: 3.7 in "3.7 million".</param>
/// <param name="Decimals">The printed precision: digits after the decimal separator.</param>
/// <param name="Scale">1, or 1,000,000 for "million".</param>
/// <param name="Approximate">Preceded by "approximately", "about" ... (fr "environ").</param>
public sealed record NumberToken(int Start, int Length, string Text, decimal Printed, int Decimals, decimal Scale, bool IsPercent, bool IsMoney, bool Approximate)
{
    public decimal Value => Printed * Scale;

    public int End => Start + Length;

    /// <summary>One unit of the last printed digit, at scale: 0.1 million = 100,000.</summary>
    public decimal Unit => Scale / Pow10(Decimals);

    internal static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10m;
        return r;
    }
}

/// <summary>Something number-like that is recognised and not a figure: a year, a date, a phone number, a note mark ...</summary>
public sealed record RecognisedSpan(int Start, int Length, string Kind, string Text);

/// <summary>A date in the text ("Tuesday, August 7, 2012"), with the weekday as printed (null when none).</summary>
public sealed record DateMention(int Start, int Length, DateOnly Date, string? Weekday, int WeekdayStart);

/// <summary>A time of day with its zone name ("11 a.m. Eastern").</summary>
public sealed record TimeMention(int Start, int Length, int Hour, int Minute, string? Zone);

/// <summary>What the scanner found in one block of text.</summary>
public sealed record ScannedText(IReadOnlyList<NumberToken> Numbers, IReadOnlyList<RecognisedSpan> Recognised, IReadOnlyList<DateMention> Dates, IReadOnlyList<TimeMention> Times);

/// <summary>
/// Finds numbers in text in a locale's forms (LanguageSettings: group and decimal separators, percent
/// and currency patterns, "million"/"millions", month and day names, clock forms and zone names), and
/// the number-like things that are not figures: years, dates, times, phone numbers, web addresses,
/// citations ("National Instrument 43-101", "Section 27A"), identifiers ("Q2"), page numbers and note
/// marks ("(1)", a superscript after a word).
/// </summary>
public sealed partial class NumberScanner
{
    private readonly LanguageSettings _language;
    private readonly TieoutVocabulary _words;
    private readonly Regex _number;
    private readonly Regex _weekdayDate;
    private readonly Regex _longDate;
    private readonly Regex _time;
    private readonly Regex _page;

    public NumberScanner(LanguageSettings language)
    {
        _language = language;
        _words = TieoutVocabulary.For(language);
        var group = language.GroupSeparator == "," ? "," : "[\u00A0\u202F ]";
        var dec = Regex.Escape(language.DecimalSeparator);
        var space = "[ \u00A0\u202F]?";
        var scales = string.Join("|", _words.Millions.Select(Regex.Escape));
        var french = language.LanguageCode == "fr";
        var currencyBefore = french ? "" : @"(?<cur>(?:US|C|A)?\$)?";
        var currencyAfter = french ? $@"(?:{space}(?<cur2>\$(?:{space}US)?))?" : "";
        _number = new Regex(
            $@"(?<![\w{Regex.Escape(language.DecimalSeparator)}])(?<neg>[-\u2212])?{currencyBefore}(?<num>\d{{1,3}}(?:{group}\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?)(?![\w])(?:{space}(?<pct>%))?{currencyAfter}(?:\s(?<scale>{scales})\b)?",
            RegexOptions.CultureInvariant);
        var months = string.Join("|", language.MonthNames.Select(Regex.Escape));
        var days = string.Join("|", language.DayNames.Select(Regex.Escape));
        string DatePattern(string pattern) => Regex.Escape(pattern)
            .Replace(@"\{weekday}", $"(?<weekday>{days})", StringComparison.Ordinal)
            .Replace(@"\{month}", $"(?<month>{months})", StringComparison.Ordinal)
            .Replace(@"\{day}", @"(?<day>1er|\d{1,2})", StringComparison.Ordinal)
            .Replace(@"\{year}", @"(?<year>\d{4})", StringComparison.Ordinal)
            .Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        _weekdayDate = new Regex(DatePattern(language.WeekdayDatePattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        _longDate = new Regex(DatePattern(language.LongDatePattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var zones = string.Join("|", language.ZoneNames.Values.Distinct().OrderByDescending(z => z.Length).Select(Regex.Escape));
        var clock = language.TwentyFourHourClock
            ? @"(?<h>\d{1,2})\s?h(?:\s?(?<m>\d{2}))?\b"
            : $@"(?<h>\d{{1,2}})(?::(?<m>\d{{2}}))?\s?(?<ampm>{Regex.Escape(language.Am)}|{Regex.Escape(language.Pm)})";
        var zoneAfter = Regex.Escape(language.TimeInZonePattern).Replace(@"\{time}", "", StringComparison.Ordinal).Replace(@"\{zone}", $"(?<zone>{zones})", StringComparison.Ordinal).Replace(@"\ ", @"\s", StringComparison.Ordinal);
        _time = new Regex($"{clock}(?:{zoneAfter})?", RegexOptions.CultureInvariant);
        _page = new Regex(Regex.Escape(language.PageNumberPattern).Replace(@"\{page}", @"\d+", StringComparison.Ordinal).Replace(@"\{pages}", @"\d+", StringComparison.Ordinal).Replace(@"\ ", @"\s", StringComparison.Ordinal), RegexOptions.CultureInvariant);
    }

    public LanguageSettings Language => _language;

    public ScannedText Scan(string text)
    {
        var recognised = new List<RecognisedSpan>();
        var dates = new List<DateMention>();
        var times = new List<TimeMention>();
        var masked = text.ToCharArray();

        void Mask(int start, int length, string kind)
        {
            recognised.Add(new RecognisedSpan(start, length, kind, text.Substring(start, length)));
            for (var i = start; i < start + length; i++) masked[i] = ' ';
        }

        foreach (Match m in Address().Matches(text)) Mask(m.Index, m.Length, "web address");
        foreach (Match m in _page.Matches(new string(masked))) Mask(m.Index, m.Length, "page number");
        foreach (var regex in new[] { _weekdayDate, _longDate })
        {
            foreach (Match m in regex.Matches(new string(masked)))
            {
                if (ToDate(m) is { } date)
                    dates.Add(new DateMention(m.Index, m.Length, date, m.Groups["weekday"].Success ? m.Groups["weekday"].Value : null, m.Groups["weekday"].Index));
                Mask(m.Index, m.Length, "date");
            }
        }
        foreach (Match m in _time.Matches(new string(masked)))
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["ampm"].Success)
            {
                var pm = m.Groups["ampm"].Value == _language.Pm;
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59) continue;
            times.Add(new TimeMention(m.Index, m.Length, hour, minute, m.Groups["zone"].Success ? m.Groups["zone"].Value : null));
            Mask(m.Index, m.Length, "time");
        }
        foreach (Match m in Phone().Matches(new string(masked))) Mask(m.Index, m.Length, "phone number");
        foreach (Match m in _words.Citation.Matches(new string(masked))) Mask(m.Groups["n"].Index, m.Groups["n"].Length, "citation");
        foreach (Match m in InstrumentNumber().Matches(new string(masked))) Mask(m.Index, m.Length, "citation");
        foreach (Match m in _words.Identifier.Matches(new string(masked))) Mask(m.Groups["n"].Index, m.Groups["n"].Length, "identifier");
        foreach (Match m in Alphanumeric().Matches(new string(masked))) Mask(m.Index, m.Length, "identifier");
        foreach (Match m in NoteMark().Matches(new string(masked))) Mask(m.Index, m.Length, "note mark");
        foreach (Match m in LeadingMark().Matches(new string(masked))) Mask(m.Groups["n"].Index, m.Groups["n"].Length, "note mark");

        var numbers = new List<NumberToken>();
        var scan = new string(masked);
        foreach (Match m in _number.Matches(scan))
        {
            var digits = m.Groups["num"].Value;
            var isPercent = m.Groups["pct"].Success;
            var isMoney = m.Groups["cur"].Success || m.Groups["cur2"].Success;
            var hasScale = m.Groups["scale"].Success;
            if (!isPercent && !isMoney && !hasScale && IsYear(digits))
            {
                Mask(m.Index, m.Length, "year");
                continue;
            }
            // Group separators go; a decimal comma (French) becomes a point.
            var normalized = _language.DecimalSeparator == ","
                ? digits.Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "").Replace(",", ".")
                : Regex.Replace(digits, "[,\u00A0\u202F ]", "");
            if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var printed)) continue;
            var decimals = normalized.Contains('.', StringComparison.Ordinal) ? normalized.Length - normalized.IndexOf('.') - 1 : 0;
            if (m.Groups["neg"].Success) printed = -printed;
            var scale = hasScale ? _words.ScaleOf(m.Groups["scale"].Value) : 1m;
            var before = text[..m.Index];
            var approximate = _words.Approximately.IsMatch(before);
            var start = m.Index;
            var length = m.Length;
            // "($19)": an accounting negative.
            if (start > 0 && text[start - 1] == '(' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ')' && !m.Groups["neg"].Success)
            {
                printed = -printed;
                start--;
                length += 2;
            }
            numbers.Add(new NumberToken(start, length, text.Substring(start, length), printed, decimals, scale, isPercent, isMoney, approximate));
        }
        // "2.2 to 2.5 million": the scale of the range's end belongs to its start too.
        for (var i = 0; i + 1 < numbers.Count; i++)
        {
            var a = numbers[i];
            var b = numbers[i + 1];
            if (a.Scale != 1m || b.Scale == 1m) continue;
            var between = text[a.End..b.Start];
            if (_words.RangeJoin.IsMatch(between))
                numbers[i] = a with { Scale = b.Scale };
        }
        recognised.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new ScannedText(numbers, recognised, dates, times);
    }

    private DateOnly? ToDate(Match m)
    {
        var month = _language.MonthNames.Select((n, i) => (n, i)).FirstOrDefault(x => string.Equals(x.n, m.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)).i + 1;
        var dayText = m.Groups["day"].Value == "1er" ? "1" : m.Groups["day"].Value;
        if (!int.TryParse(dayText, CultureInfo.InvariantCulture, out var day) || !int.TryParse(m.Groups["year"].Value, CultureInfo.InvariantCulture, out var year)) return null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)) return null;
        return new DateOnly(year, month, day);
    }

    private static bool IsYear(string digits) =>
        digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099;

    [GeneratedRegex(@"(?:https?://|mailto:|www\.)[^\s)<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<![\w-])(?:\+?1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // Canadian instrument numbers: 43-101, 51-102, 52-112.
    [GeneratedRegex(@"(?<![\w-])\d{2}-\d{3}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentNumber();

    // Digits joined to letters: Q2, 27A, 21E, S-1300.
    [GeneratedRegex(@"(?<![\w])(?:\d+[A-Za-z]+\w*|[A-Za-z]+-?\d+\w*)(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Alphanumeric();

    // "(1)" right after a word or figure; a superscript digit glued to a closing parenthesis: "(GEOs)1".
    [GeneratedRegex(@"(?<=\S)\(\d{1,2}\)|(?<=\))\d{1,2}(?![\d.,%])", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMark();

    // A footnote or table note opening with its mark: "(1) Gold-equivalent ...", "1 Gold-equivalent ...".
    [GeneratedRegex(@"^\s*(?<n>\(\d{1,2}\)|\d{1,2})\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMark();
}
