namespace ReleaseGen.Tieout;

/// <summary>
/// A place in the final document as findings print it: a line and a column for text formats; for a
/// PDF, the page as the line and the line on that page as the column.
/// </summary>
public readonly record struct TextPosition(int Line, int Column);

/// <summary>Text read back from a final document, with the position of every character in the file it came from.</summary>
public sealed class PositionedText
{
    private readonly TextPosition[] _positions;

    public PositionedText(string text, IReadOnlyList<TextPosition> positions)
    {
        if (text.Length != positions.Count) throw new ArgumentException("one position per character", nameof(positions));
        Text = text;
        _positions = [.. positions];
    }

    public string Text { get; }

    public static PositionedText Empty { get; } = new("", []);

    /// <summary>The position of the character at <paramref name="index"/> (the last one past the end).</summary>
    public TextPosition At(int index) =>
        _positions.Length == 0 ? new TextPosition(1, 1) : _positions[Math.Clamp(index, 0, _positions.Length - 1)];

    public PositionedText Slice(int start, int length) => new(Text.Substring(start, length), _positions[start..(start + length)]);

    /// <summary>Leading and trailing white space removed, positions kept.</summary>
    public PositionedText Trim()
    {
        var start = 0;
        var end = Text.Length;
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        return start == 0 && end == Text.Length ? this : Slice(start, end - start);
    }

    public override string ToString() => Text;
}

/// <summary>Builds a <see cref="PositionedText"/> one character (or run) at a time.</summary>
public sealed class PositionedTextBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<TextPosition> _positions = [];

    public int Length => _text.Length;

    public PositionedTextBuilder Append(char c, TextPosition at)
    {
        _text.Append(c);
        _positions.Add(at);
        return this;
    }

    public PositionedTextBuilder Append(string text, TextPosition at)
    {
        foreach (var c in text) Append(c, at);
        return this;
    }

    public PositionedTextBuilder Append(PositionedText text)
    {
        for (var i = 0; i < text.Text.Length; i++) Append(text.Text[i], text.At(i));
        return this;
    }

    /// <summary>A single space unless the text is empty or already ends in white space.</summary>
    public PositionedTextBuilder Space(TextPosition at)
    {
        if (_text.Length > 0 && !char.IsWhiteSpace(_text[^1])) Append(' ', at);
        return this;
    }

    public PositionedText Build() => new(_text.ToString(), _positions);
}

/// <summary>A block of the final document: running text, or a table.</summary>
public abstract record FinalBlock;

/// <summary>A paragraph, heading, list item or footnote: running text.</summary>
public sealed record FinalParagraph(PositionedText Text) : FinalBlock;

/// <summary>A table as printed: its title (when one is printed above it) and its rows, header rows first.</summary>
public sealed record FinalTable(PositionedText? Title, IReadOnlyList<FinalRow> Rows) : FinalBlock
{
    public IEnumerable<FinalRow> HeaderRows => Rows.Where(r => r.IsHeader);

    public IEnumerable<FinalRow> BodyRows => Rows.Where(r => !r.IsHeader);
}

/// <summary>A table row: the label cell and the figure cells, left to right (empty cells kept where the format keeps them).</summary>
public sealed record FinalRow(PositionedText Label, IReadOnlyList<PositionedText> Cells, bool IsHeader, TextPosition Position);

/// <summary>A final release read back from a file: where it came from, what kind of file, and its blocks in reading order.</summary>
public sealed record FinalDocument(string Path, string Kind, IReadOnlyList<FinalBlock> Blocks);

/// <summary>
/// Reads one kind of final document (Markdown, HTML, PDF, plain text, Word) into blocks with positions.
/// A new format is one class registered in <see cref="FinalDocumentReaders"/>.
/// </summary>
public interface IFinalDocumentReader
{
    /// <summary>"markdown", "html", "pdf", "text".</summary>
    string Kind { get; }

    /// <summary>File extensions this reader takes, lower case with the dot: ".md".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads <paramref name="content"/> (the bytes of <paramref name="path"/>); throws <see cref="FinalDocumentException"/> on a file it cannot read.</summary>
    FinalDocument Read(string path, byte[] content);
}

/// <summary>A final document that cannot be read (not a PDF, broken HTML ...); the message is for people.</summary>
public sealed class FinalDocumentException(string message) : Exception(message);

/// <summary>The readers by file extension. <see cref="Core"/> reads Markdown, HTML and plain text; a host adds PDF (and Word) with <see cref="With"/>.</summary>
public sealed class FinalDocumentReaders(IEnumerable<IFinalDocumentReader> readers)
{
    private readonly IReadOnlyList<IFinalDocumentReader> _readers = readers.ToList();

    public static FinalDocumentReaders Core { get; } = new([new Readers.MarkdownDocumentReader(), new Readers.HtmlDocumentReader(), new Readers.PlainTextDocumentReader()]);

    public IReadOnlyList<IFinalDocumentReader> All => _readers;

    public FinalDocumentReaders With(params IFinalDocumentReader[] more) => new(_readers.Concat(more));

    /// <summary>The reader for <paramref name="path"/>'s extension (".htm", ".html", ".md", ".txt", ".pdf"), or null.</summary>
    public IFinalDocumentReader? For(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)));
    }

    public IEnumerable<string> Extensions => _readers.SelectMany(r => r.Extensions);
}
