using ReleaseGen.Formats;

namespace ReleaseGen.Word;

/// <summary>What a Word document says about itself (core properties), its page and its footer.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Author">The issuer: the creator of the document.</param>
/// <param name="Subject">"Alexco Resource Corp.: Silver Production, Second Quarter 2012".</param>
/// <param name="Keywords">The document's keywords.</param>
/// <param name="Language">The BCP 47 tag of the text, set on the styles so proofing and screen readers use it.</param>
/// <param name="Date">The release date: created and modified, never the clock.</param>
/// <param name="FooterText">The footer's left part: "Alexco Resource Corp. | Second Quarter 2012".</param>
/// <param name="PageNumberPattern">The footer's right part, "Page {page} of {pages}", whose placeholders become PAGE and NUMPAGES fields.</param>
/// <param name="PageSize"><c>letter</c> or <c>a4</c>.</param>
public sealed record WordDocumentInfo(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    string Language,
    DateOnly Date,
    string FooterText,
    string PageNumberPattern,
    string PageSize = "letter")
{
    /// <summary>The properties and footer of a built release, in its language.</summary>
    public static WordDocumentInfo From(ReleaseDocument document, FormatOptions options)
    {
        var info = document.Info;
        return new WordDocumentInfo(info.Title, info.Issuer, info.Description, info.Keywords, info.Language, info.Date, info.FooterText,
            document.Language.PageNumberPattern, CheckedPageSize(options.PageSize));
    }

    /// <summary>The page size, lower case; an <see cref="ArgumentException"/> for anything but letter and a4.</summary>
    public static string CheckedPageSize(string pageSize) => pageSize.ToLowerInvariant() switch
    {
        "letter" => "letter",
        "a4" => "a4",
        _ => throw new ArgumentException($"unknown page size '{pageSize}'; use letter or a4", nameof(pageSize)),
    };
}
