using Bot.Tests.Discord;
using Bot.Tests.Discord.Fakes;
using Bot.Tests.Telegram;

namespace Bot.Tests.Cli;

/// <summary>The published program as a service manager runs it: from an empty folder, settings in the environment, stdin or stdout closed.</summary>
[Collection(DiscordSuite.Name)]
public sealed class ClosedStdioTests
{
    [Theory]
    [InlineData("<&-")]
    [InlineData("</dev/null")]
    [InlineData(">&-")]
    [InlineData("<&- >&-")]
    public async Task Run_AnswersUntilSigtermThenExitsWith0_WhenATokenIsSetAndStdioIsClosed(string redirections)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var folder = new TempFolder();
        var question = Events.Message("who is putin", inGuild: false);

        var (result, stopping) = await BotProcess.RunAndTerminateAsync(new Dictionary<string, string>
        {
            ["Discord__Token"] = "closed-stdio-token",
            ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
        }, async () =>
        {
            var connection = await fake.WaitForReadyAsync();
            await Wait.UntilAsync(() => connection.Received.Count(f => (int?)f["op"] == 2) == 1 && fake.Requests.Any(r => r.Path.EndsWith("/commands", StringComparison.Ordinal)),
                what: "the bot to be ready");
            await connection.DispatchAsync("MESSAGE_CREATE", question);
            await fake.WaitForRequestAsync("POST", "channels/66/messages");
        }, redirections, folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(stopping < TimeSpan.FromSeconds(10), $"took {stopping} to stop");
        Assert.Contains("Putin", Assert.Single(fake.Matching("POST", "channels/66/messages")).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AnswersTelegramUntilSigtermThenExitsWith0_WhenOnlyTheEnvironmentIsSetAndStdinIsClosed()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var folder = new TempFolder();
        api.Enqueue(Updates.Private(13, "who is putin"));

        var (result, _) = await BotProcess.RunAndTerminateAsync(new Dictionary<string, string>
        {
            ["Telegram__Token"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
        }, () => api.WaitUntilAsync(a => a.Sent.Count == 1, TimeSpan.FromSeconds(30)), "<&-", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Putin", Assert.Single(api.Sent).Text, StringComparison.Ordinal);
        // The state and the database go to the working directory's data folder by default.
        Assert.True(File.Exists(Path.Combine(folder.Path, "data", $"telegram-updates-{FakeBotApi.BotId}.json")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "data", "bot.db")));
    }

    [Theory]
    [InlineData("<&-")]
    [InlineData("</dev/null")]
    [InlineData("<&- >&-")]
    public async Task Run_SaysNothingCanRunAndExitsWith0_WhenNoTokenIsSetAndStdinIsClosedOrEmpty(string redirections)
    {
        using var folder = new TempFolder();

        var result = await BotProcess.RunRedirectedAsync([], redirections, workingDirectory: folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No chat platform is configured", result.Errors, StringComparison.Ordinal);
        Assert.Contains("the console has no input", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StopsWithAMessageAndExitCode1_WhenNoTokenIsSetAndStdoutIsClosed()
    {
        using var folder = new TempFolder();

        var result = await BotProcess.RunRedirectedAsync([], ">&-", "who is putin\nwho is shamanov\n", workingDirectory: folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("output failed", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }
}
