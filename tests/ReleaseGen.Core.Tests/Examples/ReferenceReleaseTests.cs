using System.Globalization;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Examples;

/// <summary>
/// The reference release (Alexco, second quarter of 2012) built from examples/alexco-2012-q2: every
/// printed figure of the published release must come out of the data, in its place.
/// </summary>
public class ReferenceReleaseTests
{
    private static readonly Lazy<string> Markdown = new(() => Build(TestData.Example("alexco-2012-q2")));

    internal static string Build(string folder) => BuildDocument(folder).Markdown;

    /// <summary>The built release (Markdown, parsed tree with table models, document info), as every format reads it.</summary>
    internal static ReleaseDocument BuildDocument(string folder, string? locale = null)
    {
        var output = ReleasePipeline.Run(folder, TestData.Templates, locale);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        return output.Document!;
    }

    [Fact]
    public void Markdown_matches_the_verified_snapshot() =>
        Snapshot.Verify(Markdown.Value, new SnapshotSettings().UseExtension("md"));

    /// <summary>The 68 values of the published highlights table, by row and column (Q2 2012, Q2 2011, 6M 2012, 6M 2011).</summary>
    public static TheoryData<string, string, string, string, string> PublishedTable => new()
    {
        { "Ore tonnes mined", "21,273", "22,166", "42,668", "38,627" },
        { "Ore tonnes processed", "22,209", "18,928", "43,460", "36,978" },
        { "Grade of ore processed / Silver (grams per tonne)", "704", "822", "800", "825" },
        { "Grade of ore processed / Lead", "8.8%", "10.5%", "10.0%", "10.3%" },
        { "Grade of ore processed / Zinc", "4.9%", "6.5%", "5.3%", "5.8%" },
        { "Recoveries / Silver", "91%", "93%", "93%", "93%" },
        { "Recoveries / Lead in lead concentrate", "85%", "93%", "89%", "92%" },
        { "Recoveries / Zinc in zinc concentrate", "55%", "65%", "56%", "61%" },
        { "Concentrate production / Lead concentrate / Tonnes produced", "2,954", "2,683", "6,330", "5,059" },
        { "Concentrate production / Lead concentrate / Concentrate grade / Silver (grams per tonne)", "4,604", "5,164", "4,892", "5,390" },
        { "Concentrate production / Lead concentrate / Concentrate grade / Lead", "56%", "69%", "62%", "69%" },
        { "Concentrate production / Zinc concentrate / Tonnes produced", "1,361", "1,687", "2,944", "2,788" },
        { "Concentrate production / Zinc concentrate / Concentrate grade / Silver (grams per tonne)", "483", "348", "470", "393" },
        { "Concentrate production / Zinc concentrate / Concentrate grade / Zinc", "45%", "48%", "44%", "47%" },
        { "Production - contained metal / Silver (ounces)", "458,472", "464,324", "1,040,257", "911,848" },
        { "Production - contained metal / Lead in lead con (pounds)", "3,661,412", "4,074,122", "8,591,724", "7,667,037" },
        { "Production - contained metal / Zinc in zinc con (pounds)", "1,340,557", "1,770,159", "2,856,343", "2,881,214" },
    };

    [Theory]
    [MemberData(nameof(PublishedTable))]
    public void Highlights_table_has_each_published_value_in_its_row_and_column(string row, string q2, string q2Prior, string h1, string h1Prior)
    {
        var rows = MarkdownTable.ReadFirst(Markdown.Value);
        var cells = Assert.Single(rows, r => r.Label == row).Cells;
        Assert.Equal([q2, q2Prior, h1, h1Prior], cells);
    }

    [Fact]
    public void Highlights_table_has_the_published_rows_in_order_and_two_level_period_headers()
    {
        var rows = MarkdownTable.ReadFirst(Markdown.Value);
        Assert.Equal(PublishedTable.Select(r => (string)r[0]), rows.Select(r => r.Label));
        Assert.Equal(["", "Three Months Ended June 30, 2012", "Three Months Ended June 30, 2011", "Six Months Ended June 30, 2012", "Six Months Ended June 30, 2011"],
            MarkdownTable.HeaderCells(Markdown.Value));
    }

    [Theory]
    [InlineData("458,472 ounces of silver in the second quarter of 2012")]
    [InlineData("1,040,257 ounces in the first six months of 2012, approximately 14% higher than in the same period of 2011")]
    [InlineData("3.7 million and 1.3 million pounds")]
    [InlineData("8.6 million and 2.9 million pounds")]
    [InlineData("was lower than in the first quarter of 2012")]
    [InlineData("processed approximately 17% more tonnes than in the second quarter of 2011")]
    [InlineData("244 tonnes per day (tpd) in the second quarter of 2012, compared with 208 tpd in the second quarter of 2011 and 234 tpd in the first quarter of 2012")]
    [InlineData("Mill availability in the quarter was 90%")]
    [InlineData("guidance of 2.2 to 2.5 million ounces of silver for 2012")]
    [InlineData("A 29,000-metre drilling program")]
    [InlineData("after the close of markets on Tuesday, August 7, 2012")]
    [InlineData("at 11 a.m. Eastern (8 a.m. Pacific) on Wednesday, August 8, 2012")]
    [InlineData("available by telephone until August 15, 2012")]
    [InlineData("Thomas Fudge, P.E., P.Eng., Senior Vice President, Engineering and Corporate Development")]
    [InlineData("qualified person as defined by National Instrument 43-101")]
    [InlineData("(TSX: AXR) (NYSE MKT: AXU)")]
    [InlineData("## Second Quarter 2012 Financial Results and Conference Call")]
    public void Narrative_states_each_published_figure(string expected) =>
        Assert.Contains(expected, Markdown.Value);

    [Fact]
    public void No_heading_names_another_quarter()
    {
        var headings = Markdown.Value.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.DoesNotContain(headings, h => h.Contains("First Quarter", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(headings, h => h.Contains("Second Quarter 2012", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_twice_gives_identical_text_whatever_the_machine_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            var german = Build(TestData.Example("alexco-2012-q2"));
            Assert.Equal(Markdown.Value, german);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Changing_one_value_changes_every_place_it_is_printed_and_the_comparisons_that_use_it()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data).Replace("silver_oz: 1040257", "silver_oz: 1100000"));
            var changed = Build(copy);

            Assert.DoesNotContain("1,040,257", changed);
            Assert.Contains("1,100,000 ounces in the first six months of 2012, approximately 21% higher", changed);
            var silver = Assert.Single(MarkdownTable.ReadFirst(changed), r => r.Label.EndsWith("Silver (ounces)", StringComparison.Ordinal));
            Assert.Equal("1,100,000", silver.Cells[2]);
            // Q1 2012 is derived as six months less Q2: 641,528 oz, still above Q2, so the quarter stays "lower".
            Assert.Contains("was lower than in the first quarter of 2012", changed);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_quarter_that_beats_the_previous_one_is_described_as_higher()
    {
        var copy = CopyExample();
        try
        {
            var data = Path.Combine(copy, "release.yaml");
            // Six months of 900,000 oz leave 441,528 oz for Q1, below Q2's 458,472.
            File.WriteAllText(data, File.ReadAllText(data).Replace("silver_oz: 1040257", "silver_oz: 900000"));
            var changed = Build(copy);
            Assert.Contains("in the second quarter of 2012 was higher than in the first quarter of 2012", changed);
            Assert.Contains("900,000 ounces in the first six months of 2012, approximately 1% lower than", changed);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    internal static string CopyExample() => Repository.CopyExample("alexco-2012-q2");
}
