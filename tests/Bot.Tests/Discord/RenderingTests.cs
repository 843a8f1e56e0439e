using System.Text.Json;
using Bot.Discord;
using Bot.Discord.Rendering;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Tests.Discord;

public sealed class RenderingTests
{
    private static readonly QueryEngine Engine = new(SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds")));
    private static readonly AnswerRenderer Renderer = new(Engine);
    private static string ArticleId => Engine.Knowledge.Articles[0].Article.Id;

    [Theory]
    [InlineData("@everyone look", "\\@everyone")]
    [InlineData("@here look", "\\@here")]
    [InlineData("<@&123> role", "\\<\\@&123\\>")]
    [InlineData("<@42> user", "\\<\\@42\\>")]
    [InlineData("**bold** _it_ `code` ||spoiler||", "\\*\\*bold\\*\\*")]
    [InlineData("# heading\n> quote", "\\# heading")]
    [InlineData("[link](https://x.example)", "\\[link\\]\\(https\\:")]
    public void Escape_MakesMarkupAndMentionsLiteral_WhenTextIsHostile(string text, string expected) =>
        Assert.Contains(expected, DiscordText.Escape(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf", "abcdef")]
    [InlineData("evil\u202Etxt.exe", "eviltxt.exe")]
    [InlineData("bell\u0007", "bell")]
    [InlineData("keeps\nlines", "keeps\nlines")]
    public void Clean_RemovesInvisibleCharacters_WhenPresent(string text, string expected) =>
        Assert.Equal(expected, DiscordText.Clean(text));

    [Fact]
    public void Render_SplitsWithinEmbedLimits_WhenAnswerIs100KB()
    {
        var text = string.Join(' ', Enumerable.Repeat("word* @everyone", 7_000));
        var answer = new Answer(AnswerStatus.Answered, text, [new Evidence(ArticleId, 3, new string('q', 5_000))], []);

        var pages = Renderer.Render(answer);

        Assert.True(pages.Count > 1);
        foreach (var page in pages)
        {
            var embed = Assert.Single(page.Embeds!);
            Assert.InRange(embed.Description!.Length, 1, DiscordLimits.EmbedDescription);
            var total = embed.Description.Length + (embed.Footer?.Text.Length ?? 0) + (embed.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length);
            Assert.InRange(total, 1, DiscordLimits.EmbedTotal);
            Assert.All(embed.Fields ?? [], f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
            Assert.Empty(page.AllowedMentions.Parse);
        }
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal),
            string.Concat(pages.Select(p => p.Embeds![0].Description)).Replace("\\", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_KeepsCustomIdsWithin100_WhenSuggestionsAndEvidenceAreLong()
    {
        var evidence = Enumerable.Range(1, 60).Select(p => new Evidence(ArticleId, p, "quote")).ToList();
        var answer = new Answer(AnswerStatus.Answered, "text", evidence, ["short?", new string('x', 300), "short?", "another one?"]);

        var buttons = Renderer.Render(answer)[0].Components!.Single().Components;

        Assert.All(buttons, b => Assert.InRange(b.CustomId.Length, 1, DiscordLimits.CustomId));
        Assert.Equal(buttons.Length, buttons.Select(b => b.CustomId).Distinct().Count());
        Assert.Equal(["short?", "another one?", "Sources"], buttons.Select(b => b.Label));
    }

    [Fact]
    public void RenderSources_SplitsParagraphsIntoMessagesOf2000_WhenManyAreCited()
    {
        var blocks = Engine.Knowledge.Articles[0].Article.Blocks.Select(b => new Evidence(ArticleId, b.Number, "q"));
        var id = ComponentIds.ForSources(Engine.Knowledge, blocks);

        var pages = Renderer.RenderSources(id, 64)!;

        Assert.All(pages, p => Assert.InRange(p.Content!.Length, 1, DiscordLimits.Content));
        Assert.All(pages, p => Assert.Equal(64, p.Flags));
    }

    [Fact]
    public void Serialize_AlwaysSendsEmptyParse_WhenMessageIsWritten()
    {
        var json = JsonSerializer.Serialize(new Bot.Discord.Rest.MessagePayload("hi"), DiscordJson.Default.MessagePayload);

        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }
}
