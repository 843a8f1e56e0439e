namespace Bot.Tests.Telegram;

/// <summary>Photos, videos, stickers, voice messages, files and locations: a caption is read as text, and media without words get a short note.</summary>
public sealed class TelegramMediaTests : IAsyncLifetime
{
    private const long User = 551;
    private const long GroupChat = -100550;
    private const string TextOnly = "I can only read text";
    private RunningBot _running = null!;

    private FakeBotApi Api => _running.Api;

    public async Task InitializeAsync() => _running = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Theory]
    [InlineData("photo", "who is Nazarbaev?")]
    [InlineData("video", "who is Nazarbaev?")]
    [InlineData("photo", "/who Nazarbaev")]
    public async Task Caption_IsAnsweredLikeText_WhenPhotoOrVideoHasOne(string kind, string caption)
    {
        var asText = await _running.AskAsync(Updates.Private(User, caption));
        var asCaption = await _running.AskAsync(Updates.Media(Updates.Private(User + 1, caption), kind));

        Assert.Equal(asText.PlainText, asCaption.PlainText);
        Assert.DoesNotContain(TextOnly, asCaption.PlainText);
    }

    [Fact]
    public async Task Caption_IsAnsweredInGroup_WhenItMentionsTheBot()
    {
        var asText = await _running.AskAsync(Updates.Group(GroupChat, User, "@ArticleBot who is Nazarbaev?"));
        var asCaption = await _running.AskAsync(Updates.Media(Updates.Group(GroupChat, User + 1, "@ArticleBot who is Nazarbaev?"), "photo"));

        Assert.Equal(asText.PlainText, asCaption.PlainText);
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("sticker")]
    [InlineData("voice")]
    [InlineData("document")]
    [InlineData("location")]
    public async Task Media_GetsOneTextOnlyNote_WhenSentWithoutWordsInPrivateChat(string kind)
    {
        var update = Updates.Media(Updates.Private(User, null), kind);
        var id = Api.Enqueue(update)[0];
        var messageId = update["message"]!["message_id"]!.GetValue<int>();

        await Api.WaitUntilAsync(a => a.Sent.Any(s => s.ReplyTo == messageId) && a.ConfirmedOffset > id);
        var note = Assert.Single(Api.Sent);
        Assert.Contains(TextOnly, note.PlainText);
        Assert.Contains("/help", note.PlainText);
    }

    [Theory]
    [InlineData("sticker", false, false)]
    [InlineData("photo", false, false)]
    [InlineData("sticker", true, true)]
    [InlineData("location", true, true)]
    public async Task Media_GetsTextOnlyNoteInGroup_OnlyWhenItRepliesToTheBot(string kind, bool repliesToBot, bool noted)
    {
        var media = Updates.Media(Updates.Group(GroupChat, User, null, replyToBotMessage: repliesToBot ? 77 : null), kind);
        var mediaId = media["message"]!["message_id"]!.GetValue<int>();
        Api.Enqueue(media);
        // Updates of one chat are handled in order, so once the question after it is answered the media was handled too.
        await _running.AskAsync(Updates.Group(GroupChat, User, "@ArticleBot who is Nazarbaev?"));

        var notes = Api.Sent.Where(s => s.ReplyTo == mediaId).ToList();
        Assert.Equal(noted ? 1 : 0, notes.Count);
        Assert.All(notes, n => Assert.Contains("@ArticleBot", n.PlainText));
    }

    [Fact]
    public async Task Media_GetsTextOnlyNoteInGroup_WhenItsCaptionOnlyMentionsTheBot()
    {
        var note = await _running.AskAsync(Updates.Media(Updates.Group(GroupChat, User, "@ArticleBot"), "photo"));

        Assert.Contains(TextOnly, note.PlainText);
    }

    [Fact]
    public async Task Media_IsNotNoted_WhenABotSendsIt()
    {
        var fromBot = Updates.Media(Updates.Private(User, null), "sticker");
        fromBot["message"]!["from"]!["is_bot"] = true;
        var fromBotId = fromBot["message"]!["message_id"]!.GetValue<int>();
        Api.Enqueue(fromBot);

        await _running.AskAsync(Updates.Private(User, "who is Nazarbaev?"));

        Assert.DoesNotContain(Api.Sent, s => s.ReplyTo == fromBotId);
    }
}
