using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>The host builder every command shares: configuration from appsettings, user secrets and the environment.</summary>
public static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string? seedsPath, LogLevel minimumLevel = LogLevel.Information)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (seedsPath is not null)
            builder.Configuration.AddInMemoryCollection([new("Seeds:Path", seedsPath)]);
        builder.Logging.ClearProviders();
        // Logs go to stderr so that stdout carries only answers (and JSON lines stay parseable).
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Services.AddSingleton<ExitStatus>();
        return builder;
    }

    /// <summary>Whether any chat platform has a token, in which case the terminal chat stays closed.</summary>
    public static bool HasChatTokens(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) || !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);
}
