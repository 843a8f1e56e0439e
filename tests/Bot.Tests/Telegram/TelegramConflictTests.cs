using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>Two instances polling with one token, as operators sometimes start them: Telegram answers the older poll 409 Conflict.</summary>
public sealed class TelegramConflictTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Polling_WarnsOnceBacksOffAndResumes_WhenAnotherInstancePollsWithTheSameToken()
    {
        await using var first = await BotUnderTest.StartAsync(_api, configure: Backoff);
        await using var second = await BotUnderTest.StartAsync(_api, configure: Backoff);
        await _api.WaitUntilAsync(a => Conflicts(a) >= 6);
        var before = _api.CallsTo("getUpdates").Count;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var polls = _api.CallsTo("getUpdates").Count - before;
        await second.StopAsync();

        var id = _api.Enqueue(Updates.Private(801, "who is Nazarbaev?"))[0];
        await _api.WaitUntilAsync(a => a.Sent.Count == 1 && a.ConfirmedOffset > id);
        await Discord.Fakes.Wait.UntilAsync(() => first.Logs.Entries.Any(e => e.Message.Contains("No conflict on getUpdates", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the first instance to log that the conflict is over");

        // Backing off to at most 500 ms, two instances make at most a few polls a second each, not hundreds.
        Assert.InRange(polls, 1, 40);
        foreach (var bot in new[] { first, second })
        {
            var warning = Assert.Single(bot.Logs.Entries, e => e.Level >= LogLevel.Warning);
            Assert.Contains("409 Conflict", warning.Message);
            Assert.Contains("another process is polling with this bot's token", warning.Message);
        }
        Assert.False(first.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Single(_api.Sent);
    }

    private static int Conflicts(FakeBotApi api) => api.CallsTo("getUpdates").Count(c => c.Status == 409);

    /// <summary>
    /// Short backoff, but polls held long enough that a run of conflicts ends only after 3 × (2 s + 0.5 s) of quiet:
    /// a busy test machine that stalls one instance for a few seconds must not end the run while both still poll.
    /// </summary>
    private static void Backoff(Dictionary<string, string?> settings)
    {
        settings["Telegram:PollTimeout"] = "00:00:02";
        settings["Telegram:RetryBaseDelay"] = "00:00:00.050";
        settings["Telegram:RetryMaxDelay"] = "00:00:00.500";
    }
}
