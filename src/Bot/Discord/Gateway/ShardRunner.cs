using System.Net.WebSockets;
using System.Text.Json;
using Bot.Discord.Rest;
using Bot.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps one shard connected to the Discord gateway: resumes when the session allows, identifies
/// afresh when it does not (within the identify limits), waits with capped backoff between failed
/// attempts, and stops the application on a fatal close code or a rejected token. Failed attempts
/// alone never abandon a session: only Discord says when it cannot be resumed (op 9 with false, or a
/// close code that needs a new session), so an outage loses none of the events sent meanwhile.
/// </summary>
internal sealed class ShardRunner(Shard shard, DiscordOptions options, BotIdentity identity, DiscordRestClient rest, IdentifyGate gate, SessionKeeper sessions,
    DispatchQueue dispatches, DiscordShutdown shutdown, ShardStatus status, BotMetrics metrics, TimeProvider time, ILogger logger)
{
    // Discord's identify budget renews daily; a longer (or negative) reset_after is not a wait the bot can take.
    private const long MaxIdentifyBudgetReset = 24 * 60 * 60 * 1000;

    private readonly GatewaySession _session = sessions.Open(shard);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            if (attempt > 0)
                metrics.GatewayReconnected();
            var lost = "the gateway connection closed";
            var invalidated = false;
            try
            {
                var result = await ConnectOnceAsync(stoppingToken);
                failures = result.Established ? 0 : failures + 1;
                invalidated = result.Invalidated;
                if (!result.Resume)
                    _session.Clear();
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
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or DiscordRestException or RestQueueFullException or OperationCanceledException
                or JsonException)
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
            status.Down(shard, lost);
            var wait = failures > 0 ? Backoff.Delay(failures, options.ReconnectDelayMin, options.ReconnectDelayMax) : TimeSpan.Zero;
            if (invalidated)
                wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, InvalidSessionWait().Ticks));
            if (wait > TimeSpan.Zero && !await GatewayService.WaitAsync(wait, time, logger, stoppingToken))
                break;
        }
    }

    /// <summary>Discord asks for a random wait of 1 to 5 s after an invalidated session, before identifying again.</summary>
    private static TimeSpan InvalidSessionWait() => TimeSpan.FromSeconds(1 + 4 * Random.Shared.NextDouble());

    private async Task<ConnectionResult> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        var resume = _session.CanResume;
        var url = resume ? _session.ResumeUrl! : await PrepareIdentifyAsync(stoppingToken);
        using var connection = new GatewayConnection(options, _session, identity, dispatches, status, metrics, time, logger);
        return await connection.RunAsync(url, resume, stoppingToken);
    }

    /// <summary>Finds the gateway and waits until Discord's identify limits allow one more for this shard.</summary>
    private async Task<Uri> PrepareIdentifyAsync(CancellationToken stoppingToken)
    {
        var gateway = await rest.GetGatewayBotAsync(stoppingToken);
        if (gateway.SessionStartLimit.Remaining <= 0)
        {
            var reset = TimeSpan.FromMilliseconds(Math.Clamp(gateway.SessionStartLimit.ResetAfter, 0, MaxIdentifyBudgetReset));
            Log.IdentifyBudgetExhausted(logger, reset);
            await Task.Delay(reset, time, stoppingToken);
        }
        await gate.WaitTurnAsync(shard, gateway.SessionStartLimit.MaxConcurrency, stoppingToken);
        return new Uri(gateway.Url);
    }
}
