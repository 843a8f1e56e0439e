using Bot.Tests.Telegram;

namespace Bot.Tests.Cli;

/// <summary>Settings given wrong in the environment alone stop the program at start with one message naming the key (and the value), no stack trace.</summary>
public sealed class PlatformSettingsTests
{
    [Theory]
    [InlineData("Discord__Token", "token", "Discord__ApiBaseUrl", "not a url", "Discord:ApiBaseUrl")]
    [InlineData("Discord__Token", "token", "Discord__ApiBaseUrl", "ftp://example.com/api", "Discord:ApiBaseUrl")]
    [InlineData("Discord__Token", "token", "Discord__HandshakeTimeout", "soon", "Discord:HandshakeTimeout")]
    [InlineData("Telegram__Token", "123:abc", "Telegram__ApiBaseUrl", "ftp://example.com", "Telegram:ApiBaseUrl")]
    [InlineData("Telegram__Token", "123:abc", "Telegram__ApiBaseUrl", "not a url", "Telegram:ApiBaseUrl \"not a url\"")]
    [InlineData("Telegram__Token", "123:abc", "Storage__Provider", "nonsense", "Storage:Provider \"nonsense\"")]
    [InlineData("Telegram__Token", "123:abc", "Digests__Targets__0__Cron", "61 * * * *", "Digests:Targets:0:Cron \"61 * * * *\"")]
    public async Task Run_StopsWithExitCode2NamingTheKey_WhenAPlatformSettingIsBad(string tokenKey, string token, string variable, string value, string key)
    {
        using var folder = new TempFolder();

        var result = await BotProcess.RunRedirectedAsync([], "<&-", environment: new Dictionary<string, string>
        {
            [tokenKey] = token,
            [variable] = value,
        }, workingDirectory: folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(key, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Discord:Token is empty, so the bot runs without Discord")]
    [InlineData("   ", "Discord:Token holds only spaces, so the bot runs without Discord")]
    public async Task Run_SaysOnceNamingTheKeyThatAPlatformIsOff_WhenItsTokenIsBlank(string token, string line)
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        var settings = TelegramLifecycleTests.Settings(api, data);
        settings["Discord__Token"] = token;

        var (result, _) = await BotProcess.RunAndTerminateAsync(settings, () => api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0, TimeSpan.FromSeconds(30)));

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Errors.Split('\n'), l => l.Contains(line, StringComparison.Ordinal));
    }
}
