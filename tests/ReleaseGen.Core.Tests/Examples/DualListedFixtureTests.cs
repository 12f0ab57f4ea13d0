using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Examples;

/// <summary>
/// tests/fixtures/dual-listed: a fictional Canadian silver producer listed on the TSX and NYSE American
/// (annual report on Form 40-F, a March year end), built for each wire service in English and French:
/// the combined cautionary note, the wire's dateline, the combined listing and the short period names.
/// </summary>
public class DualListedFixtureTests
{
    private const string Nbsp = "\u00A0";

    private static string Fixture => Path.Combine(TestData.RepositoryRoot, "tests", "fixtures", "dual-listed");

    /// <summary>Builds a copy of the fixture with <paramref name="wire"/> (and any other edit of its data).</summary>
    internal static string Build(string wire, string? locale = null, Func<string, string>? editData = null)
    {
        var root = Scratch.Folder("releasegen-dual");
        try
        {
            var copy = Path.Combine(root, "dual-listed");
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(Fixture)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            var data = Path.Combine(copy, "release.yaml");
            var text = File.ReadAllText(data).Replace("wire: Business Wire", "wire: " + wire, StringComparison.Ordinal);
            File.WriteAllText(data, editData is null ? text : editData(text));
            var output = ReleasePipeline.Run(copy, TestData.Templates, locale);
            Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
            return output.Markdown!;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string FirstParagraph(string markdown) => markdown.Split("\n\n")[1];

    [Theory]
    [InlineData("Business Wire", "**VANCOUVER, British Columbia--(BUSINESS WIRE)--** Tamarack Vale Silver Corp. (TSX/NYSE American: TVS) reported")]
    [InlineData("PR Newswire", "**VANCOUVER, British Columbia, July 14, 2025 /PRNewswire/** - Tamarack Vale Silver Corp. (TSX/NYSE American: TVS) reported")]
    [InlineData("GlobeNewswire", "**VANCOUVER, British Columbia, July 14, 2025 (GLOBE NEWSWIRE)** -- Tamarack Vale Silver Corp. (TSX/NYSE American: TVS) reported")]
    [InlineData("Newsfile", "**Vancouver, British Columbia--(Newsfile Corp. - July 14, 2025)** - Tamarack Vale Silver Corp. (TSX/NYSE American: TVS) reported")]
    [InlineData("ACCESSWIRE", "**VANCOUVER, British Columbia / ACCESSWIRE / July 14, 2025 /** Tamarack Vale Silver Corp. (TSX/NYSE American: TVS) reported")]
    [InlineData("Marketwire", "**VANCOUVER, BRITISH COLUMBIA, July 14, 2025** (Marketwire) -- Tamarack Vale Silver Corp. (TSX/NYSE American: TVS) reported")]
    public void English_dateline_follows_the_wire_service(string wire, string opening)
    {
        var markdown = Build(wire);
        Assert.StartsWith(opening, FirstParagraph(markdown), StringComparison.Ordinal);
        Assert.StartsWith("# Tamarack Vale Announces Q1 Fiscal 2026 Preliminary Silver Production\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Cautionary Note Regarding Forward-Looking Information and Statements\n", markdown);
        Assert.Contains("\"forward-looking information\" within the meaning of applicable Canadian securities laws and \"forward-looking statements\" within the meaning of the Private Securities Litigation Reform Act of 1995", markdown);
        Assert.Contains("filings with the Canadian securities regulators and with the U.S. Securities and Exchange Commission (the SEC), including its annual report on Form 40-F,", markdown);
    }

    [Theory]
    [InlineData("Business Wire", "**VANCOUVER (Colombie-Britannique)--(BUSINESS WIRE)--** Tamarack Vale Silver Corp. (TSX/NYSE American : TVS) publie")]
    [InlineData("PR Newswire", "**VANCOUVER (Colombie-Britannique), le 14 juillet 2025 /PRNewswire/** - Tamarack Vale Silver Corp. (TSX/NYSE American : TVS) publie")]
    [InlineData("GlobeNewswire", "**VANCOUVER (Colombie-Britannique), 14 juill. 2025 (GLOBE NEWSWIRE)** -- Tamarack Vale Silver Corp. (TSX/NYSE American : TVS) publie")]
    [InlineData("Newsfile", "**Vancouver (Colombie-Britannique)--(Newsfile Corp. - 14 juillet 2025)** - Tamarack Vale Silver Corp. (TSX/NYSE American : TVS) publie")]
    [InlineData("ACCESSWIRE", "**VANCOUVER (Colombie-Britannique) / ACCESSWIRE / 14 juillet 2025 /** Tamarack Vale Silver Corp. (TSX/NYSE American : TVS) publie")]
    public void French_dateline_follows_the_wire_service(string wire, string opening)
    {
        var markdown = Build(wire, "fr-CA");
        Assert.StartsWith(opening.Replace(" : TVS", Nbsp + ": TVS", StringComparison.Ordinal), FirstParagraph(markdown), StringComparison.Ordinal);
        Assert.StartsWith("# Tamarack Vale" + Nbsp + ": Production d'argent préliminaire du T1 de l'exercice 2026\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Mise en garde concernant l'information prospective et les énoncés prospectifs\n", markdown);
        Assert.Contains("auprès des autorités canadiennes en valeurs mobilières et de la Securities and Exchange Commission des États-Unis (la SEC), dont son rapport annuel sur formulaire 40-F,", markdown);
    }

    [Fact]
    public void The_wording_helpers_write_what_issuers_write()
    {
        var english = Build("Business Wire");
        Assert.Contains("silver production decreased 1% to 719 thousand ounces, a 1% decrease from the first quarter of fiscal 2025", english);
        Assert.Contains("61,250 tonnes of ore (up 4%) over 84 operating days, or 729 tonnes per operating day", english);
        Assert.Contains("between 2.7 and 3.0 million ounces of silver in fiscal 2026", english);
        Assert.Contains("\n## Q1 Fiscal 2026 Production Highlights\n", english);
        Assert.Contains("\n## Preliminary Figures\n", english);

        var french = Build("Business Wire", "fr-CA");
        Assert.Contains("la production d'argent a diminué de 1" + Nbsp + "% pour s'établir à 719 mille onces, soit une baisse de 1" + Nbsp + "% par rapport au premier trimestre de l'exercice 2025", french);
        Assert.Contains("(en hausse de 4" + Nbsp + "%) en 84 jours d'exploitation, soit 729 tonnes par jour d'exploitation", french);
        Assert.Contains("entre 2,7 et 3,0 millions d'onces d'argent", french);
        Assert.Contains("\n## Données préliminaires\n", french);
    }

    [Fact]
    public void Options_left_out_give_the_long_separate_final_form()
    {
        var markdown = Build("Business Wire", editData: d => d
            .Replace("  headline_verb: Announces\n", "").Replace("  period_names: short\n", "")
            .Replace("  listing_style: combined\n", "").Replace("  preliminary: true\n", ""));
        Assert.StartsWith("# Tamarack Vale Reports First Quarter Fiscal 2026 Silver Production\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Tamarack Vale Silver Corp. (TSX: TVS) (NYSE American: TVS) reported", markdown);
        Assert.DoesNotContain("Preliminary", markdown);
        Assert.Contains("\n## First Quarter Fiscal 2026 Production Highlights\n", markdown);
    }

    [Fact]
    public void English_markdown_matches_the_verified_snapshot() =>
        Snapshot.Verify(Build("Business Wire"), new SnapshotSettings().UseExtension("md"));

    [Fact]
    public void French_markdown_matches_the_verified_snapshot() =>
        Snapshot.Verify(Build("GlobeNewswire", "fr-CA"), new SnapshotSettings().UseExtension("md"));
}
