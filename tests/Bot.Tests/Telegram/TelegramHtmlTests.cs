using Bot.Telegram;
using Bot.Telegram.Chats;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("paragraph ", 3000)]
    [InlineData("<b>&amp;</b> ", 2000)]
    [InlineData("🇰🇿", 5000)]
    [InlineData("x", 100_000)]
    public void Pack_SplitsUnderLimitWithBalancedTags_WhenTextIsLong(string unit, int repeat)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeat));

        var messages = TelegramHtml.Pack([new HtmlBlock("Title", "b"), new HtmlBlock(text), new HtmlBlock(text, "blockquote")]);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m =>
        {
            Assert.InRange(m.Html.Length, 1, TelegramHtml.MessageLimit);
            var (plain, error) = HtmlChecker.Parse(m.Html);
            Assert.Null(error);
            Assert.Equal(m.Plain, plain);
            Assert.False(char.IsHighSurrogate(plain[^1]));
        });
        Assert.Equal(("Title" + text + text).Replace(" ", ""), string.Concat(messages.Select(m => m.Plain)).Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public void Pack_CutsAtParagraphBoundaries_WhenBlocksFitSeparately()
    {
        var paragraph = new string('a', 3000);

        var messages = TelegramHtml.Pack([new HtmlBlock(paragraph), new HtmlBlock(paragraph, "blockquote")]);

        Assert.Equal([paragraph, $"<blockquote>{paragraph}</blockquote>"], messages.Select(m => m.Html));
    }

    [Fact]
    public void Escape_EscapesOnlyReservedCharacters_WhenTextIsHostile()
    {
        Assert.Equal("&lt;/blockquote&gt; &amp;amp; \"é\u200b\u202e", TelegramHtml.Escape("</blockquote> &amp; \"é\u200b\u202e"));
    }

    [Theory]
    [InlineData("Telegram:PerChatMessages", "0")]
    [InlineData("Telegram:GlobalPeriod", "00:00:00")]
    [InlineData("Telegram:Token", "not a token")]
    [InlineData("Telegram:ApiBaseUrl", "nowhere")]
    [InlineData("Telegram:PollBatchSize", "500")]
    public async Task StartUp_FailsNamingTheKey_WhenSettingIsBad(string key, string value)
    {
        await using var api = await FakeBotApi.StartAsync();
        var settings = BotUnderTest.Settings(api, BotUnderTest.NewStateDirectory());
        settings[key] = value;
        using var host = BotUnderTest.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void FollowUps_ExpireAfterConfiguredTime_WhenKeyIsOld()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var store = new FollowUpStore(new TelegramOptions { FollowUpExpiry = TimeSpan.FromMinutes(5) }, time);
        var key = store.Add(new FollowUp(["who is Putin?"], []));

        time.Advance(TimeSpan.FromMinutes(4));
        Assert.NotNull(store.Find(key));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(store.Find(key));
    }
}
