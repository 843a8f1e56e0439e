using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Bot.Commands;
using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Hosting;
using Bot.Storage;
using Bot.Telegram;
using Bot.Telegram.Chats;
using Bot.Telegram.Handling;
using Bot.Telegram.Rendering;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Benchmarks;

/// <summary>
/// The Telegram adapter's overhead per update: parse the update JSON, ask the engine, render HTML,
/// and send through the sender, against a Bot API that answers at once with rate limits off.
/// </summary>
[MemoryDiagnoser]
public class TelegramBenchmarks
{
    private static readonly string[] Questions = ["who is Putin?", "why did Kazakhstan refuse?", "/timeline", "and Nazarbaev?", "@ArticleBot what happened in 2024?"];
    private TelegramUpdateHandler _handler = null!;
    private string[] _updates = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var options = new TelegramOptions { RateLimitsEnabled = false, FloodMessages = 10_000, StateDirectory = Path.Combine(Path.GetTempPath(), "bot-bench") };
        var engine = new QueryEngine(SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds")));
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:BENCH") { RetryThreshold = 0 }, new HttpClient(new InstantBotApi()));
        var chats = new ChatDirectory(options.StateDirectory);
        var sender = new TelegramSender(bot, new OutgoingRateGate(options, TimeProvider.System), chats, options, new BotMetrics(), TimeProvider.System, NullLogger<TelegramSender>.Instance);
        var renderer = new AnswerRenderer(engine);
        var (digests, subscriptions) = IdleDigests.Create(engine.Knowledge);
        _handler = new TelegramUpdateHandler(new BotIdentity(4242, "ArticleBot", "Article Bot"), sender,
            new ChatCommands(engine, digests, subscriptions, new BotMetrics()), engine, renderer, new FollowUpStore(options, TimeProvider.System), new FloodControl(options, TimeProvider.System), chats,
            new ReplyProgress(new DigestStore("Data Source=:memory:", long.MaxValue), TimeProvider.System, NullLogger<ReplyProgress>.Instance),
            NullLogger<TelegramUpdateHandler>.Instance);
        _updates = [.. Enumerable.Range(0, 100).Select(i => UpdateJson(i, Questions[i % Questions.Length]))];
    }

    [Benchmark(Description = "Telegram update: parse, engine, render, send")]
    public Task HandleUpdate()
    {
        var json = _updates[_next++ % _updates.Length];
        var update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
        return _handler.HandleAsync(update, CancellationToken.None);
    }

    /// <summary>Updates per second and the 99th percentile, measured directly (BenchmarkDotNet reports up to P95).</summary>
    public static async Task ReportLatencyAsync(TextWriter output)
    {
        var bench = new TelegramBenchmarks();
        bench.Setup();
        for (var i = 0; i < 2000; i++)
            await bench.HandleUpdate();
        const int Count = 20_000;
        var samples = new double[Count];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await bench.HandleUpdate();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }
        total.Stop();
        Array.Sort(samples);
        await output.WriteLineAsync($"updates/s: {Count / total.Elapsed.TotalSeconds:F0}; p50: {samples[Count / 2]:F0} µs; p99: {samples[(int)(Count * 0.99)]:F0} µs");
    }

    private static string UpdateJson(int i, string text)
    {
        var chat = new JsonObject { ["id"] = 1000 + (i % 10), ["type"] = "private" };
        var message = new JsonObject
        {
            ["message_id"] = i,
            ["date"] = 1,
            ["chat"] = chat,
            ["from"] = new JsonObject { ["id"] = 1000 + (i % 10), ["is_bot"] = false, ["first_name"] = "U" },
            ["text"] = text,
        };
        if (text.StartsWith('/'))
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Length });
        return new JsonObject { ["update_id"] = i, ["message"] = message }.ToJsonString();
    }
}
