using System.Text.Json.Nodes;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

/// <summary>A flood of events or a slow Discord must not grow the bot's queues without bound, nor lose a question unlogged.</summary>
[Collection(DiscordSuite.Name)]
public sealed class QueueBoundTests
{
    private const int Questions = 40;

    [Theory]
    [InlineData("Discord:DispatchQueueCapacity")]
    [InlineData("Discord:RestQueueCapacity")]
    public async Task Flood_EveryQuestionAnsweredOrLoggedAsDropped_WhenQueueIsFull(string capacitySetting)
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.Latency = r => r.Path.StartsWith("channels/", StringComparison.Ordinal) ? TimeSpan.FromSeconds(1) : TimeSpan.Zero,
            new Dictionary<string, string?> { [capacitySetting] = "4" });
        var connection = await bot.Fake.WaitForReadyAsync();
        var ids = new List<string>();

        for (var i = 0; i < Questions; i++)
        {
            var message = Events.Message($"who are the actors? #{i}", inGuild: false);
            ids.Add((string)message["id"]!);
            await connection.DispatchAsync("MESSAGE_CREATE", message);
        }

        bool Answered(string id) => bot.Fake.Matching("POST", "channels/66/messages").Any(r => (string?)r.Json["message_reference"]?["message_id"] == id);
        bool Dropped(string id) => bot.Logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains(id, StringComparison.Ordinal));
        await Wait.UntilAsync(() => ids.All(id => Answered(id) || Dropped(id)), TimeSpan.FromSeconds(20), "every question answered or logged");
        Assert.Contains(ids, Dropped);
        Assert.Single(bot.Fake.Connections);
        Assert.True(connection.IsOpen);
    }
}
