using Microsoft.Extensions.Logging;

namespace Bot.Http;

internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Serving /healthz, /readyz and /metrics on {Addresses}")]
    public static partial void Listening(ILogger logger, IReadOnlyList<string> addresses);
}
