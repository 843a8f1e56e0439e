using System.ComponentModel.DataAnnotations;
using Bot.Discord.Gateway;

namespace Bot.Discord;

/// <summary>How the bot reaches Discord (section "Discord"); the adapter is enabled only when a token is set.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>The bot token (environment variable Discord__Token). Never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:Token is required.")]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Discord:ApiBaseUrl is required.")]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>When set, slash commands are registered for this guild only (instant updates while developing).</summary>
    [RegularExpression(@"^\d{1,20}$", ErrorMessage = "Discord:GuildId must be a numeric snowflake.")]
    public string? GuildId { get; set; }

    /// <summary>How long to wait for Hello and then READY/RESUMED before giving up on a connection.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Discord:HandshakeTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay of the capped exponential backoff between connection attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Discord:ReconnectDelayMin must be between 1 ms and 1 minute.")]
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Discord:ReconnectDelayMax must be between 1 ms and 1 hour.")]
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The application's public key (hex, from the developer portal). When set, interactions are also served over HTTP at
    /// /discord/interactions on the Http:Urls listener, verified against this key.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be the application's public key: 64 hex digits.")]
    public string? PublicKey { get; set; }

    /// <summary>Whether to connect to the gateway; false serves interactions over HTTP only (mentions and DMs then go unanswered).</summary>
    public bool Gateway { get; set; } = true;

    /// <summary>"auto" (as many shards as Discord recommends, all in this process) or the shards this process runs, e.g. "0/4,1/4".</summary>
    public string Shards { get; set; } = ShardList.Auto;

    /// <summary>Discord allows one Identify per concurrency bucket in this window.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Discord:IdentifyInterval must be between 0 and 1 minute.")]
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An interaction not answered this long after it arrived is deferred, well inside Discord's 3 s limit.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500", ErrorMessage = "Discord:DeferAfter must be between 0 and 2.5 seconds.")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>First delay before retrying a REST call that failed with a server error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Discord:RestRetryDelay must be between 1 ms and 1 minute.")]
    public TimeSpan RestRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for Discord's answer to one REST call before counting it as lost.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Discord:RestTimeout must be between 100 ms and 5 minutes.")]
    public TimeSpan RestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 10, ErrorMessage = "Discord:RestMaxAttempts must be between 1 and 10.")]
    public int RestMaxAttempts { get; set; } = 5;

    /// <summary>Gateway events waiting for a handler; when full, the oldest waiting event is dropped and logged.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Discord:DispatchQueueCapacity must be between 1 and 1000000.")]
    public int DispatchQueueCapacity { get; set; } = 5_000;

    /// <summary>REST calls waiting or under way; past this, a new call fails at once and is logged instead of piling up.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Discord:RestQueueCapacity must be between 1 and 1000000.")]
    public int RestQueueCapacity { get; set; } = 2_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A value that is no absolute URL binds as a relative Uri, which no request can be sent to.
        if (ApiBaseUrl is { } api && !(api.IsAbsoluteUri && (api.Scheme == Uri.UriSchemeHttp || api.Scheme == Uri.UriSchemeHttps)))
            yield return new ValidationResult("Discord:ApiBaseUrl must be an absolute http or https URL, e.g. https://discord.com/api/v10.", [nameof(ApiBaseUrl)]);
        if (!ShardList.IsAuto(Shards) && ShardList.Parse(Shards).Problem is { } problem)
            yield return new ValidationResult($"Discord:Shards {problem}; give \"auto\" or ID/COUNT items, e.g. 0/4,1/4.", [nameof(Shards)]);
    }
}
