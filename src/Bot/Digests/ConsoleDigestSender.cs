using Bot.ConsoleChat;
using Bot.Engine.Digests;
using Bot.Messaging;

namespace Bot.Digests;

/// <summary>Posts digests of "console" subscriptions to the terminal.</summary>
public sealed class ConsoleDigestSender(TextWriter output) : IDigestSender
{
    private readonly Lock _lock = new();
    private long _messages;

    public string Platform => "console";

    public Task<SendResult> SendDigestAsync(string chatId, Digest digest, string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            output.WriteLine(ConsoleRenderer.Render(digest));
            output.Flush();
            return Task.FromResult(new SendResult(SendOutcome.Sent, (++_messages).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
