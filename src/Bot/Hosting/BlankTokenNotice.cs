using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>
/// Says at start that a platform stays off because its token is set but blank: left empty on purpose (the deploy files
/// allow it) it is one line of information; only spaces is most likely a quoting slip, and a warning.
/// </summary>
internal sealed class BlankTokenNotice(string key, string platform, bool spaces, ILogger<BlankTokenNotice> logger) : IHostedService
{
    /// <summary>Adds the notice when <paramref name="key"/> is present in the configuration but blank; absent, nothing is said.</summary>
    public static void AddIfBlank(IHostApplicationBuilder builder, string key, string platform)
    {
        if (builder.Configuration[key] is { } token && string.IsNullOrWhiteSpace(token))
            builder.Services.AddHostedService(sp => new BlankTokenNotice(key, platform, token.Length > 0, sp.GetRequiredService<ILogger<BlankTokenNotice>>()));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (spaces)
            Log.TokenOnlySpaces(logger, key, platform);
        else
            Log.TokenEmpty(logger, key, platform);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
