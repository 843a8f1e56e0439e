using System.Net;

namespace Bot.Discord.Rest;

/// <summary>Discord answered a REST call with an error that retrying did not (or cannot) fix.</summary>
public sealed class DiscordRestException(HttpStatusCode status, int? code, string? discordMessage, TimeSpan? retryAfter = null)
    : Exception($"Discord answered {(int)status}{(code is null ? "" : $" (code {code})")}: {discordMessage}")
{
    public HttpStatusCode Status { get; } = status;
    public int? Code { get; } = code;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
