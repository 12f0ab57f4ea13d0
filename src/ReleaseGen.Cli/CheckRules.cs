using ReleaseGen.Checks;
using ReleaseGen.Pdf;

namespace ReleaseGen.Cli;

/// <summary>The rules the commands run: the library's, and the PDF's glyph check, which needs the embedded fonts.</summary>
public static class CheckRules
{
    public static IReadOnlyList<CheckRule> WithPdf { get; } = [.. ReleaseChecker.Rules, new PdfGlyphRule()];
}
