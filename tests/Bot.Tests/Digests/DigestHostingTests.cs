using Bot.Digests;
using Bot.Tests.Digests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

public sealed class DigestHostingTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("DefaultTimeZone", "Mars/Base", "Digests:DefaultTimeZone \"Mars/Base\"")]
    [InlineData("DefaultTime", "8am", "Digests:DefaultTime \"8am\"")]
    [InlineData("GracePeriod", "9.00:00:00", "Digests:GracePeriod")]
    [InlineData("Targets:0:Cron", "every day", "Digests:Targets:0:Cron \"every day\"")]
    [InlineData("Targets:0:TimeZone", "Nowhere", "Digests:Targets:0:TimeZone \"Nowhere\"")]
    [InlineData("DefaultTimeZone", "localtime", "Digests:DefaultTimeZone \"localtime\" is not a canonical IANA time zone")]
    [InlineData("Targets:0:TimeZone", "posix/Europe/Berlin", "Digests:Targets:0:TimeZone \"posix/Europe/Berlin\" is not a canonical IANA time zone")]
    public void AddDigests_StopsStartUpNamingKey_WhenSettingIsBad(string key, string value, string expected)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("Digests:Targets:0:Platform", "telegram"), new("Digests:Targets:0:ChatId", "1"), new("Digests:" + key, value)]);
        builder.AddDigests();
        using var services = builder.Services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DigestOptions>>().Value);
        Assert.Contains(expected, string.Join("; ", error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telegram", "-1001234567890", true)]
    [InlineData("Telegram", "42", true)]
    [InlineData("telegram", "@channel", false)]
    [InlineData("telegram", "0", false)]
    [InlineData("telegram", "1.5", false)]
    [InlineData("discord", "123456789012345678", true)]
    [InlineData("discord", "#general", false)]
    [InlineData("discord", "18446744073709551616", false)]
    [InlineData("console", "anything", true)]
    public void AddDigests_ChecksTargetChatIdAgainstItsPlatform(string platform, string chatId, bool accepted)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("Digests:Targets:0:Platform", platform), new("Digests:Targets:0:ChatId", chatId)]);
        builder.AddDigests();
        using var services = builder.Services.BuildServiceProvider();
        var options = () => services.GetRequiredService<IOptions<DigestOptions>>().Value;
        if (accepted)
            Assert.Equal(chatId, Assert.Single(options().Targets).ChatId);
        else
            Assert.Contains($"Digests:Targets:0:ChatId \"{chatId}\"", string.Join("; ", Assert.Throws<OptionsValidationException>(options).Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_KeepsRunningAndRetrying_WhenDatabaseIsCorrupt()
    {
        File.WriteAllBytes(_database.File, [.. Enumerable.Repeat((byte)0x5A, 4096)]);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 22, 7, 0, 0, TimeSpan.Zero));
        var host = new SchedulerHost(_database, time, new DigestOptions(), new FakePlatform());
        await host.Scheduler.StartAsync(CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(10);
        }
        Assert.False(host.Scheduler.ExecuteTask!.IsCompleted);
        await host.Scheduler.StopAsync(CancellationToken.None);
        Assert.True(host.Scheduler.ExecuteTask.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Preview_MatchesPostedDigest_ForTheSameDate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 21, 12, 0, 0, TimeSpan.Zero));
        var options = new DigestOptions { DefaultTime = "09:15", DefaultTimeZone = "Europe/Berlin" };
        var platform = new FakePlatform();
        var host = new SchedulerHost(_database, time, options, platform);
        host.Subscriptions.Subscribe("discord", "1", "", mayManageChat: true);
        time.Advance(TimeSpan.FromDays(1));
        await host.RunAsync();
        var posted = Assert.Single(platform.Posts).Digest;
        var preview = host.Digests.Preview(new DateOnly(2026, 6, 22));
        Assert.Equal(posted.Title, preview.Title);
        Assert.Equal(posted.Items, preview.Items);
        Assert.StartsWith("On this day", preview.Items[0].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void ForToday_UsesChatTimeZone_WhenChatIsSubscribed()
    {
        // 23:30 UTC on 21 June is already 22 June in Almaty.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 21, 23, 30, 0, TimeSpan.Zero));
        var host = new SchedulerHost(_database, time, new DigestOptions());
        host.Subscriptions.Subscribe("telegram", "5", "Asia/Almaty", mayManageChat: true);
        Assert.Equal(new DateOnly(2026, 6, 22), host.Digests.ForToday("telegram", "5").Date);
        Assert.Equal(new DateOnly(2026, 6, 21), host.Digests.ForToday("telegram", "6").Date);
    }
}
