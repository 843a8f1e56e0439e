using System.Net.Http;
using System.Threading.Channels;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// Runs event handlers on worker tasks, off the gateway's receive loop so slow work never delays
/// heartbeats, and drops events Discord delivers more than once. The queue is bounded: when events
/// arrive faster than they can be handled, the oldest waiting one is dropped and logged (by then it
/// has likely outlived Discord's 3 s for interactions anyway), and the receive loop never blocks.
/// </summary>
internal sealed class DispatchQueue
{
    private const int RecentCapacity = 10_000;
    private static readonly HashSet<string> Deduplicated = ["INTERACTION_CREATE", "MESSAGE_CREATE"];

    private readonly DiscordEventRouter _router;
    private readonly DiscordShutdown _shutdown;
    private readonly ILogger<DispatchQueue> _logger;
    private readonly Channel<Dispatch> _channel;
    private readonly HashSet<string> _recent = [];
    private readonly Queue<string> _recentOrder = new();

    public DispatchQueue(DiscordEventRouter router, DiscordShutdown shutdown, DiscordOptions options, ILogger<DispatchQueue> logger)
    {
        _router = router;
        _shutdown = shutdown;
        _logger = logger;
        var capacity = options.DispatchQueueCapacity;
        // Every shard's receive loop writes here.
        _channel = Channel.CreateBounded<Dispatch>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest },
            dropped =>
            {
                Log.Dropped(logger, dropped.Type, dropped.Id ?? "without id", capacity);
                dropped.Handled?.Invoke();
            });
    }

    public void Post(Dispatch dispatch)
    {
        if (dispatch.Id is { } id && Deduplicated.Contains(dispatch.Type) && !Remember(dispatch.Type + ":" + id))
        {
            Log.Duplicate(_logger, dispatch.Type, id);
            dispatch.Handled?.Invoke();
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
                // Cut short by a stop, an event stays unhandled, so the next start has Discord replay it.
                try
                {
                    await _router.HandleAsync(dispatch, cancellationToken);
                    dispatch.Handled?.Invoke();
                }
                catch (DiscordFatalException ex)
                {
                    _shutdown.Stop(ex.Message);
                }
                catch (Exception ex) when (IsExpected(ex, cancellationToken))
                {
                    Log.HandlerGaveUp(_logger, dispatch.Type, dispatch.Id ?? "without id", ex.Message);
                    dispatch.Handled?.Invoke();
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    Log.HandlerFailed(_logger, dispatch.Type, dispatch.Id ?? "without id", ex);
                    dispatch.Handled?.Invoke();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Discord refusing a call (403 in a channel the bot may not post in), a full request queue or a network failure: worth a line, not a stack trace.</summary>
    private static bool IsExpected(Exception ex, CancellationToken cancellationToken) =>
        ex is DiscordRestException or RestQueueFullException or HttpRequestException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

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
