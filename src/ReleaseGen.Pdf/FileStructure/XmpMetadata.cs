using System.Globalization;
using System.Security;
using System.Text;

namespace ReleaseGen.Pdf.FileStructure;

/// <summary>
/// The document's XMP metadata: what the Info dictionary says (title, author, subject, keywords,
/// producer, dates from the release date), the language, the document ID, and the PDF/UA-1
/// identification (<c>pdfuaid:part</c> 1) that PDF/UA asks of a conforming file.
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Write(PdfDocumentInfo info, string producer, string documentId)
    {
        var date = info.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        var uuid = "uuid:" + Guid.ParseExact(documentId, "N").ToString("D", CultureInfo.InvariantCulture);
        static string X(string text) => SecurityElement.Escape(text);
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
            .Append("<pdfuaid:part>1</pdfuaid:part>\n")
            .Append("</rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(X(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
            .Append("<dc:creator><rdf:Seq><rdf:li>").Append(X(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n")
            .Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(X(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n")
            .Append("<dc:language><rdf:Bag><rdf:li>").Append(X(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("</rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
            .Append("<pdf:Keywords>").Append(X(string.Join(", ", info.Keywords))).Append("</pdf:Keywords>\n")
            .Append("<pdf:Producer>").Append(X(producer)).Append("</pdf:Producer>\n")
            .Append("</rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
            .Append("<xmp:CreatorTool>ReleaseGen</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("</rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
            .Append("<xmpMM:DocumentID>").Append(uuid).Append("</xmpMM:DocumentID>\n")
            .Append("<xmpMM:InstanceID>").Append(uuid).Append("</xmpMM:InstanceID>\n")
            .Append("</rdf:Description>\n")
            .Append("</rdf:RDF>\n")
            .Append("</x:xmpmeta>\n")
            .Append("<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
