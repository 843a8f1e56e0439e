using Bot.Tests.Cli;

namespace Bot.Tests.Telegram;

/// <summary>
/// The real program killed with SIGKILL in the middle of a reply in several messages, then started again on the same
/// state: Telegram delivers the question again, and the user gets each part of the reply exactly once.
/// </summary>
public sealed class TelegramPartsCrashTests
{
    private const long User = 711;

    /// <summary>
    /// An article whose title is longer than one message: a digest cites it under every item, so /digest is answered in
    /// several parts on any day (its items vary from day to day, its parts with them, but there are always at least three).
    /// </summary>
    private static string LongTitledArticle() => string.Join("\n\n",
        string.Join(' ', Enumerable.Repeat("Ministers & Governors Meet To Discuss The Grain Levy & River Tolls", 60)),
        "By Jane Roe",
        "On May 3, 2017, Anna Berg said the council of ministers would meet in Tallinn to discuss the levy.",
        "Peter Stone opposed the plan because the tolls were too high.",
        "On May 9, 2017, the council met in Tallinn and agreed to lower the tolls.");

    [Fact]
    public async Task Restart_SendsOnlyThePartsNotDelivered_WhenKilledDuringTheThirdPart()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        using var seeds = new TempFolder().With("long-title.txt", LongTitledArticle());
        var settings = TelegramLifecycleTests.Settings(api, data);
        settings["Seeds__Path"] = seeds.Path;
        settings["Telegram__PerChatPeriod"] = "00:00:00.020";
        settings["Telegram__GlobalPeriod"] = "00:00:00.020";
        // The third part hangs until the kill, so Telegram never takes it; the first two are delivered.
        var thirdPart = new TaskCompletionSource<string>();
        api.Fail("sendMessage", 500, "Internal Server Error", delay: TimeSpan.FromMinutes(5),
            when: body => api.Sent.Count == 2 && thirdPart.TrySetResult(body["text"]!.GetValue<string>()));
        var id = api.Enqueue(Updates.Private(User, "/digest"))[0];

        await BotProcess.RunAndKillAsync(settings, () => thirdPart.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        var delivered = api.Sent.Select(s => s.Text).ToList();
        Assert.Equal(2, delivered.Count);
        Assert.True(api.ConfirmedOffset <= id, "the update must still be unconfirmed when the bot dies");
        api.Heal();

        await BotProcess.RunAndKillAsync(settings, async () =>
        {
            await api.WaitUntilAsync(a => a.ConfirmedOffset > id, TimeSpan.FromSeconds(30));
            // Long enough for a repeated part to show.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        });

        // Parts may repeat within one reply (two items citing the same sentence), so the check is where the restart went on.
        var parts = api.Sent.Select(s => s.Text).ToList();
        Assert.True(parts.Count >= 3, $"the digest came in {parts.Count} parts");
        Assert.Equal(delivered, parts.Take(2));
        Assert.Equal(await thirdPart.Task, parts[2]);
        Assert.Single(parts, p => p == delivered[0]);
        Assert.Single(api.Sent, s => s.ReplyTo is not null);
    }
}
