using System.Text.RegularExpressions;

namespace ReleaseGen.Diff;

/// <summary>
/// Splits text into the units a redline compares: a number with its thousands separators and decimals
/// is always one token ("458,472", "8.8"), so a changed figure reads as one deletion and one insertion;
/// words, runs of white space and single punctuation marks are the other tokens.
/// </summary>
public static partial class WordTokenizer
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:['’]\p{L}+)*|\s+|.", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static IReadOnlyList<string> Tokenize(string text) => Token().Matches(text).Select(m => m.Value).ToList();
}
