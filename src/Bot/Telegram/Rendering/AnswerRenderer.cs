using Bot.Commands;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Telegram.Chats;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Rendering;

/// <summary>Translates the engine's platform-neutral answers and digests into Telegram messages and keyboards.</summary>
internal sealed class AnswerRenderer(QueryEngine engine)
{
    /// <summary>Quotes shown under an answer; the "Sources" button lists them all.</summary>
    private const int QuotesShown = 3;
    private const int ButtonTextLimit = 60;

    public static IReadOnlyList<RenderedMessage> Render(Answer answer, IEnumerable<HtmlBlock>? before = null, IEnumerable<HtmlBlock>? after = null) =>
        TelegramHtml.Pack([
            .. before ?? [],
            new HtmlBlock(answer.Text),
            .. answer.Evidence.Take(QuotesShown).Select(e => new HtmlBlock($"{e.Quote}\n— ¶{e.Paragraph}", "blockquote")),
            .. after ?? [],
        ]);

    /// <summary>Any reply of the command layer as Telegram messages; answers carry their quotes, help its list of commands.</summary>
    public IReadOnlyList<RenderedMessage> Render(CommandReply reply) => reply switch
    {
        CommandReply.Answered answered => Render(answered.Answer,
            answered.Greeting is { } greeting ? [new HtmlBlock(greeting, "b")] : null, CommandList(answered.Commands ?? [])),
        CommandReply.DigestShown shown => RenderDigest(shown.Digest),
        CommandReply.Noticed noticed => TelegramHtml.Pack([new HtmlBlock(noticed.Notice.Text)]),
        CommandReply.Usage usage => TelegramHtml.Pack([new HtmlBlock(usage.Text), .. CommandList(usage.Commands)]),
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    private static IEnumerable<HtmlBlock> CommandList(IReadOnlyList<ChatCommand> commands) => commands.Count == 0
        ? []
        : [new HtmlBlock("Commands", "b"), new HtmlBlock(string.Join('\n', commands.Select(c => c.Line)))];

    /// <summary>Every quote an answer rests on, with the article and paragraph it comes from.</summary>
    public IReadOnlyList<RenderedMessage> RenderSources(IReadOnlyList<Evidence> evidence) =>
        TelegramHtml.Pack([
            new HtmlBlock(evidence.Count == 0 ? "No sources for that answer." : "Sources", "b"),
            .. evidence.Select(e => new HtmlBlock($"{e.Quote}\n— {TitleOf(e.Article)}, ¶{e.Paragraph}", "blockquote")),
        ]);

    /// <summary>A digest as posted and as /digest shows it: bold title, then each item with its quote, article and paragraph.</summary>
    public IReadOnlyList<RenderedMessage> RenderDigest(Digest digest) =>
        TelegramHtml.Pack([
            new HtmlBlock(digest.Title, "b"),
            .. digest.Items.Count == 0 ? [new HtmlBlock(Digest.NothingToday)] : digest.Items.SelectMany(item => new[]
            {
                new HtmlBlock(item.Label is { } label ? $"{label}: {item.Text}" : item.Text),
                new HtmlBlock($"{item.Evidence.Quote}\n— {TitleOf(item.Evidence.Article)}, ¶{item.Evidence.Paragraph}", "blockquote"),
            }),
        ]);

    /// <summary>One button per suggestion and a "Sources" button; their data are short keys into the follow-up store.</summary>
    public static InlineKeyboardMarkup? Keyboard(string key, FollowUp followUp)
    {
        var rows = followUp.Suggestions
            .Select((s, i) => new[] { InlineKeyboardButton.WithCallbackData(TelegramHtml.Shorten(s, ButtonTextLimit), CallbackData.Suggestion(key, i)) })
            .ToList();
        if (followUp.Evidence.Count > 0)
            rows.Add([InlineKeyboardButton.WithCallbackData("Sources", CallbackData.Sources(key))]);
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private string TitleOf(string articleId) =>
        engine.Knowledge.Articles.FirstOrDefault(m => m.Article.Id == articleId)?.Article.Title ?? articleId;
}
