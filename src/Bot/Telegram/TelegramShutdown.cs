using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>Stops the application when Telegram refuses the bot in a way retrying cannot fix (a rejected token), saying why once.</summary>
internal sealed class TelegramShutdown(IHostApplicationLifetime lifetime, ILogger<TelegramShutdown> logger, ExitStatus? exit = null)
{
    /// <summary>The exit code of a bot stopped by its chat platform, the same for every adapter.</summary>
    public const int ExitCode = 3;

    private int _stopped;

    public void TokenRejected(string method)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        Log.TokenRejected(logger, method);
        exit?.Fail(ExitCode);
        lifetime.StopApplication();
    }
}
