using ReleaseGen.Diff;
using ReleaseGen.Layout;
using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

/// <summary>The blackline of the reference release with its quarterly silver figure changed from 458,472 to 459,472.</summary>
public class BlacklineTests
{
    private static ReleaseDiff ChangedSilver()
    {
        var copy = Repository.CopyExample("alexco-2012-q2");
        var data = Path.Combine(copy, "release.yaml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("silver_oz: 458472,", "silver_oz: 459472,"));
        var oldOutput = ReleasePipeline.Run(Repository.Example("alexco-2012-q2"), Repository.Templates);
        var newOutput = ReleasePipeline.Run(copy, Repository.Templates);
        Assert.True(oldOutput.Succeeded && newOutput.Succeeded);
        return ReleaseDiff.Compare(DiffSide.FromRelease("approved", oldOutput), DiffSide.FromRelease("draft", newOutput));
    }

    [Fact]
    public void Deleted_figures_are_struck_through_inserted_ones_underlined_changed_blocks_barred_and_the_cover_lists_the_figure()
    {
        var diff = ChangedSilver();
        var info = PdfDocumentInfo.From(diff.New.Release!.Document!);
        var recorded = new RecordingSurface();
        DocumentGenerator.Generate(BlacklinePdfRenderer.BuildLayout(diff, info, PdfStyleSheet.Letter), recorded, new FixedWidthTextMeasurer());

        var struck = recorded.Texts.Where(t => t.Style.Strikethrough).ToList();
        var underlined = recorded.Texts.Where(t => t.Style.Underline && t.Style.Color == BlacklinePdfRenderer.InsertedColor).ToList();
        // The cover's figure table, the lead paragraph and the highlights table; the legend's sample words.
        Assert.Equal(["458,472", "458,472", "458,472"], struck.Select(t => t.Text.Trim()).Where(t => t != "deleted text"));
        Assert.Equal(["459,472", "459,472", "459,472"], underlined.Select(t => t.Text.Trim()).Where(t => t != "Inserted text"));
        Assert.Contains(struck, t => t.Page == 1); // the cover
        Assert.Contains(struck, t => t.Page > 1); // the text

        // Two changed blocks (lead paragraph, table): bars in the left margin, left of the text.
        var bars = recorded.Lines.Where(l => l.Color == BlacklinePdfRenderer.ChangeBarColor).ToList();
        Assert.True(bars.Count >= 2, $"{bars.Count} change bar(s)");
        Assert.All(bars, b => Assert.True(b.X1 == b.X2 && b.X1 < PdfStyleSheet.Letter.Margins.Left, $"bar at {b.X1}"));
        Assert.All(bars, b => Assert.True(b.Page > 1, "no bar on the cover"));

        // The release's footer on every page.
        Assert.All(Enumerable.Range(1, recorded.PageCount), page =>
            Assert.Contains(recorded.Texts, t => t.Page == page && t.Text == $"Page {page} of {recorded.PageCount}"));
    }

    [Fact]
    public void The_blackline_pdf_is_deterministic_and_says_both_figures()
    {
        var diff = ChangedSilver();
        var info = PdfDocumentInfo.From(diff.New.Release!.Document!);
        var pdf = BlacklinePdfRenderer.Render(diff, info);
        Assert.Equal(pdf, BlacklinePdfRenderer.Render(ChangedSilver(), info));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Equal(3, words.Count(w => w.StartsWith("458,472", StringComparison.Ordinal)));
        Assert.Equal(3, words.Count(w => w.Contains("459,472", StringComparison.Ordinal)));
    }
}
