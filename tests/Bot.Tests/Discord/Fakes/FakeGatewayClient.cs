using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Discord.Fakes;

/// <summary>The fake gateway's side of one bot connection: what the bot sent, and ways to send it events or close.</summary>
public sealed class FakeGatewayClient(WebSocket socket, string path, FakeDiscordServer server) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public string Path { get; } = path;
    public DateTimeOffset ConnectedAt { get; } = DateTimeOffset.UtcNow;
    public ConcurrentQueue<JsonObject> Received { get; } = new();
    public bool IsOpen => socket.State == WebSocketState.Open;

    public async Task<JsonObject> WaitForOpAsync(int op, TimeSpan? timeout = null)
    {
        JsonObject? frame = null;
        await Wait.UntilAsync(() => (frame = Received.FirstOrDefault(f => (int?)f["op"] == op)) is not null, timeout, $"op {op} from the bot");
        return frame!;
    }

    public Task HelloAsync(int heartbeatIntervalMs) =>
        SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs } });

    /// <summary>Sends a dispatch with the next sequence number, remembering it for replay on resume.</summary>
    public Task DispatchAsync(string type, JsonNode data) => SendAsync(server.Record(type, data));

    /// <summary>Sends a dispatch whose data is raw JSON text, for payloads a JSON writer would refuse (lone surrogates); not replayed on resume.</summary>
    public Task DispatchRawAsync(string type, string data) =>
        SendTextAsync($$"""{"op": 0, "s": {{server.NextSequence()}}, "t": {{JsonValue.Create(type).ToJsonString()}}, "d": {{data}}}""");

    public Task SendOpAsync(int op, JsonNode? data = null) => SendAsync(new JsonObject { ["op"] = op, ["d"] = data });

    public Task SendAsync(JsonNode frame) => SendTextAsync(frame.ToJsonString());

    private async Task SendTextAsync(string frame)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends <paramref name="chunks"/> pieces of 1 MiB of one frame that never ends, or fewer when the bot drops the connection first.</summary>
    public async Task SendUnendingFrameAsync(int chunks)
    {
        var piece = new byte[1024 * 1024];
        piece.AsSpan().Fill((byte)' ');
        piece[0] = (byte)'[';
        await _sendLock.WaitAsync();
        try
        {
            for (var i = 0; i < chunks; i++)
                await socket.SendAsync(i == 0 ? piece.AsMemory() : piece.AsMemory(1), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
            // The bot gave up on the frame and dropped the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the test", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Cuts the connection without a close frame, as a network failure or a crashed gateway node does.</summary>
    public void Abort() => socket.Abort();

    public void Dispose() => _sendLock.Dispose();

    /// <summary>
    /// Reads the bot's frames until it disconnects, answering heartbeats, Identify and Resume as Discord would.
    /// Ends only once the fake's own send or close in progress is done: ending ends the HTTP request, which would
    /// otherwise pull the stream from under a close the bot answers before it has been flushed.
    /// </summary>
    internal async Task RunAsync()
    {
        try
        {
            await ReadAsync();
        }
        finally
        {
            await _sendLock.WaitAsync();
            _sendLock.Release();
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                        return;
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                Received.Enqueue(frame);
                await server.AnswerAsync(this, frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The bot dropped the connection (as it does on a zombie), or the test cut it: nothing more to read.
        }
    }
}
