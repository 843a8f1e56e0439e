namespace Bot.Telegram;

/// <summary>
/// Which updates are confirmed, in flight or handled. Telegram forgets an update once getUpdates
/// is called with a higher offset, so the offset only passes an update after it was handled; updates
/// handled out of order above it are remembered (and persisted) so a redelivery is not answered twice.
/// </summary>
internal sealed class UpdateLedger
{
    private readonly StateFile<State> _file;
    private readonly Lock _lock = new();
    private readonly SortedSet<int> _inFlight = [];
    private readonly HashSet<int> _handled;
    private int _offset;
    private int _maxSeen;
    private TaskCompletionSource _progress = NewSignal();

    public UpdateLedger(string stateDirectory)
    {
        _file = new StateFile<State>(Path.Combine(stateDirectory, "telegram-updates.json"));
        var state = _file.Load();
        _offset = state.Offset;
        _maxSeen = state.Offset - 1;
        _handled = [.. state.Handled];
    }

    /// <summary>The offset to ask for: the oldest update not yet handled.</summary>
    public int Offset
    {
        get { lock (_lock) return _offset; }
    }

    public int InFlight
    {
        get { lock (_lock) return _inFlight.Count; }
    }

    /// <summary>Claims an update for handling; false for one already handled or being handled.</summary>
    public bool TryBegin(int updateId)
    {
        lock (_lock)
        {
            if (updateId < _offset || _handled.Contains(updateId) || !_inFlight.Add(updateId))
                return false;
            _maxSeen = Math.Max(_maxSeen, updateId);
            return true;
        }
    }

    /// <summary>Records an update as handled and persists the new offset before it is ever sent to Telegram.</summary>
    public void Complete(int updateId)
    {
        State snapshot;
        lock (_lock)
        {
            _inFlight.Remove(updateId);
            _handled.Add(updateId);
            _offset = _inFlight.Count > 0 ? _inFlight.Min : Math.Max(_offset, _maxSeen + 1);
            _handled.RemoveWhere(id => id < _offset);
            snapshot = new State { Offset = _offset, Handled = [.. _handled] };
            _progress.TrySetResult();
            _progress = NewSignal();
        }
        _file.Save(snapshot);
    }

    /// <summary>Lets an update that was cut short by shutdown be delivered again next time.</summary>
    public void Abandon(int updateId)
    {
        lock (_lock)
        {
            _inFlight.Remove(updateId);
            _progress.TrySetResult();
            _progress = NewSignal();
        }
    }

    /// <summary>Completes when any update in flight completes (or is abandoned).</summary>
    public Task WaitForProgressAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
            return _inFlight.Count == 0 ? Task.CompletedTask : _progress.Task.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal sealed class State
    {
        public int Offset { get; set; }
        public List<int> Handled { get; set; } = [];
    }
}
