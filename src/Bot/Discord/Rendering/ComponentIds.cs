using System.Globalization;
using Bot.Engine.Model;

namespace Bot.Discord.Rendering;

/// <summary>
/// Button custom_ids carry everything a press needs, so presses work after a restart: "ask:" and the
/// follow-up question, or "src:" and the evidence as article-index.paragraph pairs.
/// </summary>
internal static class ComponentIds
{
    public const string Ask = "ask:";
    public const string Sources = "src:";

    /// <summary>The custom_id asking <paramref name="question"/>, or null when it is too long to carry.</summary>
    public static string? ForQuestion(string question)
    {
        var id = Ask + DiscordText.Clean(question).Trim();
        return id.Length is > 4 and <= DiscordLimits.CustomId ? id : null;
    }

    public static string ForSources(KnowledgeBase knowledge, IEnumerable<Evidence> evidence)
    {
        var id = Sources;
        foreach (var e in evidence)
        {
            var article = IndexOf(knowledge, e.Article);
            var part = string.Create(CultureInfo.InvariantCulture, $"{article}.{e.Paragraph}");
            if (article < 0 || id.Contains(part, StringComparison.Ordinal))
                continue;
            var next = id.Length == Sources.Length ? id + part : id + "," + part;
            if (next.Length > DiscordLimits.CustomId)
                break;
            id = next;
        }
        return id;
    }

    /// <summary>The question a follow-up button asks, or null when the id is not one the bot could have made.</summary>
    public static string? ParseQuestion(string customId) =>
        customId.Length <= DiscordLimits.CustomId && customId.StartsWith(Ask, StringComparison.Ordinal) && customId[Ask.Length..].Trim() is { Length: > 0 } question
            ? question
            : null;

    /// <summary>
    /// The article-index.paragraph pairs of a sources button: unsigned numbers only, anything else
    /// skipped; whether they exist in the loaded articles is the caller's check.
    /// </summary>
    public static IEnumerable<(int Article, int Paragraph)> ParseSources(string customId)
    {
        if (customId.Length > DiscordLimits.CustomId || !customId.StartsWith(Sources, StringComparison.Ordinal))
            yield break;
        foreach (var part in customId[Sources.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var dot = part.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && int.TryParse(part[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var article)
                && int.TryParse(part[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph))
                yield return (article, paragraph);
        }
    }

    private static int IndexOf(KnowledgeBase knowledge, string articleId)
    {
        for (var i = 0; i < knowledge.Articles.Count; i++)
        {
            if (knowledge.Articles[i].Article.Id == articleId)
                return i;
        }
        return -1;
    }
}
