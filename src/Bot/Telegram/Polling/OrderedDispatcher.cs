namespace Bot.Telegram.Polling;

/// <summary>Runs work items concurrently across keys but one after another within a key (a chat).</summary>
internal sealed class OrderedDispatcher
{
    private readonly Dictionary<long, Task> _tails = [];
    private readonly Lock _lock = new();

    /// <summary>Queues <paramref name="work"/> behind the key's earlier work; <paramref name="work"/> must not throw.</summary>
    public void Enqueue(long key, Func<Task> work)
    {
        lock (_lock)
        {
            var previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            var next = RunAfterAsync(previous, work);
            _tails[key] = next;
            _ = next.ContinueWith(_ => Forget(key, next), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Completes when everything queued so far has run.</summary>
    public Task WhenIdle()
    {
        lock (_lock)
            return Task.WhenAll(_tails.Values);
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        // Work that broke its promise and threw must not stop every later update of its chat for good.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await work().ConfigureAwait(false);
    }

    private void Forget(long key, Task finished)
    {
        lock (_lock)
        {
            if (_tails.TryGetValue(key, out var tail) && tail == finished)
                _tails.Remove(key);
        }
    }
}
