using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Rest;
using Bot.Hosting;
using Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Discord's interactions endpoint (POST /discord/interactions): the signature is checked before anything else is
/// read, a PING gets its PONG, and commands, buttons and autocomplete go to the same handler as gateway interactions,
/// with the first response in the HTTP reply. Edits and follow-ups that come later go through REST, so this needs no
/// gateway connection.
/// </summary>
internal sealed class InteractionEndpoint(InteractionSignature signature, InteractionHandler handler, BotMetrics metrics,
    IHostApplicationLifetime lifetime, TimeProvider time, ILogger<InteractionEndpoint> logger) : IHttpEndpoint
{
    public const string Path = "/discord/interactions";
    private const int Ping = 1;
    private const long MaxBodyBytes = 1024 * 1024;
    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost(Path, HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetTimestamp();
        if (await ReadBodyAsync(context) is not { } body)
            return;
        var headers = context.Request.Headers;
        if (!signature.IsValid(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            Log.BadSignature(logger);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var interaction = Read(body);
        if (interaction is { Type: Ping })
        {
            await WriteAsync(context, Pong);
            return;
        }
        if (interaction is not { IsWellFormed: true })
        {
            Log.Malformed(logger, "HTTP interaction");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        metrics.UpdateReceived(DiscordConversation.Platform, "INTERACTION_CREATE");
        var reply = new HttpReply();
        var work = handler.HandleAsync(interaction, receivedAt, reply.RespondAsync, lifetime.ApplicationStopping);
        _ = FinishAsync(work);
        if (await Task.WhenAny(reply.Response, work) != reply.Response)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
        try
        {
            await WriteAsync(context, await reply.Response);
            await context.Response.CompleteAsync();
            reply.Written();
        }
        catch (Exception ex)
        {
            reply.Failed(ex);
            throw;
        }
    }

    /// <summary>The raw body (the signature covers its exact bytes), or null after answering 413 when it is too large.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }
        return buffer.ToArray();
    }

    private static Interaction? Read(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJson.Default.Interaction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext context, byte[] json)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>Edits and follow-ups run on after the HTTP reply; their failures are logged like the gateway's.</summary>
    private async Task FinishAsync(Task work)
    {
        try
        {
            await work;
        }
        catch (Exception ex) when (ex is DiscordRestException or RestQueueFullException or HttpRequestException or OperationCanceledException)
        {
            Log.HandlerGaveUp(logger, "HTTP interaction", "", ex.Message);
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(logger, "HTTP interaction", "", ex);
        }
    }

    /// <summary>The first response becomes the HTTP reply; what the handler sends after it waits until that reply is out.</summary>
    private sealed class HttpReply
    {
        private readonly TaskCompletionSource<byte[]> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<byte[]> Response => _response.Task;

        public Task RespondAsync(byte[] response, CancellationToken cancellationToken)
        {
            _response.TrySetResult(response);
            return _written.Task.WaitAsync(cancellationToken);
        }

        public void Written() => _written.TrySetResult();

        public void Failed(Exception exception) => _written.TrySetException(exception);
    }
}
