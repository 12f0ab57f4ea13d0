using ReleaseGen.Diagnostics;
using ReleaseGen.Schema;
using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Loading;

/// <summary>
/// Finds values left as placeholders: <c>TODO</c>, or text starting with <c>TODO:</c> or <c>TODO </c>
/// ("TODO: the issuer's name"). A scaffolded release is incomplete, not broken: each placeholder is
/// one RG111 error naming the field and saying what belongs there (from <see cref="DataFile"/>).
/// </summary>
public static class Placeholders
{
    public const string Marker = "TODO";

    public static bool IsPlaceholder(string? value)
    {
        var text = value?.Trim() ?? "";
        return text == Marker || text.StartsWith(Marker + ":", StringComparison.Ordinal) || text.StartsWith(Marker + " ", StringComparison.Ordinal);
    }

    /// <param name="at">Where a node is (a node merged in from series.yaml or a translation is reported there); default: in <paramref name="dataPath"/>.</param>
    internal static IReadOnlyList<Diagnostic> Find(YamlMappingNode root, string dataPath, Func<YamlNode, SourceLocation>? at = null)
    {
        var found = new List<Diagnostic>();
        Walk(root, [], found, at ?? (node => new SourceLocation(dataPath, (int)node.Start.Line, (int)node.Start.Column)));
        return found;
    }

    private static void Walk(YamlNode node, List<object> path, List<Diagnostic> found, Func<YamlNode, SourceLocation> at)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsPlaceholder(scalar.Value):
                var location = at(scalar);
                var description = DataFile.Describe(path);
                var what = description.Length == 0 ? "" : $": {description}";
                var note = scalar.Value!.Trim().Length > Marker.Length ? $" ({scalar.Value.Trim()})" : "";
                found.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Incomplete, $"{Describe(path)} is not filled in yet{note}{what}", location));
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    path.Add((key as YamlScalarNode)?.Value ?? "");
                    Walk(value, path, found, at);
                    path.RemoveAt(path.Count - 1);
                }
                break;
            case YamlSequenceNode seq:
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    path.Add(i);
                    Walk(seq.Children[i], path, found, at);
                    path.RemoveAt(path.Count - 1);
                }
                break;
        }
    }

    /// <summary><c>issuer.headquarters.city</c>, <c>contacts[1].phone</c> (list items counted from 1).</summary>
    public static string Describe(IEnumerable<object> path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var step in path)
        {
            if (step is int index) text.Append('[').Append(index + 1).Append(']');
            else text.Append(text.Length == 0 ? "" : ".").Append(step);
        }
        return text.ToString();
    }
}
