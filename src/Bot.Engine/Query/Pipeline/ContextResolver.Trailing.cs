using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "€10 billion was set aside." then "and how many projects does that cover?"; "the council voted to sell" then "how did
/// the fishermen react to that?": a question ending on "that" asks something of what was just read, told in that sentence
/// or one of the few after it before the paragraph moves on.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question asked of the first sentence, from the one shown to a few after it in its paragraph, that names whom
    /// it names and says all its words but one tying them to what was read ("cover", "react"); a number asked needs a
    /// number of what is counted there.
    /// Null when the question does not end on a pointing word, asks what no one sentence answers, or none there holds it.
    /// </summary>
    private static ParsedQuestion? OfWhatWasJustRead(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Tokens is not [.., "that" or "this"] || q.Tokens.Count < 3 || !AsksOfASentence(q) || q.Date is not null || q.Quoted is not null
            || q.Mentions.Any(m => m.Pronoun is not null) || LastRead(state, index) is not { } shown)
            return null;
        return OnSentencesFrom(q, index, shown);
    }

    /// <summary>The rest of <see cref="OfWhatWasJustRead"/>, apart so that its lambda is made only for questions that get this far.</summary>
    private static ParsedQuestion? OnSentencesFrom(ParsedQuestion q, KnowledgeIndex index, IndexedSentence shown)
    {
        for (var offset = 0; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } told || !told.SameParagraphAs(shown))
                return null;
            if (!q.Entities.AllIn(told.Mentioned))
                continue;
            var unheld = q.Residual.Count(w => !Holds(q, index, told, w));
            var answers = q.AsksAmount ? AmountCheck.CountsWhatIsAsked(index, q, told.Sentence.Text) : unheld < q.Residual.Count || q.Entities.Count > 0;
            if (unheld <= RankingPolicy.OwnWordsAboutShown && answers)
                return q with { ContextSentence = AsksWhen(q) ? Dated(index, told) : told };
        }
        return null;
    }
}
