using System.Globalization;
using System.Text.RegularExpressions;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Tables;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Tieout;

/// <summary>
/// Ticks and ties a final document against a built release: every table is matched to a data table
/// and tied cell by cell; every number in running text is tied to a figure (with its unit and stated
/// period), a per-day rate, a fact or a number the templates computed; percent and direction claims
/// are recomputed from the figures they compare; weekdays are checked against dates and times against
/// the call's zones. Each number gets a <see cref="TieMark"/>; each problem one diagnostic.
/// </summary>
public sealed partial class TieoutEngine
{
    private readonly ReleaseDocument _release;
    private readonly LanguageSettings _language;
    private readonly TieoutVocabulary _words;
    private readonly NumberScanner _scanner;
    private readonly TieCatalogue _catalogue;
    private readonly PeriodKey _reporting;
    private readonly List<(string Name, PeriodKey Key)> _periodNames;
    private readonly List<TieMark> _marks = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private string _path = "";

    public TieoutEngine(ReleaseDocument release, FigureTrace? trace = null)
    {
        _release = release;
        _language = release.Language;
        _words = TieoutVocabulary.For(_language);
        _scanner = new NumberScanner(_language);
        _catalogue = new TieCatalogue(release, trace, _scanner);
        _reporting = release.Data.Release.PeriodKey;
        _periodNames = _catalogue.Periods
            .Select(p => (Name: _language.PeriodName(release.Data.PeriodOf(p)), Key: p))
            .Where(p => !Regex.IsMatch(p.Name, @"^\d{4}$"))
            .OrderByDescending(p => p.Name.Length)
            .ToList();
    }

    private static readonly TableCellRule CellRule = new();
    private static readonly RunningFigureRule FigureRule = new();
    private static readonly PercentClaimRule PercentRule = new();
    private static readonly DirectionRule DirectionWordRule = new();
    private static readonly PerDayRateRule RateRule = new();
    private static readonly FavourableRoundingRule FavourableRule = new();
    private static readonly TotalRule TotalsRule = new();
    private static readonly WeekdayRule WeekdaysRule = new();
    private static readonly TimeZoneRule TimesRule = new();
    private static readonly UntiedNumberRule UntiedRule = new();
    private static readonly TableStructureRule StructureRule = new();
    private static readonly OtherPeriodRule OtherPeriodsRule = new();

    /// <summary>Ties <paramref name="document"/> to the release this engine was made for.</summary>
    public TieoutResult Tie(FinalDocument document)
    {
        _marks.Clear();
        _diagnostics.Clear();
        _cellFindings.Clear();
        _path = document.Path;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case FinalParagraph paragraph when _lastModel is not null && BarePageNumber().Match(paragraph.Text.Text) is { Success: true } page:
                    // "- 3 -" between two pieces of a table is the page's number, not a figure typed by hand.
                    _marks.Add(new TieMark(block, paragraph.Text, page.Groups[1].Index, page.Groups[1].Length, TieStatus.Recognised, "page number"));
                    break;
                case FinalParagraph paragraph:
                    if (!IsPageFurniture(paragraph.Text.Text)) _lastModel = null;
                    TieParagraph(block, paragraph.Text);
                    break;
                case FinalTable table:
                    TieTable(table);
                    break;
            }
        }
        ReportMissingRows();
        var diagnostics = _diagnostics
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new TieoutResult(document, [.. _marks], diagnostics);
    }

    // A page footer between two pieces of one table does not end the table.
    private bool IsPageFurniture(string text) => text.Contains(_release.Info.FooterText, StringComparison.Ordinal);

    [GeneratedRegex(@"^[^\w]{0,3}(\d{1,4})[^\w]{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BarePageNumber();

    private void Report(TieoutRule rule, FinalBlock block, PositionedText text, int start, int length, string message, string note)
    {
        var at = text.At(start);
        _diagnostics.Add(rule.Finding(_path, at, message));
        _marks.Add(new TieMark(block, text, start, length, rule.Severity == Severity.Error ? TieStatus.Wrong : TieStatus.Untied, note, rule.Code));
    }

    private void Tied(FinalBlock block, PositionedText text, int start, int length, string note) =>
        _marks.Add(new TieMark(block, text, start, length, TieStatus.Tied, note));

    // ---------------------------------------------------------------- running text

    /// <summary>A number tied to a source; <paramref name="Reported"/> is set when that source is only another period's figure (see <see cref="CheckOtherPeriods"/>).</summary>
    private sealed record FigureTie(NumberToken Token, TieSource Source, Figure? Reported = null, int Mark = -1);

    private void TieParagraph(FinalBlock block, PositionedText text)
    {
        var scanned = _scanner.Scan(text.Text);
        foreach (var span in scanned.Recognised.Where(r => r.Kind != "time" && (r.Kind != "date" || !scanned.Dates.Any(d => d.Start == r.Start && d.Weekday is not null))))
            if (span.Text.Any(char.IsAsciiDigit))
                _marks.Add(new TieMark(block, text, span.Start, span.Length, TieStatus.Recognised, span.Kind));
        CheckWeekdays(block, text, scanned);
        CheckTimes(block, text, scanned);

        var sentences = Sentences(text.Text);
        var periods = FindPeriods(text.Text);
        var claims = new List<(NumberToken Token, Group Word, bool After)>();
        var ties = new List<FigureTie>();
        foreach (var token in scanned.Numbers)
        {
            if (token.IsPercent && ClaimWord(text.Text, token) is { } claim)
            {
                claims.Add((token, claim.Word, claim.After));
                continue;
            }
            if (TieFigure(block, text, token, sentences, periods) is { } tie) ties.Add(tie);
        }
        CheckOtherPeriods(text, sentences, ties);
        foreach (var (token, word, after) in claims)
            TieClaim(block, text, token, word, after, sentences, periods, ties);
        foreach (Match than in _words.DirectionThan.Matches(text.Text))
            TieDirectionThan(block, text, than, sentences, periods, scanned);
    }

    private (Group Word, bool After)? ClaimWord(string text, NumberToken token)
    {
        var after = _words.DirectionAfter.Match(text[token.End..]);
        if (after.Success) return (after.Groups["word"], true);
        var beforeText = text[..token.Start];
        // The approximation word sits between the direction word and the number ("up approximately 14%").
        var before = _words.DirectionBefore.Match(beforeText);
        if (before.Success) return (before.Groups["word"], false);
        return null;
    }

    private FigureTie? TieFigure(FinalBlock block, PositionedText text, NumberToken token, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<PeriodMention> periods)
    {
        var sentence = SentenceOf(sentences, token.Start);
        var unit = UnitAfter(text.Text, token);
        var stated = StatedPeriod(text.Text, token, periods);
        var context = Context(text.Text, sentence, token);
        var candidates = _catalogue.Sources.Where(s => Compatible(token, unit, s) && Rounding.Ties(token, s.Value)).ToList();
        if (stated is { } statedPeriod)
        {
            var inPeriod = candidates.Where(c => c.Period is null || c.Period == statedPeriod).ToList();
            candidates = inPeriod;
        }
        if (candidates.Count > 0)
        {
            var mentioned = periods.Where(p => p.Start >= sentence.Start && p.Start < sentence.End).Select(p => p.Resolve(_reporting, _reporting)).ToHashSet();
            var best = candidates
                .OrderByDescending(c => c.Kind is SourceKind.Figure or SourceKind.PerDay ? 1 : 0)
                .ThenByDescending(c => c.Period is { } p && mentioned.Contains(p) ? 1 : 0)
                .ThenByDescending(c => c.Metric is { } m ? LabelScore(m, context) : 0)
                .ThenByDescending(c => Rounding.IsCorrectlyRounded(token, c.Value) ? 1 : 0)
                .ThenByDescending(c => c.Period == _reporting ? 1 : 0)
                .First();
            if (token.Approximate && best.Metric is { } metric && !Rounding.IsCorrectlyRounded(token, best.Value)
                && Rounding.IsFavourable(token.Value, best.Value, metric.Polarity))
            {
                var right = Rounding.Format(token, best.Value, _language);
                Report(FavourableRule, block, text, token.Start, token.Length,
                    $"'{token.Text}' rounds {best.Description} ({Plain(best.Value)}) toward the more favourable side: correctly rounded it is {right}",
                    $"should read {right} ({best.Description})");
                return new FigureTie(token, best);
            }
            Tied(block, text, token.Start, token.Length, Describe(best));
            // Only another period's figure matches, one the sentence does not name, while the reporting period
            // has its own figure of the metric: held until the sentence's other numbers are tied (CheckOtherPeriods).
            if (stated is null && best is { Kind: SourceKind.Figure, Metric: { } bestMetric, Period: { } bestPeriod }
                && bestPeriod != _reporting && !mentioned.Contains(bestPeriod)
                && _catalogue.Find(bestMetric, _reporting) is { } reported && !Rounding.Ties(token, reported.Value))
                return new FigureTie(token, best, reported, _marks.Count - 1);
            return new FigureTie(token, best);
        }

        // Nothing has this value: find what the sentence means, to give the right value.
        var period = stated ?? periods.Where(p => p.Start >= sentence.Start && p.End <= token.Start).Select(p => (PeriodKey?)p.Resolve(_reporting, _reporting)).LastOrDefault() ?? _reporting;
        var perDay = unit == "t/d";
        var intended = _release.Data.Metrics
            .Select(m => (Metric: m, Figure: _catalogue.Find(m, period)))
            .Where(x => x.Figure is not null)
            .Select(x => new TieSource(perDay ? SourceKind.PerDay : SourceKind.Figure, perDay ? x.Figure!.Value / x.Figure.Period.Days : x.Figure!.Value,
                perDay ? $"{x.Metric.Key} for {period} over its {x.Figure.Period.Days} days" : $"{x.Metric.Key} for {period}", x.Figure))
            .Where(s => Compatible(token, unit, s) && (!perDay || s.Unit == "t/d"))
            .Select(s => (Source: s, Score: LabelScore(s.Metric!, context), Distance: Distance(token.Value, s.Value)))
            .Where(x => x.Distance <= 0.5m && (x.Score > 0 || unit is not null || token.IsPercent || token.IsMoney))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Distance)
            .Select(x => x.Source)
            .FirstOrDefault();
        if (intended is not null)
        {
            var right = Rounding.Format(token, intended.Value, _language);
            var rule = intended.Kind == SourceKind.PerDay ? (TieoutRule)RateRule : FigureRule;
            var favourable = token.Approximate && Rounding.IsFavourable(token.Value, intended.Value, intended.Metric!.Polarity) ? ", rounded toward the more favourable side" : "";
            Report(rule, block, text, token.Start, token.Length,
                $"'{token.Text}' should be {right}: {intended.Description} is {Plain(intended.Value)}{favourable}",
                $"should read {right} ({intended.Description})");
            return null;
        }
        Report(UntiedRule, block, text, token.Start, token.Length,
            $"'{token.Text}' ties to no figure, rate or fact of the release (typed by hand?)", "ties to nothing in the data");
        return null;
    }

    /// <summary>
    /// RG712: a number that ties only to another period's figure, in a sentence that neither names that period
    /// nor prints the reporting period's figure of the same metric (which would make it a comparison's base: "to
    /// $1,325 from $1,467"), is most likely the reporting period's figure mistyped. Its tied mark becomes the warning's.
    /// </summary>
    private void CheckOtherPeriods(PositionedText text, IReadOnlyList<(int Start, int End)> sentences, List<FigureTie> ties)
    {
        foreach (var tie in ties.Where(t => t.Reported is not null))
        {
            var sentence = SentenceOf(sentences, tie.Token.Start);
            if (ties.Any(t => t.Source.Metric == tie.Source.Metric && t.Source.Period == _reporting && SentenceOf(sentences, t.Token.Start) == sentence)) continue;
            var metric = tie.Source.Metric!;
            var right = Rounding.Format(tie.Token, tie.Reported!.Value, _language);
            _diagnostics.Add(OtherPeriodsRule.Finding(_path, text.At(tie.Token.Start),
                $"'{tie.Token.Text}' ties only to {tie.Source.Description} ({Plain(tie.Source.Value)}), a period its sentence does not name; {metric.Key} for {_reporting} is {Plain(tie.Reported.Value)}: name the period, or it should read {right}"));
            _marks[tie.Mark] = _marks[tie.Mark] with
            {
                Status = TieStatus.Untied,
                Note = $"ties only to {tie.Source.Period}: name the period, or read {right} ({metric.Key} for {_reporting})",
                Code = OtherPeriodsRule.Code,
            };
        }
    }

    private static decimal Distance(decimal printed, decimal value) =>
        value == 0m ? (printed == 0m ? 0m : 1m) : Math.Abs(printed - value) / Math.Abs(value);

    private bool Compatible(NumberToken token, string? unit, TieSource source)
    {
        if (source.Kind is SourceKind.Fact or SourceKind.Computed) return true;
        var metricUnit = source.Unit ?? "";
        var money = metricUnit.StartsWith('$') || source.Metric?.Format?.Currency is not null;
        if (token.IsPercent) return metricUnit == "%";
        if (token.IsMoney) return money;
        if (metricUnit == "%" || money) return false;
        if (unit is not null) return metricUnit == unit;
        return source.Kind == SourceKind.Figure;
    }

    private string? UnitAfter(string text, NumberToken token)
    {
        var rest = text[token.End..];
        foreach (var (pattern, unit) in _words.Units)
            if (pattern.IsMatch(rest)) return unit;
        return null;
    }

    /// <summary>A period phrase right after the number and its unit, with no other number or clause break between.</summary>
    private PeriodKey? StatedPeriod(string text, NumberToken token, IReadOnlyList<PeriodMention> periods)
    {
        foreach (var p in periods)
        {
            if (p.Start < token.End || p.Start > token.End + 48) continue;
            var between = text[token.End..p.Start];
            if (between.Any(c => char.IsAsciiDigit(c) || c is ',' or ';' or ':' or '.')) return null;
            return p.Resolve(_reporting, _reporting);
        }
        return null;
    }

    private static string Context(string text, (int Start, int End) sentence, NumberToken token)
    {
        var end = Math.Min(sentence.End, token.End + 40);
        var start = sentence.Start;
        // The clause the number is in: from the last clause break before it.
        var clause = text.LastIndexOfAny([';', ','], Math.Max(sentence.Start, token.Start - 1));
        if (clause >= sentence.Start && clause < token.Start && text[clause] == ';') start = clause + 1;
        return text[start..end].ToLowerInvariant();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "the", "and", "per", "for", "des", "dans", "par", "les", "une" };

    /// <summary>How many of the metric's label words the context has; production words favour metal quantities; a consolidated metric wins a tie.</summary>
    private double LabelScore(Metric metric, string context)
    {
        var words = Regex.Split(metric.LabelIn(_language.Locale).ToLowerInvariant(), @"[^\p{L}]+").Where(w => w.Length >= 3 && !StopWords.Contains(w)).Distinct();
        // A word of the label, or its inflection: up to three more letters after five ("traité" for "traitées", "tonne" for "tonnes").
        double score = words.Count(w => Regex.IsMatch(context, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})")
            || w.Length >= 5 && Regex.IsMatch(context, $@"(?<!\p{{L}}){Regex.Escape(w[..Math.Max(5, w.Length - 3)])}\p{{L}}{{0,3}}(?!\p{{L}})"));
        if (metric.Unit is "oz" or "lb" && _words.ProductionWords.Any(p => context.Contains(p, StringComparison.Ordinal))) score += 1;
        if (metric.BySegment.Count > 0) score += 0.5;
        return score;
    }

    private static string Plain(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Describe(TieSource source) => source.Kind switch
    {
        SourceKind.Figure => $"{source.Description} = {Plain(source.Value)} ({(source.Figure!.Origin == FigureOrigin.Given ? "given at " + source.Figure.Location : "derived: " + source.Figure.Derivation)})",
        _ => $"{source.Description} = {Plain(source.Value)}",
    };

    // ---------------------------------------------------------------- claims

    private void TieClaim(FinalBlock block, PositionedText text, NumberToken token, Group word, bool after,
        IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<PeriodMention> periods, List<FigureTie> ties)
    {
        var sentence = SentenceOf(sentences, token.Start);
        var claimStart = after ? token.Start : word.Index;
        var claimEnd = after ? token.End + word.Index + word.Length : token.End; // an "after" word was matched in the text after the number
        var approxStart = token.Approximate ? ApproximationStart(text.Text, token.Start) : token.Start;
        claimStart = Math.Min(claimStart, approxStart);
        var inSentence = ties.Where(t => t.Token.Start >= sentence.Start && t.Token.Start < sentence.End && t.Source.Kind == SourceKind.Figure).ToList();
        var before = inSentence.Where(t => t.Token.Start < claimStart).ToList();
        var following = inSentence.Where(t => t.Token.Start > claimEnd).ToList();

        List<(Metric Metric, PeriodKey Current, PeriodKey? Base)> readings = [];
        if (before.Count > 0)
        {
            var nearest = before[^1];
            var metric = nearest.Source.Metric!;
            var same = before.Where(t => t.Source.Metric == metric).ToList();
            PeriodKey current = nearest.Source.Period!.Value;
            PeriodKey? basePeriod = following.FirstOrDefault(t => t.Source.Metric == metric)?.Source.Period;
            basePeriod ??= periods.Where(p => p.Start >= claimEnd && p.Start < sentence.End).Select(p => (PeriodKey?)p.Resolve(current, _reporting)).FirstOrDefault();
            if (basePeriod is null && same.Count >= 2)
            {
                // "to $1,325 from $1,467, approximately 10% lower": the first is the current figure, the second its base.
                current = same[^2].Source.Period!.Value;
                basePeriod = same[^1].Source.Period;
            }
            readings.Add((metric, current, basePeriod));
        }
        else
        {
            var subject = Subject(text.Text, sentence, claimStart, claimEnd, periods);
            var current = periods.Where(p => p.Start >= sentence.Start && p.End <= claimStart).Select(p => (PeriodKey?)p.Resolve(_reporting, _reporting)).FirstOrDefault() ?? _reporting;
            PeriodKey? basePeriod = following.FirstOrDefault()?.Source.Period
                ?? periods.Where(p => p.Start >= claimEnd && p.Start < sentence.End).Select(p => (PeriodKey?)p.Resolve(current, _reporting)).FirstOrDefault();
            var scored = _release.Data.Metrics.Select(m => (Metric: m, Score: LabelScore(m, subject))).Where(x => x.Score >= 1).ToList();
            if (scored.Count > 0)
            {
                var top = scored.Max(x => x.Score);
                readings.AddRange(scored.Where(x => x.Score == top).Select(x => (x.Metric, current, basePeriod)));
            }
        }
        var claimText = text.Text[claimStart..claimEnd];
        var wordStart = after ? token.End + word.Index : word.Index; // an "after" word's index is in the text after the number
        var evaluated = readings
            .Where(r => r.Base is not null)
            .Select(r => Evaluate(r.Metric, r.Current, r.Base!.Value, token, word.Value, claimText, token.Start - claimStart, wordStart - claimStart))
            .Where(e => e is not null)
            .Select(e => e!)
            .ToList();
        if (evaluated.Count == 0)
        {
            Report(UntiedRule, block, text, claimStart, claimEnd - claimStart,
                $"the claim '{claimText}' names no figures this release can compare (metric or periods not found)", "ties to nothing in the data");
            return;
        }
        var good = evaluated.FirstOrDefault(e => e.Problem is null);
        if (good is not null)
        {
            Tied(block, text, claimStart, claimEnd - claimStart, good.Description);
            return;
        }
        var first = evaluated[0];
        Report(first.Rule!, block, text, claimStart, claimEnd - claimStart, $"'{claimText}' {first.Problem}", $"should read '{first.Right}' ({first.Description})");
    }

    private sealed record Evaluation(string Description, string Right, TieoutRule? Rule = null, string? Problem = null);

    private Evaluation? Evaluate(Metric metric, PeriodKey current, PeriodKey basePeriod, NumberToken token, string word, string claim, int tokenAt, int wordAt)
    {
        if (_catalogue.Find(metric, current) is not { } now || _catalogue.Find(metric, basePeriod) is not { } then || then.Rounded == 0m) return null;
        var change = (now.Rounded - then.Rounded) / Math.Abs(then.Rounded) * 100m;
        var magnitude = Math.Abs(change);
        var direction = _words.DirectionOf(word);
        var up = direction switch
        {
            ClaimDirection.Up => true,
            ClaimDirection.Down => false,
            ClaimDirection.Better => metric.Polarity != Polarity.LowerIsBetter,
            _ => metric.Polarity == Polarity.LowerIsBetter,
        };
        var description = $"{metric.Key} {FormatFigure(now)} ({current}) against {FormatFigure(then)} ({basePeriod}): {Plain(change)}%";
        var rounded = Math.Round(magnitude, token.Decimals, MidpointRounding.AwayFromZero);
        var approximately = rounded != magnitude ? _language.Approximately + " " : "";
        var rightWord = RightWord(word, change > 0);
        var percent = _language.FormatPercent(_language.FormatNumber(rounded, token.Decimals));
        var right = $"{approximately}{percent} {rightWord}".Trim();
        // The claim is cut around its word and its number, so both lie inside it.
        if ((token.Approximate || approximately.Length == 0) && (wordAt + word.Length <= tokenAt || wordAt >= tokenAt + token.Length))
        {
            // The claim as printed with the right number and word: its own word order and phrasing ("en hausse d'environ 14 %").
            var edits = new[] { (At: tokenAt, Length: token.Length, Text: percent), (At: wordAt, Length: word.Length, Text: rightWord) }.OrderByDescending(e => e.At);
            var fixedClaim = claim;
            foreach (var edit in edits) fixedClaim = fixedClaim[..edit.At] + edit.Text + fixedClaim[(edit.At + edit.Length)..];
            right = fixedClaim.Trim();
        }
        if (change != 0m && up != change > 0)
            return new Evaluation(description, right, DirectionWordRule, $"says the figure went {(up ? "up" : "down")}, but {description}: it should read '{right}'");
        var printed = Math.Abs(token.Printed);
        if (Rounding.Ties(printed, token.Decimals, 1m, token.Approximate, magnitude))
        {
            var good = change > 0 == (metric.Polarity != Polarity.LowerIsBetter);
            var flatters = good ? printed > magnitude : printed < magnitude;
            if (token.Approximate && rounded != printed && flatters && metric.Polarity != Polarity.Neutral)
                return new Evaluation(description, right, FavourableRule, $"rounds the change of {description} toward the more favourable side: it should read '{right}'");
            return new Evaluation(description, right);
        }
        return new Evaluation(description, right, PercentRule, $"does not match {description}: it should read '{right}'");
    }

    private string FormatFigure(Figure figure) => _language.FormatFigure(figure);

    private string RightWord(string word, bool up)
    {
        var lower = word.ToLowerInvariant();
        if (_language.LanguageCode == "fr")
            return lower.StartsWith("de ", StringComparison.Ordinal) ? (up ? _language.More : _language.Fewer) : (up ? _language.Higher : _language.Lower);
        return lower switch
        {
            "more" or "fewer" or "less" => up ? _language.More : _language.Fewer,
            "up" or "down" => up ? "up" : "down",
            "increase" or "decrease" => up ? "increase" : "decrease",
            "increased" or "decreased" => up ? "increased" : "decreased",
            "rose" or "fell" => up ? "rose" : "fell",
            _ => up ? _language.Higher : _language.Lower,
        };
    }

    private int ApproximationStart(string text, int numberStart)
    {
        var match = _words.Approximately.Match(text[..numberStart]);
        return match.Success ? match.Index : numberStart;
    }

    /// <summary>The claim's subject: its clause before the claim, and the words after it up to the compared period.</summary>
    private static string Subject(string text, (int Start, int End) sentence, int claimStart, int claimEnd, IReadOnlyList<PeriodMention> periods)
    {
        var start = sentence.Start;
        var clause = text.LastIndexOfAny([';', ','], Math.Max(sentence.Start, claimStart - 1));
        if (clause >= sentence.Start && clause < claimStart) start = clause + 1;
        var end = periods.Where(p => p.Start >= claimEnd && p.Start < sentence.End).Select(p => p.Start).DefaultIfEmpty(Math.Min(sentence.End, claimEnd + 30)).First();
        return text[start..claimStart].ToLowerInvariant() + " " + text[claimEnd..end].ToLowerInvariant();
    }

    private void TieDirectionThan(FinalBlock block, PositionedText text, Match than, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<PeriodMention> periods, ScannedText scanned)
    {
        var word = than.Groups["word"];
        // A number right after "than" makes it a comparison of printed numbers, tied as figures.
        if (scanned.Numbers.Any(n => n.Start >= than.Index && n.Start <= than.Index + than.Length + 20)) return;
        var sentence = SentenceOf(sentences, word.Index);
        var basePeriodMention = periods.FirstOrDefault(p => p.Start >= than.Index + than.Length && p.Start <= than.Index + than.Length + 12);
        if (basePeriodMention is null) return;
        var current = periods.Where(p => p.Start >= sentence.Start && p.End <= word.Index).Select(p => (PeriodKey?)p.Resolve(_reporting, _reporting)).FirstOrDefault() ?? _reporting;
        var basePeriod = basePeriodMention.Resolve(current, _reporting);
        var subject = Subject(text.Text, sentence, word.Index, word.Index, []);
        var scored = _release.Data.Metrics.Select(m => (Metric: m, Score: LabelScore(m, subject))).Where(x => x.Score >= 1).ToList();
        if (scored.Count == 0) return;
        var top = scored.Max(x => x.Score);
        var readings = scored.Where(x => x.Score == top)
            .Select(x => (x.Metric, Now: _catalogue.Find(x.Metric, current), Then: _catalogue.Find(x.Metric, basePeriod)))
            .Where(x => x.Now is not null && x.Then is not null)
            .ToList();
        if (readings.Count == 0) return;
        var up = _words.DirectionOf(word.Value) == ClaimDirection.Up;
        string Describe((Metric Metric, Figure? Now, Figure? Then) r) =>
            $"{r.Metric.Key} {FormatFigure(r.Now!)} ({current}) against {FormatFigure(r.Then!)} ({basePeriod})";
        var consistent = readings.FirstOrDefault(r => r.Now!.Rounded != r.Then!.Rounded && (r.Now.Rounded > r.Then.Rounded) == up);
        if (consistent.Metric is not null)
        {
            Tied(block, text, word.Index, word.Length, Describe(consistent));
            return;
        }
        var first = readings[0];
        var right = first.Now!.Rounded == first.Then!.Rounded ? _language.Unchanged : first.Now.Rounded > first.Then.Rounded ? _language.Higher : _language.Lower;
        Report(DirectionWordRule, block, text, word.Index, word.Length,
            $"'{word.Value}' contradicts {Describe(first)}: it should read '{right}'", $"should read '{right}' ({Describe(first)})");
    }

    // ---------------------------------------------------------------- dates and times

    private void CheckWeekdays(FinalBlock block, PositionedText text, ScannedText scanned)
    {
        foreach (var date in scanned.Dates.Where(d => d.Weekday is not null))
        {
            var actual = _language.DayNames[(int)date.Date.DayOfWeek];
            if (string.Equals(actual, date.Weekday, StringComparison.OrdinalIgnoreCase))
            {
                Tied(block, text, date.Start, date.Length, $"{date.Date:yyyy-MM-dd} is a {actual}");
                continue;
            }
            // The finding points at the weekday; the mark covers the whole date, so its digits are marked too.
            _diagnostics.Add(WeekdaysRule.Finding(_path, text.At(date.WeekdayStart), $"'{date.Weekday}' is not the weekday of {_language.FormatLongDate(date.Date)}: it is a {actual}"));
            _marks.Add(new TieMark(block, text, date.Start, date.Length, TieStatus.Wrong, $"should read {actual}", WeekdaysRule.Code));
        }
    }

    private void CheckTimes(FinalBlock block, PositionedText text, ScannedText scanned)
    {
        var call = _release.Data.Events.Call;
        foreach (var time in scanned.Times)
        {
            if (time.Zone is null || call is null)
            {
                _marks.Add(new TieMark(block, text, time.Start, time.Length, TieStatus.Recognised, "time"));
                continue;
            }
            var start = NodaTime.LocalDateTime.FromDateTime(call.LocalStart).InZoneLeniently(NodaTime.DateTimeZoneProviders.Tzdb[call.Zone]);
            var zones = _language.ZoneNames.Where(z => z.Value == time.Zone).Select(z => z.Key).Where(id => NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null).ToList();
            var local = zones.Select(id => start.WithZone(NodaTime.DateTimeZoneProviders.Tzdb[id])).ToList();
            if (local.Any(l => l.Hour == time.Hour && l.Minute == time.Minute))
            {
                Tied(block, text, time.Start, time.Length, $"events.call at {call.LocalStart:yyyy-MM-dd'T'HH:mm} {call.Zone}, in {time.Zone}");
                continue;
            }
            if (local.Count == 0) continue;
            var right = _language.FormatTime(local[0].Hour, local[0].Minute);
            Report(TimesRule, block, text, time.Start, time.Length,
                $"the call ({call.LocalStart:yyyy-MM-dd'T'HH:mm} {call.Zone}) is at {right} {time.Zone}, not as printed",
                $"should read {right} {time.Zone}");
        }
    }

    // ---------------------------------------------------------------- periods and sentences

    private sealed record PeriodMention(int Start, int End, PeriodKey? Absolute, RelativePeriod? Relative, int Year)
    {
        public PeriodKey Resolve(PeriodKey current, PeriodKey reporting) => Absolute ?? Relative switch
        {
            RelativePeriod.Quarter => reporting,
            RelativePeriod.YearToDate => PeriodKey.YearToDate(reporting.FiscalYear, reporting.Quarter),
            RelativePeriod.PreviousQuarter => current.Kind == PeriodKind.Quarter ? current.PreviousQuarter() : reporting.PreviousQuarter(),
            RelativePeriod.PriorYear => current.PriorYear(),
            RelativePeriod.SamePeriodOfYear => current with { FiscalYear = Year },
            _ => reporting,
        };
    }

    private List<PeriodMention> FindPeriods(string text)
    {
        var found = new List<PeriodMention>();
        var lower = text.ToLowerInvariant();
        foreach (var (name, key) in _periodNames)
        {
            var n = name.ToLowerInvariant();
            for (var i = lower.IndexOf(n, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(n, i + 1, StringComparison.Ordinal))
            {
                if (found.Any(f => i < f.End && i + n.Length > f.Start)) continue;
                found.Add(new PeriodMention(i, i + n.Length, key, null, 0));
            }
        }
        foreach (var (pattern, relative) in _words.RelativePeriods)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (found.Any(f => m.Index < f.End && m.Index + m.Length > f.Start)) continue;
                var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : 0;
                found.Add(new PeriodMention(m.Index, m.Index + m.Length, null, relative, year));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static (int Start, int End) SentenceOf(IReadOnlyList<(int Start, int End)> sentences, int index) =>
        sentences.FirstOrDefault(s => index >= s.Start && index < s.End, sentences[^1]); // Sentences always gives one at least

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "a.m.", "p.m.", "corp.", "inc.", "ltd.", "co.", "mr.", "ms.", "mrs.", "dr.", "no.", "u.s.", "p.e.", "p.eng.", "p.geo.", "st.", "jr.", "sr.", "e.g.", "i.e.", "approx.", "vs.",
    };

    /// <summary>The sentences of a paragraph, as start and end: a stop, question or exclamation mark before white space and a capital, unless it ends an abbreviation ("Corp.", "a.m.", "P.Geo.").</summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        var result = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            var wordStart = text.LastIndexOf(' ', Math.Max(0, m.Index - 1)) + 1;
            var word = text[wordStart..(m.Index + 1)];
            if (Abbreviations.Contains(word)) continue;
            result.Add((start, m.Index + 1));
            start = m.Index + m.Length;
        }
        result.Add((start, text.Length));
        return result;
    }

    [GeneratedRegex(@"[.!?][""\u201D\u2019)]?\s+(?=[\p{Lu}""\u201C(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
