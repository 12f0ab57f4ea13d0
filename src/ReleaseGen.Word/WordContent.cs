using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReleaseGen.Word;

/// <summary>
/// What a document's renderer produces before it becomes a package: the body's blocks, the footnotes,
/// the hyperlink targets and the list instances. Every id is a counter, so the same input numbers
/// everything the same way.
/// </summary>
internal sealed class WordContent
{
    private readonly List<(string Id, Uri Target)> _hyperlinks = [];
    private readonly List<(int NumberingId, bool Ordered, int Start, int Level)> _lists = [];

    public List<OpenXmlElement> Body { get; } = [];

    public List<Footnote> Footnotes { get; } = [];

    public IReadOnlyList<(string Id, Uri Target)> Hyperlinks => _hyperlinks;

    /// <summary>Numbering instances: bullets share the abstract bullet list, each ordered list restarts at its start.</summary>
    public IReadOnlyList<(int NumberingId, bool Ordered, int Start, int Level)> Lists => _lists;

    /// <summary>The relationship id of a hyperlink to <paramref name="target"/>; null when the URL is not absolute.</summary>
    public string? AddHyperlink(string target)
    {
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri)) return null;
        var id = $"rIdLink{_hyperlinks.Count + 1}";
        _hyperlinks.Add((id, uri));
        return id;
    }

    /// <summary>A new list instance (its <c>w:numId</c>) at nesting <paramref name="level"/> (0 at the top); ordered lists count from <paramref name="start"/>.</summary>
    public int AddList(bool ordered, int level, int start = 1)
    {
        var id = _lists.Count + 1;
        _lists.Add((id, ordered, start, level));
        return id;
    }
}
