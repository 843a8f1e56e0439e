using System.Collections.Concurrent;
using System.Globalization;
using Cronos;

namespace Bot.Digests;

/// <summary>
/// Schedules are cron expressions read in a time zone; a daily time is the cron "M H * * *".
/// Slots are pure functions of the schedule, the zone and the instants asked about. Across
/// daylight-saving changes Cronos posts a skipped local time when the clocks jump, and an
/// ambiguous one once.
/// </summary>
public static class DigestSchedule
{
    private static readonly ConcurrentDictionary<string, CronExpression?> Crons = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>An IANA time zone (Windows names work too), or null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string id) => Zones.GetOrAdd(id.Trim(), static name =>
        name.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null);

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
