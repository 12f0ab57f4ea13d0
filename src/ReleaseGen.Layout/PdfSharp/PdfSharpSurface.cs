using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace ReleaseGen.Layout.PdfSharp;

/// <summary>
/// Draws the layout onto a PDFsharp document: one PDF page per layout page, text with embedded fonts,
/// web links as link annotations, outline entries, and (when tagged) a logical structure tree with
/// page furniture marked as artifacts.
/// </summary>
public sealed class PdfSharpSurface : IDrawingSurface
{
    private readonly PdfDocument _document;
    private readonly PdfSharpTextMeasurer _fonts;
    private readonly StructureBuilder? _structure;
    private readonly List<PdfOutline?> _outlineStack = [];
    private PdfPage? _page;
    private XGraphics? _graphics;
    private Size _pageSize;

    public PdfSharpSurface(PdfDocument document, PdfSharpTextMeasurer fonts, bool tagged)
    {
        _document = document;
        _fonts = fonts;
        if (tagged) _structure = UAManager.ForDocument(document).StructureBuilder;
    }

    private XGraphics G => _graphics ?? throw new InvalidOperationException("No page is open.");

    public void BeginPage(int pageNumber, Size pageSize)
    {
        _pageSize = pageSize;
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(pageSize.Width);
        _page.Height = XUnit.FromPoint(pageSize.Height);
        _graphics = XGraphics.FromPdfPage(_page, XGraphicsUnit.Point);
    }

    public void EndPage()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    // PDFsharp's XStringFormats properties make a new format on every read: one for every run drawn.
    private static readonly XStringFormat BaseLineLeft = XStringFormats.BaseLineLeft;

    private static XColor ToX(Color c) => XColor.FromArgb(c.R, c.G, c.B);

    // A release draws thousands of runs in a few colours: one brush per colour, not one per run.
    private readonly Dictionary<Color, XSolidBrush> _brushes = [];

    private XSolidBrush Brush(Color color)
    {
        if (!_brushes.TryGetValue(color, out var brush)) _brushes[color] = brush = new XSolidBrush(ToX(color));
        return brush;
    }

    /// <summary>
    /// Draws <paramref name="text"/> kerned as the measurer measured it: PDFsharp draws a string with its
    /// glyphs' advances only, so the text is drawn in runs that start where a kerned pair moves the glyph.
    /// </summary>
    public void DrawText(double x, double baseline, string text, TextStyle style)
    {
        var font = _fonts.Font(style);
        var brush = Brush(style.Color);
        var kerning = _fonts.Kerning(style);
        if (kerning.Count == 0)
        {
            G.DrawString(text, font, brush, x, baseline, BaseLineLeft);
            return;
        }
        int start = 0;
        double runX = x;
        for (int i = 1; i <= text.Length; i++)
        {
            double adjust = i < text.Length ? kerning.Em(text[i - 1], text[i]) : 0;
            if (i < text.Length && adjust == 0) continue;
            var run = text[start..i];
            G.DrawString(run, font, brush, runX, baseline, BaseLineLeft);
            runX += _fonts.MeasureWidth(run, style) + adjust * style.Size;
            start = i;
        }
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
        => G.DrawLine(new XPen(ToX(color), thickness), x1, y1, x2, y2);

    public void FillRectangle(double x, double y, double width, double height, Color color)
        => G.DrawRectangle(Brush(color), x, y, width, height);

    public void BeginLink(double x, double y, double width, double height, string uri)
    {
        var page = _page ?? throw new InvalidOperationException("No page is open.");
        // Link annotation rectangles are in PDF user space: origin bottom-left.
        var rect = new PdfRectangle(new XPoint(x, _pageSize.Height - y - height), new XPoint(x + width, _pageSize.Height - y));
        var link = PdfLinkAnnotation.CreateWebLink(rect, uri);
        // PDFsharp stamps annotations with a random name and the clock: use stable values instead.
        _linkCount++;
        link.Elements.SetString("/NM", $"link-{_linkCount}");
        link.Elements.Remove("/M");
        link.Elements.SetInteger("/F", 4); // Print
        if (_structure is null) page.Annotations.Add(link);
        else _structure.BeginElement(link, uri); // a Link structure element owning the annotation and the text drawn next
    }

    private int _linkCount;
    private int _noteCount;

    public void EndLink() => _structure?.End();

    public void AddBookmark(int level, string title, double y)
    {
        var page = _page ?? throw new InvalidOperationException("No page is open.");
        level = Math.Max(1, level);
        while (_outlineStack.Count >= level) _outlineStack.RemoveAt(_outlineStack.Count - 1);
        var parent = _outlineStack.LastOrDefault(o => o is not null);
        var collection = parent is null ? _document.Outlines : parent.Outlines;
        var outline = collection.Add(title, page, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Top = Math.Max(0, _pageSize.Height - y + 6);
        outline.Left = 0;
        while (_outlineStack.Count < level - 1) _outlineStack.Add(null);
        _outlineStack.Add(outline);
    }

    public void BeginTag(StructureTag tag, int colSpan = 1, TableHeaderScope scope = TableHeaderScope.Column)
    {
        if (_structure is null) return;
        var name = tag.ToString();
        switch (tag)
        {
            case StructureTag.Document or StructureTag.Sect or StructureTag.Art or StructureTag.Div or StructureTag.BlockQuote:
                _structure.BeginGroupingElement(name);
                break;
            case StructureTag.Note:
                // A note holds paragraphs (and a label); PDF/UA asks each Note for a unique ID.
                _structure.BeginGroupingElement(name);
                _structure.CurrentStructureElement.Elements.SetString("/ID", $"note-{++_noteCount}");
                break;
            default:
                _structure.BeginBlockLevelElement(name);
                break;
        }
        if (colSpan > 1) _structure.SetColSpan(colSpan);
        if (tag == StructureTag.TH)
            _structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
    }

    public void EndTag() => _structure?.End();

    public void BeginArtifact() => _structure?.BeginArtifact();

    public void EndArtifact() => _structure?.End();
}
