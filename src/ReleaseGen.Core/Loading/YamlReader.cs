using System.Globalization;
using ReleaseGen.Diagnostics;
using ReleaseGen.Safety;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Loading;

/// <summary>
/// Typed, position-aware reading of a YAML document. Every accessor reports a problem into the bag
/// with the node's line and column and carries on, so one pass finds every problem in the file.
/// </summary>
internal sealed class YamlReader(string path, DiagnosticBag diagnostics)
{
    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Nodes merged in from a translation file, and that file's path: they are reported there.</summary>
    public (string Path, IReadOnlySet<YamlNode> Nodes)? Overlay { get; init; }

    /// <summary>Nodes inherited from the series' issuer data (<c>series.yaml</c>), and that file's path: they are reported there.</summary>
    public (string Path, IReadOnlySet<YamlNode> Nodes)? Inherited { get; init; }

    public SourceLocation At(YamlNode node) =>
        new(Overlay is { } overlay && overlay.Nodes.Contains(node) ? overlay.Path
            : Inherited is { } inherited && inherited.Nodes.Contains(node) ? inherited.Path
            : Path, (int)node.Start.Line, (int)node.Start.Column);

    public SourceLocation At(Mark mark) => new(Path, (int)mark.Line, (int)mark.Column);

    /// <summary>Reports keys that are not in <paramref name="allowed"/>: a typo must not pass silently.</summary>
    public void RejectUnknownKeys(YamlMappingNode map, string context, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(allowed, name) >= 0) continue;
            var suggestion = Suggest(name, allowed);
            Diagnostics.Error(DiagnosticCodes.UnknownField, At(key),
                $"unknown field '{Echo.Of(name)}' in {context}{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} (allowed: {string.Join(", ", allowed)})");
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode? Map(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlMappingNode map) return map;
        Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{what} must be a mapping (key: value pairs), not {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlSequenceNode seq) return seq;
        Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{what} must be a list, not {Describe(node)}");
        return null;
    }

    public YamlMappingNode? RequiredMap(YamlMappingNode parent, string key, string context)
    {
        var node = Get(parent, key);
        if (node is null)
        {
            Missing(parent, key, context);
            return null;
        }
        return Map(node, $"'{key}' in {context}");
    }

    public string? String(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } scalar && !IsNull(scalar))
        {
            // An escape in a quoted string ("\u202E") can make what the file's own text check cannot see.
            if (Safety.SourceFiles.FindForbidden(value) is { } at)
            {
                Diagnostics.Error(DiagnosticCodes.InvalidText, At(node), $"{what} holds {Safety.SourceFiles.NameOf(value[at])}, which is not allowed in a release's text");
                return null;
            }
            return WithoutMarkdownMarks(value);
        }
        if (node is YamlScalarNode) return null;
        Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{what} must be text, not {Describe(node)}");
        return null;
    }

    public string? OptionalString(YamlMappingNode map, string key, string context) =>
        String(Get(map, key), $"'{key}' in {context}");

    public string? RequiredString(YamlMappingNode map, string key, string context)
    {
        var node = Get(map, key);
        var value = String(node, $"'{key}' in {context}");
        if (node is null || (node is YamlScalarNode scalar && IsNull(scalar))) Missing(map, key, context);
        return value;
    }

    public decimal? Decimal(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } scalar && scalar.Style == ScalarStyle.Plain
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{what} must be a number, not {Describe(node)}");
        return null;
    }

    public int? Int(YamlNode? node, string what)
    {
        var value = Decimal(node, what);
        if (value is null) return null;
        if (value != Math.Truncate(value.Value))
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, At(node!), $"{what} must be a whole number, not {value}");
            return null;
        }
        if (value is < int.MinValue or > int.MaxValue)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, At(node!), $"{what} is far too large: {Echo.Of(value.Value.ToString(CultureInfo.InvariantCulture))}");
            return null;
        }
        return (int)value.Value;
    }

    public bool? Bool(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{what} must be true or false, not {Describe(node)}");
        return null;
    }

    public DateOnly? Date(YamlNode? node, string what)
    {
        var text = String(node, what);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Diagnostics.Error(DiagnosticCodes.InvalidValue, At(node!), $"{what} '{text}' is not a date of the form YYYY-MM-DD");
        return null;
    }

    public DateTime? LocalDateTime(YamlNode? node, string what)
    {
        var text = String(node, what);
        if (text is null) return null;
        string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            return DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        Diagnostics.Error(DiagnosticCodes.InvalidValue, At(node!), $"{what} '{text}' is not a local date and time of the form YYYY-MM-DDTHH:MM");
        return null;
    }

    /// <summary>A list of text items; a single scalar is accepted as a list of one.</summary>
    public IReadOnlyList<string> StringList(YamlNode? node, string what)
    {
        if (node is null) return [];
        if (node is YamlScalarNode) return String(node, what) is { } one ? [one] : [];
        var seq = Sequence(node, what);
        if (seq is null) return [];
        return seq.Children.Select((child, i) => String(child, $"item {i + 1} of {what}")).OfType<string>().ToList();
    }

    public void Missing(YamlMappingNode parent, string key, string context) =>
        Diagnostics.Error(DiagnosticCodes.MissingField, At(parent), $"missing required field '{key}' in {context}");

    /// <summary>Turns free-form YAML (facts) into plain values: decimal, bool, string, lists, ordered maps.</summary>
    public object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } b => b.Value == "true",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        YamlScalarNode scalar => scalar.Value is { } text ? WithoutMarkdownMarks(text) : null,
        YamlSequenceNode seq => seq.Children.Select(Plain).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => Plain(kv.Value)),
        _ => null,
    };

    /// <summary>
    /// Data text never carries the two private-use characters (U+E000, U+E001) that mark Markdown made on
    /// purpose inside template strings: dropped here, data cannot pass itself off as Markdown.
    /// </summary>
    public static string WithoutMarkdownMarks(string text) =>
        text.IndexOfAny(['\uE000', '\uE001']) < 0 ? text : text.Replace("\uE000", "", StringComparison.Ordinal).Replace("\uE001", "", StringComparison.Ordinal);

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var v } => $"'{Echo.Of(v ?? "")}'",
        _ => "this value",
    };

    /// <summary>The allowed name closest to a typo (edit distance at most 2), if any.</summary>
    /// <remarks>The distance is at least the difference in length, so a name far longer than every candidate (a 20 MB key) costs nothing.</remarks>
    internal static string? Suggest(string name, IEnumerable<string> allowed) =>
        allowed.Where(a => Math.Abs(a.Length - name.Length) <= 2).Select(a => (a, d: Distance(name, a))).Where(x => x.d <= 2).OrderBy(x => x.d).Select(x => x.a).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
