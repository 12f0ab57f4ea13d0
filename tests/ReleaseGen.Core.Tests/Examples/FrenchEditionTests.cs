using System.Globalization;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Examples;

/// <summary>
/// The French (fr-CA) edition of the reference release, built from the same release.yaml with the
/// French templates, narrative.fr-CA.md and the text translations of release.fr-CA.yaml: the same
/// figures, formatted the French way.
/// </summary>
public class FrenchEditionTests
{
    private const string Nbsp = "\u00A0";

    private static readonly Lazy<string> English = new(() => ReferenceReleaseTests.Build(TestData.Example("alexco-2012-q2")));

    private static readonly Lazy<string> French = new(() => Build(TestData.Example("alexco-2012-q2")));

    private static string Build(string folder)
    {
        var output = ReleasePipeline.Run(folder, TestData.Templates, "fr-CA");
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        Assert.Equal("fr-CA", output.Locale);
        Assert.False(output.IsDataLocale);
        Assert.Equal(output.Name + ".fr-CA", output.FileStem);
        return output.Markdown!;
    }

    /// <summary>
    /// An English figure as Canadian French prints it: no-break space between digit groups, decimal
    /// comma, no-break space before the percent sign. Written out digit by digit, not with a culture.
    /// </summary>
    internal static string ToFrench(string english)
    {
        var percent = english.EndsWith('%');
        var number = percent ? english[..^1] : english;
        number = number.Replace(",", "\u0001", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal).Replace("\u0001", Nbsp, StringComparison.Ordinal);
        return percent ? number + Nbsp + "%" : number;
    }

    [Theory]
    [InlineData("458,472", "458 472")]
    [InlineData("1,040,257", "1 040 257")]
    [InlineData("8.8%", "8,8 %")]
    [InlineData("14%", "14 %")]
    [InlineData("8.8", "8,8")]
    public void The_mapping_is_the_Canadian_French_convention(string english, string frenchWithSpaces) =>
        Assert.Equal(frenchWithSpaces.Replace(" ", Nbsp, StringComparison.Ordinal), ToFrench(english));

    [Fact]
    public void Markdown_matches_the_verified_snapshot() =>
        Snapshot.Verify(French.Value, new SnapshotSettings().UseExtension("md"));

    [Theory]
    [MemberData(nameof(ReferenceReleaseTests.PublishedTable), MemberType = typeof(ReferenceReleaseTests))]
    public void Table_has_each_published_value_in_French_form(string row, string q2, string q2Prior, string h1, string h1Prior)
    {
        var englishRows = MarkdownTable.ReadFirst(English.Value);
        var frenchRows = MarkdownTable.ReadFirst(French.Value);
        Assert.Equal(englishRows.Count, frenchRows.Count);
        var index = englishRows.Select(r => r.Label).ToList().IndexOf(row);
        Assert.True(index >= 0, row);
        Assert.Equal([ToFrench(q2), ToFrench(q2Prior), ToFrench(h1), ToFrench(h1Prior)], frenchRows[index].Cells);
    }

    [Fact]
    public void Every_table_cell_is_the_English_cell_in_French_form()
    {
        var english = MarkdownTable.ReadFirst(English.Value);
        var french = MarkdownTable.ReadFirst(French.Value);
        Assert.Equal(english.Count, french.Count);
        for (var i = 0; i < english.Count; i++)
            Assert.Equal(english[i].Cells.Select(ToFrench), french[i].Cells);
    }

    [Fact]
    public void Labels_and_headers_are_French()
    {
        var rows = MarkdownTable.ReadFirst(French.Value);
        Assert.Equal("Tonnes de minerai extraites", rows[0].Label);
        Assert.Equal($"Production – métal contenu{Nbsp} / Argent (onces)", rows[14].Label);
        Assert.Equal(["", "Trimestre clos le 30 juin 2012", "Trimestre clos le 30 juin 2011", "Six mois clos le 30 juin 2012", "Six mois clos le 30 juin 2011"],
            MarkdownTable.HeaderCells(French.Value));
    }

    /// <summary>Each figure of <see cref="ReferenceReleaseTests.Narrative_states_each_published_figure"/>, in the French edition's words.</summary>
    [Theory]
    [InlineData("458 472 onces d'argent au cours du deuxième trimestre de 2012")]
    [InlineData("1 040 257 onces au cours des six premiers mois de 2012, soit une production en hausse d'environ 14 % par rapport à la même période de 2011")]
    [InlineData("respectivement à 3,7 millions et à 1,3 million de livres")]
    [InlineData("à 8,6 millions et à 2,9 millions de livres")]
    [InlineData("a été inférieure à celle du premier trimestre de 2012")]
    [InlineData("a traité un tonnage en hausse d'environ 17 % par rapport au deuxième trimestre de 2011")]
    [InlineData("244 tonnes par jour (t/j) au deuxième trimestre de 2012, contre 208 t/j au deuxième trimestre de 2011 et 234 t/j au premier trimestre de 2012")]
    [InlineData("La disponibilité de l'usine au cours du trimestre s'est établie à 90 %")]
    [InlineData("ses prévisions de production de 2,2 à 2,5 millions d'onces d'argent pour 2012")]
    [InlineData("Un programme de forage de 29 000 mètres")]
    [InlineData("après la clôture des marchés le mardi 7 août 2012")]
    [InlineData("le mercredi 8 août 2012 à 11 h (heure de l'Est), soit 8 h (heure du Pacifique)")]
    [InlineData("par téléphone jusqu'au 15 août 2012")]
    [InlineData("Thomas Fudge, P.E., P.Eng., premier vice-président, Ingénierie et Développement de l'entreprise")]
    [InlineData("personne qualifiée au sens du Règlement 43-101")]
    [InlineData("(TSX : AXR) (NYSE MKT : AXU)")]
    [InlineData("## Résultats financiers du deuxième trimestre de 2012 et conférence téléphonique")]
    [InlineData("**VANCOUVER (COLOMBIE-BRITANNIQUE), le 16 juillet 2012** (Marketwire)")]
    [InlineData("# Alexco : Production d'argent du deuxième trimestre de 2012")]
    [InlineData("## Mise en garde concernant l'information prospective")]
    [InlineData("environ 14 millions d'onces d'argent en ressources indiquées et 5 millions d'onces en ressources présumées, ce qui a accru de 52 %")]
    public void Narrative_states_each_figure_the_French_way(string expected) =>
        Assert.Contains(expected.Replace(" :", Nbsp + ":", StringComparison.Ordinal)
            .Replace("458 472", $"458{Nbsp}472", StringComparison.Ordinal)
            .Replace("1 040 257", $"1{Nbsp}040{Nbsp}257", StringComparison.Ordinal)
            .Replace("29 000", $"29{Nbsp}000", StringComparison.Ordinal)
            .Replace(" %", Nbsp + "%", StringComparison.Ordinal), French.Value);

    [Fact]
    public void No_English_figure_format_or_word_is_left()
    {
        Assert.DoesNotMatch(@"\d,\d{3}", French.Value);   // an English thousands separator
        Assert.DoesNotMatch(@"\d\.\d", French.Value.Replace("P.E.", "", StringComparison.Ordinal).Replace("1-877", "", StringComparison.Ordinal)); // a decimal point
        Assert.DoesNotMatch(@"\d%", French.Value);       // a percent sign without its space
        foreach (var word in new[] { "ounces", "quarter", "Months Ended", "a.m.", "Eastern", "approximately", "Qualified Person", "Forward-Looking" })
            Assert.DoesNotContain(word, French.Value);
    }

    /// <summary>The figure audit of the French edition records table cells as the French edition prints them.</summary>
    [Fact]
    public void The_audit_records_table_cells_in_French_form()
    {
        var result = ReleaseGen.Checks.ReleaseChecker.Check(TestData.Example("alexco-2012-q2"), new ReleaseGen.Checks.CheckOptions(TestData.Templates, Locale: "fr-CA"));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var cells = result.Trace.Entries.Where(e => e.Expression.StartsWith("table 'highlights'", StringComparison.Ordinal)).ToList();
        Assert.Equal(17 * 4, cells.Count);
        Assert.Contains(cells, e => e.Printed == $"458{Nbsp}472" && e.Figure!.MetricKey == "silver_oz");
        Assert.Contains(cells, e => e.Printed == $"8,8{Nbsp}%" && e.Figure!.MetricKey == "head_grade_pb");
        Assert.DoesNotContain(cells, e => e.Printed.Contains(',', StringComparison.Ordinal) && e.Printed.Length > 4 && !e.Printed.Contains('%', StringComparison.Ordinal));
    }

    [Fact]
    public void The_English_edition_is_unchanged_by_the_French_one()
    {
        // The same folder still builds its data locale (en-CA) by default, under its own name.
        var output = ReleasePipeline.Run(TestData.Example("alexco-2012-q2"), TestData.Templates);
        Assert.True(output.IsDataLocale);
        Assert.Equal("alexco-2012-q2", output.FileStem);
        Assert.Equal(English.Value, output.Markdown);
    }

    [Fact]
    public void Building_twice_gives_identical_text_whatever_the_machine_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(French.Value, Build(TestData.Example("alexco-2012-q2")));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Changing_one_value_changes_both_editions()
    {
        var copy = ReferenceReleaseTests.CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data).Replace("silver_oz: 1040257", "silver_oz: 1100000"));
            var french = Build(copy);
            Assert.Contains($"1{Nbsp}100{Nbsp}000 onces au cours des six premiers mois de 2012, soit une production en hausse d'environ 21{Nbsp}%", french);
            Assert.DoesNotContain($"1{Nbsp}040{Nbsp}257", french);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
