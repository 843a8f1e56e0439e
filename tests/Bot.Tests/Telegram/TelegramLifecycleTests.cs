using Bot.Tests.Cli;

namespace Bot.Tests.Telegram;

/// <summary>The real program against the fake Bot API: how it ends when Telegram will not have the bot, or when it is stopped.</summary>
public sealed class TelegramLifecycleTests
{
    private const string RejectedSecret = "REJECTED-secret-part";

    [Theory]
    [InlineData("getMe")]
    [InlineData("getUpdates")]
    public async Task Run_StopsWithExitCode3AndNeverShowsTheToken_WhenTelegramRejectsTheToken(string rejectedBy)
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        // The fake refuses any token but its own; a token accepted at start can still be revoked later.
        var token = rejectedBy == "getMe" ? $"777:{RejectedSecret}" : FakeBotApi.Token;
        if (rejectedBy == "getUpdates")
            api.Fail("getUpdates", 401, $"Unauthorized: /bot{token}/getUpdates", times: 1000);

        var result = await BotProcess.RunAsync([], "", new Dictionary<string, string>
        {
            ["Telegram__Token"] = token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Telegram__StateDirectory"] = data.Path,
            ["Digests__DataDirectory"] = data.Path,
        });

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Telegram:Token", result.Errors);
        Assert.DoesNotContain(token.Split(':')[1], result.Errors + result.Output);
    }

    [Fact]
    public async Task Run_FinishesTheAnswerInHandAndExitsWith0_WhenSigtermArrivesWhileTelegramIsSlow()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        // The first reply hangs for 2 s and fails: SIGTERM comes once it is being sent, and the retry fits in the drain.
        api.Fail("sendMessage", 500, "Internal Server Error", delay: TimeSpan.FromSeconds(2));
        api.Enqueue(Updates.Private(11, "who is putin"));

        var (result, stopping) = await BotProcess.RunAndTerminateAsync(Settings(api, data), () => api.WaitUntilAsync(a => a.FaultsLeft == 0, TimeSpan.FromSeconds(30)));

        Assert.Equal(0, result.ExitCode);
        Assert.True(stopping < TimeSpan.FromSeconds(10), $"took {stopping} to stop");
        Assert.Contains("Putin", Assert.Single(api.Sent).Text);
    }

    [Fact]
    public async Task Run_ExitsWith0WithinSecondsAndAnswersOnceAfterRestart_WhenSigtermArrivesWhileAReplyIsHeld()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        // Telegram holds the reply far longer than any shutdown may take.
        api.Fail("sendMessage", 500, "Internal Server Error", delay: TimeSpan.FromMinutes(5));
        var ids = api.Enqueue(Updates.Private(13, "who is putin"));

        var (result, stopping) = await BotProcess.RunAndTerminateAsync(Settings(api, data), () => api.WaitUntilAsync(a => a.FaultsLeft == 0, TimeSpan.FromSeconds(30)));

        Assert.Equal(0, result.ExitCode);
        Assert.True(stopping < TimeSpan.FromSeconds(7), $"took {stopping} to stop");
        Assert.Contains($"Telegram update {ids[0]} was cut short by shutdown", result.Errors);
        Assert.True(api.ConfirmedOffset <= ids[0], "the cut update must stay unconfirmed");

        await BotProcess.RunAndTerminateAsync(Settings(api, data), () => api.WaitUntilAsync(a => a.ConfirmedOffset > ids[0], TimeSpan.FromSeconds(30)));
        Assert.Contains("Putin", Assert.Single(api.Sent).Text);
    }

    [Fact]
    public async Task Run_SetsAnUnreadableStateFileAsideAndAnswers_WhenTheStateFileIsGarbage()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder().With($"telegram-updates-{FakeBotApi.BotId}.json", "\0\0\0{garbage");
        api.Enqueue(Updates.Private(12, "who is putin"));

        // Stopped once it has answered, not after a fixed time a loaded machine may spend still starting the runtime.
        var (result, _) = await BotProcess.RunAndTerminateAsync(Settings(api, data), () => api.WaitUntilAsync(a => a.Sent.Count == 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Putin", Assert.Single(api.Sent).Text);
        Assert.True(File.Exists(Path.Combine(data.Path, $"telegram-updates-{FakeBotApi.BotId}.json.unreadable")));
    }

    internal static Dictionary<string, string> Settings(FakeBotApi api, TempFolder data) => new()
    {
        ["Telegram__Token"] = FakeBotApi.Token,
        ["Telegram__ApiBaseUrl"] = api.BaseUrl,
        ["Telegram__StateDirectory"] = data.Path,
        ["Digests__DataDirectory"] = data.Path,
    };
}
