using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace Bot.Digests;

/// <summary>
/// Schedules are cron expressions read in a time zone; a daily time is the cron "M H * * *".
/// Slots are pure functions of the schedule, the zone and the instants asked about. Across
/// daylight-saving changes Cronos posts a skipped local time when the clocks jump, and an
/// ambiguous one once.
/// </summary>
public static partial class DigestSchedule
{
    private static readonly ConcurrentDictionary<string, CronExpression?> Crons = new(StringComparer.Ordinal);
    /// <summary>Zones found so far; only valid ones, so it holds at most one entry per canonical name.</summary>
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The system's location zones (e.g. Europe/Berlin) and UTC, by their canonical spelling.</summary>
    private static readonly Lazy<HashSet<string>> LocationZones = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>What a time zone may be called, for replies and settings errors.</summary>
    public const string ZoneNamesAccepted = "a canonical IANA name such as Europe/Berlin, Asia/Almaty or UTC";

    internal static int RememberedZoneCount => Zones.Count;

    public static string Daily(TimeOnly time) => $"{time.Minute} {time.Hour} * * *";

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The daily time a schedule stands for, or null for any other cron expression.</summary>
    public static TimeOnly? DailyTime(string schedule)
    {
        var fields = schedule.Split(' ');
        return fields is [var m, var h, "*", "*", "*"] && int.TryParse(m, CultureInfo.InvariantCulture, out var minute)
            && int.TryParse(h, CultureInfo.InvariantCulture, out var hour) && minute is >= 0 and < 60 && hour is >= 0 and < 24
            ? new TimeOnly(hour, minute) : null;
    }

    public static CronExpression? ParseCron(string expression) => Crons.GetOrAdd(expression.Trim(), static text =>
    {
        try
        {
            return CronExpression.Parse(text, CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            return null;
        }
    });

    /// <summary>
    /// A time zone by its canonical IANA name (any letter case), or null. The system also finds files that
    /// are not zone names (localtime, posixrules, the posix/ and right/ copies, paths with dots); only the
    /// location zones the system lists, UTC and the fixed-offset Etc/ zones are accepted.
    /// </summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        var name = id.Trim();
        if (Zones.TryGetValue(name, out var known))
            return known;
        return Canonical(name) is { } canonical && TimeZoneInfo.TryFindSystemTimeZoneById(canonical, out var zone)
            ? Zones.GetOrAdd(canonical, zone)
            : null;
    }

    private static string? Canonical(string name)
    {
        if (LocationZones.Value.TryGetValue(name, out var location))
            return location;
        return FixedOffsetZone().IsMatch(name) ? "Etc/" + name[4..].ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^Etc/(UTC|GMT|GMT[+-]1[0-4]|GMT[+-][1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FixedOffsetZone();

    /// <summary>The slots after <paramref name="after"/> up to and including <paramref name="until"/>.</summary>
    public static IEnumerable<DateTimeOffset> Slots(string schedule, TimeZoneInfo zone, DateTimeOffset after, DateTimeOffset until) =>
        ParseCron(schedule) is { } cron && after < until
            ? cron.GetOccurrences(after, until, zone, fromInclusive: false, toInclusive: true).Select(o => o.ToUniversalTime())
            : [];

    public static DateTimeOffset? Next(string schedule, TimeZoneInfo zone, DateTimeOffset after) =>
        ParseCron(schedule)?.GetNextOccurrence(after, zone, inclusive: false)?.ToUniversalTime();

    /// <summary>The calendar day a slot falls on where the subscriber lives: the date its digest is for.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static string Describe(string schedule, TimeZoneInfo zone) =>
        (DailyTime(schedule) is { } time ? $"every day at {time:HH\\:mm}" : $"on the schedule \"{schedule}\"") + $" ({zone.Id})";
}
