using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ReleaseGen.Formats;
using ReleaseGen.Templating.Functions;
using ReleaseGen.Testing;
using UglyToad.PdfPig;

namespace ReleaseGen.Pdf.Tests;

/// <summary>
/// Every format of the registry, built in every locale that is not English, shows no English word or number
/// form: table headers and words, the PDF footer, page numbers and figures all come from the locale.
/// </summary>
public class LocaleOutputTests
{
    public static TheoryData<string, string> FormatsAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var locale in LanguageSettings.Locales.Values.Where(l => l.LanguageCode != "en").Select(l => l.Locale))
        foreach (var format in ReleaseFormats.Standard.Names)
            data.Add(format, locale);
        return data;
    }

    /// <summary>
    /// English words the default templates, tables and page furniture would print if a locale's word were
    /// missing ("Page 1 of 3" gives "of"); words French shares ("Page", "Production", "tonnes") are not listed.
    /// </summary>
    private static readonly string[] EnglishWords =
    [
        "of", "Months", "Ended", "Quarter", "Change", "n/m", "n/a", "approximately", "higher", "lower",
        "and", "the", "ounces", "Silver", "Highlights", "First", "Second",
    ];

    [Theory]
    [MemberData(nameof(FormatsAndLocales))]
    public void No_English_word_or_number_form_is_left(string format, string locale)
    {
        var output = ReleasePipeline.Run(Repository.Example("alexco-2012-q2"), Repository.Templates, locale);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        var files = ReleaseFormats.Standard.Get(format).Render(output.Document!, FormatOptions.Default);
        var text = VisibleText(format, files.Single().Content);
        Assert.NotEmpty(text);

        // Proper names and the issuer's own English (its name, the mine names, URLs, e-mail) are not the locale's to translate.
        var words = Regex.Split(Strip(text), @"[\s()\[\],.;:«»""!?]+").Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        var english = EnglishWords.Where(words.Contains).ToList();
        Assert.True(english.Count == 0, $"English words in the {locale} {format}: {string.Join(", ", english)}");
        // English thousands separators ("458,472") and decimal points ("8.8") never appear in a figure.
        Assert.DoesNotMatch(new Regex(@"(?<![\w.,/-])\d{1,3}(,\d{3})+(?![\d,])"), text);
        Assert.DoesNotMatch(new Regex(@"(?<![\w.,/-])\d+\.\d+%"), text);
    }

    private static string VisibleText(string format, byte[] content) => format switch
    {
        "md" => System.Text.Encoding.UTF8.GetString(content),
        "html" or "edgar" => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(content)).Body!.TextContent,
        "pdf" => PdfText(content),
        _ => throw new NotSupportedException($"add a way to read the visible text of the '{format}' format to this test"),
    };

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>Removes what is not the release's prose: URLs, e-mail addresses, the issuer's and mines' proper names.</summary>
    private static string Strip(string text) => Regex.Replace(text,
        @"\S+@\S+|https?://\S+|www\.\S+|Alexco Resource Corp\.?|Alexco|Keno Hill|Bellekeno|Onek|Lucky Queen|Flame & Moth|Flame &amp; Moth|Bermingham|Marketwire|NYSE MKT|Silver District|Keno Hill Silver District",
        " ");
}
