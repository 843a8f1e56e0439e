namespace Bot.Telegram.Sending;

/// <summary>A background loop that runs until disposed; used for the typing indicator while an answer is prepared.</summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    public TypingIndicator(Func<CancellationToken, Task> loop, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = Task.Run(() => loop(_stop.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end of the loop.
        }
        _stop.Dispose();
    }
}
