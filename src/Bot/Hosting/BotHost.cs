using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

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
        CheckLogLevels(builder.Configuration);
        if (IsJsonLogging(builder.Configuration))
            builder.Logging.AddJsonConsole(o =>
            {
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        else
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(minimumLevel);
        // SIGTERM (a service manager, a container stop) ends the process within 10 s: what is still
        // unfinished by then stays unconfirmed and comes back on the next start.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton<ExitStatus>();
        return builder;
    }

    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(9);

    /// <summary>Logging:Format: "simple" (one readable line per entry, the default) or "json" (one JSON object per line, for log shippers).</summary>
    private static bool IsJsonLogging(IConfiguration configuration) => configuration["Logging:Format"]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "simple" => false,
        "json" => true,
        var other => throw new OptionsValidationException("Logging", typeof(ConsoleLoggerOptions),
            [$"Logging:Format must be 'simple' or 'json', not '{other}'."]),
    };

    /// <summary>
    /// Every Logging:...:LogLevel:CATEGORY value must name a level: the logging library would otherwise throw
    /// on first use, a stack trace that does not say which setting is wrong.
    /// </summary>
    private static void CheckLogLevels(IConfiguration configuration)
    {
        var bad = configuration.GetSection("Logging").AsEnumerable()
            .Where(setting => setting.Key.Split(':').SkipLast(1).Contains("LogLevel", StringComparer.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(setting.Value) && !Enum.TryParse<LogLevel>(setting.Value, ignoreCase: true, out _))
            .Select(setting => $"{setting.Key} '{setting.Value}' is not a log level; use Trace, Debug, Information, Warning, Error, Critical or None.")
            .ToList();
        if (bad.Count > 0)
            throw new OptionsValidationException("Logging", typeof(LoggerFilterOptions), bad);
    }

    /// <summary>Whether any chat platform has a token, in which case the terminal chat stays closed.</summary>
    public static bool HasChatTokens(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) || !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);
}
