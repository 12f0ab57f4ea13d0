namespace ReleaseGen.Periods;

/// <summary>
/// Names for the comparatives of a reporting quarter, so table layouts and templates say
/// "quarter_prior_year" and next quarter's release needs no edit.
/// </summary>
public static class RelativePeriods
{
    public static readonly string[] Names =
    [
        "quarter", "quarter_prior_year", "previous_quarter", "ytd", "ytd_prior_year", "full_year", "full_year_prior_year",
    ];

    /// <summary>The key a relative name stands for when <paramref name="reporting"/> is the reported quarter.</summary>
    public static PeriodKey? Resolve(string name, PeriodKey reporting) => name switch
    {
        "quarter" => reporting,
        "quarter_prior_year" => reporting.PriorYear(),
        "previous_quarter" => reporting.PreviousQuarter(),
        "ytd" => PeriodKey.YearToDate(reporting.FiscalYear, reporting.Quarter),
        "ytd_prior_year" => PeriodKey.YearToDate(reporting.FiscalYear - 1, reporting.Quarter),
        "full_year" => PeriodKey.FullYear(reporting.FiscalYear),
        "full_year_prior_year" => PeriodKey.FullYear(reporting.FiscalYear - 1),
        _ => PeriodKey.TryParse(name, out var key) ? key : null,
    };

    public static bool IsValidReference(string name) => Array.IndexOf(Names, name) >= 0 || PeriodKey.TryParse(name, out _);
}
