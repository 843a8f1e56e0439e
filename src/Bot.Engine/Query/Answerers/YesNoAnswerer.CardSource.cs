using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no answers resting on what the article says someone is.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// An answer resting on an actor's card ("Jo Roe: Justice minister") goes on to the article's own sentence the card
    /// was drawn from ("Jo Roe, the justice minister, ..."): a yes or no is checked against what the article says, and the
    /// card only sums it up.
    /// </summary>
    private static string WithSourceOfCard(KnowledgeIndex index, Evidence card, string text) =>
        index.InParagraph(card.Paragraph).FirstOrDefault(s => s.Article.Article.Id == card.Article && s.Sentence.Text.Contains(card.Quote, StringComparison.Ordinal))
            is { } own && !text.Contains(own.Sentence.Text, StringComparison.Ordinal)
            ? $"{text}{(text.EndsWith('.') ? "" : ".")} The article says: \"{own.Sentence.Text}\""
            : text;
}
