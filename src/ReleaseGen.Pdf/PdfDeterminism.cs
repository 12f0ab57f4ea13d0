using PdfSharp.Pdf;

namespace ReleaseGen.Pdf;

/// <summary>
/// Makes PDFsharp's output a function of the input alone: dates from the release date. The values
/// PDFsharp draws at random (font subset tags, document IDs, XMP UUIDs) are replaced by values derived
/// from the content when <see cref="FileStructure.PdfFileWriter"/> writes the final file.
/// </summary>
internal static class PdfDeterminism
{
    public static void Prepare(PdfDocument pdf, DateTimeOffset date)
    {
        var utc = date.UtcDateTime;
        pdf.Info.CreationDate = utc;
        pdf.Info.ModificationDate = utc;
    }
}
