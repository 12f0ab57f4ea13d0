using System.Text.RegularExpressions;
using ReleaseGen.Formats;
using ReleaseGen.Markdown;
using ReleaseGen.Pdf;
using ReleaseGen.Pdf.Tieout;
using ReleaseGen.Testing;
using ReleaseGen.Tieout;
using ReleaseGen.Word;
using ReleaseGen.Word.Tieout;

namespace ReleaseGen.Cli.Tests;

/// <summary><c>releasegen tieout</c> on a generated PDF and on edited Markdown.</summary>
public sealed class TieoutCommandTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Render(string example, string format, string? locale = null)
    {
        var output = ReleasePipeline.Run(CliRunner.Example(example), CliRunner.Templates, locale);
        Assert.True(output.Succeeded);
        var document = output.Document!;
        var file = ReleaseFormats.Standard.With(new DocxFormat()).Get(format).Render(document, FormatOptions.Default).Single();
        var path = Path.Combine(_dir, file.FileName);
        File.WriteAllBytes(path, file.Content);
        return path;
    }

    private static readonly FinalDocumentReaders Readers = FinalDocumentReaders.Core.With(new PdfDocumentReader(), new DocxDocumentReader());

    [Theory]
    [InlineData("alexco-2012-q2", "pdf")]
    [InlineData("us-gold-2024-q3", "pdf")]
    [InlineData("alexco-2012-q2", "docx")]
    [InlineData("us-gold-2024-q3", "docx")]
    public void A_generated_pdf_or_word_document_ties_with_no_findings(string example, string format)
    {
        var path = Render(example, format);
        var (exit, output, _) = CliRunner.Run("tieout", path, CliRunner.Example(example), "--templates", CliRunner.Templates, "--strict");
        Assert.Equal(0, exit);
        Assert.Matches(@"^tieout passed: \d+ tied, 0 wrong, 0 untied, \d+ recognised; 0 error\(s\), 0 warning\(s\)\n$", output);
    }

    [Theory]
    [InlineData("alexco-2012-q2", "pdf")]
    [InlineData("us-gold-2024-q3", "pdf")]
    [InlineData("alexco-2012-q2", "docx")]
    [InlineData("us-gold-2024-q3", "docx")]
    public void A_generated_pdf_or_word_document_ties_the_same_numbers_as_its_markdown(string example, string format)
    {
        // The structure (PDF tags, Word tables) gives back every table row and paragraph: the counts are the Markdown's, number for number.
        var folder = CliRunner.Example(example);
        var markdown = TieoutRunner.Run(Render(example, "md"), folder, Readers, CliRunner.Templates).Result!;
        var other = TieoutRunner.Run(Render(example, format), folder, Readers, CliRunner.Templates).Result!;
        Assert.Equal(markdown.Counts, other.Counts);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void The_edited_release_as_pdf_or_word_gives_the_same_findings_as_its_markdown(string format)
    {
        var folder = CliRunner.Example("alexco-2012-q2");
        var document = ReleasePipeline.Run(folder, CliRunner.Templates).Document!;
        var edited = TieoutFixtures.EditMarkdown(System.Text.Encoding.UTF8.GetString(OutputFormatRegistry.Core.Get("md").Render(document, FormatOptions.Default).Single().Content));
        var markdownPath = Path.Combine(_dir, "final.md");
        File.WriteAllText(markdownPath, edited);
        // The edited text through our own format, without the data's table models: the file prints what was typed.
        var path = Path.Combine(_dir, "final." + format);
        var syntax = ReleaseMarkdown.Parse(edited);
        File.WriteAllBytes(path, format == "pdf"
            ? PdfReleaseRenderer.Render(syntax, PdfDocumentInfo.From(document))
            : DocxReleaseRenderer.Render(syntax, WordDocumentInfo.From(document, FormatOptions.Default)));
        var markdown = TieoutRunner.Run(markdownPath, folder, Readers, CliRunner.Templates);
        var other = TieoutRunner.Run(path, folder, Readers, CliRunner.Templates);
        Assert.Equal(TieoutFixtures.Expected.Length, markdown.Diagnostics.Count);
        Assert.Equal(markdown.Diagnostics.Select(d => (d.Code, d.Message)).Order(), other.Diagnostics.Select(d => (d.Code, d.Message)).Order());
        Assert.All(other.Diagnostics, d => Assert.Equal(path, d.Location.Path));
        Assert.Equal(markdown.Result!.Counts, other.Result!.Counts);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void The_whole_french_release_as_pdf_or_word_ties_completely(string format)
    {
        var path = Render("alexco-2012-q2", format, "fr-CA");
        var (exit, output, _) = CliRunner.Run("tieout", path, CliRunner.Example("alexco-2012-q2"), "--templates", CliRunner.Templates, "--locale", "fr-CA", "--strict");
        Assert.Equal(0, exit);
        Assert.Matches(@"^tieout passed: \d+ tied, 0 wrong, 0 untied, \d+ recognised; 0 error\(s\), 0 warning\(s\)\n$", output);
    }

    [Fact]
    public void Json_report_and_exit_code_for_an_edited_markdown()
    {
        var folder = CliRunner.Example("alexco-2012-q2");
        var text = ReleasePipeline.Run(folder, CliRunner.Templates).Document!.Markdown.Replace("produced 458,472 ounces", "produced 458,742 ounces", StringComparison.Ordinal);
        var markdown = Path.Combine(_dir, "final.md");
        File.WriteAllText(markdown, text);
        var report = Path.Combine(_dir, "trace.html");
        var (exit, output, _) = CliRunner.Run("tieout", markdown, folder, "--templates", CliRunner.Templates, "--format", "json", "--report", report);
        Assert.Equal(1, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("RG702", finding.GetProperty("code").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("wrong").GetInt32());
        var html = File.ReadAllText(report);
        Assert.Equal(summary.GetProperty("tied").GetInt32(), Regex.Matches(html, "<mark class=\"tied\"").Count);
        Assert.Single(Regex.Matches(html, "<mark class=\"wrong\""));
    }

    [Fact]
    public void An_untagged_pdf_is_read_by_positions()
    {
        // A PDF from elsewhere, without a structure tree: lines by baseline, cells at wide gaps.
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.Letter);
        page.AddText("Alexco produced 458,472 ounces of silver in the second quarter of 2012.", 10, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        page.AddText("Silver (ounces)", 10, new UglyToad.PdfPig.Core.PdfPoint(50, 660), font);
        page.AddText("458,472", 10, new UglyToad.PdfPig.Core.PdfPoint(300, 660), font);
        page.AddText("464,324", 10, new UglyToad.PdfPig.Core.PdfPoint(400, 660), font);
        var document = new PdfDocumentReader().Read("final.pdf", builder.Build());
        var paragraph = Assert.IsType<FinalParagraph>(document.Blocks[0]);
        Assert.Equal("Alexco produced 458,472 ounces of silver in the second quarter of 2012.", paragraph.Text.Text);
        Assert.Equal(new TextPosition(1, 1), paragraph.Text.At(0));
        var row = Assert.Single(Assert.IsType<FinalTable>(document.Blocks[1]).Rows);
        Assert.Equal("Silver (ounces)", row.Label.Text);
        Assert.Equal(["458,472", "464,324"], row.Cells.Select(c => c.Text));
        Assert.Equal(new TextPosition(1, 2), row.Label.At(0));
    }

    [Fact]
    public void A_tagged_pdf_is_read_by_role_whatever_writer_made_it()
    {
        // A hand-written tagged PDF unlike ours: a custom role mapped to P, a word hyphenated at the line end,
        // a TD holding a P, a header cell spanning two columns, and a row continued on page 2.
        var document = new PdfDocumentReader().Read("final.pdf", HandTaggedPdf());
        var paragraph = Assert.IsType<FinalParagraph>(document.Blocks[0]);
        Assert.Equal("Alexco produced 458,472 ounces of silver.", paragraph.Text.Text);
        var table = Assert.IsType<FinalTable>(Assert.Single(document.Blocks, b => b is FinalTable));
        var header = Assert.Single(table.HeaderRows);
        Assert.Equal(["Three Months", "Three Months"], header.Cells.Select(c => c.Text));
        var rows = table.BodyRows.ToList();
        Assert.Equal(["Silver (ounces)", "Lead"], rows.Select(r => r.Label.Text));
        Assert.Equal(["458,472", "464,324"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["1", "2"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal(2, rows[1].Label.At(0).Line); // page 2
    }

    private static byte[] HandTaggedPdf()
    {
        static string Text(string tag, int mcid, double x, double y, string text) =>
            $"/{tag} <</MCID {mcid}>> BDC BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET EMC\n";
        var page1 = Text("Para", 0, 50, 700, "Alexco pro-") + Text("Para", 1, 50, 688, "duced 458,472 ounces of silver.")
            + Text("TH", 2, 300, 650, "Three Months") + Text("TH", 3, 50, 630, "Silver (ounces)") + Text("P", 4, 300, 630, "458,472") + Text("TD", 5, 400, 630, "464,324");
        var page2 = Text("TH", 0, 50, 700, "Lead") + Text("TD", 1, 300, 700, "1") + Text("TD", 2, 400, 700, "2");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 7 0 R /MarkInfo << /Marked true >> >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R /StructParents 0 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 8 0 R /StructParents 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {page1.Length} >>\nstream\n{page1}endstream",
            "<< /Type /StructTreeRoot /K 9 0 R /RoleMap << /Para /P >> >>",
            $"<< /Length {page2.Length} >>\nstream\n{page2}endstream",
            "<< /Type /StructElem /S /Document /K [10 0 R 11 0 R] >>",
            "<< /Type /StructElem /S /Para /Pg 3 0 R /K [0 1] >>",
            "<< /Type /StructElem /S /Table /K [12 0 R 13 0 R] >>",
            "<< /Type /StructElem /S /THead /K [14 0 R] >>",
            "<< /Type /StructElem /S /TBody /K [15 0 R 16 0 R] >>",
            "<< /Type /StructElem /S /TR /K [17 0 R 18 0 R] >>",
            "<< /Type /StructElem /S /TR /K [19 0 R 20 0 R 21 0 R] >>",
            "<< /Type /StructElem /S /TR /K [23 0 R 24 0 R 25 0 R] >>",
            "<< /Type /StructElem /S /TH >>",
            "<< /Type /StructElem /S /TH /A << /O /Table /ColSpan 2 >> /Pg 3 0 R /K 2 >>",
            "<< /Type /StructElem /S /TH /A << /O /Table /Scope /Row >> /Pg 3 0 R /K 3 >>",
            "<< /Type /StructElem /S /TD /K [22 0 R] >>",
            "<< /Type /StructElem /S /TD /Pg 3 0 R /K << /Type /MCR /Pg 3 0 R /MCID 5 >> >>",
            "<< /Type /StructElem /S /P /Pg 3 0 R /K 4 >>",
            "<< /Type /StructElem /S /TH /A << /O /Table /Scope /Row >> /Pg 4 0 R /K 0 >>",
            "<< /Type /StructElem /S /TD /Pg 4 0 R /K 1 >>",
            "<< /Type /StructElem /S /TD /Pg 4 0 R /K 2 >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    [Fact]
    public void A_broken_word_document_is_a_finding_not_a_crash()
    {
        var path = Path.Combine(_dir, "final.docx");
        File.WriteAllText(path, "PK this is not a zip");
        var (exit, output, _) = CliRunner.Run("tieout", path, CliRunner.Example("alexco-2012-q2"), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Contains("error RG700: not a readable Word document", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_of_file_is_reported_not_thrown()
    {
        var path = Path.Combine(_dir, "final.odt");
        File.WriteAllText(path, "x");
        var (exit, output, _) = CliRunner.Run("tieout", path, CliRunner.Example("alexco-2012-q2"), "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Contains("error RG700: cannot read this kind of file", output, StringComparison.Ordinal);
    }
}
