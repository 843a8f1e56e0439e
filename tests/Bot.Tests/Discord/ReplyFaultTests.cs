using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

/// <summary>A reply to a question meets a rate limit, a server error, a held answer or a cut connection: it appears once, or fails with one log line.</summary>
[Collection(DiscordSuite.Name)]
public sealed class ReplyFaultTests
{
    [Theory]
    [InlineData("429 bucket")]
    [InlineData("429 global")]
    [InlineData("500")]
    [InlineData("dropped")]
    [InlineData("held")]
    public async Task Reply_PostedExactlyOnce_WhenTheFirstAttemptFails(string fault)
    {
        await using var bot = await BotUnderTest.StartAsync(f => Inject(f, fault, times: 1), Settings(maxAttempts: 5));
        var connection = await bot.Fake.WaitForReadyAsync();
        var question = Events.Message("who is putin", inGuild: false);

        await connection.DispatchAsync("MESSAGE_CREATE", question);

        await Wait.UntilAsync(() => bot.Fake.Matching("POST", "channels/66/messages").Count() >= 2 && !bot.Fake.Posted.IsEmpty, what: "the reply sent again");
        // Time for a third attempt, were the second not answered.
        await Task.Delay(500);
        Assert.Equal(2, bot.Fake.Matching("POST", "channels/66/messages").Count());
        var posted = Assert.Single(bot.Fake.Posted);
        Assert.Equal((string?)question["id"], (string?)posted.Json["message_reference"]?["message_id"]);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains((string)question["id"]!, StringComparison.Ordinal));
        Assert.False(bot.Stopping.IsCancellationRequested);
    }

    [Theory]
    [InlineData("429 bucket")]
    [InlineData("500")]
    [InlineData("dropped")]
    [InlineData("held")]
    public async Task Reply_LoggedAsOneLineAndTheNextQuestionAnswered_WhenEveryAttemptFails(string fault)
    {
        await using var bot = await BotUnderTest.StartAsync(f => Inject(f, fault, times: 2), Settings(maxAttempts: 2));
        var connection = await bot.Fake.WaitForReadyAsync();
        var lost = Events.Message("who is putin", inGuild: false);
        var next = Events.Message("who is shamanov", inGuild: false);

        await connection.DispatchAsync("MESSAGE_CREATE", lost);
        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains((string)lost["id"]!, StringComparison.Ordinal)), what: "the failure logged");
        await connection.DispatchAsync("MESSAGE_CREATE", next);

        await Wait.UntilAsync(() => bot.Fake.Posted.Any(p => (string?)p.Json["message_reference"]?["message_id"] == (string?)next["id"]), what: "the next reply");
        var failure = Assert.Single(bot.Logs.Entries, e => e.Message.Contains((string)lost["id"]!, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Null(failure.Exception);
        // A held answer was acted on by Discord: its retry, with the same nonce, must not have posted it twice.
        Assert.True(bot.Fake.Posted.Count(p => (string?)p.Json["message_reference"]?["message_id"] == (string?)lost["id"]) <= 1);
        Assert.False(bot.Stopping.IsCancellationRequested);
    }

    private static Dictionary<string, string?> Settings(int maxAttempts) => new()
    {
        // Long enough that a loaded machine answering slowly is no lost answer; a held answer is held well past it.
        ["Discord:RestTimeout"] = "00:00:01.500",
        ["Discord:RestMaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Makes the first <paramref name="times"/> posts to a channel fail in the way <paramref name="fault"/> names.</summary>
    private static void Inject(FakeDiscordServer fake, string fault, int times)
    {
        var posts = 0;
        bool Hit(RecordedRequest r) => r.Is("POST", "channels/") && Interlocked.Increment(ref posts) <= times;
        switch (fault)
        {
            case "dropped":
                fake.DropConnection = Hit;
                break;
            case "held":
                fake.HoldAnswer = r => Hit(r) ? TimeSpan.FromSeconds(4) : TimeSpan.Zero;
                break;
            default:
                fake.Script = r => Hit(r) ? Answer(fault) : null;
                break;
        }
    }

    private static FakeResponse Answer(string fault) => fault switch
    {
        "429 bucket" => new(429, """{"message": "You are being rate limited.", "retry_after": 0.2, "global": false}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.2", ["X-RateLimit-Bucket"] = "b", ["X-RateLimit-Scope"] = "user",
        }),
        "429 global" => new(429, """{"message": "You are being rate limited.", "retry_after": 0.2, "global": true}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global", ["Retry-After"] = "1",
        }),
        _ => new(500, """{"message": "500: Internal Server Error", "code": 0}"""),
    };
}
