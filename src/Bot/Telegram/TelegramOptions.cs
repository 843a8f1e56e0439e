using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram;

/// <summary>The Telegram adapter's settings (section "Telegram"); the adapter runs only when a token is set.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>The bot token from @BotFather. Never logged.</summary>
    [Required(ErrorMessage = "Telegram:Token is required.")]
    [RegularExpression(@"^\d{1,16}:[A-Za-z0-9_-]+$", ErrorMessage = "Telegram:Token must look like 123456:ABC-DEF (digits, a colon, then letters, digits, '_' or '-').")]
    public string Token { get; set; } = "";

    /// <summary>The Bot API server; point it at a self-hosted server (or a test fake).</summary>
    [Required(ErrorMessage = "Telegram:ApiBaseUrl is required.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Where handled updates (for deduplication) and chat states are kept across restarts.</summary>
    [Required(ErrorMessage = "Telegram:StateDirectory is required.")]
    public string StateDirectory { get; set; } = "data";

    /// <summary>
    /// Where Telegram is to POST updates (https, as Telegram requires); set, the bot uses a webhook instead of
    /// polling and serves it on the Http:Urls listener at this URL's path (TLS usually ends at a proxy in front).
    /// </summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Webhook requests Telegram may have open at once.</summary>
    [Range(1, 100, ErrorMessage = "Telegram:WebhookMaxConnections must be between 1 and 100.")]
    public int WebhookMaxConnections { get; set; } = 40;

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    [Range(typeof(TimeSpan), "00:00:00", "00:00:50", ErrorMessage = "Telegram:PollTimeout must be between 0 and 50 seconds.")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    [Range(1, 100, ErrorMessage = "Telegram:PollBatchSize must be between 1 and 100.")]
    public int PollBatchSize { get; set; } = 100;

    /// <summary>Updates received but not yet handled; polling pauses above this.</summary>
    [Range(1, 100_000, ErrorMessage = "Telegram:MaxUpdatesInFlight must be between 1 and 100,000.")]
    public int MaxUpdatesInFlight { get; set; } = 1000;

    /// <summary>Off only for measuring the adapter's own overhead.</summary>
    public bool RateLimitsEnabled { get; set; } = true;

    [Range(1, 1000, ErrorMessage = "Telegram:PerChatMessages must be between 1 and 1000.")]
    public int PerChatMessages { get; set; } = 1;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Telegram:PerChatPeriod must be between 1 ms and 1 hour.")]
    public TimeSpan PerChatPeriod { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 1000, ErrorMessage = "Telegram:PerGroupMessages must be between 1 and 1000.")]
    public int PerGroupMessages { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Telegram:PerGroupPeriod must be between 1 ms and 1 hour.")]
    public TimeSpan PerGroupPeriod { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 10_000, ErrorMessage = "Telegram:GlobalMessages must be between 1 and 10,000.")]
    public int GlobalMessages { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Telegram:GlobalPeriod must be between 1 ms and 1 hour.")]
    public TimeSpan GlobalPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages one user may send per <see cref="FloodWindow"/> before getting a single notice.</summary>
    [Range(1, 10_000, ErrorMessage = "Telegram:FloodMessages must be between 1 and 10,000.")]
    public int FloodMessages { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Telegram:FloodWindow must be between 1 ms and 1 day.")]
    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Users flood control keeps track of at once; past this the longest idle are forgotten.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Telegram:FloodTrackedUsers must be between 1 and 10,000,000.")]
    public int FloodTrackedUsers { get; set; } = 100_000;

    /// <summary>How long follow-up and "Sources" buttons keep working.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Telegram:FollowUpExpiry must be between 1 second and 7 days.")]
    public TimeSpan FollowUpExpiry { get; set; } = TimeSpan.FromHours(6);

    [Range(1, 1_000_000, ErrorMessage = "Telegram:MaxFollowUps must be between 1 and 1,000,000.")]
    public int MaxFollowUps { get; set; } = 10_000;

    /// <summary>Attempts for a send that meets server or network errors (429 waits do not count).</summary>
    [Range(1, 100, ErrorMessage = "Telegram:MaxSendAttempts must be between 1 and 100.")]
    public int MaxSendAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "Telegram:RetryBaseDelay must be between 1 ms and 10 minutes.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Telegram:RetryMaxDelay must be between 1 ms and 1 hour.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long shutdown waits for updates being handled before leaving them for the next start. It must end well
    /// inside the host's own shutdown limit, or a reply Telegram holds would keep the process until that limit cuts
    /// it off, without the cut update being told apart.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:08", ErrorMessage = "Telegram:ShutdownDrain must be between 0 and 8 seconds.")]
    public TimeSpan ShutdownDrain { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Telegram shows "typing…" for about 5 s, so it is repeated a little sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:05", ErrorMessage = "Telegram:TypingInterval must be between 0.1 and 5 seconds.")]
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(4);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Checked here rather than with [Url], which lets ftp through and keeps this check (naming the value) from running.
        if (!(Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) && (api.Scheme == Uri.UriSchemeHttp || api.Scheme == Uri.UriSchemeHttps)))
            yield return new ValidationResult($"Telegram:ApiBaseUrl \"{ApiBaseUrl}\" is not an absolute http or https URL, e.g. https://api.telegram.org.", [nameof(ApiBaseUrl)]);
        if (UsesWebhook && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && url.Query.Length == 0))
            yield return new ValidationResult("Telegram:WebhookUrl must be an https URL without a query, e.g. https://bot.example.org/telegram.", [nameof(WebhookUrl)]);
    }
}
