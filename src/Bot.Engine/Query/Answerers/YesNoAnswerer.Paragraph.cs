using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims a sentence says but for their subject, which its paragraph named before it.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did the government put up a statue of an old king?" of "The regime is wavering. ... A statue of an ancient king
    /// has been erected": a paragraph names whom it is about once, and its later sentences leave it out or say "it". A
    /// sentence saying every other word of the claim, in its words or general synonyms, says the claim when an earlier
    /// sentence of its paragraph gives the claim's subject. Tried only when no sentence says the whole claim.
    /// </summary>
    private static IndexedSentence? LeftToParagraph(Turn t)
    {
        var words = t.Q.Residual.Distinct(StringComparer.Ordinal).ToList();
        if (words.Count < MinWordsForContext || ClaimSubject(t.Q) is not { } subject)
            return null;
        var rest = t.Q with { Residual = [.. words.Where(w => w != subject)] };
        return BestSentence((t with { Loose = true }).With(rest), minimumCover: RankingPolicy.AllWords,
            accept: s => !t.Index.CoversLoosely(s.Stems, subject) && NamedEarlier(t.Index, s, subject));
    }

    /// <summary>Whether the word the fact leaves unsaid is the claim's subject, which an earlier sentence of the fact's paragraph gives.</summary>
    /// <summary>
    /// The same holds for what a claim opens by setting itself in ("in the plan, must X ...?", "under the deal ..."), when
    /// the claim has no word the articles never use besides: "register as foreign vessels" is no term the paragraph gives.
    /// </summary>
    private static bool SubjectEarlier(Turn t, IndexedFact fact, string unsaid) =>
        (ClaimSubject(t.Q) == unsaid || (ClaimFrame(t.Q) == unsaid && t.Q.SetAside.Count == 0)) && AnswererTable.OwnWords(t.Index, fact) is { } own && NamedEarlier(t.Index, own, unsaid);

    /// <summary>
    /// What a claim opening with a preposition and an article sets itself in: "plan" of "in the plan, Ukraine must ...",
    /// "deal" of "under the deal ...". A paragraph names such a thing once and tells its terms in the sentences after.
    /// </summary>
    private static string? ClaimFrame(ParsedQuestion q) =>
        q.Tokens is [var preposition, "the" or "this" or "that", var thing, ..] && FramePrepositions.Contains(preposition)
        && Text.Stemmer.Stem(thing) is var stem && q.Residual.Contains(stem) ? stem : null;

    private static readonly HashSet<string> FramePrepositions = new(StringComparer.Ordinal) { "in", "under", "per" };

    /// <summary>Whether a sentence before this one in its paragraph says the word, in its own words or a general synonym.</summary>
    private static bool NamedEarlier(KnowledgeIndex index, IndexedSentence sentence, string word)
    {
        for (var before = index.Beside(sentence, -1); before is not null && before.SameParagraphAs(sentence); before = index.Beside(before, -1))
        {
            if (index.CoversLoosely(before.Stems, word))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The claim's subject when a word that is no name gives it: the first word after the opening verb and article
    /// ("did the government ...", "the government put up ..."). A claim opening with a name has that name as its subject.
    /// </summary>
    private static string? ClaimSubject(ParsedQuestion q)
    {
        var first = Enumerable.Range(0, q.Tokens.Count).FirstOrDefault(i => !SubjectOpeners.Contains(q.Tokens[i]), -1);
        if (first < 0 || q.Mentions.Any(m => m.Start <= first))
            return null;
        var stem = Text.Stemmer.Stem(q.Tokens[first]);
        return q.Residual.Contains(stem) ? stem : null;
    }

}
