using System.Globalization;
using System.Text;

namespace ReleaseGen.Testing;

/// <summary>
/// The reference release (examples/alexco-2012-q2) made <c>factor</c> times larger: its narrative written
/// <c>factor</c> times (the highlights table once), and its highlights table given <c>factor</c> times its
/// 17 metric rows, the added metrics' values in values.csv. Every figure still reconciles, so the release
/// builds without errors at any size. Shared by the size tests and the scaling benchmarks (linked into
/// bench/ReleaseGen.Benchmarks), so both measure the same release.
/// </summary>
public static class ScaledRelease
{
    /// <summary>Metric rows in the reference release's highlights table.</summary>
    public const int ReferenceRows = 17;

    /// <summary>Writes the scaled release into a new folder named <c>alexco-2012-q2</c> under <paramref name="parent"/>; returns its path.</summary>
    public static string Create(string referenceFolder, int factor, string parent)
    {
        if (factor < 1) throw new ArgumentOutOfRangeException(nameof(factor), "at least 1");
        var folder = Path.Combine(parent, Path.GetFileName(Path.TrimEndingDirectorySeparator(referenceFolder)));
        Directory.CreateDirectory(folder);
        var data = File.ReadAllText(Path.Combine(referenceFolder, "release.yaml")).ReplaceLineEndings("\n");
        var narrative = File.ReadAllText(Path.Combine(referenceFolder, "narrative.md")).ReplaceLineEndings("\n");
        var added = (factor - 1) * ReferenceRows;
        var invariant = CultureInfo.InvariantCulture;

        // Added metrics: tonnes that add up over periods (the six months twice the quarter, so the year to
        // date is never below its quarter), listed in the metric catalogue and as rows of the highlights table.
        var metrics = new StringBuilder();
        var rows = new StringBuilder();
        var values = new StringBuilder("metric,period,value\n");
        for (var i = 1; i <= added; i++)
        {
            var key = string.Create(invariant, $"stockpile_{i:D5}");
            metrics.Append(invariant, $"  {key}: {{ label: Ore tonnes to stockpile {Letters(i)}, unit: t, aggregate: sum }}\n");
            rows.Append(invariant, $"      - {key}\n");
            var quarter = 1000 + i;
            var lastYear = 900 + i;
            values.Append(invariant, $"{key},2012-Q2,{quarter}\n{key},2012-H1,{2 * quarter}\n{key},2011-Q2,{lastYear}\n{key},2011-H1,{2 * lastYear}\n");
        }
        data = Insert(data, "\nvalues:\n", metrics.ToString());
        data = Insert(data, "\nreconcile:\n", rows.ToString());
        File.WriteAllText(Path.Combine(folder, "release.yaml"), data);
        if (added > 0) File.WriteAllText(Path.Combine(folder, "values.csv"), values.ToString());

        // The narrative again and again; the table and the dateline only in the first copy.
        var text = new StringBuilder(narrative);
        var repeated = narrative.Replace("{{ include \"highlights\" }}", "", StringComparison.Ordinal)
            .Replace("{{ include \"dateline\" }} ", "", StringComparison.Ordinal);
        for (var i = 1; i < factor; i++) text.Append("\n\n").Append(repeated);
        File.WriteAllText(Path.Combine(folder, "narrative.md"), text.ToString());
        return folder;
    }

    // Before the line that starts a top-level section (the text is inserted at the end of the section before it).
    private static string Insert(string data, string beforeSection, string text)
    {
        var at = data.IndexOf(beforeSection, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"the reference release.yaml has no '{beforeSection.Trim()}' section");
        return data.Insert(at + 1, text);
    }

    // A number in words would be typed digits in a label: letters keep labels distinct without digits (1 -> "a", 27 -> "aa").
    private static string Letters(int n)
    {
        var letters = new StringBuilder();
        for (; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('a' + (n - 1) % 26));
        return letters.ToString();
    }
}
