using Bot.Http;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>
/// How the bot ends: an adapter that stops the application for good (a rejected token) records a
/// non-zero code, so a service manager sees the failure instead of a clean exit.
/// </summary>
public sealed class ExitStatus
{
    /// <summary>The code of a setting the bot cannot run with, the same as for settings refused before start-up.</summary>
    public const int InvalidConfiguration = 2;

    public int Code { get; private set; }

    public void Fail(int code) => Code = code;

    /// <summary>
    /// Runs <paramref name="host"/> until it stops and gives the code to exit with: the recorded one, else 1 when a
    /// background service (an adapter, the scheduler) died of an exception and took the host down, so that a service
    /// manager restarts the bot instead of taking it for a clean stop.
    /// </summary>
    public async Task<int> RunAsync(IHost host, CancellationToken cancellationToken)
    {
        // Taken before running: the host disposes its services when it ends.
        var background = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        // Before any platform starts: an unusable data folder stops start-up, and a second process on the same SQLite store waits.
        foreach (var folder in host.Services.GetServices<DataDirectory>())
            folder.Prepare();
        if (host.Services.GetService<StoreLock>() is { } store && !await store.WaitForTurnAsync(cancellationToken))
            return 0;
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            // Listening first: an address in use stops start-up with one line before any platform connects or the host says it started.
            if (host.Services.GetService<HttpListenerService>() is { } listener && !await listener.ListenAsync(cancellationToken))
                return Code;
            await host.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested || cancellationToken.IsCancellationRequested)
        {
            // SIGTERM while still starting (a slow start on a loaded machine, a stop right after a start) is a clean stop.
        }
        return Code != 0 ? Code : background.Any(s => s.ExecuteTask?.IsFaulted == true) ? 1 : 0;
    }
}
