using System.Net;
using System.Text;
using ReleaseGen.Diff;

namespace ReleaseGen.Series;

/// <summary>One release of a series as built: its output (null when it did not build), the files written, and its error count.</summary>
public sealed record BuiltRelease(string Name, ReleaseOutput? Output, IReadOnlyList<string> Files, int Errors);

/// <summary>
/// The drafts site of a series, as a CI job publishes it: an index page listing every release in
/// period order, with links to its formats and to a redline against the previous quarter's release
/// (<c>NAME.redline.html</c>). Deterministic: the same builds give the same bytes.
/// </summary>
public static class SeriesPages
{
    public const string IndexFileName = "index.html";

    /// <summary>The index page and the redlines: (file name, text) pairs to write beside the releases' outputs.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Write(string seriesName, IReadOnlyList<BuiltRelease> releases)
    {
        var ordered = releases
            .OrderBy(r => r.Output?.Data is { } d ? d.PeriodOf(d.Release.PeriodKey).End : DateOnly.MaxValue)
            .ThenBy(r => r.Output?.Data?.Release.Date ?? DateOnly.MaxValue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var files = new List<(string, string)>();
        var redlines = new Dictionary<string, (string File, string Against)>(StringComparer.Ordinal);
        BuiltRelease? previous = null;
        foreach (var release in ordered)
        {
            if (release.Output is { Succeeded: true } output)
            {
                if (previous?.Output is { } before)
                {
                    var diff = ReleaseDiff.Compare(DiffSide.FromRelease(previous.Name, before), DiffSide.FromRelease(release.Name, output));
                    var file = $"{release.Name}.redline.html";
                    files.Add((file, diff.ToHtml()));
                    redlines[release.Name] = (file, previous.Name);
                }
                previous = release;
            }
        }
        files.Insert(0, (IndexFileName, Index(seriesName, ordered, redlines)));
        return files;
    }

    private static string Index(string seriesName, IReadOnlyList<BuiltRelease> releases, IReadOnlyDictionary<string, (string File, string Against)> redlines)
    {
        string E(string text) => WebUtility.HtmlEncode(text);
        var issuer = releases.Select(r => r.Output?.Data?.Issuer.Name).FirstOrDefault(n => n is not null) ?? seriesName;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(issuer)).Append(": release drafts</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}.failed{color:#a00}</style>\n")
            .Append("</head>\n<body>\n<h1>").Append(E(issuer)).Append(": release drafts</h1>\n")
            .Append("<table>\n<thead><tr><th>Release</th><th>Period</th><th>Date</th><th>Formats</th><th>Redline</th></tr></thead>\n<tbody>\n");
        foreach (var release in releases)
        {
            var data = release.Output?.Data;
            html.Append("<tr><td>").Append(E(release.Name)).Append("</td><td>")
                .Append(data is null ? "" : E(data.PeriodOf(data.Release.PeriodKey).Title)).Append("</td><td>")
                .Append(data is null ? "" : data.Release.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>");
            if (release.Output is { Succeeded: true })
                html.AppendJoin(" ", release.Files.Select(f => $"<a href=\"{E(Uri.EscapeDataString(f))}\">{E(f.StartsWith(release.Name + ".", StringComparison.Ordinal) ? f[(release.Name.Length + 1)..] : f)}</a>"));
            else
                html.Append("<span class=\"failed\">did not build: ").Append(release.Errors).Append(" error(s)</span>");
            html.Append("</td><td>");
            if (redlines.TryGetValue(release.Name, out var redline))
                html.Append("<a href=\"").Append(E(Uri.EscapeDataString(redline.File))).Append("\">against ").Append(E(redline.Against)).Append("</a>");
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }
}
