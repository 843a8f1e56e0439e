using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims of now checked against a sentence anywhere in the article that says the claim's action has stopped.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "is Ruritania still dredging the bay?" of "Ruritania had dredged the bay for years ... but dredging has now
    /// stopped": a claim that something goes on now is answered by the sentence saying it has stopped, the claim's action
    /// named just before the stopping verb, whichever sentence the claim's other words find. The sentence, or one before
    /// it in its paragraph, names the claim's subject: what stopped is the subject's.
    /// </summary>
    public static IndexedSentence? StoppedSince(Turn t)
    {
        var q = t.Q;
        if (q.NegationStems.Count > 0 || !q.Tokens.Any(w => Vocabulary.Present.Contains(Text.Stemmer.Stem(w))))
            return null;
        var named = q.Entities.SelectMany(e => EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        var action = q.Residual.Where(w => !named.Contains(w) && !Vocabulary.Present.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (action.Count == 0)
            return null;
        var subject = q.Entities.Count > 0 ? EntityStems(t.Index, q.Entities[0]).ToList() : [];
        return t.Index.Sentences.FirstOrDefault(s => Vocabulary.Stopping.Any(s.Stems.Contains) && action.Any(s.Stems.Contains)
            && SaysStopped(Text.Tokenizer.Tokens(s.Sentence.Text).Select(Text.Stemmer.Stem).ToList(), action)
            && (subject.Count == 0 || NamedHereOrBefore(t.Index, s, subject)));
    }

    /// <summary>Whether a claim word stands just before a stopping verb ("enrichment has now stopped") that no negation denies.</summary>
    private static bool SaysStopped(IReadOnlyList<string> stems, HashSet<string> action)
    {
        for (var i = 1; i < stems.Count; i++)
        {
            if (!Vocabulary.Stopping.Contains(stems[i]))
                continue;
            var before = stems.Skip(Math.Max(0, i - StoppedReach)).Take(Math.Min(i, StoppedReach)).ToList();
            var at = before.FindLastIndex(action.Contains);
            if (at >= 0 && !before.Skip(at + 1).Any(Vocabulary.NegationStems.Contains))
                return true;
        }
        return false;
    }

    /// <summary>Whether the sentence, or one before it in its paragraph, names the subject.</summary>
    private static bool NamedHereOrBefore(KnowledgeIndex index, IndexedSentence sentence, IReadOnlyList<string> subject)
    {
        for (var s = sentence; s is not null && s.SameParagraphAs(sentence); s = index.Beside(s, -1))
        {
            if (subject.Any(s.Stems.Contains))
                return true;
        }
        return false;
    }

    /// <summary>How many words before the stopping verb the stopped action may stand ("enrichment has now stopped").</summary>
    private const int StoppedReach = 3;
}
