using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Markdown;

/// <summary>The release's title: the text of its first level-one heading (the headline).</summary>
public static class DocumentTitle
{
    public static string Of(MarkdownDocument document)
    {
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        return heading?.Inline is null ? "" : string.Join(" ", PlainText.SplitWords(InlineText(heading.Inline)));
    }

    private static string InlineText(ContainerInline container) => string.Concat(container.Select(inline => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        ContainerInline inner => InlineText(inner),
        LineBreakInline => " ",
        _ => "",
    }));
}
