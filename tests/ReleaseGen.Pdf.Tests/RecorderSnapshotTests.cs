using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

public class RecorderSnapshotTests
{
    /// <summary>
    /// The sample release's structure as the recorder saw it: pages, bookmarks, structure tags and, in
    /// each tagged element, its text runs joined in reading order with their size and face. Positions are
    /// left out on purpose: where each word lands is proved by the layout tests of each element, and a
    /// snapshot of hundreds of coordinates is one nobody reads before accepting.
    /// </summary>
    [Fact]
    public void Sample_release_structure()
    {
        var recorded = PdfReleaseRenderer.Record(Samples.SampleRelease, Samples.Info);
        Snapshot.Verify(Outline(recorded.ToString()));
    }

    /// <summary>Drops rules, fills and coordinates; runs of text lines in one element become one line per style.</summary>
    internal static string Outline(string recording)
    {
        var output = new System.Text.StringBuilder();
        string? runIndent = null, runStyle = null;
        var run = new System.Text.StringBuilder();
        void Flush()
        {
            if (runStyle is null) return;
            output.Append(runIndent).Append("text ").Append(runStyle).Append(" \"").Append(run.ToString().TrimEnd()).Append("\"\n");
            runStyle = null;
            run.Clear();
        }

        foreach (var line in recording.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var indent = line[..(line.Length - trimmed.Length)];
            var match = System.Text.RegularExpressions.Regex.Match(trimmed, "^text [0-9.]+,[0-9.]+ (?<style>\\S+) \"(?<text>.*)\"$");
            if (match.Success)
            {
                var style = match.Groups["style"].Value;
                if (runStyle != style || runIndent != indent) Flush();
                runIndent = indent;
                runStyle = style;
                var piece = match.Groups["text"].Value;
                if (run.Length > 0 && run[^1] != ' ' && !piece.StartsWith(' ')) run.Append(' ');
                run.Append(piece);
                continue;
            }

            if (trimmed.StartsWith("line ", StringComparison.Ordinal) || trimmed.StartsWith("fill ", StringComparison.Ordinal)) continue;
            Flush();
            var placeless = System.Text.RegularExpressions.Regex.Replace(trimmed, "^(bookmark [0-9]+) [0-9.]+ ", "$1 ");
            placeless = System.Text.RegularExpressions.Regex.Replace(placeless, "^<Link [0-9.]+,[0-9.]+ [0-9.]+x[0-9.]+ ", "<Link ");
            if (line.Length > 0) output.Append(indent).Append(placeless).Append('\n');
        }

        Flush();
        return output.ToString();
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
