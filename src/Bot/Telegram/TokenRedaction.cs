using Telegram.Bot.Exceptions;

namespace Bot.Telegram;

/// <summary>Why an expected failure happened, as one scrubbed line; worked out only if the log message is written.</summary>
internal readonly record struct FailureReason(Exception Exception, string Token)
{
    public override string ToString() => TokenRedaction.Describe(Exception, Token);
}

/// <summary>
/// Keeps the bot token out of logs. Requests go to /bot&lt;token&gt;/method, and a server or proxy may echo
/// that path in an error description, so any text from an error is scrubbed before it is logged.
/// </summary>
internal static class TokenRedaction
{
    private const string Hidden = "<token>";

    /// <summary><paramref name="text"/> with the token, and its secret part after the colon on its own, hidden.</summary>
    public static string Scrub(string text, string token)
    {
        if (token.Length == 0)
            return text;
        text = text.Replace(token, Hidden, StringComparison.Ordinal);
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return secret.Length == 0 ? text : text.Replace(secret, Hidden, StringComparison.Ordinal);
    }

    /// <summary>An expected failure as one line: the API's error code and description, or the chain of messages, scrubbed.</summary>
    public static string Describe(Exception exception, string token)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
            parts.Add(e is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : e.Message);
        return Scrub(string.Join(": ", parts).ReplaceLineEndings(" "), token);
    }

    /// <summary>An unexpected failure for logging with its stack trace: as it is, or retold without the token if its text holds it.</summary>
    public static Exception Scrub(Exception exception, string token)
    {
        var details = exception.ToString();
        var scrubbed = Scrub(details, token);
        return scrubbed == details ? exception : new ScrubbedException(Scrub(exception.Message, token), scrubbed);
    }

    /// <summary>An exception whose text held the token, retold (stack trace included) without it.</summary>
    private sealed class ScrubbedException(string message, string details) : Exception(message)
    {
        public override string ToString() => details;
    }
}
