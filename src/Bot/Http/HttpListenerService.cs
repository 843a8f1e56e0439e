using System.Net.Sockets;
using System.Text.Json;
using Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Bot.Http;

/// <summary>
/// Kestrel inside the bot's generic host, serving /healthz, /readyz, /metrics and the platforms'
/// <see cref="IHttpEndpoint"/>s. It has a small pipeline of its own, while logs, status and metrics
/// are the bot's, so nothing else of the bot is reachable over HTTP. It starts before the host: an address it cannot listen on stops
/// the bot with exit code 2 and one line naming the key, as any other bad setting does, before anything else has started.
/// </summary>
internal sealed class HttpListenerService(HttpOptions options, BotStatus status, MeterProvider meters, ILoggerFactory loggers,
    TimeProvider time, ILogger<HttpListenerService> logger, IEnumerable<IHttpEndpoint> endpoints,
    IHostApplicationLifetime lifetime, ExitStatus? exit = null) : IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private WebApplication? _app;

    /// <summary>The addresses Kestrel listens on, with the real port when port 0 was asked for.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    /// <summary>
    /// Listens on Http:Urls, before the rest of the bot starts (see <see cref="ExitStatus"/>), so that an address that cannot be
    /// listened on stops start-up before any platform connects; false, with one line naming the key, when it cannot.
    /// </summary>
    public async Task<bool> ListenAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            return true;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls([.. options.UrlList]);
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<ILoggerFactory>(new ListenerLoggers(loggers));
        // The bot's host owns the signals and says when it starts and stops; the listener only follows it.
        builder.Services.AddSingleton<IHostLifetime, FollowingLifetime>();
        var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meters, predicate: null, path: "/metrics", configureBranchedPipeline: null, optionsName: null);
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", Ready);
        foreach (var endpoint in endpoints)
            endpoint.Map(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            // In use (IOException) or not an address of this machine (SocketException): a setting to fix, not a crash. Thrown,
            // it would reach the operator as the host's start-up failure with a stack trace before the one line that matters.
            await app.DisposeAsync();
            await Console.Error.WriteLineAsync($"Invalid configuration: Http:Urls cannot be listened on: {ex.Message}");
            exit?.Fail(ExitStatus.InvalidConfiguration);
            return false;
        }
        _app = app;
        Addresses = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];
        Log.Listening(logger, Addresses);
        return true;
    }

    /// <summary>Listens now unless <see cref="ListenAsync"/> already did (a host started without <see cref="ExitStatus"/>, as in tests).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await ListenAsync(cancellationToken))
            lifetime.StopApplication();
    }

    private IResult Ready()
    {
        var problems = Readiness.Problems(status, options.ReadinessGrace, time.GetUtcNow());
        return problems.Count == 0
            ? Results.Json(new { status = "ready" }, Json)
            : Results.Json(new { status = "not ready", problems }, Json, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}

/// <summary>The listener's own host lifetime: no signal handlers and no start or stop messages of its own, as the bot's host has both.</summary>
internal sealed class FollowingLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
