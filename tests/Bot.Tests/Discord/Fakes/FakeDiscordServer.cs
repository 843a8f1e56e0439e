using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1: the REST API under /api/v10 and a gateway that says Hello, ACKs
/// heartbeats, answers Identify with READY and Resume with the missed events, all scriptable.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string BotId = "900";
    public const string ApplicationId = "800";
    public const string SessionId = "session-1";

    private readonly WebApplication _app;
    private readonly List<(long Seq, JsonObject Frame)> _history = [];
    private long _sequence;
    private int _messageIds;
    private readonly Dictionary<string, string> _nonces = [];
    private int _refused;
    private int _attempts;
    private FakeGatewayClient? _live;

    private FakeDiscordServer(WebApplication app) => _app = app;

    public Uri ApiBaseUrl { get; private set; } = null!;
    public string WebSocketBase { get; private set; } = null!;
    public int HeartbeatIntervalMs { get; set; } = 5_000;
    public bool AckHeartbeats { get; set; } = true;
    public string CommandsJson { get; set; } = "[]";
    /// <summary>What GET /gateway/bot recommends: the shard count and how many shards may identify at once.</summary>
    public int RecommendedShards { get; set; } = 1;
    public int MaxConcurrency { get; set; } = 1;
    /// <summary>How long the fake takes to answer a REST call (none by default).</summary>
    public Func<RecordedRequest, TimeSpan>? Latency { get; set; }
    /// <summary>Consulted before the defaults; return null to let the default answer.</summary>
    public Func<RecordedRequest, FakeResponse?>? Script { get; set; }
    /// <summary>When true for a REST call, the connection is cut before the call is acted on: no answer, nothing done.</summary>
    public Func<RecordedRequest, bool>? DropConnection { get; set; }
    /// <summary>When true for a REST call, it is held unanswered and never acted on, until the client goes away (gives up, or is killed).</summary>
    public Func<RecordedRequest, bool>? Stall { get; set; }
    /// <summary>How long to hold the answer to a REST call after acting on it (an answer that comes too late, or never reaches a client that gave up).</summary>
    public Func<RecordedRequest, TimeSpan>? HoldAnswer { get; set; }

    /// <summary>The messages channels show: one per post, except a post repeating an enforced nonce, which returns the first message.</summary>
    public ConcurrentQueue<RecordedRequest> Posted { get; } = new();

    /// <summary>
    /// For gateway connection attempt n (from 1): how long to wait before Hello, or null to never send it. Without it, Hello comes at once.
    /// </summary>
    public Func<int, TimeSpan?>? HelloDelay { get; set; }
    /// <summary>When true for gateway connection attempt n (from 1), the WebSocket upgrade is never answered.</summary>
    public Func<int, bool>? HoldUpgrade { get; set; }
    /// <summary>When true, READY names no resume_gateway_url.</summary>
    public bool OmitResumeUrl { get; set; }
    /// <summary>Changes the READY that answers an Identify on gateway connection n (from 1), for a READY that lacks parts.</summary>
    public Action<int, JsonObject>? ShapeReady { get; set; }
    /// <summary>When set, the gateway answers Identify by closing with this code instead of READY.</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>While set, gateway connections are cut before the WebSocket handshake, as in an outage.</summary>
    public bool RefuseConnections { get; set; }
    public int Refused => Volatile.Read(ref _refused);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public ConcurrentQueue<FakeGatewayClient> Connections { get; } = new();

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.ApiBaseUrl = new Uri(address, "/api/v10");
        server.WebSocketBase = $"ws://{address.Authority}";
        return server;
    }

    public IEnumerable<RecordedRequest> Matching(string method, string pathPrefix) => Requests.Where(r => r.Is(method, pathPrefix));

    public async Task<RecordedRequest> WaitForRequestAsync(string method, string pathPrefix, Func<RecordedRequest, bool>? match = null, TimeSpan? timeout = null)
    {
        RecordedRequest? found = null;
        await Wait.UntilAsync(() => (found = Matching(method, pathPrefix).FirstOrDefault(r => match?.Invoke(r) ?? true)) is not null,
            timeout, $"{method} {pathPrefix}");
        return found!;
    }

    public async Task<FakeGatewayClient> WaitForConnectionAsync(int number, TimeSpan? timeout = null)
    {
        await Wait.UntilAsync(() => Connections.Count >= number, timeout, $"gateway connection {number}");
        return Connections.ElementAt(number - 1);
    }

    /// <summary>Waits for the bot's READY on connection <paramref name="number"/>.</summary>
    public async Task<FakeGatewayClient> WaitForReadyAsync(int number = 1)
    {
        var client = await WaitForConnectionAsync(number);
        await client.WaitForOpAsync(2);
        return client;
    }

    /// <summary>An event the bot "missed": it gets a sequence number but is only delivered by a resume's replay.</summary>
    public void Miss(string type, JsonNode data) => Record(type, data);

    /// <summary>The connection whose session is established (READY or RESUMED sent), which Discord sends new events to.</summary>
    public FakeGatewayClient? Live
    {
        get
        {
            lock (_history)
                return _live;
        }
    }

    /// <summary>
    /// Sends an event the way Discord does: on the connection whose session is established, or, while there is none (cut,
    /// or not yet resumed) or the send fails, kept for the replay of the next resume.
    /// </summary>
    public async Task DeliverAsync(string type, JsonNode data)
    {
        JsonObject frame;
        FakeGatewayClient? live;
        lock (_history)
        {
            frame = RecordLocked(type, data);
            live = _live is { IsOpen: true } ? _live : null;
        }
        if (live is null)
            return;
        try
        {
            await live.SendAsync(frame.DeepClone());
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            // Recorded before the send failed: replayed on resume.
        }
    }

    internal long NextSequence()
    {
        lock (_history)
            return ++_sequence;
    }

    internal JsonObject Record(string type, JsonNode data)
    {
        lock (_history)
            return RecordLocked(type, data);
    }

    private JsonObject RecordLocked(string type, JsonNode data)
    {
        var frame = new JsonObject { ["op"] = 0, ["s"] = ++_sequence, ["t"] = type, ["d"] = data };
        _history.Add((_sequence, frame));
        return frame;
    }

    internal async Task AnswerAsync(FakeGatewayClient client, JsonObject frame)
    {
        switch ((int?)frame["op"])
        {
            case 1 when AckHeartbeats:
                await client.SendOpAsync(11);
                break;
            case 2 when CloseOnIdentify is { } code:
                await client.CloseAsync(code);
                break;
            case 2:
                var ready = new JsonObject
                {
                    ["v"] = 10,
                    ["session_id"] = SessionId,
                    ["resume_gateway_url"] = WebSocketBase + "/resume",
                    ["user"] = new JsonObject { ["id"] = BotId, ["bot"] = true, ["username"] = "article-bot" },
                    ["application"] = new JsonObject { ["id"] = ApplicationId },
                    ["guilds"] = new JsonArray(),
                };
                if (OmitResumeUrl)
                    ready.Remove("resume_gateway_url");
                ShapeReady?.Invoke(Connections.ToList().IndexOf(client) + 1, ready);
                await client.DispatchAsync("READY", ready);
                lock (_history)
                    _live = client;
                break;
            case 6:
                await ReplayAsync(client, (long?)frame["d"]?["seq"] ?? 0);
                break;
        }
    }

    /// <summary>
    /// Sends a resuming connection every event after <paramref name="after"/>, including those recorded while the replay runs,
    /// then RESUMED; from then on new events go to it directly, so none falls between the replay and the live stream.
    /// </summary>
    private async Task ReplayAsync(FakeGatewayClient client, long after)
    {
        while (true)
        {
            List<(long Seq, JsonObject Frame)> missed;
            JsonObject? resumed = null;
            lock (_history)
            {
                missed = [.. _history.Where(h => h.Seq > after)];
                if (missed.Count == 0)
                {
                    resumed = RecordLocked("RESUMED", new JsonObject());
                    _live = client;
                }
            }
            if (resumed is not null)
            {
                await client.SendAsync(resumed);
                return;
            }
            foreach (var (seq, replay) in missed)
            {
                await client.SendAsync(replay.DeepClone());
                after = seq;
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest && RefuseConnections)
        {
            Interlocked.Increment(ref _refused);
            context.Abort();
            return;
        }
        if (context.WebSockets.IsWebSocketRequest)
        {
            var attempt = Interlocked.Increment(ref _attempts);
            if (HoldUpgrade?.Invoke(attempt) == true)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }
            var socket = await context.WebSockets.AcceptWebSocketAsync();
            var client = new FakeGatewayClient(socket, context.Request.Path.Value ?? "/", this);
            Connections.Enqueue(client);
            var reading = client.RunAsync();
            if ((HelloDelay is null ? TimeSpan.Zero : HelloDelay(attempt)) is { } delay)
            {
                await Task.Delay(delay);
                if (client.IsOpen)
                    await client.HelloAsync(HeartbeatIntervalMs);
            }
            await reading;
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var path = (context.Request.Path.Value ?? "").Replace("/api/v10/", "", StringComparison.Ordinal);
        var request = new RecordedRequest(context.Request.Method, path, await reader.ReadToEndAsync(),
            context.Request.Headers.UserAgent.ToString(), context.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow);
        Requests.Enqueue(request);
        if (Stall?.Invoke(request) == true)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        if (Latency?.Invoke(request) is { } latency && latency > TimeSpan.Zero)
            await Task.Delay(latency);
        if (DropConnection?.Invoke(request) == true)
        {
            context.Abort();
            return;
        }
        var response = Script?.Invoke(request) ?? Default(request);
        if (HoldAnswer?.Invoke(request) is { } hold && hold > TimeSpan.Zero)
            await Task.Delay(hold);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeResponse Default(RecordedRequest request) => request switch
    {
        { Method: "GET", Path: "gateway/bot" } => new(200, new JsonObject
        {
            ["url"] = WebSocketBase + "/gateway",
            ["shards"] = RecommendedShards,
            ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 0, ["max_concurrency"] = MaxConcurrency },
        }.ToJsonString()),
        { Method: "GET", Path: "applications/@me" } => new(200, new JsonObject { ["id"] = ApplicationId, ["name"] = "article-bot" }.ToJsonString()),
        { Method: "GET" } when request.Path.EndsWith("/commands", StringComparison.Ordinal) => new(200, CommandsJson),
        { Method: "PUT" } => new(200, request.Body),
        { Method: "POST" } when request.Path.EndsWith("/callback", StringComparison.Ordinal) => new(204),
        { Method: "POST" } when request.Path.StartsWith("channels/", StringComparison.Ordinal) && request.Path.EndsWith("/messages", StringComparison.Ordinal)
            => new(200, new JsonObject { ["id"] = Post(request) }.ToJsonString()),
        { Method: "POST" or "PATCH" } => new(200, new JsonObject { ["id"] = $"{Interlocked.Increment(ref _messageIds)}" }.ToJsonString()),
        _ => new(404, """{"message": "Unknown", "code": 0}"""),
    };

    private string Post(RecordedRequest request)
    {
        var body = request.Json;
        if ((bool?)body["enforce_nonce"] == true && (string?)body["nonce"] is { } nonce)
        {
            lock (_nonces)
            {
                if (_nonces.TryGetValue(request.Path + " " + nonce, out var first))
                    return first;
                var id = $"{Interlocked.Increment(ref _messageIds)}";
                _nonces[request.Path + " " + nonce] = id;
                Posted.Enqueue(request);
                return id;
            }
        }
        Posted.Enqueue(request);
        return $"{Interlocked.Increment(ref _messageIds)}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var connection in Connections)
            connection.Dispose();
    }
}
