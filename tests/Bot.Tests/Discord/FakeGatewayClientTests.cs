using System.Net.WebSockets;
using Bot.Tests.Discord.Fakes;

namespace Bot.Tests.Discord;

/// <summary>The fake gateway itself: a test that closes a connection must see its close go out, however fast the bot answers.</summary>
public sealed class FakeGatewayClientTests
{
    [Fact]
    public async Task Run_EndsOnlyAfterItsOwnCloseIsSent_WhenBotAnswersTheCloseAtOnce()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var socket = new SlowClosingSocket();
        using var client = new FakeGatewayClient(socket, "/gateway/", server);
        var reading = client.RunAsync();

        var closing = client.CloseAsync(4000);
        await socket.CloseStarted;
        await Task.WhenAny(reading, Task.Delay(100));
        var endedBeforeClose = reading.IsCompleted;
        socket.FinishClose();
        await closing;
        await reading;

        Assert.False(endedBeforeClose);
    }

    /// <summary>A socket whose close frame takes until the test lets it finish, and whose peer answers it as soon as it starts.</summary>
    private sealed class SlowClosingSocket : WebSocket
    {
        private readonly TaskCompletionSource _closeStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _closeFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private WebSocketState _state = WebSocketState.Open;

        public Task CloseStarted => _closeStarted.Task;
        public override WebSocketCloseStatus? CloseStatus => null;
        public override string? CloseStatusDescription => null;
        public override WebSocketState State => _state;
        public override string? SubProtocol => null;

        public void FinishClose() => _closeFinished.SetResult();

        public override async Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            _closeStarted.SetResult();
            await _closeFinished.Task;
            _state = WebSocketState.Closed;
        }

        public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            await _closeStarted.Task;
            return new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, (WebSocketCloseStatus)4000, "closing too");
        }

        public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

        public override void Abort() => _state = WebSocketState.Aborted;

        public override void Dispose()
        {
        }
    }
}
