using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace ReleaseGen.Pdf.Tests;

public class PdfStructureTests
{
    private static readonly byte[] Sample = PdfReleaseRenderer.Render(Samples.SampleRelease, Samples.Info);

    [Fact]
    public void Metadata_carries_title_author_subject_keywords_language_and_release_date()
    {
        using var document = PdfDocument.Open(Sample);
        var info = document.Information;
        Assert.Equal(Samples.Info.Title, info.Title);
        Assert.Equal(Samples.Info.Author, info.Author);
        Assert.Equal(Samples.Info.Subject, info.Subject);
        Assert.Equal("silver, production, Keno Hill", info.Keywords);
        Assert.Equal("D:20120716133000Z", Normalize(info.CreationDate));
        Assert.Equal(info.CreationDate, info.ModifiedDate);

        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet<StringToken>(NameToken.Create("Lang"), out var lang));
        Assert.Equal("en-CA", lang.Data);
    }

    [Fact]
    public void Xmp_metadata_declares_pdf_ua_1_with_the_title_language_and_dates_of_the_info_dictionary()
    {
        using var document = PdfDocument.Open(Sample);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        var xmp = metadata.GetXDocument();
        string? Value(string ns, string name) => xmp.Descendants(System.Xml.Linq.XName.Get(name, ns)).FirstOrDefault()?.Value;
        Assert.Equal("1", Value("http://www.aiim.org/pdfua/ns/id/", "part"));
        Assert.Equal(Samples.Info.Title, Value("http://purl.org/dc/elements/1.1/", "title"));
        Assert.Equal(Samples.Info.Author, Value("http://purl.org/dc/elements/1.1/", "creator"));
        Assert.Equal("en-CA", Value("http://purl.org/dc/elements/1.1/", "language"));
        Assert.Equal("2012-07-16T13:30:00+00:00", Value("http://ns.adobe.com/xap/1.0/", "CreateDate"));
        Assert.Equal(document.Information.Producer, Value("http://ns.adobe.com/pdf/1.3/", "Producer"));

        // PDF/UA: the viewer shows the title, not the file name.
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet<DictionaryToken>(NameToken.Create("ViewerPreferences"), document.Structure.TokenScanner, out var preferences));
        Assert.True(preferences.TryGet<BooleanToken>(NameToken.Create("DisplayDocTitle"), out var displayTitle) && displayTitle.Data);
    }

    private static string? Normalize(string? pdfDate) => pdfDate?.Replace("+00'00'", "Z", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);

    [Fact]
    public void Bookmarks_follow_the_headings()
    {
        using var document = PdfDocument.Open(Sample);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var root = Assert.Single(bookmarks.Roots);
        Assert.Equal("Alexco Reports Silver Production for the Second Quarter of 2012", root.Title);
        Assert.Equal(
            ["Second Quarter and Year-to-Date 2012 Production Highlights", "Financial Results for the Second Quarter of 2012", "Forward-Looking Statements"],
            root.Children.Select(c => c.Title));
    }

    [Fact]
    public void The_pdf_is_tagged_with_headings_paragraphs_lists_and_tables_with_header_cells()
    {
        using var document = PdfDocument.Open(Sample);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet<DictionaryToken>(NameToken.Create("MarkInfo"), document.Structure.TokenScanner, out var markInfo));
        Assert.True(markInfo.TryGet<BooleanToken>(NameToken.Create("Marked"), out var marked) && marked.Data);
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"));

        var types = StructureTypes(Sample);
        foreach (var tag in new[] { "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD", "BlockQuote", "Link" })
            Assert.Contains(tag, types);
    }

    [Fact]
    public void Link_annotations_belong_to_link_structure_elements_and_header_cells_have_column_scope()
    {
        var text = PdfText.Expanded(Sample);
        var annotations = System.Text.RegularExpressions.Regex.Matches(text, @"/Subtype/Link[^>]*/StructParent \d+").Count;
        Assert.Equal(2, annotations);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, @"/Type/OBJR").Count);
        Assert.Contains("/Scope/Column", text, StringComparison.Ordinal);
    }

    [Fact]
    public void All_text_is_marked_content_and_only_the_footer_is_an_artifact()
    {
        using var document = PdfDocument.Open(Sample);
        foreach (var page in document.GetPages())
        {
            var stack = new Stack<string>();
            int artifactTexts = 0, taggedTexts = 0, untagged = 0;
            foreach (var op in page.Operations)
            {
                switch (op)
                {
                    case BeginMarkedContentWithProperties bdc: stack.Push(bdc.Name.Data); break;
                    case BeginMarkedContent bmc: stack.Push(bmc.Name.Data); break;
                    case EndMarkedContent: stack.Pop(); break;
                    case ShowText or ShowTextsWithPositioning:
                        if (stack.Count == 0) untagged++;
                        else if (stack.Contains("Artifact")) artifactTexts++;
                        else taggedTexts++;
                        break;
                }
            }
            Assert.Equal(0, untagged);
            Assert.True(taggedTexts > 0);
            Assert.Equal(2, artifactTexts); // the footer's left text and its "Page N of M"
        }
    }

    [Fact]
    public void A_table_and_a_paragraph_split_across_pages_stay_one_structure_element_each()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 90).Select(i => $"| Item {i} | {i * 7} |"));
        var longParagraph = string.Join(" ", Enumerable.Repeat("The mill processed more tonnes than in the same quarter of the previous year.", 60));
        var markdown = $"# Long\n\n| Metric | Value |\n|:--|--:|\n{rows}\n\n{longParagraph}\n";
        // Unkerned, so each text is one text-showing operator (a kerned text is drawn in runs).
        var pdf = PdfReleaseRenderer.Render(ReleaseGen.Markdown.ReleaseMarkdown.Parse(markdown), Samples.Info, PdfStyleSheet.Letter with { Kerning = false });
        var text = PdfText.Expanded(pdf);
        int Count(string type) => System.Text.RegularExpressions.Regex.Matches(text, @"/Type/StructElem[^>]*?/S/" + type + @"\b").Count;

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 4);
        Assert.Equal(1, Count("Table"));
        Assert.Equal(1, Count("THead"));
        Assert.Equal(1, Count("TBody"));
        Assert.Equal(91, Count("TR"));
        Assert.Equal(1, Count("P"));
        Assert.Contains("/Type/MCR", text, StringComparison.Ordinal); // content of one element on another page

        // On the pages the table continues on, its repeated header is an artifact.
        int page2ArtifactTexts = 0;
        var stack = new Stack<string>();
        foreach (var op in document.GetPage(2).Operations)
        {
            switch (op)
            {
                case BeginMarkedContentWithProperties bdc: stack.Push(bdc.Name.Data); break;
                case BeginMarkedContent bmc: stack.Push(bmc.Name.Data); break;
                case EndMarkedContent: stack.Pop(); break;
                case ShowText when stack.Contains("Artifact"): page2ArtifactTexts++; break;
            }
        }
        Assert.Equal(2 + 2, page2ArtifactTexts); // the repeated header's two cells and the footer's two texts
        var headerWords = document.GetPage(2).GetWords().OrderByDescending(w => w.BoundingBox.Bottom).Take(2).Select(w => w.Text);
        Assert.Equal(["Metric", "Value"], headerWords.Order());
    }

    [Fact]
    public void Footnotes_are_note_elements_with_unique_ids_and_not_a_list()
    {
        var markdown = "# Notes\n\nFirst claim[^a] and second claim[^b].\n\n[^a]: The first note.\n[^b]: The second note.\n";
        var text = PdfText.Expanded(PdfReleaseRenderer.Render(ReleaseGen.Markdown.ReleaseMarkdown.Parse(markdown), Samples.Info));
        var elements = System.Text.RegularExpressions.Regex.Matches(text, @"<</Type/StructElem(?:[^<>]|<<[^<>]*>>)*>>").Select(m => m.Value).ToList();
        var notes = elements.Where(e => System.Text.RegularExpressions.Regex.IsMatch(e, @"/S/Note\b")).ToList();
        Assert.Equal(2, notes.Count);
        var ids = notes.Select(n => System.Text.RegularExpressions.Regex.Match(n, @"/ID\s*\(([^)]+)\)").Groups[1].Value).ToList();
        Assert.All(ids, id => Assert.NotEmpty(id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(elements, e => System.Text.RegularExpressions.Regex.IsMatch(e, @"/S/(L|LI|LBody)\b"));
        Assert.Equal(2, elements.Count(e => System.Text.RegularExpressions.Regex.IsMatch(e, @"/S/Lbl\b"))); // "1." and "2."
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        using var document = PdfDocument.Open(Sample);
        var text = PdfText.Expanded(Sample);
        int fonts = System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/FontDescriptor").Count;
        int embedded = System.Text.RegularExpressions.Regex.Matches(text, @"/FontFile2\s+\d+\s+0\s+R").Count;
        Assert.True(fonts >= 3, $"{fonts} font descriptors");
        Assert.Equal(fonts, embedded);
        Assert.DoesNotContain("Arial", text, StringComparison.Ordinal);
    }

    /// <summary>Structure element types (/S) in the file.</summary>
    internal static HashSet<string> StructureTypes(byte[] pdf)
    {
        var text = PdfText.Expanded(pdf);
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/StructElem[^>]*?/S\s*/([A-Za-z0-9]+)")
            .Select(m => m.Groups[1].Value).ToHashSet();
    }

}
