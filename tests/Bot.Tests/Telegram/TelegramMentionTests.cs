namespace Bot.Tests.Telegram;

/// <summary>
/// A message that only calls the bot by name ("@ArticleBot" and nothing else) gets the help, as a bare mention does on
/// Discord, instead of silence that looks like a bot that is down.
/// </summary>
public sealed class TelegramMentionTests : IAsyncLifetime
{
    private const long User = 561;
    private const long GroupChat = -100560;
    private RunningBot _running = null!;

    public async Task InitializeAsync() => _running = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Theory]
    [InlineData(true, "@ArticleBot")]
    [InlineData(true, "  @ArticleBot  ")]
    [InlineData(false, "@ArticleBot")]
    public async Task BareMention_GetsTheHelp_WhenNothingElseIsWritten(bool inGroup, string text)
    {
        var help = await _running.AskAsync(inGroup ? Updates.Group(GroupChat, User, "/help") : Updates.Private(User, "/help"));

        var reply = await _running.AskAsync(inGroup ? Updates.Group(GroupChat, User + 1, text) : Updates.Private(User + 1, text));

        Assert.Equal(help.PlainText, reply.PlainText);
    }

    [Fact]
    public async Task MentionOfAnotherBot_IsNotAnswered_WhenItIsAllTheGroupMessageSays()
    {
        var other = Updates.Group(GroupChat, User, "@OtherBot");
        var otherId = other["message"]!["message_id"]!.GetValue<int>();
        _running.Api.Enqueue(other);
        // Updates of one chat are handled in order, so once the question after it is answered the mention was handled too.
        await _running.AskAsync(Updates.Group(GroupChat, User, "@ArticleBot who is Nazarbaev?"));

        Assert.DoesNotContain(_running.Api.Sent, s => s.ReplyTo == otherId);
    }
}
