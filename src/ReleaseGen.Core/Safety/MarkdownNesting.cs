using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReleaseGen.Diagnostics;

namespace ReleaseGen.Safety;

/// <summary>
/// Bounds how deeply the rendered Markdown nests (block quotes, lists, emphasis, links): the HTML and PDF
/// renderers and the layout engine walk it recursively. Markdig refuses past 128 levels with an
/// exception; this reports either as a diagnostic, at <see cref="Limits.MarkdownDepth"/>.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>True when <paramref name="markdown"/> parses within the limit; otherwise one error at <paramref name="at"/>.</summary>
    public static bool Check(string markdown, Limits limits, SourceLocation at, DiagnosticBag diagnostics) =>
        TryParse(markdown, new Dictionary<string, Tables.TableModel>(), limits, at, diagnostics) is not null;

    /// <summary>
    /// Parses <paramref name="markdown"/> with its tables' models (see <see cref="Markdown.ReleaseMarkdown.Parse(string, IReadOnlyDictionary{string, Tables.TableModel})"/>):
    /// the tree when it nests within the limit, else null and one error at <paramref name="at"/>.
    /// </summary>
    public static MarkdownDocument? TryParse(string markdown, IReadOnlyDictionary<string, Tables.TableModel> tables, Limits limits, SourceLocation at,
        DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.ReleaseMarkdown.Parse(markdown, tables);
        }
        catch (ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, at,
                $"the rendered Markdown nests block quotes, lists or emphasis more than 128 deep, more than the Markdown parser accepts ({limits.Describe("markdown-depth")} applies below that)");
            return null;
        }
        foreach (var node in document.Descendants())
        {
            var depth = 0;
            for (MarkdownObject? parent = Parent(node); parent is not null and not MarkdownDocument; parent = Parent(parent)) depth++;
            if (depth <= limits.MarkdownDepth) continue;
            diagnostics.Error(DiagnosticCodes.LimitExceeded, at,
                $"the rendered Markdown nests {depth} deep at its line {node.Line + 1} (block quotes, lists, emphasis or links), more than {limits.Describe("markdown-depth")}");
            return null;
        }
        return document;
    }

    private static MarkdownObject? Parent(MarkdownObject node) => node switch
    {
        Inline { Parent: { } container } => container,
        Inline inline => inline.ParentBlock(),
        Block block => block.Parent,
        _ => null,
    };

    private static Block? ParentBlock(this Inline inline)
    {
        Inline current = inline;
        while (current.Parent is { } parent) current = parent;
        return (current as ContainerInline)?.ParentBlock;
    }
}
