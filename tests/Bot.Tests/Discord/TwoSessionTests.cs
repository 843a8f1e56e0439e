using Bot.Tests.Discord.Fakes;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Discord;

/// <summary>Two processes on one token, each with its own SQLite store, as operators sometimes start them: both sessions get every message.</summary>
[Collection(DiscordSuite.Name)]
public sealed class TwoSessionTests
{
    [Fact]
    public async Task Mention_ShowsOneReply_WhenTwoSessionsOnOneTokenBothAnswerIt()
    {
        await using var first = await BotUnderTest.StartAsync();
        var otherData = Path.Combine(Path.GetTempPath(), "bot-discord-" + Guid.NewGuid().ToString("N"));
        using var second = BotUnderTest.Build(first.Fake.ApiBaseUrl, new TestLogs(), new Dictionary<string, string?> { ["Digests:DataDirectory"] = otherData });
        await second.StartAsync();
        try
        {
            var sessions = new[] { await first.Fake.WaitForReadyAsync(1), await first.Fake.WaitForReadyAsync(2) };
            var message = Events.Message($"<@{FakeDiscordServer.BotId}> who is {first.ActorName()}?");

            foreach (var session in sessions)
                await session.DispatchAsync("MESSAGE_CREATE", message.DeepClone());

            // Both answer, with the nonce the question's id gives; Discord keeps the first post and returns it to the second.
            await Wait.UntilAsync(() => first.Fake.Matching("POST", "channels/55/messages").Count() == 2, what: "both sessions to answer");
            Assert.Single(first.Fake.Posted, p => (string?)p.Json["message_reference"]?["message_id"] == (string?)message["id"]);
        }
        finally
        {
            await second.StopAsync();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(otherData))
                Directory.Delete(otherData, recursive: true);
        }
    }
}
