using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseGen.Markdown;

namespace ReleaseGen.Pdf.Tests;

/// <summary>
/// Same input, same bytes: no clock, random value, culture or time zone may reach the PDF. These tests
/// fail if a PDFsharp update brings randomness back (new random IDs, subset tags or timestamps).
/// </summary>
public class DeterminismTests
{
    private static byte[] Render() => PdfReleaseRenderer.Render(Samples.SampleRelease, Samples.Info);

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var first = Render();
        Thread.Sleep(1100); // a second later: a timestamp from the clock would show
        var second = Render();
        Assert.Equal(first.Length, second.Length);
        Assert.True(first.AsSpan().SequenceEqual(second), FirstDifference(first, second));
    }

    [Fact]
    public void Fonts_compacted_for_earlier_files_give_the_bytes_of_a_file_written_alone()
    {
        // Different words, so different glyphs of the same faces: a cache keyed on the face alone would mix them up.
        var other = ReleaseMarkdown.Parse("# Quartz Vexed the Jumpy Fjord\n\n**Zinc** grew to 1,234.5 ounces; *gold* to 987,600 (ÀÉÎÕ).\n");
        var sampleAlone = PdfReleaseRenderer.Render(Samples.SampleRelease, Samples.Info, null, new FileStructure.CompactedFontCache());
        var otherAlone = PdfReleaseRenderer.Render(other, Samples.Info, null, new FileStructure.CompactedFontCache());

        var shared = new FileStructure.CompactedFontCache();
        var files = new[] { Samples.SampleRelease, other, Samples.SampleRelease, other }
            .Select(document => PdfReleaseRenderer.Render(document, Samples.Info, null, shared)).ToList();

        Assert.True(shared.Hits >= 2, $"{shared.Hits} fonts found in the cache"); // at least the repeated files' faces
        Assert.True(files[0].AsSpan().SequenceEqual(sampleAlone), FirstDifference(sampleAlone, files[0]));
        Assert.True(files[1].AsSpan().SequenceEqual(otherAlone), FirstDifference(otherAlone, files[1]));
        Assert.True(files[2].AsSpan().SequenceEqual(sampleAlone), FirstDifference(sampleAlone, files[2]));
        Assert.True(files[3].AsSpan().SequenceEqual(otherAlone), FirstDifference(otherAlone, files[3]));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fr-CA")]
    public void The_machine_culture_does_not_reach_the_output(string culture)
    {
        var reference = RenderIn(CultureInfo.InvariantCulture);
        var other = RenderIn(CultureInfo.GetCultureInfo(culture));
        Assert.True(reference.AsSpan().SequenceEqual(other), FirstDifference(reference, other));
    }

    private static byte[] RenderIn(CultureInfo culture)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Render();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void The_machine_time_zone_does_not_reach_the_output()
    {
        var reference = Render();
        var saved = Environment.GetEnvironmentVariable("TZ");
        try
        {
            foreach (var zone in new[] { "Asia/Kolkata", "America/Vancouver", "Pacific/Chatham" })
            {
                Environment.SetEnvironmentVariable("TZ", zone);
                TimeZoneInfo.ClearCachedData();
                Assert.Equal(zone, TimeZoneInfo.Local.Id); // the change took effect, or this test proves nothing
                var other = Render();
                Assert.True(reference.AsSpan().SequenceEqual(other), zone + ": " + FirstDifference(reference, other));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public void The_document_id_is_derived_from_the_content()
    {
        var a = Render();
        var changed = ReleaseMarkdown.Parse(Samples.SampleMarkdown.Replace("458,472 ounces", "458,473 ounces", StringComparison.Ordinal));
        var b = PdfReleaseRenderer.Render(changed, Samples.Info);
        var idA = DocumentId(a);
        var idB = DocumentId(b);
        Assert.Matches("^[0-9A-F]{32}$", idA);
        Assert.NotEqual(idA, idB);
        Assert.Equal(idA, DocumentId(Render()));
        // XMP carries the same ID, as a UUID.
        var xmp = Regex.Match(PdfText.Expanded(a), @"xmpMM:DocumentID>uuid:([0-9a-f\-]{36})<").Groups[1].Value;
        Assert.Equal(idA.ToLowerInvariant(), xmp.Replace("-", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_come_from_the_release_date_not_the_clock()
    {
        var text = PdfText.Expanded(Render());
        var dates = Regex.Matches(text, @"D:(\d{14})").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["20120716133000"], dates);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture) + "-", Regex.Match(text, "<x:xmpmeta[\\s\\S]*</x:xmpmeta>").Value);
    }

    [Fact]
    public void Font_subset_tags_are_stable_and_derived_from_the_content()
    {
        static List<string> Tags(byte[] pdf) => Regex.Matches(PdfText.Expanded(pdf), @"/BaseFont\s*/([A-Z]{6})\+")
            .Select(m => m.Groups[1].Value).Distinct().ToList();

        var tags = Tags(Render());
        Assert.True(tags.Count >= 3);
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal(tags, Tags(Render()));
        var other = PdfReleaseRenderer.Render(ReleaseMarkdown.Parse("# Other\n\nA *different* **release**."), Samples.Info);
        Assert.Empty(Tags(other).Intersect(tags));
    }

    private static string DocumentId(byte[] pdf)
        => Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\s*\[\s*<([0-9A-Fa-f]+)>").Groups[1].Value;

    private static string FirstDifference(byte[] a, byte[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] == b[i]) continue;
            int start = Math.Max(0, i - 60);
            return $"first difference at byte {i}: \"{Encoding.Latin1.GetString(a, start, Math.Min(120, n - start))}\" vs \"{Encoding.Latin1.GetString(b, start, Math.Min(120, n - start))}\"";
        }
        return a.Length == b.Length ? "identical" : $"lengths {a.Length} and {b.Length}";
    }
}
