using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Bot.Digests;

/// <summary>Scheduled digests: defaults for new subscriptions, the store, and configured targets (section "Digests").</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string Section = "Digests";

    /// <summary>IANA time zone used when a subscription names none.</summary>
    [Required(ErrorMessage = "Digests:DefaultTimeZone is required (an IANA time zone such as Europe/Berlin).")]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Daily posting time (HH:MM, 24-hour) used when a subscription names none.</summary>
    [Required(ErrorMessage = "Digests:DefaultTime is required (HH:MM).")]
    public string DefaultTime { get; set; } = "08:00";

    /// <summary>How late a slot missed while the bot was down may still be posted; older ones are skipped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Digests:GracePeriod must be between 0 and 7 days.")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Folder of the SQLite database (relative to the working directory), unless <see cref="ConnectionString"/> is set.</summary>
    [Required(ErrorMessage = "Digests:DataDirectory is required.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>A full Microsoft.Data.Sqlite connection string, overriding <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Bounds the database file so a runaway log cannot fill the disk.</summary>
    [Range(65_536, long.MaxValue, ErrorMessage = "Digests:MaxDatabaseBytes must be at least 65536.")]
    public long MaxDatabaseBytes { get; set; } = 1L << 30;

    /// <summary>Longest the scheduler sleeps, so new subscriptions and retries are picked up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Digests:PollInterval must be between 1 second and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before retrying a post that failed without the platform naming a time.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Digests:RetryDelay must be between 1 second and 1 hour.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A chat that takes longer than this is retried later instead of holding up the others.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Digests:SendTimeout must be between 1 second and 10 minutes.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 256, ErrorMessage = "Digests:MaxParallelSends must be between 1 and 256.")]
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>How often the seeds folder is checked for new or changed articles.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Digests:SeedsReloadInterval must be between 1 second and 1 hour.")]
    public TimeSpan SeedsReloadInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Chats that always receive digests, whatever is said in chat.</summary>
    public List<DigestTarget> Targets { get; set; } = [];

    /// <summary>The validated <see cref="DefaultTime"/>.</summary>
    public TimeOnly DailyTime => DigestSchedule.TryParseTime(DefaultTime, out var time) ? time : new TimeOnly(8, 0);

    /// <summary>The validated <see cref="DefaultTimeZone"/>.</summary>
    public TimeZoneInfo Zone => DigestSchedule.FindZone(DefaultTimeZone) ?? TimeZoneInfo.Utc;

    public string ResolveConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={Path.GetFullPath(Path.Combine(DataDirectory, "bot.db"))}" : ConnectionString;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DigestSchedule.FindZone(DefaultTimeZone) is null)
            yield return new($"Digests:DefaultTimeZone \"{DefaultTimeZone}\" is not a canonical IANA time zone; use {DigestSchedule.ZoneNamesAccepted}.", [nameof(DefaultTimeZone)]);
        if (!DigestSchedule.TryParseTime(DefaultTime, out _))
            yield return new($"Digests:DefaultTime \"{DefaultTime}\" is not a time of day (HH:MM, 24-hour).", [nameof(DefaultTime)]);
        for (var i = 0; i < Targets.Count; i++)
            foreach (var problem in Targets[i].Problems())
                yield return new($"Digests:Targets:{i}:{problem}", [nameof(Targets)]);
    }
}

/// <summary>A chat configured to receive digests: a daily <see cref="Time"/> or a <see cref="Cron"/> expression, in a time zone.</summary>
public sealed class DigestTarget
{
    /// <summary>"telegram", "discord" or "console".</summary>
    public string Platform { get; set; } = "";

    public string ChatId { get; set; } = "";

    /// <summary>HH:MM; defaults to Digests:DefaultTime when neither this nor <see cref="Cron"/> is set.</summary>
    public string? Time { get; set; }

    /// <summary>A five-field cron expression (minute hour day month weekday).</summary>
    public string? Cron { get; set; }

    public string? TimeZone { get; set; }

    /// <summary>A misspelt platform would otherwise wait for an adapter that never starts, warning at every slot.</summary>
    private static readonly string[] KnownPlatforms = ["telegram", "discord", "console"];

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Platform))
            yield return "Platform is required (telegram, discord or console).";
        else if (!KnownPlatforms.Contains(Platform.Trim(), StringComparer.OrdinalIgnoreCase))
            yield return $"Platform \"{Platform}\" is not one the bot posts to; use telegram, discord or console.";
        if (string.IsNullOrWhiteSpace(ChatId))
            yield return "ChatId is required.";
        else if (ChatIdProblem() is { } chatId)
            yield return chatId;
        if (Time is not null && Cron is not null)
            yield return "Time and Cron are both set; give one.";
        if (Time is not null && !DigestSchedule.TryParseTime(Time, out _))
            yield return $"Time \"{Time}\" is not a time of day (HH:MM, 24-hour).";
        if (Cron is not null && DigestSchedule.ParseCron(Cron) is null)
            yield return $"Cron \"{Cron}\" is not a valid five-field cron expression.";
        if (TimeZone is not null && DigestSchedule.FindZone(TimeZone) is null)
            yield return $"TimeZone \"{TimeZone}\" is not a canonical IANA time zone; use {DigestSchedule.ZoneNamesAccepted}.";
    }

    /// <summary>
    /// A chat id the platform would refuse on every post is caught at start, not logged as a failure each slot. Telegram's
    /// digest sender takes numeric ids only (channels as -100...; an @username is not resolved), Discord's channel ids are snowflakes.
    /// </summary>
    private string? ChatIdProblem() => Platform.Trim().ToLowerInvariant() switch
    {
        "telegram" when !long.TryParse(ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) || id == 0 =>
            $"ChatId \"{ChatId}\" is not a Telegram chat id; give the number (-100... for a channel or supergroup).",
        "discord" when !ulong.TryParse(ChatId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == 0 =>
            $"ChatId \"{ChatId}\" is not a Discord channel id; give the channel's number (copy it with Developer Mode on).",
        _ => null,
    };
}
