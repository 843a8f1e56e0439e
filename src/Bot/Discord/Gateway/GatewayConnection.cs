using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using Bot.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// How one connection ended: whether the session can be resumed, whether it ever got READY/RESUMED, and whether
/// Discord invalidated the session with op 9 (then it asks for a wait of 1-5 s before the next Identify).
/// </summary>
internal sealed record ConnectionResult(bool Resume, bool Established, bool Invalidated = false);

/// <summary>
/// One WebSocket connection to the gateway: Hello, heartbeats with zombie detection, Identify or
/// Resume, and the receive loop, which only parses and queues events. All frames go out through a
/// single writer, within Discord's send limit.
/// </summary>
internal sealed class GatewayConnection(DiscordOptions options, GatewaySession session, BotIdentity identity, DispatchQueue dispatches,
    ShardStatus status, BotMetrics metrics, TimeProvider time, ILogger logger)
    : IDisposable
{
    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES: no privileged intents.</summary>
    public const int Intents = (1 << 0) | (1 << 9) | (1 << 12);

    // Closing with 1000/1001 would end the session; any other code keeps it resumable (for a few minutes).
    private const WebSocketCloseStatus KeepSession = (WebSocketCloseStatus)4000;

    // Far above the largest event the bot's intents bring (a big server's GUILD_CREATE is a few MB); a frame that never ends
    // would otherwise grow the buffer until memory runs out.
    private const int MaxFrameBytes = 64 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly Channel<(byte[] Frame, bool Heartbeat)> _outgoing = Channel.CreateUnbounded<(byte[], bool)>(new UnboundedChannelOptions { SingleReader = true });
    // 120 events per 60 s, 3 of them kept for heartbeats.
    private readonly SlidingWindowRateLimiter _sendLimit = new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = 117,
        Window = TimeSpan.FromSeconds(60),
        SegmentsPerWindow = 6,
        QueueLimit = int.MaxValue,
    });
    private readonly CancellationTokenSource _connection = new();
    private volatile bool _acked = true;
    private volatile string? _dropReason;
    private bool _established;

    public async Task<ConnectionResult> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _connection.Token);
        var token = linked.Token;
        Log.Connecting(logger, session.Shard, resume ? "resume" : "identify");
        // The clock runs from the first byte: a gateway that never finishes the WebSocket upgrade is given up on too.
        using var handshake = time.CreateTimer(_ => Drop($"no Hello and READY within Discord:HandshakeTimeout ({options.HandshakeTimeout})"), null,
            options.HandshakeTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            await _socket.ConnectAsync(new Uri(url.AbsoluteUri.TrimEnd('/') + "/?v=10&encoding=json"), token);
        }
        catch (OperationCanceledException ex) when (_dropReason is { } reason && !stoppingToken.IsCancellationRequested)
        {
            throw new WebSocketException(reason, ex);
        }
        var writer = WriteLoopAsync(token);
        var heartbeats = Task.CompletedTask;
        try
        {
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            while (true)
            {
                if (await ReceiveAsync(buffer, token) is not { } frame)
                    return Closed();
                LoneSurrogates.Replace(MemoryMarshal.AsMemory(frame).Span);
                using var document = Parse(frame);
                if (document?.RootElement is not { ValueKind: JsonValueKind.Object } root)
                    continue;
                var data = root.TryGetProperty("d", out var d) ? d : default;
                try
                {
                    switch (root.TryGetProperty("op", out var op) && op.TryGetInt32(out var code) ? code : -1)
                    {
                        case 0:
                            OnDispatch(root, data, url, handshake);
                            break;
                        case 1:
                            // Asked to beat now: answer without touching the zombie check.
                            SendHeartbeat();
                            break;
                        case 7:
                            Log.ReconnectRequested(logger);
                            return new ConnectionResult(Resume: true, _established);
                        case 9:
                            var resumable = data.ValueKind == JsonValueKind.True;
                            Log.InvalidSession(logger, resumable);
                            return new ConnectionResult(resumable, Established: false, Invalidated: !resumable);
                        case 10 when heartbeats.IsCompleted:
                            var interval = HeartbeatInterval(data);
                            _acked = true;
                            heartbeats = HeartbeatLoopAsync(interval, token);
                            if (resume && session.CanResume)
                                Send(new GatewayCommand<Resume>(6, new Resume(options.Token, session.SessionId!, session.Sequence)), DiscordJson.Default.GatewayCommandResume);
                            else
                                Send(new GatewayCommand<Identify>(2, new Identify(options.Token, Intents, new IdentifyProperties(Environment.OSVersion.Platform.ToString(), "article-bot", "article-bot"),
                                    session.Shard.ToIdentify())),
                                    DiscordJson.Default.GatewayCommandIdentify);
                            break;
                        case 11:
                            _acked = true;
                            break;
                    }
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
                {
                    // Only a frame whose parts have the wrong types gets here: skip it, keep the connection.
                    Log.MalformedFrame(logger, ex.Message);
                }
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is OperationCanceledException or WebSocketException)
        {
            Log.ConnectionLost(logger, session.Shard, _dropReason ?? ex.Message);
            return new ConnectionResult(Resume: true, _established);
        }
        finally
        {
            await _connection.CancelAsync();
            await Task.WhenAll(writer, heartbeats);
            // Even when stopping: the session is saved, and the next start resumes it.
            await CloseAsync(KeepSession);
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLimit.Dispose();
        _connection.Dispose();
    }

    /// <summary>Where to resume: the gateway READY names, or, when it names none (or nothing usable), the one this connection reached.</summary>
    private static Uri ResumeUrl(Ready ready, Uri connectedTo) =>
        Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws" ? url : connectedTo;

    private void OnDispatch(JsonElement root, JsonElement data, Uri connectedTo, ITimer handshake)
    {
        var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        Action? handled = null;
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var sequence))
        {
            // Noted before it is observed, so a save in between never counts it as handled.
            if (DiscordEventRouter.Handles(type))
                handled = session.Handling(sequence);
            session.Observe(sequence);
        }
        try
        {
            Accept(type, data, connectedTo, handshake, handled);
        }
        catch
        {
            // An event that cannot be read is never handled; it must not hold the saved session back.
            handled?.Invoke();
            throw;
        }
    }

    private void Accept(string type, JsonElement data, Uri connectedTo, ITimer handshake, Action? handled)
    {
        if (type == "READY")
        {
            var ready = data.Deserialize(DiscordJson.Default.Ready) is { IsWellFormed: true } read
                ? read
                : throw new JsonException("READY without a session id, or without the bot's user or application id");
            session.Start(ready.SessionId, ResumeUrl(ready, connectedTo));
            identity.Set(ready.Application.Id, ready.User.Id);
            Log.Ready(logger, session.Shard, ready.SessionId, ready.User.Id);
        }
        else if (type == "RESUMED")
        {
            Log.Resumed(logger, session.Shard);
            metrics.GatewayResumed();
        }
        if (type is "READY" or "RESUMED")
        {
            _established = true;
            status.Up(session.Shard);
            handshake.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            // Off the receive loop: a slow store must never delay heartbeats.
            _ = Task.Run(session.Save);
        }
        if (!DiscordEventRouter.Handles(type))
            return;
        metrics.UpdateReceived(DiscordConversation.Platform, type);
        var id = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;
        dispatches.Post(new Dispatch(type, id, data.Clone(), time.GetTimestamp(), handled));
    }

    /// <summary>
    /// Hello's heartbeat_interval; one that is not positive cannot drive heartbeats (a negative wait throws, zero beats in a
    /// spin), so that Hello is skipped like any unreadable frame and the handshake timeout connects again.
    /// </summary>
    private static TimeSpan HeartbeatInterval(JsonElement data) =>
        data.Deserialize(DiscordJson.Default.Hello) is { HeartbeatInterval: > 0 } hello
            ? TimeSpan.FromMilliseconds(hello.HeartbeatInterval)
            : throw new JsonException("Hello without a positive heartbeat_interval");

    private JsonDocument? Parse(ReadOnlyMemory<byte> frame)
    {
        try
        {
            return JsonDocument.Parse(frame);
        }
        catch (JsonException ex)
        {
            Log.MalformedFrame(logger, ex.Message);
            return null;
        }
    }

    private ConnectionResult Closed()
    {
        var code = (int?)_socket.CloseStatus;
        Log.Closed(logger, code, _socket.CloseStatusDescription);
        if (code is { } c && CloseCodes.FatalReason(c) is { } reason)
            throw new DiscordFatalException("Discord closed the gateway: " + reason + ".");
        return new ConnectionResult(Resume: code is null || !CloseCodes.NeedsNewSession(code.Value), _established);
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Jitter the first beat so many clients reconnecting at once do not beat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (true)
            {
                if (!_acked)
                {
                    Drop("no heartbeat ACK since the last heartbeat (zombie connection)");
                    return;
                }
                _acked = false;
                SendHeartbeat();
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void SendHeartbeat() =>
        _outgoing.Writer.TryWrite((JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<long?>(1, session.Sequence), DiscordJson.Default.GatewayCommandNullableInt64), true));

    private void Send<T>(T command, JsonTypeInfo<T> type) => _outgoing.Writer.TryWrite((JsonSerializer.SerializeToUtf8Bytes(command, type), false));

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (frame, heartbeat) in _outgoing.Reader.ReadAllAsync(cancellationToken))
            {
                if (!heartbeat)
                    (await _sendLimit.AcquireAsync(1, cancellationToken)).Dispose();
                await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The receive loop notices the dead socket (or the heartbeat loop the silence) and reconnects.
        }
    }

    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
                return buffer.WrittenMemory;
            if (buffer.WrittenCount > MaxFrameBytes)
                throw new WebSocketException($"a gateway frame longer than {MaxFrameBytes / (1024 * 1024)} MiB");
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1), time);
            await _socket.CloseOutputAsync(status, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Already gone: nothing left to close.
        }
    }

    // Cancelling the receive aborts the socket without a close frame, which keeps the session resumable.
    private void Drop(string reason)
    {
        _dropReason = reason;
        _connection.Cancel();
    }
}
