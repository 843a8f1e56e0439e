using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Digests;
using Bot.Engine.Digests;
using Bot.Messaging;
using Bot.Storage;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

/// <summary>/digest, /subscribe and /unsubscribe end to end, with a database of its own per test.</summary>
public sealed class TelegramDigestTests : IAsyncLifetime
{
    private const long User = 601;
    private const long GroupChat = -100600;
    private RunningBot _running = null!;

    private FakeBotApi Api => _running.Api;
    private IServiceProvider Services => _running.Bot.Services;

    public async Task InitializeAsync() => _running = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _running.DisposeAsync();

    private DigestStore Store => Services.GetRequiredService<DigestStore>();

    [Fact]
    public async Task Digest_RepliesWithTodaysDigestAndQuotes_WhenAskedInPrivateChat()
    {
        var reply = await AskAsync(Updates.Private(User, "/digest"));

        var digest = Services.GetRequiredService<DigestService>().ForToday("telegram", User.ToString(CultureInfo.InvariantCulture));
        Assert.True(reply.IsHtml);
        Assert.StartsWith($"<b>{TelegramHtml.Escape(digest.Title)}</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"¶{digest.Items[0].Evidence.Paragraph}", reply.PlainText, StringComparison.Ordinal);
        Assert.Empty(Api.CallsTo("getChatMember"));
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("creator")]
    public async Task Subscribe_SubscribesGroup_WhenSenderIsAdmin(string status)
    {
        Api.MemberStatuses[(GroupChat, User)] = status;

        var reply = await AskAsync(Updates.Group(GroupChat, User, "/subscribe 07:30 Asia/Almaty"));

        Assert.StartsWith("Subscribed", reply.PlainText, StringComparison.Ordinal);
        var subscription = Store.Find("telegram", GroupChat.ToString(CultureInfo.InvariantCulture));
        Assert.NotNull(subscription);
        Assert.Equal("Asia/Almaty", subscription.TimeZone);
    }

    [Fact]
    public async Task Subscribe_RefusesPolitely_WhenSenderIsNotAdmin()
    {
        var reply = await AskAsync(Updates.Group(GroupChat, User, "/subscribe"));

        Assert.Equal("Sorry, only group admins can subscribe this chat.", reply.PlainText);
        Assert.Null(Store.Find("telegram", GroupChat.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Subscribe_SubscribesWithDefaults_WhenPrivateChat()
    {
        var reply = await AskAsync(Updates.Private(User, "/subscribe"));

        Assert.StartsWith("Subscribed", reply.PlainText, StringComparison.Ordinal);
        Assert.NotNull(Store.Find("telegram", User.ToString(CultureInfo.InvariantCulture)));
        Assert.Empty(Api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task Subscribe_ExplainsUsage_WhenTimeZoneIsUnknown()
    {
        var reply = await AskAsync(Updates.Private(User, "/subscribe 08:00 <Mars/Base>"));

        Assert.Contains("I don't know the time zone \"<Mars/Base>\"", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("&lt;Mars/Base&gt;", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_RemovesSubscription_WhenSenderIsAdmin()
    {
        Api.MemberStatuses[(GroupChat, User)] = "administrator";
        await AskAsync(Updates.Group(GroupChat, User, "/subscribe"));

        var reply = await AskAsync(Updates.Group(GroupChat, User, "/unsubscribe"));
        var again = await AskAsync(Updates.Group(GroupChat, User, "/unsubscribe"));

        Assert.StartsWith("Unsubscribed", reply.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("This chat has no digest subscription", again.PlainText, StringComparison.Ordinal);
        Assert.Null(Store.Find("telegram", GroupChat.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Unsubscribe_KeepsSubscription_WhenSenderIsNotAdmin()
    {
        Store.Subscribe(new SubscriptionTarget("telegram", GroupChat.ToString(CultureInfo.InvariantCulture), "0 8 * * *", "UTC"), false, DateTimeOffset.UtcNow);

        var reply = await AskAsync(Updates.Group(GroupChat, User + 1, "/unsubscribe"));

        Assert.Equal("Sorry, only group admins can unsubscribe this chat.", reply.PlainText);
        Assert.NotNull(Store.Find("telegram", GroupChat.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task SendDigest_PostsTheSameRenderingAsDigestCommand()
    {
        var shown = await AskAsync(Updates.Private(User, "/digest"));
        var sender = Services.GetServices<IDigestSender>().Single(s => s.Platform == "telegram");
        var digest = Services.GetRequiredService<DigestService>().ForToday("telegram", User.ToString(CultureInfo.InvariantCulture));

        var result = await sender.SendDigestAsync(User.ToString(CultureInfo.InvariantCulture), digest, "key", CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var posted = Api.Sent.Last(s => s.ChatId == User);
        Assert.Null(posted.ReplyTo);
        Assert.Equal(shown.Text, posted.Text);
    }

    [Fact]
    public void RenderDigest_SaysThereIsNothing_WhenDigestHasNoItems()
    {
        var renderer = Services.GetRequiredService<AnswerRenderer>();

        var message = Assert.Single(renderer.RenderDigest(new Digest(new DateOnly(2026, 11, 27), "Daily <digest>", [])));

        Assert.Equal($"<b>Daily &lt;digest&gt;</b>\n\n{Digest.NothingToday}", message.Html);
    }

    [Fact]
    public async Task Commands_AnswerPolitely_WhenStoreFails()
    {
        var state = BotUnderTest.NewStateDirectory();
        Directory.CreateDirectory(state);
        var corrupt = Path.Combine(state, "corrupt.db");
        File.WriteAllBytes(corrupt, [.. Enumerable.Repeat((byte)0x5A, 4096)]);
        await using var failing = await RunningBot.StartAsync(state, s => s["Digests:ConnectionString"] = $"Data Source={corrupt};Default Timeout=1");

        var digest = await failing.AskAsync(Updates.Private(User, "/digest"));
        var subscribe = await failing.AskAsync(Updates.Private(User, "/subscribe"));
        var unsubscribe = await failing.AskAsync(Updates.Private(User, "/unsubscribe"));

        Assert.Contains("<blockquote>", digest.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sorry, I can't save subscriptions right now", subscribe.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Sorry, I can't change subscriptions right now", unsubscribe.PlainText, StringComparison.Ordinal);
    }

    private Task<ApiCall> AskAsync(JsonObject update) => _running.AskAsync(update);
}
