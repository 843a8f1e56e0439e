using System.Text;
using System.Text.Json.Nodes;
using Bot.Commands;

namespace Bot.Tests.Telegram;

/// <summary>End to end through the real Telegram.Bot client: commands, questions, group rules, follow-ups and inline mode.</summary>
public sealed class TelegramConversationTests : IAsyncLifetime
{
    private const long User = 501;
    private const long GroupChat = -100500;
    private RunningBot _running = null!;

    private FakeBotApi Api => _running.Api;

    public async Task InitializeAsync() => _running = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Fact]
    public async Task StartUp_RegistersCatalogueCommands_ForPrivateAndGroupScopes()
    {
        await Api.WaitUntilAsync(a => a.CallsTo("setMyCommands").Count == 2);

        var scopes = Api.CallsTo("setMyCommands").Select(c => c.Body["scope"]!["type"]!.GetValue<string>()).Order();
        Assert.Equal(["all_group_chats", "all_private_chats"], scopes);
        foreach (var call in Api.CallsTo("setMyCommands"))
            Assert.Equal(CommandCatalogue.All.Select(c => c.Name), call.Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/help")]
    [InlineData("/ask why did Kazakhstan refuse?")]
    [InlineData("/who Nazarbaev")]
    [InlineData("/actors")]
    [InlineData("/positions")]
    [InlineData("/positions Kazakhstan")]
    [InlineData("/events")]
    [InlineData("/events 2024")]
    [InlineData("/timeline")]
    [InlineData("/about")]
    public async Task Command_RepliesOnceWithHtml_WhenSentInPrivateChat(string text)
    {
        var reply = await AskAsync(Updates.Private(User, text));

        Assert.True(reply.IsHtml);
        Assert.Equal(User, reply.ChatId);
        Assert.False(string.IsNullOrWhiteSpace(reply.PlainText));
    }

    [Fact]
    public async Task Start_GreetsAndListsCommands_WhenNoPayload()
    {
        var start = await AskAsync(Updates.Private(User, "/start"));
        var help = await AskAsync(Updates.Private(User, "/help"));

        Assert.Contains("Hello", start.PlainText);
        Assert.Contains("/timeline", help.PlainText);
    }

    [Fact]
    public async Task Start_AnswersPayloadAsQuestion_WhenDeepLinked()
    {
        var deepLink = await AskAsync(Updates.Private(User, "/start who_is_Nazarbaev"));
        var asked = await AskAsync(Updates.Private(User + 1, "who is Nazarbaev"));

        Assert.DoesNotContain("Hello", deepLink.PlainText);
        Assert.Equal(asked.PlainText, deepLink.PlainText);
    }

    [Fact]
    public async Task Ask_RepliesWithUsage_WhenArgumentMissing()
    {
        var reply = await AskAsync(Updates.Private(User, "/ask"));

        Assert.StartsWith("Usage: /ask <question>", reply.PlainText);
    }

    [Fact]
    public async Task PlainQuestion_RepliesWithQuoteAndKeyboard_WhenAskedInPrivate()
    {
        var reply = await AskAsync(Updates.Private(User, "why did Kazakhstan refuse?"));

        Assert.Contains("<blockquote>", reply.Text);
        Assert.Contains("¶", reply.PlainText);
        var buttons = Buttons(reply);
        Assert.Contains(buttons, b => b.Text == "Sources");
        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Data), 1, 64));
    }

    [Fact]
    public async Task Group_AnswersCommandsMentionsAndReplies_AndIgnoresTheRest()
    {
        var botMessage = Updates.NewMessageId();
        var addressed = new[]
        {
            Updates.Group(GroupChat, User, "/who@ArticleBot Nazarbaev"),
            Updates.Group(GroupChat, User, "/actors"),
            Updates.Group(GroupChat, User, "@ArticleBot who is Nazarbaev?"),
            Updates.Group(GroupChat, User, "and Putin?", replyToBotMessage: botMessage),
        };
        var ignored = new[]
        {
            Updates.Group(GroupChat, User, "/who@OtherBot Nazarbaev"),
            Updates.Group(GroupChat, User, "who is Nazarbaev?"),
            Updates.Group(GroupChat, User, "/unknown"),
        };
        Api.Enqueue([.. ignored, .. addressed]);
        var lastId = Api.Enqueue(Updates.Private(User, "/help"))[0];

        await Api.WaitUntilAsync(a => a.ConfirmedOffset > lastId);
        var repliedTo = Api.Sent.Where(s => s.ChatId == GroupChat).Select(s => s.ReplyTo).ToList();
        Assert.Equal(addressed.Select(u => u["message"]!["message_id"]!.GetValue<int>()), repliedTo.Select(r => r!.Value));
    }

    [Fact]
    public async Task Group_KeepsSeparateContextPerUser_WhenFollowUpsUsePronouns()
    {
        var first = await AskAsync(Updates.Group(GroupChat, User, "@ArticleBot who is Nazarbaev?"));
        var sameUser = await AskAsync(Updates.Group(GroupChat, User, "@ArticleBot what did he say?"));
        var otherUser = await AskAsync(Updates.Group(GroupChat, User + 7, "@ArticleBot what did he say?"));

        Assert.NotEqual(sameUser.PlainText, otherUser.PlainText);
        Assert.Contains("Nazarbaev", first.PlainText);
    }

    [Fact]
    public async Task Callback_AnswersQueryAndFollowsUp_WhenSuggestionOrSourcesPressed()
    {
        var reply = await AskAsync(Updates.Private(User, "why did Kazakhstan refuse?"));
        var buttons = Buttons(reply);
        var suggestion = buttons.First(b => b.Text != "Sources");
        var sources = buttons.First(b => b.Text == "Sources");
        var answerId = Updates.NewMessageId();

        var followUp = await AskAsync(Updates.Callback(User, User, suggestion.Data, answerId), answerId, count: 1);
        var listed = await AskAsync(Updates.Callback(User, User, sources.Data, answerId), answerId, count: 2);

        Assert.Equal(2, Api.CallsTo("answerCallbackQuery").Count);
        Assert.NotEqual(followUp.Text, listed.Text);
        Assert.StartsWith("Sources", listed.PlainText);
        Assert.Contains("<blockquote>", listed.Text);
    }

    [Fact]
    public async Task Callback_IsAnsweredWithNotice_WhenKeyUnknownOrExpired()
    {
        Api.Enqueue(Updates.Callback(User, User, "q:zzzz:0", 77));

        await Api.WaitUntilAsync(a => a.CallsTo("answerCallbackQuery").Count == 1);
        Assert.Contains("expired", Api.CallsTo("answerCallbackQuery")[0].Body["text"]!.GetValue<string>());
        Assert.Empty(Api.Sent);
    }

    [Fact]
    public async Task InlineQuery_OffersAnswerAsArticle_WhenQueryHasText()
    {
        Api.Enqueue(Updates.Inline(User, "who is Nazarbaev?"), Updates.Inline(User, "   "));

        await Api.WaitUntilAsync(a => a.CallsTo("answerInlineQuery").Count == 2);
        var results = Api.CallsTo("answerInlineQuery").Select(c => c.Body["results"]!.AsArray()).ToList();
        var article = results.Single(r => r.Count > 0)[0]!;
        Assert.Equal("article", article["type"]!.GetValue<string>());
        var content = article["input_message_content"]!;
        Assert.Null(HtmlChecker.Parse(content["message_text"]!.GetValue<string>()).Error);
        Assert.Contains(results, r => r.Count == 0);
    }

    [Theory]
    [InlineData("<b>who</b> is Nazarbaev?")]
    [InlineData("Nazarbaev & Putin </blockquote><i>")]
    [InlineData("who is \u200bNazarbaev\u200d?")]
    [InlineData("\u202ewho is Nazarbaev?\u202c")]
    [InlineData("who is 🇰🇿 Nazarbaev 🤝🏽?")]
    [InlineData("<script>&amp;&lt;&#x41;</script>")]
    public async Task HostileText_IsAnsweredWithValidHtml_WhenUserTextHasMarkup(string text)
    {
        var reply = await AskAsync(Updates.Private(User, text));

        Assert.True(reply.IsHtml);
        Assert.Null(HtmlChecker.Parse(reply.Text).Error);
        Assert.DoesNotContain(Api.Calls, c => c.Status == 400);
    }

    [Fact]
    public async Task HugeMessage_IsAnsweredWithinLimits_WhenUserSends100KB()
    {
        var text = string.Concat(Enumerable.Repeat("why <b>&</b> Nazarbaev? ", 5000));

        var reply = await AskAsync(Updates.Private(User, text));

        Assert.InRange(reply.Text.Length, 1, 4096);
        Assert.DoesNotContain(Api.Calls, c => c.Status == 400);
    }

    [Fact]
    public async Task WhitespaceOnly_GetsNoReply_WhenSentInPrivate()
    {
        var id = Api.Enqueue(Updates.Private(User, " \u00a0\n\t "))[0];

        await Api.WaitUntilAsync(a => a.ConfirmedOffset > id);
        Assert.Empty(Api.Sent);
    }

    private Task<ApiCall> AskAsync(JsonObject update, int? replyTo = null, int count = 1) => _running.AskAsync(update, replyTo, count);

    private static List<(string Text, string Data)> Buttons(ApiCall call) =>
        [.. call.Body["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))];
}
