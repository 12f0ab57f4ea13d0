using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace ReleaseGen.Markdown;

/// <summary>
/// The one Markdig pipeline every renderer shares, so HTML and PDF are two renderings of the same
/// parsed document and cannot say different things.
/// </summary>
public static class ReleaseMarkdown
{
    /// <summary>
    /// Pipe and grid tables (grid tables give colspans and two-level headers), footnotes, GitHub-style
    /// heading identifiers. Raw HTML is disabled; generic attributes are deliberately not enabled
    /// because they would let data text add attributes (<c>{onclick=...}</c>).
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <summary>Parses canonical release Markdown into the AST every renderer walks.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
