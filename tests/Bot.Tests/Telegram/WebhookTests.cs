using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Telegram;

/// <summary>Webhook mode end to end over real HTTP: the secret, durable storage before the 200, per-chat order, restarts.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const long User = 7301;
    private const string Question = "who is Putin?";
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Start_SetsWebhookWithSecretAndDoesNotPoll_WhenWebhookUrlIsSet()
    {
        await using var bot = await WebhookBot.StartAsync(_api);

        var call = Assert.Single(_api.CallsTo("setWebhook"));
        Assert.Equal(WebhookBot.Url, call.Body["url"]!.GetValue<string>());
        Assert.True(call.Body["secret_token"]!.GetValue<string>().Length >= 32);
        Assert.Equal(40, call.Body["max_connections"]!.GetValue<int>());
        Assert.Equal(["message", "callback_query", "inline_query", "my_chat_member"],
            call.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Empty(_api.CallsTo("getUpdates"));
        Assert.Empty(_api.CallsTo("deleteWebhook"));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains(_api.Webhook!.Value.Secret!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Webhook_Answers200AndRepliesOnce_WhenTheSecretIsRight()
    {
        await using var bot = await WebhookBot.StartAsync(_api);
        var update = Updates.Private(User, Question);
        var messageId = update["message"]!["message_id"]!.GetValue<int>();

        var (_, status) = await bot.PostAsync(update);

        Assert.Equal(200, status);
        await _api.WaitUntilAsync(a => a.Sent.Any(s => s.ReplyTo == messageId));
        await Task.Delay(300);
        Assert.Single(_api.Sent, s => s.ReplyTo == messageId);
    }

    [Fact]
    public async Task Webhook_Answers200WithoutReplyingAgain_WhenTelegramDeliversTheSameUpdateTwice()
    {
        await using var bot = await WebhookBot.StartAsync(_api);
        var update = Updates.Private(User + 2, Question);
        var messageId = update["message"]!["message_id"]!.GetValue<int>();
        await bot.PostAsync(update);
        await _api.WaitUntilAsync(a => a.Sent.Any(s => s.ReplyTo == messageId));

        var (_, status) = await bot.PostAsync(update);
        await Task.Delay(300);

        Assert.Equal(200, status);
        Assert.Single(_api.Sent, s => s.ReplyTo == messageId);
    }

    [Theory]
    [InlineData("not-the-secret")]
    [InlineData(null)]
    public async Task Webhook_Refuses401AndAnswersNothing_WhenTheSecretIsWrongOrMissing(string? secret)
    {
        await using var bot = await WebhookBot.StartAsync(_api);
        var refused = Updates.Private(User, Question);
        var accepted = Updates.Private(User + 1, Question);

        var (_, status) = await bot.PostAsync(refused, secret);
        await bot.PostAsync(accepted);

        Assert.Equal(401, status);
        var acceptedId = accepted["message"]!["message_id"]!.GetValue<int>();
        await _api.WaitUntilAsync(a => a.Sent.Any(s => s.ReplyTo == acceptedId));
        Assert.DoesNotContain(_api.Calls, c => c.ChatId == User);
    }

    [Fact]
    public async Task Webhook_KeepsEachChatsOrder_WhenChatsPostConcurrently()
    {
        await using var bot = await WebhookBot.StartAsync(_api);
        long[] chats = [User + 10, User + 11, User + 12, User + 13];
        var asked = chats.ToDictionary(chat => chat, chat => Enumerable.Range(0, 5).Select(_ => Updates.Private(chat, Question)).ToList());

        // Each chat posts its next update once the previous one was acknowledged, as Telegram does; chats post at once.
        await Task.WhenAll(chats.Select(async chat =>
        {
            foreach (var update in asked[chat])
                Assert.Equal(200, (await bot.PostAsync(update)).Status);
        }));

        await _api.WaitUntilAsync(a => a.Sent.Count(s => s.ReplyTo is not null) == 20, TimeSpan.FromSeconds(20));
        foreach (var chat in chats)
        {
            var expected = asked[chat].Select(u => u["message"]!["message_id"]!.GetValue<int>());
            Assert.Equal(expected, _api.Sent.Where(s => s.ChatId == chat && s.ReplyTo is not null).Select(s => s.ReplyTo!.Value));
        }
    }

    [Fact]
    public async Task Webhook_AnswersOnceAfterRestart_WhenTheHostStopsAfterThe200BeforeHandling()
    {
        var state = BotUnderTest.NewStateDirectory();
        var first = await WebhookBot.StartAsync(_api, state);
        // The reply hangs, so the host stops with the update acknowledged but not handled.
        _api.Fail("sendMessage", 500, "Internal Server Error", delay: TimeSpan.FromSeconds(60));
        var update = Updates.Private(User + 20, Question);
        var messageId = update["message"]!["message_id"]!.GetValue<int>();

        Assert.Equal(200, (await first.PostAsync(update)).Status);
        await _api.WaitUntilAsync(a => a.CallsTo("sendChatAction").Any(c => c.ChatId == User + 20));
        await first.DisposeAsync();
        Assert.Empty(_api.Sent);

        await using var second = await WebhookBot.StartAsync(_api, state);
        await _api.WaitUntilAsync(a => a.Sent.Any(s => s.ReplyTo == messageId));
        await Task.Delay(300);
        Assert.Single(_api.Sent, s => s.ReplyTo == messageId);
    }

    [Fact]
    public async Task Start_DeletesTheWebhookBeforePolling_WhenWebhookUrlIsNotSet()
    {
        await (await WebhookBot.StartAsync(_api)).DisposeAsync();

        await using var bot = await BotUnderTest.StartAsync(_api);
        await _api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0);

        Assert.Null(_api.Webhook);
        var methods = _api.Calls.Select(c => c.Method).ToList();
        Assert.True(methods.LastIndexOf("deleteWebhook") < methods.IndexOf("getUpdates"));
        Assert.True(methods.LastIndexOf("deleteWebhook") > methods.LastIndexOf("setWebhook"));
    }

    [Theory]
    [InlineData("http://bot.example.org/telegram", "http://127.0.0.1:0", "Telegram:WebhookUrl must be an https URL")]
    [InlineData("not a url", "http://127.0.0.1:0", "Telegram:WebhookUrl must be an https URL")]
    [InlineData(WebhookBot.Url, "", "Telegram:WebhookUrl needs Http:Urls")]
    public async Task Start_StopsNamingTheKey_WhenWebhookSettingsAreWrong(string url, string listen, string expected)
    {
        var settings = WebhookBot.Settings(_api, BotUnderTest.NewStateDirectory());
        settings["Telegram:WebhookUrl"] = url;
        settings["Http:Urls"] = listen;
        using var host = WebhookBot.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
