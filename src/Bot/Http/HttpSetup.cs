using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Bot.Http;

public static class HttpSetup
{
    /// <summary>
    /// Serves /healthz, /readyz and Prometheus /metrics (OpenTelemetry over the bot's meter), but only when
    /// Http:Urls is configured; the bot needs no listener otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddHttp(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"]))
            return builder;
        var services = builder.Services;
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<HttpOptions>>().Value);
        services.AddMonitoring();
        // Only this host's own meter (MeterScope.Local): a meter of the same name made elsewhere in the process would
        // otherwise be summed into the bot's series, and its disposal would drop them from /metrics.
        services.AddMetrics(metrics => metrics.EnableMetrics(BotMetrics.MeterName, scopes: MeterScope.Local));
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());
        services.AddSingleton<HttpListenerService>();
        services.AddHostedService(sp => sp.GetRequiredService<HttpListenerService>());
        return builder;
    }
}
