using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using Bot.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Rest;

/// <summary>
/// Sends REST calls the way Discord asks: authenticated, with a DiscordBot User-Agent, within the
/// learned bucket limits and the 50 requests/s global cap, honouring every 429, retrying server
/// errors with backoff (and an answer that never came, lost with the connection or held past
/// Discord:RestTimeout, when the call is safe to repeat), and never using a token again once Discord has refused it. At most
/// Discord:RestQueueCapacity calls wait or run at once; one more fails at once, logged. Redirects
/// are not followed (the token would go along), and the token never appears in an error message,
/// even when a server echoes it.
/// </summary>
internal sealed class RestTransport : IDisposable
{
    private const int GlobalRequestsPerSecond = 50;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RestTransport> _logger;
    private readonly BotMetrics _metrics;
    private readonly RateLimitBuckets _buckets;
    private readonly InvalidRequestGuard _invalid;
    private static readonly TimeSpan GlobalPeriod = TimeSpan.FromSeconds(1);
    /// <summary>
    /// The global cap's tokens, one taken per request and refilled each second on the bot's clock (a TimeProvider timer):
    /// TokenBucketRateLimiter times its periods on the machine's clock even when replenished by hand.
    /// </summary>
    private readonly SemaphoreSlim _global = new(GlobalRequestsPerSecond, GlobalRequestsPerSecond);
    private readonly Lock _refillLock = new();
    private bool _disposed;
    private readonly ITimer _refill;
    private volatile bool _unauthorized;
    private int _pending;

    public RestTransport(DiscordOptions options, BotMetrics metrics, TimeProvider time, ILogger<RestTransport> logger, HttpMessageHandler? handler = null)
    {
        _options = options;
        _metrics = metrics;
        metrics.ObserveSendQueue(DiscordConversation.Platform, () => Volatile.Read(ref _pending));
        _time = time;
        _logger = logger;
        _buckets = new RateLimitBuckets(time);
        _refill = time.CreateTimer(_ => Refill(), null, GlobalPeriod, GlobalPeriod);
        _invalid = new InvalidRequestGuard(time);
        var baseUrl = options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = options.RestTimeout,
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        var version = typeof(RestTransport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        _http.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot (https://github.com/article-bot, {version})");
    }

    /// <summary>
    /// Sends one call and returns the body of its successful answer; throws <see cref="DiscordRestException"/>
    /// otherwise, or <see cref="RestQueueFullException"/> when too many calls are already waiting.
    /// </summary>
    public async Task<byte[]> SendAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _pending) > _options.RestQueueCapacity)
        {
            Interlocked.Decrement(ref _pending);
            Log.QueueFull(_logger, route.Key, _options.RestQueueCapacity);
            throw new RestQueueFullException(route.Key);
        }
        try
        {
            return await SendWithRetriesAsync(route, json, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    private async Task<byte[]> SendWithRetriesAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (_unauthorized)
                throw Unauthorized();
            if (_invalid.PauseNeeded() is var pause && pause > TimeSpan.Zero)
            {
                Log.InvalidRequestPause(_logger, pause);
                await Task.Delay(pause, _time, cancellationToken);
            }
            await _buckets.WaitAsync(route, cancellationToken);
            if (!route.InteractionRoute)
                await _global.WaitAsync(cancellationToken);

            HttpResponseMessage answer;
            byte[] body;
            try
            {
                (answer, body) = await ExchangeAsync(route, json, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                _metrics.Sent(DiscordConversation.Platform, "error");
                var lost = ex as HttpRequestException
                    ?? new HttpRequestException(ex is IOException ? ex.Message : $"Discord did not answer within {_options.RestTimeout}", ex);
                if (!route.SafeToRepeat || attempt >= _options.RestMaxAttempts)
                    throw lost;
                var wait = Backoff.Delay(attempt, _options.RestRetryDelay, MaxRetryDelay);
                Log.AnswerLost(_logger, route.Key, lost.Message, wait);
                await Task.Delay(wait, _time, cancellationToken);
                continue;
            }
            using var response = answer;
            _buckets.Update(route, response.Headers);
            var status = (int)response.StatusCode;
            _metrics.Sent(DiscordConversation.Platform, response.IsSuccessStatusCode ? "ok" : BotMetrics.SendOutcome(status));
            if (response.IsSuccessStatusCode)
                return body;

            var error = ReadError(body);
            if (status is 401 or 403 || (status == 429 && RateLimitBuckets.Header(response.Headers, "X-RateLimit-Scope") != "shared"))
                _invalid.Record();
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                _unauthorized = true;
                throw Unauthorized();
            }
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = TimeSpan.FromSeconds(error?.RetryAfter ?? RateLimitBuckets.Number(response.Headers, "Retry-After") ?? 1);
                // A 429 without rate-limit headers comes from Cloudflare and applies to everything we send.
                var global = error?.Global == true || !RateLimitBuckets.HasRateLimitHeaders(response.Headers);
                if (global)
                    _buckets.PauseAll(retryAfter);
                else
                    _buckets.PauseBucket(route, retryAfter);
                Log.RateLimited(_logger, route.Key, global ? "global" : "bucket", retryAfter);
                if (attempt < _options.RestMaxAttempts)
                    continue;
                throw new DiscordRestException(response.StatusCode, error?.Code, Redact(error?.Message), retryAfter);
            }
            if (status >= 500 && attempt < _options.RestMaxAttempts)
            {
                var delay = Backoff.Delay(attempt, _options.RestRetryDelay, MaxRetryDelay);
                Log.ServerError(_logger, status, route.Key, delay);
                await Task.Delay(delay, _time, cancellationToken);
                continue;
            }
            throw new DiscordRestException(response.StatusCode, error?.Code, Redact(error?.Message));
        }
    }

    /// <summary>One request and its whole answer; the answer is disposed when reading it fails.</summary>
    private async Task<(HttpResponseMessage Response, byte[] Body)> ExchangeAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, route.Path);
        if (json is not null)
            request.Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await _http.SendAsync(request, cancellationToken);
        try
        {
            return (response, await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Tops the global tokens up to the cap; only this adds tokens, so the count cannot pass the cap in between.</summary>
    private void Refill()
    {
        lock (_refillLock)
        {
            if (!_disposed && GlobalRequestsPerSecond - _global.CurrentCount is var missing and > 0)
                _global.Release(missing);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _refill.Dispose();
        // A refill already running when the timer stopped must not touch the disposed tokens.
        lock (_refillLock)
        {
            _disposed = true;
            _global.Dispose();
        }
    }

    private string? Redact(string? text) => text?.Replace(_options.Token, "[token]", StringComparison.Ordinal);

    private static DiscordFatalException Unauthorized() =>
        new("Discord rejected the bot token (HTTP 401 Unauthorized); check the Discord:Token setting.");

    private static ErrorBody? ReadError(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, DiscordJson.Default.ErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
