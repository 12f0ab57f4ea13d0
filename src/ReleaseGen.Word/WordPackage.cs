using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReleaseGen.Word;

/// <summary>
/// Writes <see cref="WordContent"/> as a .docx: the main document with its section (page size,
/// margins as the PDF's, the footer), styles, fonts, numbering, footnotes, settings and core
/// properties. Every relationship id is named here, and the zip is rewritten with a fixed entry order
/// and the release date as every entry's time, so the same content gives the same bytes.
/// </summary>
internal static class WordPackage
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Twips (1/20 pt). The margins are the PDF's: 72 pt left, right and bottom, 64 pt top.
    private const int MarginLeft = 1440, MarginRight = 1440, MarginTop = 1280, MarginBottom = 1440, FooterDistance = 640;

    /// <summary>The text width in twips: the page less its side margins.</summary>
    public static int TextWidth(string pageSize) => PageWidth(pageSize) - MarginLeft - MarginRight;

    private static int PageWidth(string pageSize) => pageSize == "a4" ? 11906 : 12240;

    private static int PageHeight(string pageSize) => pageSize == "a4" ? 16838 : 15840;

    /// <param name="trackRevisions">Turn on Track Changes, so that counsel's edits to a redline are tracked too.</param>
    public static byte[] Write(WordContent content, WordDocumentInfo info, bool trackRevisions = false)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            WriteXml(package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2"), CoreProperties(info));
            WriteXml(package.AddNewPart<ExtendedFilePropertiesPart>("application/vnd.openxmlformats-officedocument.extended-properties+xml", "rId3"), AppProperties());

            var textWidth = TextWidth(info.PageSize);
            WriteXml(main.AddNewPart<StyleDefinitionsPart>("rId1"), WordStyles.Xml(info.Language, textWidth));
            WriteXml(main.AddNewPart<DocumentSettingsPart>("rId2"), Settings(info.Language, trackRevisions));
            WriteXml(main.AddNewPart<FontTablePart>("rId3"), WordStyles.FontTableXml);
            WriteXml(main.AddNewPart<NumberingDefinitionsPart>("rId4"), Numbering(content));
            main.AddNewPart<FootnotesPart>("rId5").Footnotes = Footnotes(content);
            main.AddNewPart<FooterPart>("rId6").Footer = Footer(info);
            foreach (var (id, target) in content.Hyperlinks) main.AddHyperlinkRelationship(target, true, id);

            var body = new Body();
            foreach (var element in content.Body) body.Append(element);
            body.Append(Section(info.PageSize));
            var document = new Document(body);
            document.AddNamespaceDeclaration("w", WordNamespace);
            document.AddNamespaceDeclaration("r", RelationshipNamespace);
            main.Document = document;
        }
        return Stabilize(stream.ToArray(), info.Date);
    }

    private static void WriteXml(OpenXmlPart part, string xml)
    {
        using var writer = new StreamWriter(part.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        writer.Write(xml);
    }

    private static string CoreProperties(WordDocumentInfo info)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var root = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", info.Title),
            new XElement(dc + "subject", info.Subject),
            new XElement(dc + "creator", info.Author),
            new XElement(cp + "keywords", string.Join(", ", info.Keywords)),
            new XElement(dc + "language", info.Language),
            new XElement(cp + "lastModifiedBy", info.Author),
            new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string AppProperties() =>
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>ReleaseGen</Application></Properties>";

    private static string Settings(string language, bool trackRevisions)
    {
        var lang = System.Security.SecurityElement.Escape(language);
        return $"""
            <w:settings xmlns:w="{WordNamespace}"><w:zoom w:percent="100"/>{(trackRevisions ? "<w:trackRevisions/>" : "")}<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{lang}"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>
            """;
    }

    /// <summary>Two abstract lists (bullets: • and ◦ alternating; decimal "1."), nine levels each, 16 pt per level as in the PDF; one instance per list.</summary>
    private static string Numbering(WordContent content)
    {
        var xml = new StringBuilder($"<w:numbering xmlns:w=\"{WordNamespace}\">");
        foreach (var ordered in new[] { false, true })
        {
            xml.Append(CultureInfo.InvariantCulture, $"<w:abstractNum w:abstractNumId=\"{(ordered ? 2 : 1)}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
            for (var level = 0; level < 9; level++)
            {
                var text = ordered ? $"%{level + 1}." : level % 2 == 0 ? "\u2022" : "\u25E6";
                xml.Append(CultureInfo.InvariantCulture,
                    $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{(ordered ? "decimal" : "bullet")}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>"
                    + $"<w:pPr><w:ind w:left=\"{320 * (level + 1)}\" w:hanging=\"320\"/></w:pPr>"
                    + $"<w:rPr><w:rFonts w:ascii=\"{WordStyles.FontFamily}\" w:hAnsi=\"{WordStyles.FontFamily}\" w:cs=\"{WordStyles.FontFamily}\"/></w:rPr></w:lvl>");
            }
            xml.Append("</w:abstractNum>");
        }
        foreach (var (id, ordered, start, level) in content.Lists)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{(ordered ? 2 : 1)}\"/>");
            if (ordered) xml.Append(CultureInfo.InvariantCulture, $"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>");
            xml.Append("</w:num>");
        }
        return xml.Append("</w:numbering>").ToString();
    }

    private static Footnotes Footnotes(WordContent content)
    {
        static Paragraph Separator(OpenXmlElement mark) => new(
            new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark));
        var footnotes = new Footnotes(
            new Footnote(Separator(new SeparatorMark())) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(Separator(new ContinuationSeparatorMark())) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var note in content.Footnotes) footnotes.Append(note);
        return footnotes;
    }

    /// <summary>The footer: the issuer and period at the left; "Page N of M" at the right, N and M as PAGE and NUMPAGES fields.</summary>
    private static Footer Footer(WordDocumentInfo info)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }));
        paragraph.Append(new Run(new Text(info.FooterText) { Space = SpaceProcessingModeValues.Preserve }), new Run(new TabChar()));
        var rest = info.PageNumberPattern;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = new[] { page, pages }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                paragraph.Append(new Run(new Text(rest) { Space = SpaceProcessingModeValues.Preserve }));
                break;
            }
            if (next > 0) paragraph.Append(new Run(new Text(rest[..next]) { Space = SpaceProcessingModeValues.Preserve }));
            var isPages = next == pages;
            paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = isPages ? " NUMPAGES " : " PAGE " });
            rest = rest[(next + (isPages ? "{pages}" : "{page}").Length)..];
        }
        var footer = new Footer(paragraph);
        footer.AddNamespaceDeclaration("w", WordNamespace);
        return footer;
    }

    private static SectionProperties Section(string pageSize) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rId6" },
        new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
        new PageSize { Width = (UInt32Value)(uint)PageWidth(pageSize), Height = (UInt32Value)(uint)PageHeight(pageSize) },
        new PageMargin
        {
            Top = MarginTop, Right = (UInt32Value)(uint)MarginRight, Bottom = MarginBottom, Left = (UInt32Value)(uint)MarginLeft,
            Header = 720, Footer = FooterDistance, Gutter = 0,
        });

    /// <summary>
    /// The package's zip rewritten deterministically: [Content_Types].xml and the package relationships
    /// first, then the parts by name, every entry stamped with the release date.
    /// </summary>
    private static byte[] Stabilize(byte[] docx, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entries = input.Entries
            .OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 })
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
