using System.Collections;
using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;
using Scriban;
using Scriban.Runtime;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// Times of day in AP style and one instant shown in several time zones, imported as <c>times</c>.
/// Uses NodaTime's embedded tz database (<see cref="DateTimeZoneProviders.Tzdb"/>), so the result does
/// not depend on the machine. Zone names come from <see cref="LanguageSettings.ZoneNames"/>: the North
/// American zones read Eastern, Central, Mountain, Pacific, Atlantic, Newfoundland (standard or daylight
/// time alike); any other zone reads as its abbreviation at that instant ("BST", "CET").
/// A local start is a <see cref="DateTime"/> of kind Unspecified, a NodaTime <c>LocalDateTime</c>, or a
/// "yyyy-MM-ddTHH:mm" string; a local time that does not exist or is ambiguous in its zone (DST change) is an error.
/// </summary>
public sealed class TimeFunctions : ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public TimeFunctions() : base(4, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(TimeFunctions).GetMethod(nameof(InZones)));
        this.Function(typeof(TimeFunctions).GetMethod(nameof(Call)));
        this.Function(typeof(TimeFunctions).GetMethod(nameof(Ap)));
        this.Function(typeof(TimeFunctions).GetMethod(nameof(ZoneName)));
    }

    /// <summary>
    /// The start in its own zone, then in the other zones in parentheses. When another zone's local
    /// date differs from the first zone's, that time is followed by " on" and its weekday date.
    /// </summary>
    /// <remarks>
    /// ```scriban
    /// {{ times.in_zones "2012-08-08T11:00" "America/New_York" ["America/Los_Angeles"] }}
    /// {{ times.in_zones "2012-08-08T11:00" "America/New_York" ["America/Los_Angeles", "Europe/London"] }}
    /// {{ times.in_zones "2012-08-08T01:00" "America/New_York" "America/Los_Angeles" }}
    /// ```
    /// ```text
    /// 11 a.m. Eastern (8 a.m. Pacific)
    /// 11 a.m. Eastern (8 a.m. Pacific, 4 p.m. BST)
    /// 1 a.m. Eastern (10 p.m. Pacific on Tuesday, August 7, 2012)
    /// ```
    /// </remarks>
    public static string InZones(TemplateContext context, object localStart, string zone, object? alsoZones = null)
    {
        const string fn = "times.in_zones";
        var language = LanguageSettings.Of(context);
        var start = ToZoned(localStart, zone, fn);
        var first = InZone(language, start);
        var others = new List<string>();
        foreach (var other in ZoneIds(alsoZones, fn))
        {
            var there = start.WithZone(FindZone(other, fn));
            var text = InZone(language, there);
            if (there.Date != start.Date)
                text = language.OtherDatePattern
                    .Replace("{time}", text, StringComparison.Ordinal)
                    .Replace("{date}", language.FormatDate(there.Date.ToDateOnly(), language.WeekdayDatePattern, language.MonthNames), StringComparison.Ordinal);
            others.Add(text);
        }
        return others.Count == 0
            ? first
            : first + string.Format(CultureInfo.InvariantCulture, language.AlsoZonesPattern, string.Join(language.ListSeparator, others));
    }

    /// <summary>A conference call's start in its zone and its other zones: <c>in_zones</c> on the call's own fields.</summary>
    /// <remarks>
    /// ```scriban
    /// {{ times.call events.call }}
    /// ```
    /// ```text
    /// 11 a.m. Eastern (8 a.m. Pacific)
    /// ```
    /// </remarks>
    public static string Call(TemplateContext context, object call) => call is Model.ConferenceCall c
        ? InZones(context, c.LocalStart, c.Zone, c.AlsoZones)
        : throw new ArgumentException($"times.call: expected a conference call, not {call?.GetType().Name ?? "null"}.");

    /// <summary>An AP-style time of day: "11 a.m.", "2:30 p.m.", "noon", "midnight".</summary>
    /// <remarks>
    /// ```scriban
    /// {{ times.ap "2012-08-08T14:30" }}
    /// {{ times.ap "2012-08-08T12:00" }}
    /// ```
    /// ```text
    /// 2:30 p.m.
    /// noon
    /// ```
    /// </remarks>
    public static string Ap(TemplateContext context, object localStart)
    {
        var local = ToLocal(localStart, "times.ap");
        return LanguageSettings.Of(context).FormatTime(local.Hour, local.Minute);
    }

    /// <summary>The prose name of a zone at an instant: "Eastern", or its abbreviation ("BST").</summary>
    /// <remarks>
    /// ```scriban
    /// {{ times.zone_name "2012-08-08T11:00" "Europe/London" }}
    /// ```
    /// ```text
    /// BST
    /// ```
    /// </remarks>
    public static string ZoneName(TemplateContext context, object localStart, string zone) =>
        NameOf(LanguageSettings.Of(context), ToZoned(localStart, zone, "times.zone_name"));

    private static string InZone(LanguageSettings language, ZonedDateTime at) => language.TimeInZonePattern
        .Replace("{time}", language.FormatTime(at.Hour, at.Minute), StringComparison.Ordinal)
        .Replace("{zone}", NameOf(language, at), StringComparison.Ordinal);

    private static string NameOf(LanguageSettings language, ZonedDateTime at) =>
        language.ZoneNames.TryGetValue(at.Zone.Id, out var name) ? name : at.Zone.GetZoneInterval(at.ToInstant()).Name;

    internal static ZonedDateTime ToZoned(object? localStart, string zone, string function)
    {
        var local = ToLocal(localStart, function);
        var tz = FindZone(zone, function);
        try
        {
            return local.InZoneStrictly(tz);
        }
        catch (SkippedTimeException)
        {
            throw new ArgumentException($"{function}: {local.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)} does not exist in {zone} (the clocks skip it).");
        }
        catch (AmbiguousTimeException)
        {
            throw new ArgumentException($"{function}: {local.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)} occurs twice in {zone} (the clocks go back); choose another time.");
        }
    }

    internal static LocalDateTime ToLocal(object? value, string function)
    {
        switch (value)
        {
            case LocalDateTime ldt:
                return ldt;
            case DateTime dt when dt.Kind == DateTimeKind.Unspecified:
                return LocalDateTime.FromDateTime(dt);
            case DateTime dt:
                throw new ArgumentException($"{function}: the DateTime has kind {dt.Kind}; a local start must be a wall-clock time (kind Unspecified) read in its zone.");
            case string s:
                foreach (var pattern in new[] { "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm" })
                {
                    if (DateTime.TryParseExact(s, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                        return LocalDateTime.FromDateTime(parsed);
                }
                throw new ArgumentException($"{function}: '{s}' is not a local time of the form yyyy-MM-ddTHH:mm.");
            case null:
                throw new ArgumentException($"{function}: the local start is null.");
            default:
                throw new ArgumentException($"{function}: a {value.GetType().Name} is not a local date and time; expected a DateTime or a yyyy-MM-ddTHH:mm string.");
        }
    }

    private static DateTimeZone FindZone(string? id, string function) =>
        (id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id))
        ?? throw new ArgumentException($"{function}: '{id}' is not a time zone of the tz database (for example America/New_York).");

    private static IEnumerable<string> ZoneIds(object? alsoZones, string function) => alsoZones switch
    {
        null => [],
        string s => [s],
        IEnumerable items => items.Cast<object?>().Select(o => o as string
            ?? throw new ArgumentException($"{function}: other zones must be zone ids (strings), not {o?.GetType().Name ?? "null"}.")).ToList(),
        _ => throw new ArgumentException($"{function}: other zones must be a zone id or a list of zone ids."),
    };
}
