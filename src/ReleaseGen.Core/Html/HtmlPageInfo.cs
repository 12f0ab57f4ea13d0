namespace ReleaseGen.Html;

/// <summary>What a rendered page needs besides the Markdown: its title and language.</summary>
/// <param name="Title">The document title (the headline); written escaped into <c>&lt;title&gt;</c>.</param>
/// <param name="Language">A BCP 47 tag for the <c>lang</c> attribute of the standalone page, e.g. <c>en-CA</c>.</param>
public sealed record HtmlPageInfo(string Title, string Language);
