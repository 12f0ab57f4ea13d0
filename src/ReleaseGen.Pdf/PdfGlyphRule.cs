using System.Globalization;
using System.Text;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Pdf.Fonts;

namespace ReleaseGen.Pdf;

/// <summary>
/// RG540 (warning): a character of the release that the PDF's embedded fonts cannot draw. It would print
/// as an empty box (emoji, CJK, Arabic, Devanagari, the rupee sign); the finding names the character and
/// where the release's sources first have it (data, narrative or template), else its line in the text.
/// </summary>
public sealed class PdfGlyphRule : CheckRule
{
    public override string Code => DiagnosticCodes.MissingGlyph;

    public override string Title => "Every character can be drawn in the PDF";

    public override string Why => "The PDF embeds its fonts so it looks the same everywhere; a character they lack prints as an empty box, silently changing the text a reader sees.";

    public override Severity Severity => Severity.Warning;

    public override bool NeedsRenderedText => true;

    public override IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var markdown = context.Markdown!;
        var missing = new SortedDictionary<int, int>();
        for (var i = 0; i < markdown.Length; i += char.IsSurrogatePair(markdown, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(markdown, i);
            if (codePoint < 0x20 || missing.ContainsKey(codePoint) || FontCoverage.Embedded.Covers(codePoint)) continue;
            missing[codePoint] = i;
        }
        if (missing.Count == 0) yield break;
        var sources = Sources(context);
        foreach (var (codePoint, offset) in missing)
        {
            var text = char.ConvertFromUtf32(codePoint);
            var at = sources.Select(s => Locate(s.Path, s.Text, text)).FirstOrDefault(l => l is not null)
                ?? context.TextLocation;
            var line = markdown.AsSpan(0, offset).Count('\n') + 1;
            yield return Finding(at,
                $"the PDF's fonts have no glyph for '{text}' (U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}, first on line {line} of the release): it would print as an empty box; write it another way or leave it out");
        }
    }

    private static List<(string Path, string Text)> Sources(CheckContext context)
    {
        var sources = new List<(string, string)>();
        void Add(string path, Func<string> read)
        {
            try
            {
                sources.Add((path, read()));
            }
            catch (Exception ex) when (ex is Safety.SourceFileException or IOException)
            {
                // Reported where the release was read.
            }
        }
        Add(context.Data.DataPath, () => Safety.SourceFiles.ReadText(context.Data.DataPath, context.Data.FolderPath, context.Limits));
        if (context.Templates is { } templates)
        {
            Add(templates.NarrativePath, () => templates.ReadText(templates.NarrativePath));
            foreach (var path in templates.PartialNames().Select(templates.PathOf).Prepend(templates.SkeletonPath))
                Add(path, () => templates.ReadText(path));
        }
        return sources;
    }

    private static SourceLocation? Locate(string path, string text, string character)
    {
        var at = text.IndexOf(character, StringComparison.Ordinal);
        if (at < 0) return null;
        var before = text.AsSpan(0, at);
        return new SourceLocation(path, before.Count('\n') + 1, at - before.LastIndexOf('\n'));
    }
}
