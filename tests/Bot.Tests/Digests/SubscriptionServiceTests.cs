using Bot.Digests;
using Bot.Tests.Digests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

public sealed class SubscriptionServiceTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly SchedulerHost _host;

    public SubscriptionServiceTests() =>
        _host = new SchedulerHost(_database, new FakeTimeProvider(new DateTimeOffset(2026, 6, 22, 12, 0, 0, TimeSpan.Zero)),
            new DigestOptions { DefaultTime = "07:30", DefaultTimeZone = "Asia/Almaty" });

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("telegram", "only group admins")]
    [InlineData("discord", "Manage Channels permission")]
    public void Subscribe_RefusesPolitely_WhenSenderMayNotManageChat(string platform, string expected)
    {
        Assert.Contains(expected, _host.Subscriptions.Subscribe(platform, "1", "08:00", mayManageChat: false).Text, StringComparison.Ordinal);
        Assert.Contains(expected, _host.Subscriptions.Unsubscribe(platform, "1", mayManageChat: false).Text, StringComparison.Ordinal);
        Assert.Null(_host.Store.Find(platform, "1"));
    }

    [Theory]
    [InlineData("", "30 7 * * *", "Asia/Almaty")]
    [InlineData("08:00 Europe/Berlin", "0 8 * * *", "Europe/Berlin")]
    [InlineData("America/New_York 6:05", "5 6 * * *", "America/New_York")]
    [InlineData("  21:45  ", "45 21 * * *", "Asia/Almaty")]
    public void Subscribe_StoresDailySchedule_WhenArgumentsValid(string arguments, string schedule, string zone)
    {
        var reply = _host.Subscriptions.Subscribe("telegram", "42", arguments, mayManageChat: true).Text;
        Assert.StartsWith("Subscribed: a digest every day at", reply, StringComparison.Ordinal);
        var subscription = _host.Store.Find("telegram", "42")!;
        Assert.Equal((schedule, zone), (subscription.Schedule, subscription.TimeZone));
    }

    [Theory]
    [InlineData("25:00", "isn't a time of day")]
    [InlineData("Mars/Base", "don't know the time zone \"Mars/Base\"")]
    [InlineData("posix/Europe/Berlin", "don't know the time zone \"posix/Europe/Berlin\"")]
    [InlineData("08:00 right/Asia/Almaty", "canonical IANA name")]
    [InlineData("localtime", "such as Europe/Berlin, Asia/Almaty or UTC")]
    [InlineData("08:00 09:00", "one time only")]
    [InlineData("UTC Europe/Berlin", "one time zone only")]
    public void Subscribe_ExplainsUsage_WhenArgumentsInvalid(string arguments, string expected)
    {
        var reply = _host.Subscriptions.Subscribe("discord", "7", arguments, mayManageChat: true).Text;
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("/subscribe 08:00 Europe/Berlin", reply, StringComparison.Ordinal);
        Assert.Null(_host.Store.Find("discord", "7"));
    }

    [Fact]
    public void Unsubscribe_StopsDigests_WhenChatWasSubscribed()
    {
        _host.Subscriptions.Subscribe("discord", "7", "", mayManageChat: true);
        Assert.StartsWith("Unsubscribed", _host.Subscriptions.Unsubscribe("discord", "7", mayManageChat: true).Text, StringComparison.Ordinal);
        Assert.Null(_host.Store.Find("discord", "7"));
        Assert.Contains("no digest subscription", _host.Subscriptions.Unsubscribe("discord", "7", mayManageChat: true).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscribe_Apologises_WhenStoreIsReadOnly()
    {
        _host.Store.EnsureReady();
        var service = new SubscriptionService(_database.Open(connectionString: _database.ConnectionString + ";Mode=ReadOnly"),
            TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new DigestOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SubscriptionService>.Instance);
        Assert.StartsWith("Sorry, I can't save subscriptions", service.Subscribe("discord", "7", "", mayManageChat: true).Text, StringComparison.Ordinal);
    }
}
