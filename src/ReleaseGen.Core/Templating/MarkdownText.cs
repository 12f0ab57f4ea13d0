namespace ReleaseGen.Templating;

/// <summary>
/// Text that is already Markdown, produced on purpose by a function (an escaped data string, a link,
/// emphasis). The renderer inserts it as is; a plain <see cref="string"/> from data is escaped with
/// <see cref="MarkdownEscaper.Escape"/> first. Renders in Scriban as its <see cref="Value"/>.
/// </summary>
public readonly record struct MarkdownText(string Value)
{
    /// <summary>Escapes plain text into Markdown that shows exactly that text.</summary>
    public static MarkdownText FromPlainText(string? text) => new(MarkdownEscaper.Escape(text));

    public override string ToString() => Value ?? "";
}
