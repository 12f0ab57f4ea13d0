using ReleaseGen.Testing;
using ReleaseGen.Loading;

namespace ReleaseGen.Core.Tests.Loading;

/// <summary>release.fr-CA.yaml: a translation replaces text and nothing else, and says where it went wrong.</summary>
public class TranslationOverlayTests
{
    private const string DataPath = "demo/release.yaml";
    private const string OverlayPath = "demo/release.fr-CA.yaml";

    private static LoadResult Load(string overlay) =>
        ReleaseLoader.LoadText("demo", DataPath, TestData.MinimalYaml + "\nfacts:\n  mine: Example mine\n  drilling_m: 29000\n  new_mines: [North, South]\n",
            translation: (OverlayPath, overlay));

    private static string Messages(LoadResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void Text_is_replaced_and_figures_stay()
    {
        var result = Load("issuer:\n  headquarters: { region: Ontario (fr) }\nfacts:\n  mine: mine Example\n  new_mines: [Nord, Sud, Est]\n");
        Assert.True(result.Succeeded, Messages(result));
        Assert.Equal("Ontario (fr)", result.Data!.Issuer.Headquarters.Region);
        Assert.Equal("mine Example", result.Data.Facts["mine"]);
        Assert.Equal("29000", result.Data.Facts["drilling_m"]?.ToString());
        Assert.Equal(100m, result.Data.Values.First().Value.Value);
    }

    [Fact]
    public void Figures_metrics_and_tables_cannot_be_translated()
    {
        var result = Load("values:\n  2024-Q2: { ore_processed: 1 }\nfacts:\n  drilling_m: 30000\n");
        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "demo/release.fr-CA.yaml(1,1): error RG103: 'values' cannot be translated: a translation holds text only (issuer, release, facts, events, qualified_person, forward_looking, contacts); figures, metrics and tables come from release.yaml",
            "demo/release.fr-CA.yaml(4,15): error RG106: 'facts.drilling_m' is '29000' in release.yaml: a number, date or yes/no value cannot be translated",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_wrong_value_in_the_translation_is_reported_in_the_translation_file()
    {
        // Text the loader validates (a time zone): the overlay merges it, and the loader reports it where it was typed.
        var result = ReleaseLoader.LoadText("demo", DataPath,
            TestData.MinimalYaml + "\nevents:\n  call: { at: 2024-08-08T11:00, zone: America/Toronto }\n",
            translation: (OverlayPath, "events:\n  call: { zone: Heure de l'Est }\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("demo/release.fr-CA.yaml(2,17): error RG106: 'zone' 'Heure de l'Est' is not an IANA time zone (for example America/New_York)", diagnostic.ToString());
    }

    [Fact]
    public void A_translation_adds_nothing()
    {
        var result = Load("facts:\n  ceo: Someone\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("demo/release.fr-CA.yaml(2,3): error RG103: 'facts.ceo' is not in release.yaml: a translation replaces text, it adds nothing", diagnostic.ToString());
    }

    [Fact]
    public void The_file_is_found_by_locale_then_language()
    {
        var folder = Scratch.Folder("releasegen-overlay");
        try
        {
            Assert.Null(TranslationOverlay.Find(folder, "fr-CA"));
            File.WriteAllText(Path.Combine(folder, "release.fr.yaml"), "");
            Assert.Equal(Path.Combine(folder, "release.fr.yaml"), TranslationOverlay.Find(folder, "fr-CA"));
            File.WriteAllText(Path.Combine(folder, "release.fr-CA.yaml"), "");
            Assert.Equal(Path.Combine(folder, "release.fr-CA.yaml"), TranslationOverlay.Find(folder, "fr-CA"));
            Assert.Null(TranslationOverlay.Find(folder, null));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
