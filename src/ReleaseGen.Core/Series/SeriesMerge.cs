using YamlDotNet.RepresentationModel;

namespace ReleaseGen.Series;

/// <summary>
/// Puts the issuer's data from <c>series.yaml</c> under a release's own data. A release states only
/// what is its own: a section it lacks comes from the series; a section both have is merged key by key
/// (the release's keys win, so a release can change one metric's label or the fiscal year end in force);
/// <c>acknowledged</c> lists are joined.
/// </summary>
internal static class SeriesMerge
{
    /// <summary>Sections merged key by key when both files have them.</summary>
    private static readonly string[] MergedByKey = ["issuer", "metrics", "segments", "tables", "facts", "events", "headquarters"];

    /// <summary>Sections a series file may not hold: they belong to one release.</summary>
    public static readonly string[] ReleaseOnly = ["release", "values", "restated"];

    public static void Apply(YamlMappingNode release, YamlMappingNode series)
    {
        foreach (var (keyNode, seriesValue) in series.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(ReleaseOnly, key) >= 0) continue;
            if (!release.Children.TryGetValue(keyNode, out var own))
            {
                release.Children.Add(keyNode, seriesValue);
                continue;
            }
            if (key == "acknowledged" && own is YamlSequenceNode ownList && seriesValue is YamlSequenceNode seriesList)
            {
                foreach (var item in seriesList.Children) ownList.Children.Add(item);
                continue;
            }
            if (Array.IndexOf(MergedByKey, key) >= 0 && own is YamlMappingNode ownMap && seriesValue is YamlMappingNode seriesMap)
                MergeMap(ownMap, seriesMap, depth: 0);
        }
    }

    private static void MergeMap(YamlMappingNode own, YamlMappingNode series, int depth)
    {
        foreach (var (keyNode, value) in series.Children)
        {
            if (!own.Children.TryGetValue(keyNode, out var mine)) own.Children.Add(keyNode, value);
            else if (depth == 0 && mine is YamlMappingNode mineMap && value is YamlMappingNode valueMap
                     && (keyNode as YamlScalarNode)?.Value is "headquarters") MergeMap(mineMap, valueMap, depth + 1);
        }
    }
}
