using System.Globalization;
using ReleaseGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Loading;

/// <summary>
/// A translation of a release's prose, in <c>release.fr-CA.yaml</c> (or <c>release.fr.yaml</c>) beside
/// <c>release.yaml</c>: the same shape as the data file, holding only the text to replace in that
/// locale (the issuer's description, the subject, forward-looking items, contact titles, text facts).
/// It is merged over the data before it is read, so both editions share one set of figures.
/// </summary>
/// <remarks>
/// Rules, each an error at the overlay's line and column: only the sections
/// <see cref="TranslatableSections"/> may appear; every key and list item must exist in the data (a
/// translation replaces text, it adds nothing); a value the data gives as a number, date or boolean cannot be
/// replaced. Lists merge item by item; a list of plain text replaces the whole list (it may differ in length).
/// </remarks>
public static class TranslationOverlay
{
    public static readonly string[] TranslatableSections = ["issuer", "release", "facts", "events", "qualified_person", "forward_looking", "contacts"];

    /// <summary>The overlay file of <paramref name="locale"/> in <paramref name="folder"/>, or null.</summary>
    public static string? Find(string folder, string? locale)
    {
        if (string.IsNullOrEmpty(locale)) return null;
        var language = locale.Split('-')[0];
        return new[] { $"release.{locale}.yaml", $"release.{language}.yaml" }
            .Select(name => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Merges <paramref name="overlay"/> (read from <paramref name="overlayPath"/>) into <paramref name="data"/>, reporting what may not be merged.</summary>
    public static void Apply(YamlMappingNode data, YamlMappingNode overlay, string overlayPath, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in overlay.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(TranslatableSections, key) < 0)
            {
                diagnostics.Error(DiagnosticCodes.UnknownField, At(overlayPath, keyNode),
                    $"'{key}' cannot be translated: a translation holds text only ({string.Join(", ", TranslatableSections)}); figures, metrics and tables come from {ReleaseLoader.DataFileName}");
                continue;
            }
            if (!data.Children.TryGetValue(keyNode, out var target))
            {
                diagnostics.Error(DiagnosticCodes.UnknownField, At(overlayPath, keyNode), $"'{key}' is not in {ReleaseLoader.DataFileName}: a translation replaces text, it adds nothing");
                continue;
            }
            data.Children[keyNode] = Merge(target, value, key, overlayPath, diagnostics);
        }
    }

    private static YamlNode Merge(YamlNode target, YamlNode overlay, string path, string overlayPath, DiagnosticBag diagnostics)
    {
        switch (target, overlay)
        {
            case (YamlMappingNode t, YamlMappingNode o):
                foreach (var (keyNode, value) in o.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? "";
                    if (!t.Children.TryGetValue(keyNode, out var existing))
                    {
                        diagnostics.Error(DiagnosticCodes.UnknownField, At(overlayPath, keyNode),
                            $"'{path}.{key}' is not in {ReleaseLoader.DataFileName}: a translation replaces text, it adds nothing");
                        continue;
                    }
                    t.Children[keyNode] = Merge(existing, value, $"{path}.{key}", overlayPath, diagnostics);
                }
                return t;
            case (YamlSequenceNode t, YamlSequenceNode o) when t.Children.All(c => c is YamlScalarNode) && o.Children.All(c => c is YamlScalarNode):
                foreach (var item in t.Children.OfType<YamlScalarNode>().Where(IsFigure))
                    diagnostics.Error(DiagnosticCodes.InvalidValue, At(overlayPath, overlay), $"'{path}' holds the value '{item.Value}', which a translation cannot replace");
                return o;
            case (YamlSequenceNode t, YamlSequenceNode o):
                if (o.Children.Count > t.Children.Count)
                    diagnostics.Error(DiagnosticCodes.InvalidValue, At(overlayPath, o.Children[t.Children.Count]),
                        $"'{path}' has {t.Children.Count} item(s) in {ReleaseLoader.DataFileName}; a translation cannot add items");
                for (var i = 0; i < Math.Min(t.Children.Count, o.Children.Count); i++)
                    t.Children[i] = Merge(t.Children[i], o.Children[i], $"{path}[{i + 1}]", overlayPath, diagnostics);
                return t;
            case (YamlScalarNode t, YamlScalarNode o):
                if (IsFigure(t) && t.Value != o.Value)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, At(overlayPath, o),
                        $"'{path}' is '{t.Value}' in {ReleaseLoader.DataFileName}: a number, date or yes/no value cannot be translated");
                    return t;
                }
                return o;
            default:
                diagnostics.Error(DiagnosticCodes.WrongType, At(overlayPath, overlay), $"'{path}' must have the same shape as in {ReleaseLoader.DataFileName}");
                return target;
        }
    }

    // Values the data gives as numbers, dates, times or booleans: those are facts, not text.
    private static bool IsFigure(YamlScalarNode node) =>
        node.Style == YamlDotNet.Core.ScalarStyle.Plain && node.Value is { } v
        && (decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || DateTime.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || v is "true" or "false");

    private static SourceLocation At(string path, YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);
}
