using Bot.Digests;
using Bot.Storage;
using Bot.Tests.Digests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

/// <summary>
/// Sixty simulated days across daylight-saving changes in several time zones, with restarts,
/// crashes between claim and post, and outages both inside and beyond the grace period.
/// </summary>
public sealed class SchedulerSimulationTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(6);

    private static readonly (string Chat, string Time, string Zone)[] Chats =
    [
        ("berlin", "02:30", "Europe/Berlin"),       // 02:30 is skipped in spring and happens twice in autumn
        ("new-york", "01:30", "America/New_York"),  // likewise at 01:30 in autumn
        ("sydney", "02:30", "Australia/Sydney"),    // southern hemisphere: the changes come the other way round
        ("almaty", "08:00", "Asia/Almaty"),         // no daylight saving
        ("utc", "23:59", "UTC"),
    ];

    public static TheoryData<string> Windows() => ["2026-03-01", "2026-09-20"];

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task RunOnce_PostsEachSlotExactlyOnce_AcrossDstRestartsAndCrashes(string start)
    {
        using var database = new TempDatabase();
        var begin = DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var time = new FakeTimeProvider(begin);
        var options = new DigestOptions { GracePeriod = Grace, MaxParallelSends = 4 };
        var platform = new FakePlatform();
        var random = new Random(7);
        var crashed = new HashSet<string>();
        var quiet = false;
        platform.Crash = key => !quiet && crashed.Add(key) && random.Next(12) == 0 ? (CrashPoint)random.Next(1, 3) : CrashPoint.None;
        var host = new SchedulerHost(database, time, options, platform);
        foreach (var (chat, at, zone) in Chats)
            Assert.StartsWith("Subscribed", host.Subscriptions.Subscribe("discord", chat, $"{at} {zone}", mayManageChat: true).Text, StringComparison.Ordinal);

        var runs = new List<DateTimeOffset>();
        var outages = new Queue<(TimeSpan At, TimeSpan Length)>([(TimeSpan.FromDays(10), TimeSpan.FromHours(5)), (TimeSpan.FromDays(40), TimeSpan.FromHours(30))]);
        var step = 0;
        var end = begin.AddDays(60);
        while (time.GetUtcNow() < end)
        {
            var elapsed = time.GetUtcNow() - begin;
            // Outages: 5 hours (within the grace period) on day 10, 30 hours (beyond it) on day 40.
            if (outages.Count > 0 && elapsed >= outages.Peek().At)
            {
                time.Advance(outages.Dequeue().Length);
                host = new SchedulerHost(database, time, options, platform);
            }
            else if (++step % 40 == 0)
                host = new SchedulerHost(database, time, options, platform);
            platform.Process = new CancellationTokenSource();
            try
            {
                runs.Add(time.GetUtcNow());
                await host.RunAsync(platform.Process.Token);
                quiet = false;
            }
            catch (OperationCanceledException)
            {
                // The process died mid-run; the next one starts on the same file, without a crash of its own.
                host = new SchedulerHost(database, time, options, platform);
                quiet = true;
                continue;
            }
            time.Advance(TimeSpan.FromMinutes(97));
        }

        Assert.Equal(platform.Posts.Count, platform.Posts.Select(p => p.Key).Distinct().Count());
        Assert.Contains(platform.Attempts, a => platform.Attempts.Count(b => b == a) > 1);
        foreach (var (chat, _, zoneId) in Chats)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var subscription = host.Store.Find("discord", chat)!;
            var history = host.Store.History(subscription.Id);
            var firstDay = DigestSchedule.LocalDate(begin, zone).AddDays(1);
            var lastDay = DigestSchedule.LocalDate(end, zone).AddDays(-2);
            for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
            {
                var slots = history.Where(h => DigestSchedule.LocalDate(h.Key, zone) == day).ToList();
                Assert.True(slots.Count == 1, $"{chat} {day}: {slots.Count} slots; history {string.Join(", ", history.OrderBy(h => h.Key).Select(h => $"{h.Key:u}={h.Value}"))}");
                var (slot, state) = slots[0];
                var posts = platform.Posts.Count(p => p.ChatId == chat && p.Digest.Date == day);
                var ranInGrace = runs.Exists(r => r >= slot && r <= slot + Grace);
                Assert.True(state == "sent" ? posts == 1 && ranInGrace : state == "skipped" && posts == 0 && !ranInGrace,
                    $"{chat} {day}: {state}, {posts} post(s), ran within grace: {ranInGrace}");
            }
            Assert.Contains(history.Values, s => s == "skipped");
        }
    }
}
