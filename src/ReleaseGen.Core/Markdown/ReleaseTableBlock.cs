using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using ReleaseGen.Tables;

namespace ReleaseGen.Markdown;

/// <summary>
/// A data table in the release's Markdown: the region between <c>&lt;!-- releasegen:table NAME --&gt;</c>
/// and <c>&lt;!-- /releasegen:table --&gt;</c> that <see cref="GfmTableWriter"/> writes. Its children are
/// the region parsed as ordinary Markdown (title paragraph, pipe table, notes); when the release's
/// <see cref="TableModel"/> is attached, every renderer draws the model instead, and the children are
/// only the text GitHub shows.
/// </summary>
/// <remarks>
/// When the models are given to the parser (<see cref="ReleaseMarkdown.Parse(string, IReadOnlyDictionary{string, TableModel})"/>),
/// a region whose model is known is not parsed at all and has no children: nothing would read them, and
/// Markdig's pipe-table parser is quadratic in a table's rows (a 1,700-row table took most of a 100x
/// release's build). A region read without its model (a Markdown file given to diff) keeps its children.
/// </remarks>
public sealed class ReleaseTableBlock(BlockParser parser) : ContainerBlock(parser)
{
    private static readonly object ModelKey = typeof(TableModel);

    /// <summary>The table's key in the data.</summary>
    public string Name { get; init; } = "";

    /// <summary>The table's data, once attached; null when the Markdown was read without its release (a .md file given to diff).</summary>
    public TableModel? Model
    {
        get => GetData(ModelKey) as TableModel;
        set => SetData(ModelKey, value!);
    }
}

/// <summary>Opens a <see cref="ReleaseTableBlock"/> at its opening comment and closes it at the closing one.</summary>
public sealed class ReleaseTableBlockParser : BlockParser
{
    private const string OpeningPrefix = "<!-- releasegen:table ";
    private const string OpeningSuffix = " -->";

    public ReleaseTableBlockParser() => OpeningCharacters = ['<'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line.ToString().TrimEnd();
        if (!line.StartsWith(OpeningPrefix, StringComparison.Ordinal) || !line.EndsWith(OpeningSuffix, StringComparison.Ordinal)) return BlockState.None;
        var name = line[OpeningPrefix.Length..^OpeningSuffix.Length].Trim();
        if (name.Length == 0 || name.Any(char.IsWhiteSpace)) return BlockState.None;
        var block = new ReleaseTableBlock(this)
        {
            Name = name,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        if (processor.Context?.Properties.TryGetValue(ModelsKey, out var models) == true
            && ((IReadOnlyDictionary<string, TableModel>)models).TryGetValue(name, out var model))
            block.Model = model;
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (!processor.IsCodeIndent && IsClosingLine(processor.Line))
        {
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        // With its model the region's lines are consumed here, unparsed (see ReleaseTableBlock's remarks).
        return ((ReleaseTableBlock)block).Model is null ? BlockState.Continue : BlockState.ContinueDiscard;
    }

    /// <summary>The key under which <see cref="ReleaseMarkdown"/> hands the table models to the parser.</summary>
    internal static readonly object ModelsKey = typeof(ReleaseTableBlockParser);

    private static bool IsClosingLine(StringSlice line) => line.AsSpan().Trim().SequenceEqual(GfmTableWriter.ClosingLine);
}

/// <summary>Adds <see cref="ReleaseTableBlockParser"/> to a pipeline, the way Markdig's own extensions add theirs.</summary>
public sealed class ReleaseTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ReleaseTableBlockParser>()) pipeline.BlockParsers.Insert(0, new ReleaseTableBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
