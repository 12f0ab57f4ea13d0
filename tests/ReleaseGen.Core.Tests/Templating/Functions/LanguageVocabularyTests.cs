using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using ReleaseGen.Templating.Functions;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>
/// Every word, pattern and setting of each locale, as a freshly built <see cref="LanguageSettings"/>
/// holds it. The functions' tests print these words through the shared static instances, which are
/// built once per process; this snapshot builds new ones, so a changed word (or a mutant of one) shows
/// here as a one-line difference that a reviewer reads.
/// </summary>
public class LanguageVocabularyTests
{
    [Fact]
    public void English_vocabulary() => Snapshot.Verify(Describe(new LanguageSettings()));

    [Fact]
    public void French_Canadian_vocabulary() => Snapshot.Verify(Describe(FrenchCanadaSettings.Create()));

    [Fact]
    public void The_shared_instances_hold_the_same_words_as_fresh_ones()
    {
        Assert.Equal(Describe(new LanguageSettings()), Describe(LanguageSettings.Default));
        Assert.Equal(Describe(FrenchCanadaSettings.Create()), Describe(LanguageSettings.FrenchCanada));
    }

    private static string Describe(LanguageSettings settings)
    {
        var text = new StringBuilder();
        foreach (var property in typeof(LanguageSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            text.Append(property.Name).Append(" = ").Append(Show(property.GetValue(settings))).Append('\n');
        }
        return text.ToString();
    }

    // Percentages whose article differs in English ("an 8%", "an 11%", "an 18%", "a 1%") and a word.
    private static readonly string[] SampleWords = ["1%", "8%", "11%", "18%", "80%", "100%", "increase"];

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\u00A0", "\\u00A0", StringComparison.Ordinal).Replace("\u202F", "\\u202F", StringComparison.Ordinal) + "\"",
        Func<string, string> words => "{ " + string.Join(", ", SampleWords.Select(w => w + " -> " + Show(words(w)))) + " }",
        NumberFormatInfo format => $"{{ group: {Show(format.NumberGroupSeparator)}, decimal: {Show(format.NumberDecimalSeparator)}, negative: {Show(format.NegativeSign)} }}",
        IDictionary dictionary => "{ " + string.Join(", ", dictionary.Keys.Cast<object>()
            .Select(k => (Key: Convert.ToString(k, CultureInfo.InvariantCulture)!, Value: dictionary[k]))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key + ": " + Show(e.Value))) + " }",
        IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Select(Show)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
