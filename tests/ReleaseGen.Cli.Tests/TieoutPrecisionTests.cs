using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseGen.Diagnostics;
using ReleaseGen.Formats;
using ReleaseGen.Markdown;
using ReleaseGen.Pdf;
using ReleaseGen.Pdf.Tieout;
using ReleaseGen.Testing;
using ReleaseGen.Tieout;
using ReleaseGen.Word;
using ReleaseGen.Word.Tieout;

namespace ReleaseGen.Cli.Tests;

/// <summary>
/// The precision/recall table of docs/tieout.md, computed from the fixtures: every example's clean outputs
/// in every format (English, and Alexco in French), and every planted error in every format it is
/// planted in. The test fails when the doc's table is not the computed one (RELEASEGEN_ACCEPT=1 writes it).
/// </summary>
public sealed class TieoutPrecisionTests : IDisposable
{
    private const string Begin = "<!-- precision-recall: written by TieoutPrecisionTests -->";
    private const string End = "<!-- /precision-recall -->";
    private static readonly string[] Formats = ["md", "html", "edgar", "pdf", "docx"];
    private static readonly FinalDocumentReaders Readers = FinalDocumentReaders.Core.With(new PdfDocumentReader(), new DocxDocumentReader());
    private static readonly OutputFormatRegistry Registry = ReleaseFormats.Standard.With(new DocxFormat());

    private readonly string _dir = CliRunner.TempFolder();
    private readonly Dictionary<string, (int Planted, int Found, int False)> _counts = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record Planted(string Code, string Right);

    private (int Planted, int Found, int False) this[string code]
    {
        get => _counts.TryGetValue(code, out var c) ? c : default;
        set => _counts[code] = value;
    }

    // Ties one fixture: each planted error found (its code, naming its right value) once is found; every other finding is false.
    private void Score(TieoutRun run, IReadOnlyList<Planted> planted)
    {
        var findings = run.Diagnostics.ToList();
        foreach (var p in planted)
        {
            var c = this[p.Code];
            var hit = findings.FirstOrDefault(d => d.Code == p.Code && d.Message.Contains(p.Right, StringComparison.Ordinal));
            if (hit is not null) findings.Remove(hit);
            this[p.Code] = (c.Planted + 1, c.Found + (hit is null ? 0 : 1), c.False);
        }
        foreach (var d in findings)
        {
            var c = this[d.Code];
            this[d.Code] = (c.Planted, c.Found, c.False + 1);
        }
    }

    private static ReleaseDocument Build(string example, string? locale = null)
    {
        var output = ReleasePipeline.Run(CliRunner.Example(example), CliRunner.Templates, locale);
        Assert.True(output.Succeeded);
        return output.Document!;
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private TieoutRun Tie(string example, string path, string? locale = null) =>
        TieoutRunner.Run(path, CliRunner.Example(example), Readers, CliRunner.Templates, locale);

    private string Markdown(ReleaseDocument document) =>
        Encoding.UTF8.GetString(Registry.Get("md").Render(document, FormatOptions.Default).Single().Content);

    // An edited Markdown in a format: itself, or rendered from its text (the HTML page, the EDGAR exhibit, PDF, Word print what was typed).
    private string EditedIn(ReleaseDocument document, string markdown, string format, string name)
    {
        var syntax = ReleaseMarkdown.Parse(markdown);
        return format switch
        {
            "md" => Write(name + ".md", Encoding.UTF8.GetBytes(markdown)),
            "pdf" => Write(name + ".pdf", PdfReleaseRenderer.Render(syntax, PdfDocumentInfo.From(document))),
            "docx" => Write(name + ".docx", DocxReleaseRenderer.Render(syntax, WordDocumentInfo.From(document, FormatOptions.Default))),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    [Fact]
    public void The_precision_recall_table_in_the_docs_is_the_one_the_fixtures_give()
    {
        // Clean outputs: no planted error, every finding is false.
        foreach (var (example, locale) in new[] { ("alexco-2012-q2", (string?)null), ("us-gold-2024-q3", null), ("alexco-2012-q2", "fr-CA") })
        {
            var document = Build(example, locale);
            foreach (var format in Formats)
            {
                var file = Registry.Get(format).Render(document, FormatOptions.Default).Single();
                Score(Tie(example, Write($"clean-{locale}-{file.FileName}", file.Content), locale), []);
            }
        }

        var alexco = Build("alexco-2012-q2");
        var alexcoMarkdown = Markdown(alexco);
        // The six Done-when edits, in Markdown, PDF and Word (the HTML page edited by hand as the Markdown is).
        var six = TieoutFixtures.Expected.Select(e => new Planted(e.Code, e.Right)).ToList();
        var edited = TieoutFixtures.EditMarkdown(alexcoMarkdown);
        foreach (var format in new[] { "md", "pdf", "docx" }) Score(Tie("alexco-2012-q2", EditedIn(alexco, edited, format, "six")), six);
        var html = Encoding.UTF8.GetString(Registry.Get("html").Render(alexco, FormatOptions.Default).Single().Content)
            .Replace("<td class=\"num\">464,324</td>", "<td class=\"num\">464,234</td>", StringComparison.Ordinal);
        foreach (var (from, to) in TieoutFixtures.Edits.Skip(1)) html = html.Replace(from, to, StringComparison.Ordinal);
        Score(Tie("alexco-2012-q2", Write("six.html", Encoding.UTF8.GetBytes(html))), six);

        // The rounding variants of one claim (Markdown), and the planted rate, total and time errors in Markdown, PDF and Word.
        foreach (var (claim, code) in TieoutFixtures.RoundingVariants)
            Score(Tie("alexco-2012-q2", EditedIn(alexco, alexcoMarkdown.Replace("approximately 14% higher", claim, StringComparison.Ordinal), "md", "variant")),
                code is null ? [] : [new Planted(code, "")]);
        foreach (var (example, from, to, code, right) in TieoutFixtures.PlantedErrors)
        {
            var document = example == "alexco-2012-q2" ? alexco : Build(example);
            var markdown = example == "alexco-2012-q2" ? alexcoMarkdown : Markdown(document);
            foreach (var format in new[] { "md", "pdf", "docx" })
                Score(Tie(example, EditedIn(document, markdown.Replace(from, to, StringComparison.Ordinal), format, "planted")), [new Planted(code, right)]);
        }

        // French: two errors planted in the fr-CA release.
        var french = Build("alexco-2012-q2", "fr-CA");
        var frenchEdited = TieoutFixtures.FrenchEdits.Aggregate(Markdown(french), (t, e) => t.Replace(e.From, e.To, StringComparison.Ordinal));
        foreach (var format in new[] { "md", "pdf", "docx" })
            Score(Tie("alexco-2012-q2", EditedIn(french, frenchEdited, format, "french"), "fr-CA"), TieoutFixtures.FrenchEdits.Select(e => new Planted(e.Code, e.Right)).ToList());

        var table = Table();
        var docPath = Path.Combine(Repository.Root, "docs", "tieout.md");
        var doc = File.ReadAllText(docPath).Replace("\r\n", "\n");
        var begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/tieout.md has no {Begin} ... {End} region");
        var printed = doc[(begin + Begin.Length)..end].Trim('\n');
        if (printed != table && Environment.GetEnvironmentVariable("RELEASEGEN_ACCEPT") == "1")
            File.WriteAllText(docPath, doc[..(begin + Begin.Length)] + "\n" + table + "\n" + doc[end..]);
        else
            Assert.True(printed == table, $"docs/tieout.md's precision/recall table is not the fixtures' (RELEASEGEN_ACCEPT=1 writes it):\n{table}");
    }

    private string Table()
    {
        var lines = new List<string>
        {
            "| rule | planted | found | false findings | precision | recall |",
            "|---|---:|---:|---:|---:|---:|",
        };
        foreach (var rule in TieoutRule.All.Where(r => r.Code != DiagnosticCodes.TieoutUnreadable))
        {
            var (planted, found, falseFindings) = this[rule.Code];
            var precision = found + falseFindings == 0 ? "n/a" : ((double)found / (found + falseFindings)).ToString("0.00", CultureInfo.InvariantCulture);
            var recall = planted == 0 ? "n/a" : ((double)found / planted).ToString("0.00", CultureInfo.InvariantCulture);
            lines.Add($"| {rule.Code} {rule.Title} | {planted} | {found} | {falseFindings} | {precision} | {recall} |");
        }
        return string.Join("\n", lines);
    }
}
