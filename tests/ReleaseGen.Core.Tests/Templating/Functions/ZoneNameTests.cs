using NodaTime;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>The North American zone names the time functions print: each zone exists and keeps the offset its name says.</summary>
public class ZoneNameTests
{
    /// <summary>Standard time (January) offset of each region name, in hours.</summary>
    private static readonly Dictionary<string, double> StandardOffset = new()
    {
        ["Eastern"] = -5, ["Central"] = -6, ["Mountain"] = -7, ["Pacific"] = -8, ["Atlantic"] = -4, ["Newfoundland"] = -3.5,
    };

    public static TheoryData<string, string> Zones()
    {
        var data = new TheoryData<string, string>();
        foreach (var (zone, name) in LanguageSettings.DefaultZoneNames) data.Add(zone, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Each_named_zone_is_a_real_zone_on_the_offset_of_its_name(string zone, string name)
    {
        var tz = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone);
        Assert.NotNull(tz);
        var january = Instant.FromUtc(2024, 1, 15, 12, 0);
        Assert.Equal(StandardOffset[name], tz.GetUtcOffset(january).Seconds / 3600.0);
    }

    [Fact]
    public void French_names_every_region_and_zone()
    {
        Assert.Equal(LanguageSettings.DefaultZoneNames.Keys.Order(StringComparer.Ordinal), LanguageSettings.FrenchCanada.ZoneNames.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["heure de Terre-Neuve", "heure de l'Atlantique", "heure de l'Est", "heure des Rocheuses", "heure du Centre", "heure du Pacifique"],
            LanguageSettings.FrenchCanada.ZoneNames.Values.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("heure de Terre-Neuve", LanguageSettings.FrenchCanada.ZoneNames["America/St_Johns"]);
        Assert.Equal("heure des Rocheuses", LanguageSettings.FrenchCanada.ZoneNames["America/Phoenix"]);
    }
}
