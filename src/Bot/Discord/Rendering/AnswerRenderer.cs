using System.Globalization;
using System.Text;
using Bot.Commands;
using Bot.Discord.Rest;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Discord.Rendering;

/// <summary>
/// Turns engine answers into Discord messages: the answer as an embed with its evidence quotes and
/// the article as footer, buttons for follow-ups and sources, split into several messages when long.
/// </summary>
internal sealed class AnswerRenderer(QueryEngine engine)
{
    private const int MaxEvidenceFields = 3;
    private const int MaxSuggestionButtons = DiscordLimits.ButtonsPerRow - 1;
    private const int ButtonPrimary = 1;
    private const int ButtonSecondary = 2;
    /// <summary>Discord's blurple, for answers and digests alike.</summary>
    private const int DigestColor = 0x5865F2;

    public static readonly MessagePayload Failure = new("Sorry, something went wrong answering that. Please try another question.");

    /// <summary>For a button the bot cannot honour: from an older answer, for an article no longer loaded, or forged.</summary>
    public static readonly MessagePayload Expired = new("Sorry, that button has expired. Ask again to get fresh buttons.", Flags: MessagePayload.Ephemeral);

    /// <summary>For an interaction whose data the bot cannot read.</summary>
    public static readonly MessagePayload Unreadable = new("Sorry, I couldn't read that request. Please try again.", Flags: MessagePayload.Ephemeral);

    /// <summary>The messages for one answer: the first carries the evidence and buttons, the rest continue the text.</summary>
    public List<MessagePayload> Render(Answer answer)
    {
        var knowledge = engine.Knowledge;
        var color = answer.Status switch
        {
            AnswerStatus.Answered => DigestColor,
            AnswerStatus.Clarify => 0xFEE75C,
            _ => 0x99AAB5,
        };
        var pages = DiscordText.Split(DiscordText.Escape(answer.Text), DiscordLimits.EmbedDescription);
        var footer = Footer(knowledge, answer.Evidence);
        var budget = DiscordLimits.EmbedTotal - pages[0].Length - (footer?.Text.Length ?? 0);
        var fields = new List<EmbedField>();
        foreach (var evidence in answer.Evidence.Where(e => e.Quote.Length > 0).Take(Math.Min(MaxEvidenceFields, DiscordLimits.EmbedFields)))
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Paragraph {evidence.Paragraph}");
            var value = DiscordText.Truncate("> " + DiscordText.Escape(evidence.Quote), DiscordLimits.FieldValue);
            if (name.Length + value.Length > budget)
                break;
            budget -= name.Length + value.Length;
            fields.Add(new EmbedField(name, value));
        }

        var messages = new List<MessagePayload>(pages.Count)
        {
            new(Embeds: [new Embed(null, pages[0], color, fields.Count > 0 ? [.. fields] : null, footer)], Components: Buttons(knowledge, answer)),
        };
        messages.AddRange(pages.Skip(1).Select(page => new MessagePayload(Embeds: [new Embed(null, page, color, null, null)])));
        return messages;
    }

    /// <summary>
    /// Any reply of the command layer as Discord messages; a greeting and a list of commands go above an answer's embed.
    /// With <paramref name="privately"/> (interactions can), refusals and usage are shown only to whoever asked.
    /// </summary>
    public List<MessagePayload> Render(CommandReply reply, bool privately) => reply switch
    {
        CommandReply.Answered answered => WithContent(Render(answered.Answer),
            [.. answered.Greeting is { } greeting ? [$"**{DiscordText.Escape(greeting)}**"] : Array.Empty<string>(), .. CommandList(answered.Commands ?? [])]),
        CommandReply.DigestShown shown => RenderDigest(shown.Digest),
        CommandReply.Noticed { Notice: var notice } => [Plain([DiscordText.Escape(notice.Text)], privately && notice.IsRefusal)],
        CommandReply.Usage usage => [Plain([DiscordText.Escape(usage.Text), .. CommandList(usage.Commands)], privately)],
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    private static List<MessagePayload> WithContent(List<MessagePayload> pages, string[] lines)
    {
        if (lines.Length > 0)
            pages[0] = pages[0] with { Content = Content(lines) };
        return pages;
    }

    private static MessagePayload Plain(string[] lines, bool ephemeral) => new(Content(lines), Flags: ephemeral ? MessagePayload.Ephemeral : null);

    private static string Content(string[] lines) => DiscordText.Truncate(string.Join('\n', lines), DiscordLimits.Content);

    private static IEnumerable<string> CommandList(IReadOnlyList<ChatCommand> commands) =>
        commands.Count == 0 ? [] : ["**Commands**", .. commands.Select(c => DiscordText.Escape(c.Line))];

    /// <summary>
    /// The full paragraphs a "Sources" button points at, as plain messages of at most 2000 characters,
    /// or null when none of them is loaded (any more).
    /// </summary>
    public List<MessagePayload>? RenderSources(string customId, int flags)
    {
        var knowledge = engine.Knowledge;
        var sb = new StringBuilder();
        foreach (var (articleIndex, paragraph) in ComponentIds.ParseSources(customId))
        {
            if (articleIndex >= knowledge.Articles.Count)
                continue;
            var article = knowledge.Articles[articleIndex].Article;
            var block = article.Blocks.FirstOrDefault(b => b.Number == paragraph);
            if (block is null)
                continue;
            sb.Append(CultureInfo.InvariantCulture, $"**{DiscordText.Escape(article.Title)}**, paragraph {paragraph}\n");
            sb.Append(CultureInfo.InvariantCulture, $"> {DiscordText.Escape(block.Text).Replace("\n", "\n> ", StringComparison.Ordinal)}\n\n");
        }
        return sb.Length == 0 ? null : [.. DiscordText.Split(sb.ToString(), DiscordLimits.Content).Select(page => new MessagePayload(page, Flags: flags))];
    }

    /// <summary>
    /// A digest as embeds: the title, then one field per item with its quote and paragraph, the date
    /// as footer. A new message starts whenever an embed would exceed Discord's field or size limits.
    /// </summary>
    public static List<MessagePayload> RenderDigest(Digest digest)
    {
        var title = DiscordText.Truncate(DiscordText.Escape(digest.Title), DiscordLimits.EmbedTitle);
        var footer = new EmbedFooter(digest.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        if (digest.Items.Count == 0)
            return [new MessagePayload(Embeds: [new Embed(title, Digest.NothingToday, DigestColor, null, footer)])];
        var messages = new List<MessagePayload>();
        var fields = new List<EmbedField>();
        var size = title.Length + footer.Text.Length;
        foreach (var field in digest.Items.Select(DigestField))
        {
            if (fields.Count == DiscordLimits.EmbedFields || size + field.Name.Length + field.Value.Length > DiscordLimits.EmbedTotal)
                Flush();
            fields.Add(field);
            size += field.Name.Length + field.Value.Length;
        }
        Flush();
        return messages;

        void Flush()
        {
            messages.Add(new MessagePayload(Embeds: [new Embed(messages.Count == 0 ? title : null, null, DigestColor, [.. fields], footer)]));
            fields.Clear();
            size = footer.Text.Length;
        }
    }

    private static EmbedField DigestField(DigestItem item)
    {
        var paragraph = item.Evidence.Paragraph.ToString(CultureInfo.InvariantCulture);
        var name = DiscordText.Truncate(DiscordText.Escape(item.Label is { } label ? $"{label} · paragraph {paragraph}" : $"Paragraph {paragraph}"),
            DiscordLimits.FieldName);
        // The item's own text is cut first, so the quote it rests on always shows.
        var text = DiscordText.Truncate(DiscordText.Escape(item.Text), DiscordLimits.FieldValue / 2);
        var quote = DiscordText.Truncate(DiscordText.Escape(item.Evidence.Quote.ReplaceLineEndings(" ")), DiscordLimits.FieldValue - text.Length - 3);
        return new EmbedField(name, $"{text}\n> {quote}");
    }

    private static EmbedFooter? Footer(KnowledgeBase knowledge, IReadOnlyList<Evidence> evidence)
    {
        var titles = evidence.Select(e => e.Article).Distinct()
            .Select(id => knowledge.Articles.FirstOrDefault(a => a.Article.Id == id)?.Article.Title)
            .OfType<string>().ToList();
        // Footers are not markdown, so only invisible characters need removing.
        return titles.Count == 0 ? null : new EmbedFooter(DiscordText.Truncate(DiscordText.Clean(string.Join(" · ", titles)), DiscordLimits.Footer));
    }

    private static ActionRow[]? Buttons(KnowledgeBase knowledge, Answer answer)
    {
        var buttons = new List<Button>();
        foreach (var suggestion in answer.Suggestions)
        {
            if (buttons.Count == MaxSuggestionButtons)
                break;
            if (ComponentIds.ForQuestion(suggestion) is { } id && buttons.All(b => b.CustomId != id))
                buttons.Add(new Button(DiscordText.Truncate(DiscordText.Clean(suggestion), DiscordLimits.ButtonLabel), id, ButtonSecondary));
        }
        if (answer.Evidence.Any(e => e.Paragraph > 0))
            buttons.Add(new Button("Sources", ComponentIds.ForSources(knowledge, answer.Evidence), ButtonPrimary));
        return buttons.Count == 0 ? null : [new ActionRow([.. buttons])];
    }
}
