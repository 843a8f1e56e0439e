using System.Text.Json.Nodes;
using Bot.Discord;
using Bot.Storage;
using Bot.Tests.Cli;
using Bot.Tests.Discord.Fakes;

namespace Bot.Tests.Discord;

/// <summary>
/// The real program killed with SIGKILL while messages are at different stages, then started again on the same state:
/// it resumes its saved gateway session, Discord replays what came after the last message it finished with, and every
/// message gets its reply exactly once, without even asking Discord again for a part already delivered.
/// </summary>
[Collection(DiscordSuite.Name)]
public sealed class DiscordCrashTests
{
    [Fact]
    public async Task Restart_AnswersEveryMessageOnceAndRepeatsNoDeliveredPart_WhenKilledWithARepliesHeldAnsweredAndMissed()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var data = new TempFolder();
        var settings = Settings(fake, data);
        var held = Events.Message("who is putin", inGuild: false);
        var answered = Events.Message("who is shamanov", inGuild: false);
        var missed = Events.Message("who is nazarbayev", inGuild: false);
        // The reply to the first message hangs until the kill, so Discord never takes it.
        fake.Stall = r => r.Is("POST", "channels/66/messages") && RepliesTo(r) == Id(held);

        await BotProcess.RunAndKillAsync(settings, async () =>
        {
            var connection = await fake.WaitForReadyAsync();
            await connection.DispatchAsync("MESSAGE_CREATE", held);
            await fake.WaitForRequestAsync("POST", "channels/66/messages", r => RepliesTo(r) == Id(held), TimeSpan.FromSeconds(30));
            await connection.DispatchAsync("MESSAGE_CREATE", answered);
            await Wait.UntilAsync(() => fake.Posted.Any(p => RepliesTo(p) == Id(answered)), TimeSpan.FromSeconds(30), "the second reply");
            await WaitUntilDeliveredAsync(data, answered);
        });
        fake.Stall = null;
        // Sent while the bot is down: Discord replays it when the session is resumed.
        fake.Miss("MESSAGE_CREATE", missed);

        await BotProcess.RunAndKillAsync(settings, async () =>
        {
            await (await fake.WaitForConnectionAsync(2)).WaitForOpAsync(6);
            await Wait.UntilAsync(() => fake.Posted.Count >= 3, TimeSpan.FromSeconds(30), "every reply");
            // Long enough for a second reply to any replayed message to show.
            await Task.Delay(TimeSpan.FromSeconds(1));
        });

        Assert.Equal(new[] { Id(held), Id(answered), Id(missed) }.Order(), fake.Posted.Select(RepliesTo).Order());
        Assert.Single(fake.Matching("POST", "channels/66/messages"), r => RepliesTo(r) == Id(answered));
    }

    private static string? Id(JsonObject message) => (string?)message["id"];

    /// <summary>Waits until the bot's store records the reply to <paramref name="message"/> as delivered: from then on a kill must not get it posted again.</summary>
    private static async Task WaitUntilDeliveredAsync(TempFolder data, JsonObject message)
    {
        using var store = new DigestStore($"Data Source={Path.Combine(data.Path, "bot.db")}", long.MaxValue);
        await Wait.UntilAsync(() => store.RepliedParts($"{DiscordConversation.Platform}:{FakeDiscordServer.BotId}", Id(message)!) > 0, TimeSpan.FromSeconds(30),
            "the reply recorded as delivered");
    }

    private static string? RepliesTo(RecordedRequest request) => (string?)request.Json["message_reference"]?["message_id"];

    internal static Dictionary<string, string> Settings(FakeDiscordServer fake, TempFolder data) => new()
    {
        ["Discord__Token"] = BotUnderTest.Token,
        ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
        ["Discord__ReconnectDelayMin"] = "00:00:00.020",
        ["Discord__ReconnectDelayMax"] = "00:00:00.200",
        ["Discord__IdentifyInterval"] = "00:00:00",
        ["Discord__RestRetryDelay"] = "00:00:00.010",
        ["Digests__DataDirectory"] = data.Path,
    };
}
