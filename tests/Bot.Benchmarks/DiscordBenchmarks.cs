using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bot.Commands;
using Bot.Discord;
using Bot.Discord.Interactions;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks;

/// <summary>
/// What the Discord adapter adds to one slash command on top of the engine: parsing the gateway
/// frame, answering, rendering the embed and sending it to a REST endpoint that answers at once.
/// One operation per iteration, so the percentiles are per interaction.
/// </summary>
[Config(typeof(LatencyConfig))]
public class DiscordBenchmarks : IDisposable
{
    private QueryEngine _engine = null!;
    private InteractionHandler _handler = null!;
    private RestTransport _transport = null!;
    private byte[] _frame = null!;
    private string _question = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _engine = new QueryEngine(SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds")));
        var actor = _engine.Entities().First(e => e.IsActor).Name;
        _question = $"who is {actor}";
        var options = new DiscordOptions { Token = "benchmark", ApiBaseUrl = new Uri("http://discord.invalid/api/v10") };
        _transport = new RestTransport(options, new BotMetrics(), TimeProvider.System, NullLogger<RestTransport>.Instance, new InstantDiscord());
        var (digests, subscriptions) = IdleDigests.Create(_engine.Knowledge);
        _handler = new InteractionHandler(_engine, new ChatCommands(_engine, digests, subscriptions, new BotMetrics()), new AnswerRenderer(_engine), new DiscordRestClient(_transport),
            options, TimeProvider.System, NullLogger<InteractionHandler>.Instance);
        _frame = Encoding.UTF8.GetBytes("""
            {"op":0,"s":42,"t":"INTERACTION_CREATE","d":{"id":"1","application_id":"2","type":2,"token":"tok","guild_id":"3","channel_id":"4",
            "member":{"user":{"id":"5","username":"u"}},"data":{"id":"6","name":"who","type":1,"options":[{"name":"actor","type":3,"value":"ACTOR"}]}}}
            """.Replace("ACTOR", actor, StringComparison.Ordinal));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _transport.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public Answer EngineOnly() => _engine.Ask(new Question("discord:4:5", _question, "discord"));

    [Benchmark]
    public Task SlashCommandEndToEnd()
    {
        using var document = JsonDocument.Parse(_frame);
        var interaction = document.RootElement.GetProperty("d").Deserialize(DiscordJson.Default.Interaction)!;
        return _handler.HandleAsync(interaction, TimeProvider.System.GetTimestamp(), CancellationToken.None);
    }

    /// <summary>A Discord that acknowledges every call immediately.</summary>
    private sealed class InstantDiscord : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
    }

    private sealed class LatencyConfig : ManualConfig
    {
        public LatencyConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(200).WithIterationCount(3_000)
                // Every slow interaction counts towards the percentiles.
                .WithOutlierMode(OutlierMode.DontRemove));
            AddColumn(StatisticColumn.P95, new P99Column(), StatisticColumn.OperationsPerSecond);
        }
    }

    private sealed class P99Column : IColumn
    {
        public string Id => "P99";
        public string ColumnName => "P99";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "99th percentile of one interaction's time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics?.Percentiles.Percentile(99) is { } nanoseconds
                ? $"{nanoseconds / 1000:F1} μs"
                : "-";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
