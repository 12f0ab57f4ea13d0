using ReleaseGen.Html;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>
/// Snapshot settings for whole HTML pages. The page stylesheet is verified once, in
/// <see cref="HtmlSnapshotTests.Page_stylesheet"/>; page snapshots show a placeholder in its place, so a
/// style change is one diff to read, not one per page. A page carrying any other stylesheet keeps it
/// in its snapshot, and the difference shows.
/// </summary>
internal static class PageSnapshots
{
    public const string StylesheetPlaceholder = "<style>\n/* the page stylesheet: HtmlSnapshotTests.Page_stylesheet.verified.css */\n</style>";

    public static SnapshotSettings WithoutPageStylesheet(this SnapshotSettings settings) =>
        settings.ScrubReplace($"<style>\n{PageStylesheet.Css}</style>", StylesheetPlaceholder);
}
