using System.Net;
using System.Text;

namespace Bot.Benchmarks;

/// <summary>A Bot API that answers every call at once without a socket, so only the adapter's own work is measured.</summary>
public sealed class InstantBotApi : HttpMessageHandler
{
    private const string MessageReply =
        """{"ok":true,"result":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"ok"}}""";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.RequestUri!.AbsolutePath.EndsWith("/sendMessage", StringComparison.OrdinalIgnoreCase)
            ? MessageReply
            : """{"ok":true,"result":true}""";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
