using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ReleaseGen.Testing;
using UglyToad.PdfPig;

namespace ReleaseGen.Cli.Tests;

/// <summary>
/// No size cliff: a release a hundred times the reference's narrative and table rows builds whole in every
/// format within the default limits, and one over a limit is an error naming it, never a cut document.
/// </summary>
public class SizeTests
{
    private const int Factor = 100;

    // Closing words of the narrative's last paragraph (the CEO's quote), written once per copy.
    private const string NarrativeEnd = "indicated resources in the district by 52%";

    [Fact]
    public void A_release_a_hundred_times_the_reference_builds_whole_in_every_format()
    {
        var folder = ScaledRelease.Create(Repository.Example("alexco-2012-q2"), Factor, CliRunner.TempFolder());
        var outDir = CliRunner.TempFolder();

        var (exit, _, error) = CliRunner.Run("build", folder, "--format", "md,html,edgar,pdf,docx", "--out", outDir, "--templates", CliRunner.Templates);

        Assert.True(exit == 0, error);
        var lastRow = $"Ore tonnes to stockpile {LastRowLetters}";
        foreach (var (file, text) in VisibleTexts(outDir))
        {
            // The end of the document is there: the last table row, every copy of the narrative, the
            // qualified person, the forward-looking section and the contacts, in that order.
            var flat = Regex.Replace(text, @"\s+", " ");
            Assert.True(flat.Contains(lastRow, StringComparison.Ordinal), $"{file}: the table's last row is missing");
            Assert.Equal(Factor, Regex.Matches(flat, Regex.Escape(NarrativeEnd)).Count);
            var qualified = flat.LastIndexOf("Qualified Person", StringComparison.Ordinal);
            var forward = flat.LastIndexOf("Cautionary Note Regarding Forward-Looking Information", StringComparison.Ordinal);
            var contacts = flat.LastIndexOf("Contact Information", StringComparison.Ordinal);
            Assert.True(qualified > flat.LastIndexOf(NarrativeEnd, StringComparison.Ordinal), $"{file}: no qualified person after the narrative");
            Assert.True(forward > qualified, $"{file}: no forward-looking section after the qualified person");
            Assert.True(contacts > forward, $"{file}: no contacts after the forward-looking section");
            Assert.Contains("Clynton R. Nauman, President and Chief Executive Officer", flat[contacts..]);
            Assert.DoesNotContain("...", flat[^2000..]);
        }
    }

    [Fact]
    public void A_release_over_the_output_size_limit_is_an_error_naming_it_and_nothing_is_written()
    {
        var folder = ScaledRelease.Create(Repository.Example("alexco-2012-q2"), 10, CliRunner.TempFolder());
        var outDir = Path.Combine(CliRunner.TempFolder(), "out");

        var (exit, _, error) = CliRunner.Run("build", folder, "--out", outDir, "--templates", CliRunner.Templates, "--limit", "output-size=20000");

        Assert.Equal(1, exit);
        Assert.Contains("error RG114: ", error);
        Assert.Contains("output-size limit (20000; raise it with --limit output-size=N)", error);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any(), "a document over the limit was written");
    }

    // The 1,683 added rows are named with letters; the last is 1683 -> "blg".
    private static string LastRowLetters
    {
        get
        {
            var n = (Factor - 1) * ScaledRelease.ReferenceRows;
            var letters = "";
            for (; n > 0; n = (n - 1) / 26) letters = (char)('a' + (n - 1) % 26) + letters;
            return letters;
        }
    }

    private static IEnumerable<(string File, string Text)> VisibleTexts(string outDir)
    {
        var files = Directory.GetFiles(outDir).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["alexco-2012-q2.docx", "alexco-2012-q2.edgar.html", "alexco-2012-q2.html", "alexco-2012-q2.md", "alexco-2012-q2.pdf"], files);
        foreach (var name in files)
        {
            var path = Path.Combine(outDir, name!);
            yield return (name!, Path.GetExtension(name) switch
            {
                ".md" => File.ReadAllText(path).Replace("\\", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal),
                ".html" or ".htm" => WebUtility.HtmlDecode(Regex.Replace(File.ReadAllText(path), "<[^>]+>", " ")),
                ".pdf" => PdfText(path),
                ".docx" => DocxText(path),
                var other => throw new InvalidOperationException($"no reader for {other}"),
            });
        }
    }

    private static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string DocxText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
