using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Hosting;

public static class MonitoringSetup
{
    /// <summary>The metrics and status registry every part reports into; safe to call from each feature's setup.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BotMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<BotStatus>();
        return services;
    }

    /// <summary>Registers a chat platform that readiness waits for.</summary>
    public static IServiceCollection AddMonitoredPlatform(this IServiceCollection services, string name)
    {
        services.AddMonitoring();
        services.AddSingleton(new MonitoredPlatform(name));
        return services;
    }
}
