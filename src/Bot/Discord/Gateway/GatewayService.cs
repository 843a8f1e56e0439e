using System.Net.WebSockets;
using Bot.Discord.Rest;
using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected to the Discord gateway: resumes when the session allows, identifies
/// afresh when it does not (within the identify limits), waits with capped backoff between failed
/// attempts, and stops the application on a fatal close code or a rejected token. Failed attempts
/// alone never abandon a session: only Discord says when it cannot be resumed (op 9 with false, or a
/// close code that needs a new session), so an outage loses none of the events sent meanwhile.
/// </summary>
internal sealed class GatewayService(DiscordOptions options, GatewaySession session, DiscordRestClient rest, DispatchQueue dispatches,
    DiscordShutdown shutdown, BotStatus status, BotMetrics metrics, TimeProvider time, ILogger<GatewayService> logger) : BackgroundService
{
    private const int Workers = 16;

    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = dispatches.RunAsync(Workers, stoppingToken);
        var failures = 0;
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            if (attempt > 0)
                metrics.GatewayReconnected();
            var lost = "the gateway connection closed";
            try
            {
                var result = await ConnectOnceAsync(stoppingToken);
                failures = result.Established ? 0 : failures + 1;
                if (!result.Resume)
                    session.Clear();
            }
            catch (DiscordFatalException ex)
            {
                shutdown.Stop(ex.Message);
                break;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or DiscordRestException or RestQueueFullException or OperationCanceledException)
            {
                // Discord or the network being away for a while is expected: one line, no stack trace.
                Log.ConnectionRefused(logger, ex.Message);
                lost = ex.Message;
                failures++;
            }
            catch (Exception ex)
            {
                Log.ConnectionFailed(logger, ex);
                lost = ex.Message;
                failures++;
            }
            status.Down(DiscordConversation.Platform, lost);
            if (failures > 0 && !await WaitAsync(Backoff.Delay(failures, options.ReconnectDelayMin, options.ReconnectDelayMax), stoppingToken))
                break;
        }
        await workers;
    }

    private async Task<ConnectionResult> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        var resume = session.CanResume;
        var url = resume ? session.ResumeUrl! : await PrepareIdentifyAsync(stoppingToken);
        using var connection = new GatewayConnection(options, session, dispatches, status, metrics, time, logger);
        return await connection.RunAsync(url, resume, stoppingToken);
    }

    /// <summary>Finds the gateway and waits until Discord's identify limits allow one more.</summary>
    private async Task<Uri> PrepareIdentifyAsync(CancellationToken stoppingToken)
    {
        var gateway = await rest.GetGatewayBotAsync(stoppingToken);
        if (gateway.SessionStartLimit.Remaining <= 0)
        {
            var reset = TimeSpan.FromMilliseconds(gateway.SessionStartLimit.ResetAfter);
            Log.IdentifyBudgetExhausted(logger, reset);
            await Task.Delay(reset, time, stoppingToken);
        }
        var wait = _lastIdentify + options.IdentifyInterval - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, stoppingToken);
        _lastIdentify = time.GetUtcNow();
        return new Uri(gateway.Url);
    }

    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        Log.Reconnecting(logger, delay);
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
