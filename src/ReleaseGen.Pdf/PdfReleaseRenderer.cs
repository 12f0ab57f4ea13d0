using System.Globalization;
using Markdig.Syntax;
using PdfSharp.Pdf;
using ReleaseGen.Layout;
using ReleaseGen.Pdf.FileStructure;
using ReleaseGen.Layout.PdfSharp;
using ReleaseGen.Pdf.Fonts;
using ReleaseGen.Pdf.Rendering;

namespace ReleaseGen.Pdf;

/// <summary>What the PDF says about itself, and the footer text printed on every page.</summary>
/// <param name="Title">Document title (the headline).</param>
/// <param name="Author">The issuer.</param>
/// <param name="Subject">For example "Second quarter 2012 production results".</param>
/// <param name="Keywords">Document keywords.</param>
/// <param name="Language">BCP 47 language tag, for example <c>en-CA</c>.</param>
/// <param name="Date">The release date: the PDF's creation and modification dates, never the clock.</param>
/// <param name="FooterText">Printed at the bottom left of each page, before "Page N of M".</param>
/// <param name="PageNumberPattern">The page number at the bottom right, in the document's language: "Page {page} of {pages}".</param>
public sealed record PdfDocumentInfo(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    string Language,
    DateTimeOffset Date,
    string FooterText,
    string PageNumberPattern = "Page {page} of {pages}")
{
    /// <summary>The PDF's metadata and footer from a built release: its language's page words, its date for every date.</summary>
    public static PdfDocumentInfo From(ReleaseDocument document)
    {
        var info = document.Info;
        return new PdfDocumentInfo(info.Title, info.Issuer, info.Description, info.Keywords, info.Language,
            new DateTimeOffset(info.Date, TimeOnly.MinValue, TimeSpan.Zero), info.FooterText, document.Language.PageNumberPattern);
    }

    public string PageNumber(int page, int pages) => PageNumberPattern
        .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pages}", pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>Renders a parsed release to a tagged PDF with embedded fonts, bookmarks and page numbers.</summary>
public static class PdfReleaseRenderer
{
    /// <summary>The Producer the Info dictionary and the XMP metadata both name.</summary>
    private static readonly string Producer = "ReleaseGen with PDFsharp " + typeof(PdfDocument).Assembly.GetName().Version!.ToString(3);

    /// <summary>
    /// Renders <paramref name="document"/> (parsed with <c>ReleaseMarkdown.Parse</c>) to PDF bytes.
    /// The same input always gives the same bytes, whatever the machine's clock, culture or time zone.
    /// </summary>
    public static byte[] Render(MarkdownDocument document, PdfDocumentInfo info, PdfStyleSheet? style = null) =>
        Render(document, info, style, fonts: null);

    /// <inheritdoc cref="Render(MarkdownDocument, PdfDocumentInfo, PdfStyleSheet?)"/>
    /// <param name="fonts">Fonts compacted for earlier files; null: the process's shared cache.</param>
    internal static byte[] Render(MarkdownDocument document, PdfDocumentInfo info, PdfStyleSheet? style, CompactedFontCache? fonts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(info);
        style ??= PdfStyleSheet.Letter;
        return RenderLayout(BuildLayout(document, info, style), info, style.Kerning, fonts);
    }

    /// <summary>Draws a laid-out document (a release, a blackline) into a tagged PDF with <paramref name="info"/>'s metadata.</summary>
    internal static byte[] RenderLayout(LayoutDocument layout, PdfDocumentInfo info, bool kerning = true, CompactedFontCache? fonts = null)
    {
        ReleaseFontResolver.EnsureInstalled();

        // PDFsharp formats dates (and possibly numbers) with the current culture: a Thai or Hijri
        // calendar would change the year written in the file. Render under the invariant culture.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return RenderInvariant(layout, info, kerning, fonts);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static byte[] RenderInvariant(LayoutDocument layout, PdfDocumentInfo info, bool kerning, CompactedFontCache? fonts)
    {
        var measurer = PdfSharpTextMeasurer.ForThread(kerning);
        using var pdf = new PdfDocument();
        pdf.Info.Title = info.Title;
        pdf.Info.Author = info.Author;
        pdf.Info.Subject = info.Subject;
        pdf.Info.Keywords = string.Join(", ", info.Keywords);
        pdf.Info.Creator = "ReleaseGen";
        pdf.PageMode = PdfPageMode.UseOutlines;
        pdf.ViewerPreferences.DisplayDocTitle = true;
        PdfDeterminism.Prepare(pdf, info.Date);
        // PdfFileWriter compresses every stream itself (PDFsharp's zlib streams lack their checksum): PDFsharp
        // compressing the page contents and ToUnicode maps would only have the writer inflate them again.
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;

        var surface = new PdfSharpSurface(pdf, measurer, tagged: true);
        // After the structure tree exists: creating it sets a default language.
        pdf.Language = info.Language;
        DocumentGenerator.Generate(layout, surface, measurer);

        using var stream = new PooledBufferStream(256 * 1024);
        pdf.Save(stream, closeStream: false);
        return PdfFileWriter.Write(stream.Buffer, (int)stream.Length, info, Producer, fonts);
    }

    /// <summary>The layout of a release, for drawing on any surface (the tests use the recorder).</summary>
    public static LayoutDocument BuildLayout(MarkdownDocument document, PdfDocumentInfo info, PdfStyleSheet style)
    {
        var renderer = new PdfRenderer(style);
        renderer.Render(document);
        return new LayoutDocument(renderer.Root)
        {
            PageSize = style.PageSize,
            Margins = style.Margins,
            FooterOffset = 20,
            Footer = page => Footer(style, info, page),
        };
    }

    /// <summary>The page furniture of every page: a rule, the footer text at the left, "Page N of M" at the right.</summary>
    internal static Element Footer(PdfStyleSheet style, PdfDocumentInfo info, PageContext page)
    {
        var text = style.Text(style.FooterSize, color: style.MutedColor);
        var footerText = info.FooterText;
        var pageText = info.PageNumber(page.PageNumber, page.TotalPages);
        var column = new Column(3);
        column.Add(new HorizontalRule(0.4, style.MutedColor));
        column.Add(new Layers(
            new TextBlock(footerText, text, TextAlignment.Left),
            new TextBlock(pageText, text, TextAlignment.Right)));
        return column;
    }

    /// <summary>Renders with the text-only measurer onto a recorder: for tests and debugging.</summary>
    public static RecordingSurface Record(MarkdownDocument document, PdfDocumentInfo info, PdfStyleSheet? style = null, ITextMeasurer? measurer = null)
    {
        style ??= PdfStyleSheet.Letter;
        var layout = BuildLayout(document, info, style);
        var surface = new RecordingSurface();
        if (measurer is null)
        {
            ReleaseFontResolver.EnsureInstalled();
            DocumentGenerator.Generate(layout, surface, PdfSharpTextMeasurer.ForThread(style.Kerning));
        }
        else
        {
            DocumentGenerator.Generate(layout, surface, measurer);
        }
        return surface;
    }
}
