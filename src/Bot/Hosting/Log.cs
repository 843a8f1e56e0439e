using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>Log messages of the host itself.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "{Key} is empty, so the bot runs without {Platform}")]
    public static partial void TokenEmpty(ILogger logger, string key, string platform);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "{Key} holds only spaces, so the bot runs without {Platform}; set the token, or leave it empty to run without {Platform}")]
    public static partial void TokenOnlySpaces(ILogger logger, string key, string platform);
}
