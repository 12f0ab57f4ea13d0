using System.Globalization;
using ReleaseGen.Diagnostics;
using ReleaseGen.Model;

namespace ReleaseGen.Checks;

/// <summary>
/// One rule of <c>releasegen check</c>: a stable code, a title, why it exists (the regulation or the
/// practice behind it) and the check itself. Rules are small, stateless and independent; the
/// <see cref="ReleaseChecker"/> runs every rule whose <see cref="Regimes"/> the issuer files under.
/// </summary>
public abstract class CheckRule
{
    /// <summary>The code every finding of this rule carries (see <see cref="DiagnosticCodes"/>).</summary>
    public abstract string Code { get; }

    public abstract string Title { get; }

    /// <summary>The regulation or practice the rule enforces, for docs and reviewers.</summary>
    public abstract string Why { get; }

    public virtual Severity Severity => Severity.Error;

    /// <summary>The disclosure regimes that call for this rule; empty when it always applies.</summary>
    public virtual IReadOnlyList<string> Regimes => [];

    /// <summary>Whether the rule reads the rendered release (it is skipped when rendering failed).</summary>
    public virtual bool NeedsRenderedText => false;

    public bool AppliesTo(CheckContext context) =>
        (Regimes.Count == 0 || Regimes.Any(context.HasRegime)) && (!NeedsRenderedText || context.Markdown is not null);

    public abstract IEnumerable<Diagnostic> Check(CheckContext context);

    protected Diagnostic Finding(SourceLocation at, string message) => new(Severity, Code, message, at);

    /// <summary>A number for a message: grouped, up to four decimals, no trailing zeros (1,040,087.4).</summary>
    protected static string Show(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>A value as its metric prints it, with a percent sign for percent units.</summary>
    protected static string Show(decimal value, Metric metric) =>
        Show(value) + (metric.ShowsPercentSign ? "%" : "");

    /// <summary>
    /// Grades and recoveries: the scientific and technical figures NI 43-101 is about. A metric is
    /// technical when its unit is a grade unit (g/t, oz/t, ppm, ppb) or its key or label has the word
    /// grade or recovery (<c>head_grade_ag</c>, "Silver recovery"; not "Upgrade costs").
    /// </summary>
    public static bool IsTechnical(Metric metric)
    {
        string[] units = ["g/t", "oz/t", "oz/ton", "ppm", "ppb", "g/t aueq", "g/t ageq"];
        return units.Contains(metric.Unit.ToLowerInvariant())
               || TechnicalWord.IsMatch(metric.Key.Replace('_', ' '))
               || TechnicalWord.IsMatch(metric.Label);
    }

    private static readonly System.Text.RegularExpressions.Regex TechnicalWord = new(
        @"\b(grades?|recover(y|ies))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
