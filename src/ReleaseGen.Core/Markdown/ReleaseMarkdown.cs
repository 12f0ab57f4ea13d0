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

    /// <summary>Parses release Markdown and attaches each table's model to its block (see <see cref="AttachTables"/>).</summary>
    public static MarkdownDocument Parse(string markdown, IReadOnlyDictionary<string, Tables.TableModel> tables)
    {
        var document = Parse(markdown);
        AttachTables(document, tables);
        return document;
    }

    /// <summary>Gives every <see cref="ReleaseTableBlock"/> the model of the table it names, so renderers draw the data, not the flattened text.</summary>
    public static void AttachTables(MarkdownDocument document, IReadOnlyDictionary<string, Tables.TableModel> tables)
    {
        foreach (var block in document.Descendants<ReleaseTableBlock>())
            if (tables.TryGetValue(block.Name, out var model)) block.Model = model;
    }
}
