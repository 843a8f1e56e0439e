using System.Globalization;

namespace Bot.Telegram.Polling;

/// <summary>
/// Which updates are in flight or handled. The offset is never persisted: Telegram remembers which
/// updates were confirmed, and a saved offset turns stale (ids restart at random after a week without
/// updates, and a new token is a new sequence), so polling starts without one. Only the ids handled but
/// perhaps not yet confirmed are kept, per bot, so an update redelivered after a restart is not answered twice.
/// </summary>
internal sealed class UpdateLedger
{
    /// <summary>
    /// Handled ids remembered. A poll returns at most a batch beyond the oldest unhandled update, so the ids
    /// handled but not yet confirmed stay far below this; the oldest are forgotten first.
    /// </summary>
    public const int DefaultCapacity = 10_000;

    private readonly StateFile<State> _file;
    private readonly int _capacity;
    private readonly Lock _lock = new();
    private readonly Lock _saveLock = new();
    private readonly SortedSet<int> _inFlight = [];
    private readonly HashSet<int> _handled;
    private readonly Queue<int> _handledOrder;
    private int? _maxSeen;
    private TaskCompletionSource _progress = NewSignal();

    /// <param name="notSaved">Told (once per run of failures) when the state cannot be written; the ledger then goes on in memory.</param>
    public UpdateLedger(string stateDirectory, long botId, int capacity = DefaultCapacity, Action<string>? notSaved = null)
    {
        BotId = botId;
        _capacity = capacity;
        _file = new StateFile<State>(Path.Combine(stateDirectory, $"telegram-updates-{botId.ToString(CultureInfo.InvariantCulture)}.json"), notSaved);
        var handled = _file.Load().Handled.TakeLast(capacity).ToList();
        _handled = [.. handled];
        _handledOrder = new(handled);
    }

    /// <summary>The bot whose updates these are.</summary>
    public long BotId { get; }

    /// <summary>
    /// The offset for the next getUpdates: the oldest update in flight, else one past the newest seen;
    /// null when everything seen is confirmed (or nothing was), leaving it to Telegram where to start.
    /// </summary>
    public int? Offset
    {
        get
        {
            lock (_lock)
                return _inFlight.Count > 0 ? _inFlight.Min : _maxSeen + 1;
        }
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
            _maxSeen = Math.Max(_maxSeen ?? updateId, updateId);
            return !_handled.Contains(updateId) && _inFlight.Add(updateId);
        }
    }

    /// <summary>Records an update as handled, persisted before its confirmation is ever sent to Telegram.</summary>
    public void Complete(int updateId)
    {
        lock (_lock)
        {
            _inFlight.Remove(updateId);
            if (_handled.Add(updateId))
                _handledOrder.Enqueue(updateId);
            while (_handledOrder.Count > _capacity)
                _handled.Remove(_handledOrder.Dequeue());
            Signal();
        }
        Save();
    }

    /// <summary>
    /// Telegram answered a getUpdates sent with <paramref name="offset"/>: every update below it is confirmed
    /// and will not come back, so it need not be remembered. Once everything seen is confirmed, the next poll goes without an offset.
    /// </summary>
    public void Confirmed(int? offset)
    {
        if (offset is not { } confirmedBelow)
            return;
        bool forgot;
        lock (_lock)
        {
            forgot = _handled.RemoveWhere(id => id < confirmedBelow) > 0;
            if (forgot)
            {
                var kept = _handledOrder.Where(_handled.Contains).ToList();
                _handledOrder.Clear();
                foreach (var id in kept)
                    _handledOrder.Enqueue(id);
            }
            if (_inFlight.Count == 0 && _maxSeen + 1 == confirmedBelow)
                _maxSeen = null;
        }
        if (forgot)
            Save();
    }

    /// <summary>Lets an update that was cut short by shutdown be delivered again next time.</summary>
    public void Abandon(int updateId)
    {
        lock (_lock)
        {
            _inFlight.Remove(updateId);
            Signal();
        }
    }

    /// <summary>Completes when any update in flight completes (or is abandoned).</summary>
    public Task WaitForProgressAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
            return _inFlight.Count == 0 ? Task.CompletedTask : _progress.Task.WaitAsync(cancellationToken);
    }

    private void Signal()
    {
        _progress.TrySetResult();
        _progress = NewSignal();
    }

    /// <summary>Writes the newest state; taking the snapshot under the save lock keeps an older one from being written last.</summary>
    private void Save()
    {
        lock (_saveLock)
        {
            State snapshot;
            lock (_lock)
                snapshot = new State { Handled = [.. _handledOrder] };
            // Only deduplication across a restart is lost when this write fails.
            _file.Save(snapshot);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal sealed class State
    {
        public List<int> Handled { get; set; } = [];
    }
}
