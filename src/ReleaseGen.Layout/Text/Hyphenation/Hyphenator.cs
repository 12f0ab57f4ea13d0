using System.Collections.Concurrent;
using System.Globalization;

namespace ReleaseGen.Layout;

/// <summary>
/// Frank Liang's hyphenation (as TeX does it) with the published TeX patterns of the hyph-utf8 project
/// (<c>Text/Hyphenation/hyph-*.tex</c>, embedded; their licences are in the README beside them). A pattern
/// such as <c>.ach4</c> gives, between its letters, a number: odd allows a break, even forbids one, the
/// highest number from any matching pattern wins. Words shorter than the language's minimums, and words
/// with digits, capitals (names, acronyms) or other marks, are never broken. Immutable and thread-safe.
/// </summary>
public sealed class Hyphenator
{
    private static readonly ConcurrentDictionary<string, Hyphenator?> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, int[]> _exceptions;
    private readonly int _maxPatternLength;

    /// <summary>Builds a hyphenator from the text of a TeX pattern file (<c>\patterns{...}</c> and optionally <c>\hyphenation{...}</c>).</summary>
    public Hyphenator(string texPatterns, int leftMin, int rightMin)
    {
        LeftMin = Math.Max(1, leftMin);
        RightMin = Math.Max(1, rightMin);
        _patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        _exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var (patterns, exceptions) = ReadTex(texPatterns);
        foreach (var pattern in patterns)
        {
            var letters = new System.Text.StringBuilder();
            var values = new List<byte> { 0 };
            foreach (var c in pattern)
            {
                if (c is >= '0' and <= '9') values[^1] = (byte)(c - '0');
                else { letters.Append(c); values.Add(0); }
            }
            var key = letters.ToString();
            _patterns[key] = [.. values];
            _maxPatternLength = Math.Max(_maxPatternLength, key.Length);
        }
        foreach (var exception in exceptions)
        {
            var breaks = new List<int>();
            int letters = 0;
            foreach (var c in exception)
            {
                if (c == '-') breaks.Add(letters);
                else letters++;
            }
            _exceptions[exception.Replace("-", "", StringComparison.Ordinal)] = [.. breaks];
        }
    }

    /// <summary>Fewest letters before a break.</summary>
    public int LeftMin { get; }

    /// <summary>Fewest letters after a break.</summary>
    public int RightMin { get; }

    /// <summary>How many patterns were read.</summary>
    public int PatternCount => _patterns.Count;

    /// <summary>
    /// The hyphenator for a BCP 47 language (<c>en-US</c>, <c>en-CA</c>, <c>fr-CA</c>...): American English
    /// patterns for every English, French patterns for every French; null for a language without patterns.
    /// </summary>
    public static Hyphenator? ForLanguage(string language)
    {
        var code = language.Split('-')[0].ToLowerInvariant();
        return Loaded.GetOrAdd(code, static code => code switch
        {
            // The minimums are those the pattern files declare for typesetting (hyphenmins).
            "en" => FromResource("hyph-en-us.tex", 2, 3),
            "fr" => FromResource("hyph-fr.tex", 2, 2),
            _ => null,
        });
    }

    private static Hyphenator FromResource(string file, int leftMin, int rightMin)
    {
        var name = $"ReleaseGen.Layout.Text.Hyphenation.{file}";
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The hyphenation patterns {name} are not embedded.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return new Hyphenator(reader.ReadToEnd(), leftMin, rightMin);
    }

    /// <summary>
    /// The places where <paramref name="word"/> may break, as counts of characters before the break
    /// ("production" gives 3 and 6: pro-duc-tion). Empty for a word that must not break.
    /// </summary>
    public IReadOnlyList<int> Breaks(string word)
    {
        if (word.Length < LeftMin + RightMin || !IsHyphenatable(word)) return [];
        var lower = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (_exceptions.TryGetValue(lower, out var listed)) return listed.Where(b => b >= LeftMin && b <= word.Length - RightMin).ToArray();

        var dotted = "." + lower + ".";
        var points = new byte[dotted.Length + 1];
        for (int start = 0; start < dotted.Length; start++)
        {
            for (int length = 1; length <= _maxPatternLength && start + length <= dotted.Length; length++)
            {
                if (!_patterns.TryGetValue(dotted.Substring(start, length), out var values)) continue;
                for (int k = 0; k < values.Length; k++)
                    if (values[k] > points[start + k]) points[start + k] = values[k];
            }
        }
        // points[i] sits before dotted[i]; a break after the word's n-th letter is before dotted[n + 1].
        var breaks = new List<int>();
        for (int n = LeftMin; n <= word.Length - RightMin; n++)
            if (points[n + 1] % 2 == 1) breaks.Add(n);
        return breaks;
    }

    /// <summary>
    /// Only lower-case letters, and apostrophes inside. A capitalised word is left whole: in a release it is
    /// mostly a name (a mine, a person, an exchange), which a reader should not find broken.
    /// </summary>
    private static bool IsHyphenatable(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c)) return false;
                continue;
            }
            if (c is '\'' or '\u2019' && i > 0 && i < word.Length - 1) continue;
            return false;
        }
        return true;
    }

    private static (List<string> Patterns, List<string> Exceptions) ReadTex(string text)
    {
        var patterns = new List<string>();
        var exceptions = new List<string>();
        List<string>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            int comment = line.IndexOf('%', StringComparison.Ordinal);
            if (comment >= 0) line = line[..comment];
            foreach (var token in line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token == "\\patterns{") current = patterns;
                else if (token == "\\hyphenation{") current = exceptions;
                else if (token == "}") current = null;
                else current?.Add(token.Replace('\u2019', '\'').ToLower(CultureInfo.InvariantCulture));
            }
        }
        return (patterns, exceptions);
    }
}
