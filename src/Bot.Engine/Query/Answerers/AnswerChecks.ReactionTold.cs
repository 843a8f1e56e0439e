using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "How did X react?" after Y's announcement: news tells a reaction as a sentence with X, or one of X's people, as the
/// subject of a verb of view ("X's foreign minister swiftly denied Y's statement"), naming what is reacted to.
/// </summary>
internal static partial class AnswerChecks
{
    /// <summary>How many words (an adverb, a title's end) may stand between the responder's name and its verb.</summary>
    private const int ReactionVerbReach = 2;

    /// <summary>
    /// The body sentence where the responder or someone of theirs holds a view of what the question, or else the last
    /// answer, spoke of; the one saying most of the question's other words. None when nothing is reacted to.
    /// </summary>
    private static IndexedSentence? ReactionTold(Turn t, string responder)
    {
        // "How did X react to his remarks?" of X's own envoy: the one the question names besides X is reacted to, whoever they serve.
        var reactedTo = t.Q.Entities.Where(id => id != responder).ToList();
        var side = t.Index.Entities.Values.Where(e => e.IsActor && e.Affiliation == responder && !reactedTo.Contains(e.Id)).Select(e => e.Id)
            .Append(responder).ToHashSet(StringComparer.Ordinal);
        if (reactedTo.Count == 0)
            reactedTo = [.. t.State.LastEntities.Where(id => !side.Contains(id))];
        if (reactedTo.Count == 0)
            return null;
        var query = t.Q.Residual.Where(w => !Vocabulary.ReactionWords.Contains(w)).Concat(reactedTo.SelectMany(id => Ranker.EntityStems(t.Index, id)));
        var terms = t.Index.PrepareBm25(query);
        return t.Index.Sentences.Where(s => s.InBody && reactedTo.Any(s.Mentioned.Contains) && side.Any(s.Mentioned.Contains) && HoldsIn(t, s.Sentence.Text, side))
            .MaxBy(s => t.Index.Bm25(s, terms));
    }

    /// <summary>
    /// Whether one of the entities is named just before a verb of view or response ("X swiftly denied", "X condemned"), with
    /// nothing but lowercase words between: "the ambassador to X, Tom Vale, stated" has Vale state, not X.
    /// </summary>
    private static bool HoldsIn(Turn t, string sentence, IReadOnlySet<string> entities)
    {
        var words = Text.Tokenizer.Tokens(sentence, lowercase: false);
        return t.Index.Linker.LinkText(sentence).Any(m => m.Candidates.Any(entities.Contains)
            && words.Skip(m.Start + m.Length).Take(ReactionVerbReach + 1).TakeWhile(w => char.IsLower(w[0])).Select(w => w.ToLowerInvariant())
                .Any(w => Vocabulary.HoldingVerbs.Contains(w) || Vocabulary.OpposingDeeds.Contains(Text.Stemmer.Stem(w)) || Vocabulary.ReactionWords.Contains(Text.Stemmer.Stem(w))));
    }
}
