using System.Text.Json;
using Bot.Discord.Rest;
using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Runs the shards of Discord:Shards (with "auto", as many as Discord recommends), each on its own
/// connection, all feeding one dispatch queue, and the workers that handle what they receive.
/// </summary>
internal sealed class GatewayService(DiscordOptions options, BotIdentity identity, DiscordRestClient rest, IdentifyGate gate, SessionKeeper sessions, DispatchQueue dispatches,
    DiscordShutdown shutdown, ShardStatus status, BotMetrics metrics, TimeProvider time, ILogger<GatewayService> logger) : BackgroundService
{
    private const int Workers = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = dispatches.RunAsync(Workers, stoppingToken);
        if (await ShardsAsync(stoppingToken) is { } shards)
        {
            status.Expect(shards.Count);
            Log.RunningShards(logger, shards);
            await Task.WhenAll(shards.Select(shard =>
                new ShardRunner(shard, options, identity, rest, gate, sessions, dispatches, shutdown, status, metrics, time, logger).RunAsync(stoppingToken)));
        }
        await workers;
    }

    // A shard is a connection with its own heartbeat; past this many one process should not hold them all, and a
    // garbled recommendation must not make it try.
    private const int MaxAutoShards = 64;

    /// <summary>The configured shards, or with "auto" Discord's recommended count (asked until Discord answers); null once stopping.</summary>
    private async Task<IReadOnlyList<Shard>?> ShardsAsync(CancellationToken stoppingToken)
    {
        if (!ShardList.IsAuto(options.Shards))
            return ShardList.Parse(options.Shards).Shards;
        for (var failures = 1; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                var count = Math.Max(1, (await rest.GetGatewayBotAsync(stoppingToken)).Shards);
                if (count > MaxAutoShards)
                {
                    shutdown.Stop($"Discord recommends {count} shards, more than one process runs with Discord:Shards \"auto\" (at most {MaxAutoShards}); " +
                        $"set Discord:Shards to ID/COUNT items with COUNT {count} and share them among several processes");
                    return null;
                }
                return [.. Enumerable.Range(0, count).Select(id => new Shard(id, count))];
            }
            catch (DiscordFatalException ex)
            {
                shutdown.Stop(ex.Message);
                return null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or RestQueueFullException or OperationCanceledException or JsonException)
            {
                Log.ConnectionRefused(logger, ex.Message);
                status.Down(new Shard(0, 1), ex.Message);
            }
            if (!await WaitAsync(Backoff.Delay(failures, options.ReconnectDelayMin, options.ReconnectDelayMax), time, logger, stoppingToken))
                return null;
        }
        return null;
    }

    public static async Task<bool> WaitAsync(TimeSpan delay, TimeProvider time, ILogger logger, CancellationToken stoppingToken)
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
