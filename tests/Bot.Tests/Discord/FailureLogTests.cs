using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

/// <summary>What goes wrong in the ordinary course of things is one readable log line, never a stack trace or the token.</summary>
[Collection(DiscordSuite.Name)]
public sealed class FailureLogTests
{
    [Fact]
    public async Task Reply_LoggedAsOneLineWithoutToken_WhenDiscordAnswers403()
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.Script = r => r.Path.StartsWith("channels/", StringComparison.Ordinal)
            ? new FakeResponse(403, $$"""{"message": "Missing Access for Bot {{BotUnderTest.Token}}", "code": 50001}""")
            : null);
        var connection = await bot.Fake.WaitForReadyAsync();
        var message = Events.Message("who are the actors?", inGuild: false);
        var id = (string)message["id"]!;

        await connection.DispatchAsync("MESSAGE_CREATE", message);

        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains(id, StringComparison.Ordinal)), what: "the failure logged");
        var entry = Assert.Single(bot.Logs.Entries, e => e.Message.Contains(id, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains("403", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', entry.Message);
    }

    [Fact]
    public async Task Reconnect_LoggedAsOneLine_WhenConnectionsAreRefused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();
        bot.Fake.RefuseConnections = true;

        await first.CloseAsync(4000);

        await Wait.UntilAsync(() => bot.Fake.Refused >= 2, what: "refused connections");
        bot.Fake.RefuseConnections = false;
        await bot.Fake.WaitForConnectionAsync(2);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("connection attempt failed", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Exception is not null);
    }
}
