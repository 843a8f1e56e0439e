using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>Data that comes back from a client (button data, deep-link payloads, inline text) is read strictly and never throws.</summary>
public sealed class TelegramClientDataTests : IAsyncLifetime
{
    private const long User = 801;
    private RunningBot _running = null!;

    private FakeBotApi Api => _running.Api;

    public async Task InitializeAsync() => _running = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Theory]
    [InlineData("q:{key}:-1")]
    [InlineData("q:{key}:99")]
    [InlineData("q:{key}:2147483648")]
    [InlineData("q:{key}:+0")]
    [InlineData("q:{key}: 0")]
    [InlineData("q:{key}:٠")]
    [InlineData("q:{key}")]
    [InlineData("s:{key}:0")]
    [InlineData("q::0")]
    [InlineData("q:{key}:0:0")]
    [InlineData("q:ZZ:0")]
    [InlineData("")]
    [InlineData("x")]
    public async Task Callback_AnswersExpiredWithoutAlert_WhenDataIsForged(string forged)
    {
        var reply = await _running.AskAsync(Updates.Private(User, "why did Kazakhstan refuse?"));
        var key = reply.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>().Split(':')[1];
        var sentBefore = Api.Sent.Count;

        Api.Enqueue(Updates.Callback(User, User, forged.Replace("{key}", key, StringComparison.Ordinal), 77));

        await Api.WaitUntilAsync(a => a.CallsTo("answerCallbackQuery").Count == 1);
        var answer = Api.CallsTo("answerCallbackQuery")[0].Body;
        Assert.Contains("expired", answer["text"]!.GetValue<string>());
        Assert.False(answer["show_alert"]?.GetValue<bool>() ?? false);
        Assert.Equal(sentBefore, Api.Sent.Count);
        Assert.DoesNotContain(_running.Bot.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("/start <b>who</b>")]
    [InlineData("/start who is Nazarbaev")]
    [InlineData("/start who_is_Nazarbaev_who_is_Nazarbaev_who_is_Nazarbaev_who_is_Nazarbaev_who")]
    public async Task Start_GreetsInsteadOfAnswering_WhenPayloadIsNotADeepLink(string text)
    {
        var reply = await _running.AskAsync(Updates.Private(User, text));

        Assert.Contains("Hello", reply.PlainText);
    }

    [Fact]
    public async Task InlineQuery_IsAnswered_WhenQueryIsFarPastTelegramsLimit()
    {
        Api.Enqueue(Updates.Inline(User, string.Concat(Enumerable.Repeat("who is Nazarbaev? 🇰🇿 ", 2000))));

        await Api.WaitUntilAsync(a => a.CallsTo("answerInlineQuery").Count == 1);
        var result = Api.CallsTo("answerInlineQuery")[0].Body["results"]!.AsArray().Single()!;
        Assert.InRange(result["title"]!.GetValue<string>().Length, 1, 64);
        Assert.DoesNotContain(_running.Bot.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
