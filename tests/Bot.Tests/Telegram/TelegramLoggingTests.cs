using System.Reflection;
using Bot.Telegram;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>What the adapter logs: expected conditions as one line, explicit event ids, and never the token.</summary>
public sealed class TelegramLoggingTests : IAsyncLifetime
{
    private const long User = 1101;
    private static readonly string Secret = FakeBotApi.Token.Split(':')[1];
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void Log_HasExplicitUniqueEventIds()
    {
        var ids = typeof(TelegramBotService).Assembly.GetType("Bot.Telegram.Log")!
            .GetMethods(BindingFlags.Static | BindingFlags.Public)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .Select(a => a.EventId)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.DoesNotContain(0, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("sendMessage", 403, "Forbidden: bot was blocked by the user")]
    [InlineData("sendMessage", 429, "Too Many Requests: retry after 1")]
    [InlineData("sendMessage", 502, "Bad Gateway")]
    [InlineData("getUpdates", 502, "Bad Gateway")]
    [InlineData("getUpdates", 0, "connection dropped")]
    public async Task ExpectedCondition_IsLoggedAsOneLineWithoutStackTrace(string method, int status, string description)
    {
        _api.Fail(method, status, description, parameters: status == 429 ? new System.Text.Json.Nodes.JsonObject { ["retry_after"] = 1 } : null);
        await using var bot = await BotUnderTest.StartAsync(_api);

        var last = _api.Enqueue(Updates.Private(User, "who is Putin?"))[0];

        await _api.WaitUntilAsync(a => a.ConfirmedOffset > last && a.CallsTo(method).Any(c => c.Status == status));
        await Task.Delay(100);
        var entries = bot.Logs.Entries.ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Null(e.Exception));
        Assert.All(entries, e => Assert.DoesNotContain('\n', e.Message));
    }

    [Theory]
    [InlineData("sendMessage", 500)]
    [InlineData("sendMessage", 400)]
    [InlineData("sendMessage", 403)]
    [InlineData("getUpdates", 502)]
    [InlineData("answerCallbackQuery", 400)]
    public async Task Token_IsNeverLogged_WhenTheServerEchoesTheRequestPath(string method, int status)
    {
        _api.Fail(method, status, $"Error at /bot{FakeBotApi.Token}/{method} (bot{Secret})", times: 10);
        await using var bot = await BotUnderTest.StartAsync(_api);

        var last = _api.Enqueue(Updates.Private(User, "who is Putin?"), Updates.Callback(User, User, "q:zz:0", 5))[^1];

        await _api.WaitUntilAsync(a => a.ConfirmedOffset > last && a.CallsTo(method).Any(c => c.Status == status), TimeSpan.FromSeconds(20));
        await Task.Delay(100);
        Assert.NotEmpty(bot.Logs.Entries);
        Assert.All(bot.Logs.Entries, e => Assert.DoesNotContain(Secret, e.Message + e.Exception));
    }

    [Theory]
    [InlineData("{\"id\":0,\"is_bot\":true,\"first_name\":\"Article Bot\",\"username\":\"article_bot\"}")]
    [InlineData("{\"id\":4242,\"is_bot\":true,\"first_name\":\"Article Bot\"}")]
    public async Task Connect_IsTriedAgain_WhenGetMeAnswersWithoutTheBotsIdOrUsername(string user)
    {
        _api.Answer("getMe", $"{{\"ok\":true,\"result\":{user}}}", times: 2);
        await using var bot = await BotUnderTest.StartAsync(_api);

        await _api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0);

        Assert.Equal(3, _api.CallsTo("getMe").Count);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("without the bot's id or username", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirect_IsNotFollowed_WhenTheServerAnswersWithOne()
    {
        _api.Redirect("getMe", times: 2);
        await using var bot = await BotUnderTest.StartAsync(_api);

        await _api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0);

        Assert.Equal(3, _api.CallsTo("getMe").Count);
        Assert.Empty(_api.CallsTo("moved"));
    }
}
