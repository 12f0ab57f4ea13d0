using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

public class RecorderSnapshotTests
{
    /// <summary>
    /// The whole layout of the sample release, as the recorder saw it: pages, text positions, rules,
    /// links, bookmarks and structure tags. Measured with the embedded fonts, so it is exact.
    /// </summary>
    [Fact]
    public void Sample_release_layout()
    {
        var recorded = PdfReleaseRenderer.Record(Samples.SampleRelease, Samples.Info);
        Snapshot.Verify(recorded.ToString());
    }

    [Fact]
    public void A4_sets_the_same_words_on_wider_lines_and_taller_pages()
    {
        static string Words(ReleaseGen.Layout.RecordingSurface r)
            => string.Join(" ", r.Texts.Where(t => !t.InArtifact).SelectMany(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

        var letter = PdfReleaseRenderer.Record(Samples.SampleRelease, Samples.Info);
        var a4 = PdfReleaseRenderer.Record(Samples.SampleRelease, Samples.Info, PdfStyleSheet.A4);
        Assert.StartsWith("page 1 595.28x841.89\n", a4.ToString(), StringComparison.Ordinal);
        Assert.Equal(Words(letter), Words(a4));
    }
}
