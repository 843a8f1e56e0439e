using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>One call the bot made to the fake Bot API, with what the fake answered.</summary>
public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At, int Status, string? PlainText)
{
    public long ChatId => Body["chat_id"]?.GetValue<long>() ?? 0;
    public string Text => Body["text"]?.GetValue<string>() ?? "";
    public int? ReplyTo => Body["reply_parameters"]?["message_id"]?.GetValue<int>();
    public bool IsHtml => string.Equals(Body["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A hand-written Telegram Bot API on 127.0.0.1: serves getUpdates from a script (confirming by
/// offset like Telegram, and answering 409 Conflict as Telegram does to a poll cut short by a newer one
/// or sent while a webhook is set), answers the methods the bot uses, validates HTML as Telegram does,
/// records every call, and injects faults on request.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token";
    public const long BotId = 4242;
    public const string BotUsername = "ArticleBot";

    private static readonly HttpClient WebhookClient = new() { Timeout = TimeSpan.FromSeconds(10) };

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<(int Id, string Json)> _pending = [];
    private readonly List<Fault> _faults = [];
    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _pendingPoll;
    private int _nextUpdateId = 1000;
    private int _nextMessageId = 1;

    private sealed record Fault(string Method, Func<JsonObject, bool> When, int Status, JsonObject? Reply, TimeSpan Delay, string? Location = null,
        string? Garbled = null)
    {
        public int Remaining { get; set; }
    }

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The offset of the last getUpdates: every update below it is confirmed.</summary>
    public int ConfirmedOffset { get; private set; }

    public IReadOnlyList<ApiCall> Calls => [.. _calls];

    /// <summary>Messages Telegram accepted, in the order they arrived.</summary>
    public IReadOnlyList<ApiCall> Sent => [.. _calls.Where(c => c.Method == "sendMessage" && c.Status == 200)];

    /// <summary>Group members' statuses for getChatMember ("administrator", "creator"); anyone else is a "member".</summary>
    public ConcurrentDictionary<(long ChatId, long UserId), string> MemberStatuses { get; } = new();

    /// <summary>The webhook the bot set (its URL and secret), or null when none is set.</summary>
    public (string Url, string? Secret)? Webhook { get; private set; }

    public IReadOnlyList<ApiCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>How many injected faults no request has met yet: a delayed one is met as its request arrives.</summary>
    public int FaultsLeft
    {
        get
        {
            lock (_lock)
                return _faults.Sum(f => f.Remaining);
        }
    }

    /// <summary>Starts on a free port, or on <paramref name="url"/> (to come back where a stopped fake was).</summary>
    public static async Task<FakeBotApi> StartAsync(string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        app.MapPost("/moved/{**path}", (HttpContext context) => fake.ReplyAsync(context, new ApiCall("moved", [], DateTimeOffset.UtcNow, 404, null), Error(404, "Not Found")));
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>Queues updates for getUpdates, numbering them; returns the update ids.</summary>
    public int[] Enqueue(params JsonObject[] updates) => Queue(updates.Select<JsonObject, Func<int, string>>(u => id =>
    {
        u["update_id"] = id;
        return u.ToJsonString();
    }));

    /// <summary>
    /// Queues updates written as raw JSON (which may be invalid for the Bot API, or hold lone surrogates no
    /// serializer would write): each is the text after <c>{"update_id":N,</c>, up to and including the closing brace.
    /// </summary>
    public int[] EnqueueRaw(params string[] fields) => Queue(fields.Select<string, Func<int, string>>(f => id => $"{{\"update_id\":{id},{f}"));

    private int[] Queue(IEnumerable<Func<int, string>> updates)
    {
        lock (_lock)
        {
            var ids = new List<int>();
            foreach (var update in updates)
            {
                var id = _nextUpdateId++;
                ids.Add(id);
                _pending.Add((id, update(id)));
            }
            _arrived.TrySetResult();
            _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return [.. ids];
        }
    }

    /// <summary>Makes the next <paramref name="times"/> matching calls fail; status 0 drops the connection.</summary>
    public void Fail(string method, int status, string description = "", int times = 1, Func<JsonObject, bool>? when = null,
        JsonObject? parameters = null, TimeSpan delay = default)
    {
        var reply = status == 0 ? null : new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description };
        if (parameters is not null)
            reply!["parameters"] = parameters;
        lock (_lock)
            _faults.Add(new Fault(method, when ?? (_ => true), status, reply, delay) { Remaining = times });
    }

    /// <summary>Drops every fault not yet used up: Telegram is well again.</summary>
    public void Heal()
    {
        lock (_lock)
            _faults.Clear();
    }

    /// <summary>
    /// Does the next <paramref name="times"/> calls of <paramref name="method"/> but answers 200 with a body cut short, as when a
    /// proxy truncates the reply: the message is posted, the client cannot read that it was.
    /// </summary>
    public void Garble(string method, int times = 1)
    {
        lock (_lock)
            _faults.Add(new Fault(method, _ => true, 200, null, TimeSpan.Zero, Garbled: "{\"ok\":true,\"result\":{\"message_id\":") { Remaining = times });
    }

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="method"/> with 200 and <paramref name="body"/> as it is.</summary>
    public void Answer(string method, string body, int times = 1)
    {
        lock (_lock)
            _faults.Add(new Fault(method, _ => true, 200, null, TimeSpan.Zero, Garbled: body) { Remaining = times });
    }

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="method"/> with a redirect elsewhere on this server, path and token included; following it is recorded as a call to "moved".</summary>
    public void Redirect(string method, int times = 1)
    {
        lock (_lock)
            _faults.Add(new Fault(method, _ => true, 307, [], TimeSpan.Zero, $"/moved/bot{Token}/{method}") { Remaining = times });
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing the test after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Condition not met; calls so far: {string.Join(", ", Calls.Select(c => $"{c.Method}:{c.Status}"))}");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Delivers <paramref name="update"/> (numbered like getUpdates ones) to the bot's webhook as Telegram does: a POST to the
    /// path of the URL given to setWebhook, on the bot's <paramref name="listener"/>, with the secret given to setWebhook
    /// unless <paramref name="secret"/> replaces it (null: no secret header). An update that has an id keeps it (a redelivery).
    /// Returns the update id and the bot's status code.
    /// </summary>
    public async Task<(int UpdateId, int Status)> PostUpdateAsync(string listener, JsonObject update, string? secret = "", CancellationToken cancellationToken = default)
    {
        var (url, registered) = Webhook ?? throw new InvalidOperationException("The bot set no webhook.");
        int id;
        lock (_lock)
            id = update["update_id"]?.GetValue<int>() ?? _nextUpdateId++;
        update["update_id"] = id;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(listener), new Uri(url).AbsolutePath))
        {
            Content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if ((secret == "" ? registered : secret) is { } header)
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", header);
        using var response = await WebhookClient.SendAsync(request, cancellationToken);
        return (id, (int)response.StatusCode);
    }

    public int NextMessageId() => Interlocked.Increment(ref _nextMessageId) + 100_000;

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var body = context.Request.ContentLength is > 0 || context.Request.ContentType is not null
            ? await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? []
            : [];
        var at = DateTimeOffset.UtcNow;
        if (token != Token)
        {
            await ReplyAsync(context, new ApiCall(method, body, at, 401, null), Error(401, "Unauthorized"));
            return;
        }
        if (TakeFault(method, body) is { } fault)
        {
            if (fault.Delay > TimeSpan.Zero)
                await Task.Delay(fault.Delay, context.RequestAborted);
            if (fault.Location is { } location)
                context.Response.Headers.Location = location;
            if (fault.Garbled is { } garbled)
            {
                await ReplyAsync(context, new ApiCall(method, body, at, 200, null), garbled);
                return;
            }
            if (fault.Reply is null)
            {
                _calls.Enqueue(new ApiCall(method, body, at, 0, null));
                context.Abort();
                return;
            }
            await ReplyAsync(context, new ApiCall(method, body, at, fault.Status, null), fault.Reply);
            return;
        }
        switch (method)
        {
            case "getUpdates" when Webhook is not null:
                await ReplyAsync(context, new ApiCall(method, body, at, 409, null),
                    Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
                break;
            case "getUpdates":
                if (await GetUpdatesAsync(body, context.RequestAborted) is { } updates)
                    await ReplyAsync(context, new ApiCall(method, body, at, 200, null), $"{{\"ok\":true,\"result\":[{string.Join(',', updates)}]}}");
                else
                    await ReplyAsync(context, new ApiCall(method, body, at, 409, null),
                        Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
                break;
            case "sendMessage":
                await SendMessageAsync(context, body, at);
                break;
            case "getMe":
                await ReplyAsync(context, new ApiCall(method, body, at, 200, null),
                    Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Article Bot", ["username"] = BotUsername }));
                break;
            case "getChatMember":
                await ReplyAsync(context, new ApiCall(method, body, at, 200, null), Ok(ChatMember(body)));
                break;
            case "setWebhook":
                lock (_lock)
                    Webhook = (body["url"]!.GetValue<string>(), body["secret_token"]?.GetValue<string>());
                await ReplyAsync(context, new ApiCall(method, body, at, 200, null), Ok(true));
                break;
            case "deleteWebhook":
                lock (_lock)
                    Webhook = null;
                await ReplyAsync(context, new ApiCall(method, body, at, 200, null), Ok(true));
                break;
            case "setMyCommands" or "sendChatAction" or "answerCallbackQuery" or "answerInlineQuery":
                await ReplyAsync(context, new ApiCall(method, body, at, 200, null), Ok(true));
                break;
            default:
                await ReplyAsync(context, new ApiCall(method, body, at, 404, null), Error(404, "Not Found: method not found"));
                break;
        }
    }

    private Fault? TakeFault(string method, JsonObject body)
    {
        lock (_lock)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && f.Method == method && f.When(body));
            if (fault is not null)
                fault.Remaining--;
            return fault;
        }
    }

    private Task ReplyAsync(HttpContext context, ApiCall call, JsonObject reply) => ReplyAsync(context, call, reply.ToJsonString());

    private async Task ReplyAsync(HttpContext context, ApiCall call, string reply)
    {
        _calls.Enqueue(call);
        context.Response.StatusCode = call.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply);
    }

    private static JsonObject Ok(JsonNode result) => new() { ["ok"] = true, ["result"] = result };

    private static JsonObject Error(int code, string description) => new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
