using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bot.Engine.Query;

namespace Bot.Hosting;

/// <summary>
/// The bot's instruments on one <see cref="Meter"/> named <see cref="MeterName"/>; they cost next to nothing
/// until something listens (the /metrics endpoint, or dotnet-counters). Gauges read their sources when scraped.
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "Bot";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _updates;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Counter<long> _digests;
    private readonly Counter<long> _seedsReloads;
    private readonly ConcurrentDictionary<string, Func<int>> _sendQueues = new();
    private Func<int>? _conversations;

    /// <summary>Instruments on a meter from <paramref name="factory"/> (the host's), or on a meter of their own when there is none.</summary>
    public BotMetrics(IMeterFactory? factory = null)
    {
        _ownsMeter = factory is null;
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _questions = _meter.CreateCounter<long>("bot.questions", "{question}", "Questions answered, by platform and answer status.");
        _answerDuration = _meter.CreateHistogram<double>("bot.answer.duration", "s", "Time the engine took to answer a question.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });
        _updates = _meter.CreateCounter<long>("bot.updates.received", "{update}", "Telegram updates and Discord events (messages, interactions) received.");
        _sends = _meter.CreateCounter<long>("bot.sends", "{request}", "Calls to a platform's API, by outcome (ok, 429, 5xx, 403, error).");
        _reconnects = _meter.CreateCounter<long>("bot.gateway.reconnects", "{connection}", "Discord gateway connections opened again after one ended.");
        _resumes = _meter.CreateCounter<long>("bot.gateway.resumes", "{session}", "Discord gateway sessions resumed.");
        _digests = _meter.CreateCounter<long>("bot.digests", "{digest}", "Scheduled digests, by outcome (posted, skipped, failed).");
        _seedsReloads = _meter.CreateCounter<long>("bot.seeds.reloads", "{reload}", "Seeds folder reloads, by outcome (ok, rejected).");
        _meter.CreateObservableGauge("bot.send.queue.length", ObserveSendQueues, "{request}", "Outgoing calls waiting for a platform's rate limits or running.");
        _meter.CreateObservableGauge("bot.conversations", () => _conversations?.Invoke() ?? 0, "{conversation}", "Conversations the engine keeps in memory.");
    }

    public void QuestionAnswered(string platform, AnswerStatus status, TimeSpan took)
    {
        var tags = new TagList { { "platform", platform }, { "status", StatusName(status) } };
        _questions.Add(1, tags);
        _answerDuration.Record(took.TotalSeconds, tags);
    }

    public void UpdateReceived(string platform, string kind) => _updates.Add(1, new TagList { { "platform", platform }, { "kind", kind } });

    public void Sent(string platform, string outcome) => _sends.Add(1, new TagList { { "platform", platform }, { "outcome", outcome } });

    /// <summary>The send outcome for an HTTP status: the ones operators act on by name, "error" for the rest.</summary>
    public static string SendOutcome(int status) => status switch
    {
        429 => "429",
        403 => "403",
        >= 500 => "5xx",
        _ => "error",
    };

    public void GatewayReconnected() => _reconnects.Add(1);

    public void GatewayResumed() => _resumes.Add(1);

    public void Digest(string outcome, int count = 1) => _digests.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    public void SeedsReloaded(string outcome) => _seedsReloads.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void ObserveSendQueue(string platform, Func<int> length) => _sendQueues[platform] = length;

    public void ObserveConversations(Func<int> count) => _conversations = count;

    private IEnumerable<Measurement<int>> ObserveSendQueues() =>
        _sendQueues.Select(q => new Measurement<int>(q.Value(), new KeyValuePair<string, object?>("platform", q.Key)));

    private static string StatusName(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Unknown => "unknown",
        AnswerStatus.Clarify => "clarify",
        _ => status.ToString().ToLowerInvariant(),
    };

    public void Dispose()
    {
        if (_ownsMeter)
            _meter.Dispose();
    }
}
