using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Bot.Telegram.Webhook;

/// <summary>
/// Telegram's webhook on the bot's HTTP listener, at the path of Telegram:WebhookUrl. A request must carry
/// the secret this run gave setWebhook, or it is refused with 401 before its body is read. The update is
/// passed on to the adapter, which stores it; only then is it answered 200, so a crash afterwards loses nothing.
/// </summary>
internal sealed class TelegramWebhook(TelegramOptions options) : IHttpEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram's updates are a few kilobytes; anything far larger is not from Telegram.</summary>
    private const long MaxBodyBytes = 1 << 20;

    private volatile Func<string, JsonElement, bool>? _receive;

    /// <summary>A new random secret each start, so a leaked one stops working at the next; never logged.</summary>
    public string Secret { get; } = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(new Uri(options.WebhookUrl).AbsolutePath, ReceiveAsync);

    /// <summary>
    /// Starts taking updates: <paramref name="receive"/> gets the body and its JSON, and returns false when the update
    /// could not be stored (Telegram then delivers it again later).
    /// </summary>
    public void Open(Func<string, JsonElement, bool> receive) => _receive = receive;

    /// <summary>Stops taking updates; Telegram keeps them and retries, reaching this or another instance later.</summary>
    public void Close() => _receive = null;

    private async Task ReceiveAsync(HttpContext context)
    {
        if (!HasSecret(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (_receive is not { } receive)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using (document)
            context.Response.StatusCode = receive(body, document.RootElement) ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    }

    private bool HasSecret(HttpRequest request) =>
        request.Headers.TryGetValue(SecretHeader, out var given) && given.Count == 1
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given[0] ?? ""), Encoding.UTF8.GetBytes(Secret));
}
