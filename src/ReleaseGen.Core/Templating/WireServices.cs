namespace ReleaseGen.Templating;

/// <summary>A newswire whose dateline has its own shape; <see cref="Key"/> picks the dateline partial's branch.</summary>
/// <param name="Key">business-wire, pr-newswire, globenewswire, newsfile, accesswire.</param>
/// <param name="Name">The service's name as it writes it.</param>
public sealed record WireService(string Key, string Name);

/// <summary>
/// The wire services whose datelines the default templates know. <c>release.wire</c> names one (case,
/// spaces and hyphens aside: "Business Wire", "businesswire", "PR Newswire", "GlobeNewswire", "Newsfile",
/// "ACCESSWIRE"); any other name keeps the generic dateline ("CITY, REGION, Date (Wire) --").
/// </summary>
public static class WireServices
{
    public static IReadOnlyList<WireService> Known { get; } =
    [
        new("business-wire", "Business Wire"),
        new("pr-newswire", "PR Newswire"),
        new("globenewswire", "GlobeNewswire"),
        new("newsfile", "Newsfile"),
        new("accesswire", "ACCESSWIRE"),
    ];

    private static readonly Dictionary<string, WireService> ByFoldedName = new(StringComparer.Ordinal)
    {
        ["businesswire"] = Known[0],
        ["prnewswire"] = Known[1],
        ["globenewswire"] = Known[2],
        ["newsfile"] = Known[3],
        ["newsfilecorp"] = Known[3],
        ["accesswire"] = Known[4],
    };

    /// <summary>The service <paramref name="wire"/> names, or null for a wire with the generic dateline.</summary>
    public static WireService? Find(string? wire) =>
        wire is not null && ByFoldedName.TryGetValue(Fold(wire), out var service) ? service : null;

    /// <summary>A known service that <paramref name="wire"/> is a near miss of ("Busines Wire"), for a "did you mean".</summary>
    public static WireService? NearMiss(string wire)
    {
        if (Find(wire) is not null) return null;
        var folded = Fold(wire);
        return Loading.YamlReader.Suggest(folded, ByFoldedName.Keys) is { } near ? ByFoldedName[near] : null;
    }

    private static string Fold(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '.' and not '_').Select(char.ToLowerInvariant).ToArray());
}
