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
    /// Pipe tables, footnotes, GitHub-style heading identifiers. Data tables are
    /// <see cref="ReleaseTableBlock"/>s drawn from their models; grid tables are deliberately off: their
    /// parser, giving up on a narrative line that looks like a rule (<c>+----+</c>), repeated the next line. Raw HTML is disabled; generic attributes are deliberately not enabled
    /// because they would let data text add attributes (<c>{onclick=...}</c>).
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .Use<ReleaseTableExtension>()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <summary>Parses canonical release Markdown into the AST every renderer walks.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Parses release Markdown with each table's model on its block. A region whose model is given is
    /// not parsed (renderers draw the model), which keeps the parse linear in the size of the tables.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, IReadOnlyDictionary<string, Tables.TableModel> tables)
    {
        var context = new MarkdownParserContext();
        context.Properties[ReleaseTableBlockParser.ModelsKey] = tables;
        return Markdig.Markdown.Parse(markdown, Pipeline, context);
    }
}
