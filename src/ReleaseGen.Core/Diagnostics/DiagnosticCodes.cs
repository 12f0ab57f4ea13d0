namespace ReleaseGen.Diagnostics;

/// <summary>
/// Every diagnostic code ReleaseGen emits, in one place so docs and tests can enumerate them.
/// RG1xx: reading data; RG2xx: consistency of data; RG3xx: templates.
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

    public const string PeriodNotAvailable = "RG200";
    public const string UnknownReference = "RG201";

    /// <summary>A table label or title has no text in the language the release is built in (warning).</summary>
    public const string MissingTranslation = "RG202";

    public const string TemplateSyntax = "RG300";
    public const string TemplateRuntime = "RG301";
    public const string TemplateMissing = "RG302";
}
