using System.Runtime.CompilerServices;
using Markdig.Syntax;
using ReleaseGen.Html;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>The shared sample release and its page info.</summary>
internal static class Fixtures
{
    public static readonly HtmlPageInfo SampleInfo =
        new("Alexco Reports Silver Production for the Second Quarter of 2012", "en-CA");

    public static string SampleMarkdown() => File.ReadAllText(Path.Combine(FixturesDirectory(), "sample-release.md"));

    public static MarkdownDocument Sample() => ReleaseMarkdown.Parse(SampleMarkdown());

    private static string FixturesDirectory([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "fixtures"));
}
