namespace ReleaseGen.Diagnostics;

/// <summary>
/// Every diagnostic code ReleaseGen emits, in one place so docs and tests can enumerate them.
/// RG1xx: reading data; RG2xx: consistency of data; RG3xx: templates; RG4xx: reconciliation, figure
/// audit and restatements; RG5xx: disclosure rules. <c>docs/rules.md</c> documents each code.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "RG100";
    public const string WrongType = "RG101";
    public const string MissingField = "RG102";
    public const string UnknownField = "RG103";
    public const string UnknownMetric = "RG104";
    public const string UnknownPeriod = "RG105";
    public const string InvalidValue = "RG106";
    public const string DuplicateKey = "RG107";
    public const string CsvFormat = "RG108";
    public const string MissingFile = "RG109";
    public const string ConflictingValue = "RG110";
    public const string Incomplete = "RG111";

    /// <summary>A file outside its root (the release folder, the template root) once links are resolved, or not a regular file.</summary>
    public const string FileNotAllowed = "RG112";

    /// <summary>A file or value that is not clean text: invalid UTF-8, a control character, a bidirectional override.</summary>
    public const string InvalidText = "RG113";

    /// <summary>A named limit (docs/security.md) was reached: file size, nesting depth, data size, output size, time.</summary>
    public const string LimitExceeded = "RG114";

    /// <summary>An output that cannot be written: --out is a file, not writable, inside a release folder or template root, or a name clashes with a folder.</summary>
    public const string OutputNotWritable = "RG115";

    /// <summary>An unexpected failure inside ReleaseGen, reported against the release instead of a crash (a bug: please report it).</summary>
    public const string InternalError = "RG199";

    public const string PeriodNotAvailable = "RG200";
    public const string UnknownReference = "RG201";

    /// <summary>A table label or title has no text in the language the release is built in (warning).</summary>
    public const string MissingTranslation = "RG202";

    /// <summary>A percentage outside 0 to 100.</summary>
    public const string PercentOutOfRange = "RG210";

    /// <summary>A grade or recovery that is zero or negative.</summary>
    public const string TechnicalNotPositive = "RG211";

    /// <summary>A year-to-date total of an additive metric below one of its quarters (or a shorter year to date).</summary>
    public const string YearToDateBelowPart = "RG212";

    public const string TemplateSyntax = "RG300";
    public const string TemplateRuntime = "RG301";
    public const string TemplateMissing = "RG302";

    /// <summary>A given year-to-date figure that disagrees with its quarters under the metric's aggregation rule.</summary>
    public const string AggregateMismatch = "RG400";

    /// <summary>A reconciliation declared in the data (<c>reconcile:</c>) that does not hold within its tolerance.</summary>
    public const string ReconciliationMismatch = "RG401";

    /// <summary>A reconciliation expression that cannot be read or evaluated.</summary>
    public const string ReconciliationExpression = "RG402";

    /// <summary>A number typed literally into a template: not linked to data (a warning).</summary>
    public const string LiteralNumber = "RG403";

    /// <summary>A figure that differs from an earlier published release without a declared restatement.</summary>
    public const string ChangedFromHistory = "RG404";

    /// <summary>A declared restatement that no earlier release contradicts (a warning).</summary>
    public const string RestatementUnchanged = "RG405";

    /// <summary>A total that is not the sum of its segments (<c>by_segment</c>) within its declared tolerance.</summary>
    public const string SegmentTotalMismatch = "RG406";

    /// <summary>A figure another release of the series published differently, without a declared restatement.</summary>
    public const string PublishedFigureChanged = "RG407";

    /// <summary>An acknowledgement that no longer matches a finding: its figure changed, or the finding is gone (a warning).</summary>
    public const string AcknowledgementStale = "RG408";

    /// <summary>A table of the data that no template prints (a warning).</summary>
    public const string TableNotPrinted = "RG409";

    /// <summary>Technical information printed without a qualified person (NI 43-101, S-K 1300).</summary>
    public const string QualifiedPersonMissing = "RG500";

    /// <summary>A qualified person without a designation or a relationship to the issuer.</summary>
    public const string QualifiedPersonIncomplete = "RG501";

    /// <summary>The qualified person is in the data but not named in the rendered release.</summary>
    public const string QualifiedPersonNotStated = "RG502";

    /// <summary>A forward-looking item with no material assumption (NI 51-102 Part 4A).</summary>
    public const string ForwardLookingAssumption = "RG510";

    /// <summary>A forward-looking item with no risk factor (NI 51-102 Part 4A, PSLRA).</summary>
    public const string ForwardLookingRisk = "RG511";

    /// <summary>Forward-looking items in the register, but the release does not identify forward-looking information.</summary>
    public const string ForwardLookingNotIdentified = "RG512";

    /// <summary>The release does not state its policy on updating forward-looking information.</summary>
    public const string UpdatePolicyMissing = "RG513";

    /// <summary>A printed non-GAAP measure without a reconciliation to a GAAP measure.</summary>
    public const string NonGaapReconciliation = "RG520";

    /// <summary>A printed non-GAAP measure whose comparable GAAP measure is not shown with equal or greater prominence.</summary>
    public const string NonGaapProminence = "RG521";

    /// <summary>A printed non-GAAP measure without the "not standardized" caution.</summary>
    public const string NonGaapCaution = "RG522";

    /// <summary>A printed non-GAAP measure without its comparative period.</summary>
    public const string NonGaapComparative = "RG523";

    /// <summary>The EDGAR exhibit of the release breaks an EDGAR HTML rule (the EDGARnnn code is in the message).</summary>
    public const string EdgarExhibit = "RG530";

    /// <summary>A character the PDF's embedded fonts cannot draw: it would print as an empty box (a warning).</summary>
    public const string MissingGlyph = "RG540";

    /// <summary>A table too wide for the PDF page even with every column at its narrowest (it would overprint).</summary>
    public const string TableTooWide = "RG541";

    /// <summary>tieout: the final document cannot be read.</summary>
    public const string TieoutUnreadable = "RG700";

    /// <summary>tieout: a table cell differs from the data.</summary>
    public const string TieoutTableCell = "RG701";

    /// <summary>tieout: a figure in running text differs from the data for its unit and stated period.</summary>
    public const string TieoutRunningFigure = "RG702";

    /// <summary>tieout: a percent change claim differs from the change recomputed from the figures.</summary>
    public const string TieoutPercentClaim = "RG703";

    /// <summary>tieout: a direction word contradicts the sign of the change.</summary>
    public const string TieoutDirection = "RG704";

    /// <summary>tieout: a per-day rate differs from the figure over the days of its period.</summary>
    public const string TieoutPerDayRate = "RG705";

    /// <summary>tieout: an approximation rounded toward the more favourable number.</summary>
    public const string TieoutFavourableRounding = "RG706";

    /// <summary>tieout: a total row is not the sum of its rows as printed.</summary>
    public const string TieoutTotal = "RG707";

    /// <summary>tieout: a weekday does not match its date.</summary>
    public const string TieoutWeekday = "RG708";

    /// <summary>tieout: a time does not match the event's time in the named zone.</summary>
    public const string TieoutTimeZone = "RG709";

    /// <summary>tieout: a number ties to nothing in the release's data.</summary>
    public const string TieoutUntied = "RG710";

    /// <summary>tieout: a table matches no data table, or has extra or missing rows.</summary>
    public const string TieoutTableStructure = "RG711";

    /// <summary>tieout: a number ties only to a figure of a period its sentence does not name, not the reporting period's.</summary>
    public const string TieoutOtherPeriod = "RG712";

    /// <summary>Every code with its constant name, in code order (for docs and tests).</summary>
    public static IReadOnlyList<(string Name, string Code)> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .OrderBy(x => x.Item2, StringComparer.Ordinal)
        .ToList();
}
