using Bot.Digests;
using Bot.Messaging;
using Bot.Tests.Digests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

public sealed class DigestSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 6, 22, 7, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly DigestOptions _options = new() { GracePeriod = TimeSpan.FromHours(2) };

    public void Dispose() => _database.Dispose();

    private SchedulerHost Host(params IDigestSender[] senders) => new(_database, _time, _options, senders);

    private static void Subscribe(SchedulerHost host, params string[] chats)
    {
        foreach (var chat in chats)
            host.Subscriptions.Subscribe("discord", chat, "08:00 UTC", mayManageChat: true);
    }

    [Fact]
    public async Task RunOnce_PostsOnceWithSameKey_WhenRestartedAfterCrashBetweenClaimAndPost()
    {
        var platform = new FakePlatform { Process = new CancellationTokenSource() };
        var host = Host(platform);
        Subscribe(host, "a");
        _time.Advance(TimeSpan.FromHours(1));
        platform.Crash = _ => CrashPoint.AfterPost;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.RunAsync(platform.Process.Token));
        platform.Crash = _ => CrashPoint.None;

        await Host(platform).RunAsync();
        await Host(platform).RunAsync();

        Assert.Single(platform.Posts);
        Assert.Equal(2, platform.Attempts.Count);
        Assert.Equal(platform.Attempts[0], platform.Attempts[1]);
    }

    [Fact]
    public async Task RunOnce_GivesUp_WhenRecoveredClaimCrashesAgain()
    {
        var platform = new FakePlatform { Crash = _ => CrashPoint.BeforePost };
        Subscribe(Host(platform), "a");
        _time.Advance(TimeSpan.FromHours(1));
        for (var run = 0; run < 3; run++)
        {
            platform.Process = new CancellationTokenSource();
            try
            {
                await Host(platform).RunAsync(platform.Process.Token);
            }
            catch (OperationCanceledException)
            {
                // The simulated crash.
            }
        }
        Assert.Equal(2, platform.Attempts.Count);
        var history = Host(platform).Store.History(1);
        Assert.Equal("failed", Assert.Single(history).Value);
    }

    [Fact]
    public async Task RunOnce_EndsSubscription_WhenChatIsGone()
    {
        var platform = new FakePlatform { Respond = (chat, _) => chat == "gone" ? new SendResult(SendOutcome.ChatGone) : null };
        var host = Host(platform);
        Subscribe(host, "gone", "ok");
        _time.Advance(TimeSpan.FromHours(1));
        await host.RunAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await host.RunAsync();

        Assert.Null(host.Store.Find("discord", "gone"));
        Assert.Single(platform.Attempts, a => a.ChatId == "gone");
        Assert.Equal(2, platform.Posts.Count(p => p.ChatId == "ok"));
    }

    [Fact]
    public async Task RunOnce_RetriesAfterPlatformDelay_WhenRateLimited()
    {
        var limited = true;
        var platform = new FakePlatform { Respond = (_, _) => limited ? new SendResult(SendOutcome.RetryLater, RetryAfter: TimeSpan.FromMinutes(5)) : null };
        var host = Host(platform);
        Subscribe(host, "a");
        _time.Advance(TimeSpan.FromHours(1));
        await host.RunAsync();
        limited = false;
        _time.Advance(TimeSpan.FromMinutes(4));
        await host.RunAsync();
        Assert.Empty(platform.Posts);
        _time.Advance(TimeSpan.FromMinutes(1));
        await host.RunAsync();
        await host.RunAsync();
        Assert.Single(platform.Posts);
        Assert.Equal(2, platform.Attempts.Count);
    }

    [Fact]
    public async Task RunOnce_PostsToOtherChats_WhenOneChatThrows()
    {
        var platform = new FakePlatform { Respond = (chat, _) => chat == "broken" ? throw new HttpRequestException("connection reset") : null };
        var host = Host(platform);
        Subscribe(host, "broken", "b", "c");
        _time.Advance(TimeSpan.FromHours(1));
        await host.RunAsync();
        Assert.Equal(["b", "c"], platform.Posts.Select(p => p.ChatId).Order());
        _time.Advance(_options.RetryDelay);
        await host.RunAsync();
        Assert.Equal(2, platform.Attempts.Count(a => a.ChatId == "broken"));
    }

    [Fact]
    public async Task RunOnce_SkipsAndRecordsSlot_WhenMissedBeyondGracePeriod()
    {
        var platform = new FakePlatform();
        Subscribe(Host(platform), "a");
        _time.Advance(TimeSpan.FromHours(1) + _options.GracePeriod + TimeSpan.FromMinutes(1));
        var host = Host(platform);
        await host.RunAsync();
        Assert.Empty(platform.Attempts);
        Assert.Equal("skipped", Assert.Single(host.Store.History(1)).Value);
    }

    [Fact]
    public async Task RunOnce_PostsLateSlot_WhenRestartedWithinGracePeriod()
    {
        var platform = new FakePlatform();
        Subscribe(Host(platform), "a");
        _time.Advance(TimeSpan.FromHours(1) + _options.GracePeriod - TimeSpan.FromMinutes(1));
        await Host(platform).RunAsync();
        Assert.Equal(new DateOnly(2026, 6, 22), Assert.Single(platform.Posts).Digest.Date);
    }

    [Fact]
    public async Task RunOnce_PostsOnCronSchedule_WhenTargetIsConfigured()
    {
        _options.Targets.Add(new DigestTarget { Platform = "Discord", ChatId = "news", Cron = "0 9,21 * * 1-5", TimeZone = "Europe/Berlin" });
        var platform = new FakePlatform();
        var host = Host(platform);
        for (var i = 0; i < 7 * 24; i++)
        {
            await host.RunAsync();
            _time.Advance(TimeSpan.FromHours(1));
        }
        // Monday 09:00 Berlin is the very instant the target is configured, so it is not owed: Monday 21:00, then Tuesday to Friday twice.
        Assert.Equal(9, platform.Posts.Count(p => p.ChatId == "news"));
    }

    [Fact]
    public async Task RunOnce_WaitsForAdapter_WhenPlatformHasNoSender()
    {
        var host = Host(new FakePlatform("telegram"));
        Subscribe(host, "a");
        _time.Advance(TimeSpan.FromHours(1));
        await host.RunAsync();
        Assert.Empty(host.Store.History(1));
    }

    [Fact]
    public async Task RunOnce_ReturnsTimeUntilNextSlot_WhenSoonerThanPollInterval()
    {
        var host = Host(new FakePlatform());
        Subscribe(host, "a");
        _time.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(50));
        Assert.Equal(TimeSpan.FromSeconds(10), await host.RunAsync());
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(1.5)]
    public async Task RunOnce_PostsWithinTwoSecondsOfSlot_WhenTheRunBeforeItEndsAfterTheSlot(double runSeconds)
    {
        var postedAt = new List<DateTimeOffset>();
        var platform = new FakePlatform
        {
            Respond = (chat, _) =>
            {
                if (chat == "slow")
                    _time.Advance(TimeSpan.FromSeconds(runSeconds));
                else
                    postedAt.Add(_time.GetUtcNow());
                return null;
            },
        };
        var host = Host(platform);
        host.Subscriptions.Subscribe("discord", "slow", "07:59 UTC", mayManageChat: true);
        Subscribe(host, "on-time");
        // The run for the 07:59 slot straddles 08:00.
        _time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(runSeconds / 2));

        // The scheduler's own loop: run, sleep what it says, run again.
        while (postedAt.Count == 0 && _time.GetUtcNow() < Start.AddHours(2))
            _time.Advance(await host.RunAsync());

        Assert.InRange(postedAt.Single() - Start.AddHours(1), TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
