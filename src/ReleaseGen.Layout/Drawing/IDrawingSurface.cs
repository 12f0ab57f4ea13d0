namespace ReleaseGen.Layout;

/// <summary>Logical structure types for tagged output (PDF/UA names).</summary>
public enum StructureTag
{
    Document, Sect, Art, Div, BlockQuote, Note,
    H1, H2, H3, H4, H5, H6, P,
    L, LI, Lbl, LBody,
    Table, Caption, THead, TBody, TR, TH, TD,
}

/// <summary>Which cells a TH structure element heads (the PDF /Scope attribute).</summary>
public enum TableHeaderScope
{
    /// <summary>The cells below it, in the columns it spans.</summary>
    Column,

    /// <summary>The cells of its row (a row label).</summary>
    Row,

    /// <summary>Both its row and its column.</summary>
    Both,
}

/// <summary>
/// Where the layout engine draws. Coordinates are absolute page coordinates in points, origin at the
/// top-left, y growing downwards; text is positioned by its baseline.
/// </summary>
public interface IDrawingSurface
{
    void BeginPage(int pageNumber, Size pageSize);
    void EndPage();

    void DrawText(double x, double baseline, string text, TextStyle style);
    void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color);
    void FillRectangle(double x, double y, double width, double height, Color color);

    /// <summary>
    /// Makes a rectangle of the current page a link to <paramref name="uri"/>; what is drawn until
    /// <see cref="EndLink"/> is the link's content (a Link structure element when tagged).
    /// </summary>
    void BeginLink(double x, double y, double width, double height, string uri);
    void EndLink();

    /// <summary>Adds a document outline entry (bookmark) at <paramref name="y"/> on the current page.</summary>
    void AddBookmark(int level, string title, double y);

    /// <summary>
    /// Opens a logical structure element; what is drawn until <see cref="EndTag"/> belongs to it.
    /// <paramref name="colSpan"/> and <paramref name="scope"/> are table attributes (scope for TH only).
    /// </summary>
    void BeginTag(StructureTag tag, int colSpan = 1, TableHeaderScope scope = TableHeaderScope.Column);
    void EndTag();

    /// <summary>Opens an artifact (page furniture such as footers and rules), excluded from the structure.</summary>
    void BeginArtifact();
    void EndArtifact();
}
