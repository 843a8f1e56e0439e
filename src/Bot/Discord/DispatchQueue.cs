using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// Runs event handlers on worker tasks, off the gateway's receive loop so slow work never delays
/// heartbeats, and drops events Discord delivers more than once.
/// </summary>
internal sealed class DispatchQueue(DiscordEventRouter router, DiscordShutdown shutdown, ILogger<DispatchQueue> logger)
{
    private const int RecentCapacity = 10_000;
    private static readonly HashSet<string> Deduplicated = ["INTERACTION_CREATE", "MESSAGE_CREATE"];

    private readonly Channel<Dispatch> _channel = Channel.CreateUnbounded<Dispatch>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly HashSet<string> _recent = [];
    private readonly Queue<string> _recentOrder = new();

    public void Post(Dispatch dispatch, string? id)
    {
        if (id is not null && Deduplicated.Contains(dispatch.Type) && !Remember(dispatch.Type + ":" + id))
        {
            Log.Duplicate(logger, dispatch.Type, id);
            return;
        }
        _channel.Writer.TryWrite(dispatch);
    }

    public Task RunAsync(int workers, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(cancellationToken), cancellationToken)));

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var dispatch in _channel.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await router.HandleAsync(dispatch, cancellationToken);
                }
                catch (DiscordFatalException ex)
                {
                    shutdown.Stop(ex.Message);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    Log.HandlerFailed(logger, dispatch.Type, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private bool Remember(string key)
    {
        lock (_recent)
        {
            if (!_recent.Add(key))
                return false;
            _recentOrder.Enqueue(key);
            if (_recentOrder.Count > RecentCapacity)
                _recent.Remove(_recentOrder.Dequeue());
            return true;
        }
    }
}
