using Markdig.Renderers;
using Markdig.Syntax;

namespace ReleaseGen.Html.Renderers;

/// <summary>Base of the object renderers: one small class per AST node type, as in Markdig.</summary>
internal abstract class ReleaseObjectRenderer<TObject> : MarkdownObjectRenderer<ReleaseHtmlRenderer, TObject>
    where TObject : MarkdownObject
{
}
