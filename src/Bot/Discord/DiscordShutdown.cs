using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>Stops the application after a fatal Discord error, saying why once.</summary>
public sealed class DiscordShutdown(IHostApplicationLifetime lifetime, ILogger<DiscordShutdown> logger, ExitStatus? exit = null)
{
    private int _stopped;

    public void Stop(string reason)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        Log.Fatal(logger, reason);
        exit?.Fail(3);
        lifetime.StopApplication();
    }
}
