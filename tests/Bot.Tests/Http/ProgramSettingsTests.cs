using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Bot.Tests.Cli;
using Bot.Tests.Telegram;

namespace Bot.Tests.Http;

/// <summary>Logging:Format and Http:Urls through the real program, as a service manager starts it.</summary>
public sealed class ProgramSettingsTests
{
    [Fact]
    public async Task Run_WritesOneJsonObjectPerLogLineAndEndsWithin10Seconds_WhenLoggingFormatIsJsonAndSigtermArrives()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        var settings = TelegramLifecycleTests.Settings(api, data);
        settings["Logging__Format"] = "json";
        settings["Http__Urls"] = "http://127.0.0.1:0";

        // SIGTERM goes once the bot polls, so it has started and handles the signal; a fixed wait lost that race on a loaded machine.
        var (result, stopping) = await BotProcess.RunAndTerminateAsync(settings, () => api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0, TimeSpan.FromSeconds(30)));

        Assert.True(stopping < TimeSpan.FromSeconds(10), $"took {stopping} to stop");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, e => Assert.True(e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Message", out _), e.ToString()));
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.Contains("/healthz", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_StopsNamingTheKeyOnceWithoutAStackTrace_WhenHttpUrlsCannotBeListenedOn(bool portInUse)
    {
        using var data = new TempFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        // A token keeps the bot running, so the listener is bound rather than the console chat ending first.
        var result = await BotProcess.RunAsync([], "", new Dictionary<string, string>
        {
            ["Http__Urls"] = portInUse ? $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}" : "http://192.0.2.1:0",
            ["Telegram__Token"] = "123456:TEST-token",
            ["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Telegram__StateDirectory"] = data.Path,
            ["Digests__DataDirectory"] = data.Path,
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Invalid configuration: Http:Urls cannot be listened on", result.Errors, StringComparison.Ordinal);
        var everything = result.Output + result.Errors;
        Assert.DoesNotContain("Hosting failed to start", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", everything, StringComparison.Ordinal);
        // Stopped before anything else starts: no platform tries to connect, and the host never says it started.
        Assert.DoesNotContain("Application started", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Http__Urls", "localhost:8080", "Http:Urls")]
    [InlineData("Http__Urls", "http://127.0.0.1:99999", "Http:Urls has 'http://127.0.0.1:99999', which has port 99999")]
    [InlineData("Http__Urls", "https://127.0.0.1:0", "Http:Urls has 'https://127.0.0.1:0', which is https")]
    [InlineData("Logging__Format", "xml", "Logging:Format")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel:Default 'Loud' is not a log level")]
    [InlineData("Logging__Console__LogLevel__Bot", "verbose", "Logging:Console:LogLevel:Bot 'verbose' is not a log level")]
    [InlineData("Engine__ConversationExpiry", "banana", "Failed to convert configuration value 'banana' at 'Engine:ConversationExpiry'")]
    [InlineData("Engine__MaxConversations", "many", "Failed to convert configuration value 'many' at 'Engine:MaxConversations'")]
    public async Task Run_StopsNamingTheKey_WhenASettingIsBad(string variable, string value, string key)
    {
        using var data = new TempFolder();
        var result = await BotProcess.RunAsync([], "", new Dictionary<string, string>
        {
            [variable] = value,
            ["Digests__DataDirectory"] = data.Path,
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(key, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Digests:DataDirectory", "/proc/nope")]
    [InlineData("Digests:DataDirectory", "{file}/data")]
    [InlineData("Telegram:StateDirectory", "/proc/nope")]
    [InlineData("Telegram:StateDirectory", "{file}")]
    public async Task Run_StopsNamingTheKeyAndThePath_WhenADataFolderCannotHoldTheBotsFiles(string key, string folder)
    {
        using var data = new TempFolder();
        File.WriteAllText(Path.Combine(data.Path, "file"), "");
        folder = folder.Replace("{file}", Path.Combine(data.Path, "file"), StringComparison.Ordinal);
        var environment = new Dictionary<string, string> { ["Digests__DataDirectory"] = data.Path, [key.Replace(":", "__", StringComparison.Ordinal)] = folder };
        if (key.StartsWith("Telegram", StringComparison.Ordinal))
        {
            // Nothing answers there: the folder must be refused before the bot connects anywhere.
            environment["Telegram__Token"] = "123456:TEST-token";
            environment["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9";
        }

        var result = await BotProcess.RunAsync([], "", environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Invalid configuration: {key} \"{folder}\"", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_IgnoresDigestsDataDirectory_WhenAConnectionStringPlacesTheDatabase()
    {
        using var data = new TempFolder();
        var result = await BotProcess.RunAsync([], "", new Dictionary<string, string>
        {
            ["Digests__DataDirectory"] = "/proc/nope",
            ["Digests__ConnectionString"] = $"Data Source={Path.Combine(data.Path, "bot.db")}",
        });

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Digests:DataDirectory", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telegram", "abc", "Digests:Targets:0:ChatId \"abc\" is not a Telegram chat id")]
    [InlineData("telegram", "@news", "Digests:Targets:0:ChatId \"@news\" is not a Telegram chat id")]
    [InlineData("discord", "general", "Digests:Targets:0:ChatId \"general\" is not a Discord channel id")]
    [InlineData("discord", "-5", "Digests:Targets:0:ChatId \"-5\" is not a Discord channel id")]
    [InlineData("slack", "12345", "Digests:Targets:0:Platform \"slack\" is not one the bot posts to")]
    [InlineData("Telegarm", "12345", "Digests:Targets:0:Platform \"Telegarm\" is not one the bot posts to")]
    public async Task Run_StopsNamingTheKey_WhenADigestTargetsChatIdCannotBeOnItsPlatform(string platform, string chatId, string expected)
    {
        using var data = new TempFolder();
        var result = await BotProcess.RunAsync([], "", new Dictionary<string, string>
        {
            ["Digests__Targets__0__Platform"] = platform,
            ["Digests__Targets__0__ChatId"] = chatId,
            ["Digests__DataDirectory"] = data.Path,
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }
}
