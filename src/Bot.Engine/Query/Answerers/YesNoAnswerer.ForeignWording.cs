using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims worded with a word no article uses: the article can only say them in other words.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "has the army intensified the raids?" of "the army stepped up the raids": when the one claim word a fact saying
    /// most of the claim leaves unsaid is a word no article uses, the article could not have said it so, and the fact says
    /// the claim in other words. Not when the claim names a place of the world no article names ("did Ruritania back
    /// it?"), nor when the fact denies what the claim does not ("no one was available" of "did they comment?"), nor when it
    /// says another claim word only by its opposite ("foreign" of "local"), nor when the word is the deed a "did X ...?"
    /// asks about, nor when the sentence puts a word of its own in the slot of a claim word it does not hold ("coastal
    /// vessels" of "local vessels"): then it says something else there.
    /// </summary>
    private static bool OnlyForeignWordUnsaid(Turn t, IndexedFact fact, double cover, IReadOnlyList<string> content, IReadOnlyList<string> unsaid, string shown) =>
        cover >= RankingPolicy.MostOfClaim && unsaid.Count == 1 && t.Q.ForeignStems.Contains(unsaid[0])
        && !t.Q.Foreign.AnyIn(Vocabulary.WorldNames)
        && !content.Any(w => !t.Index.CoversLoosely(fact.Stems, w) && Vocabulary.OppositesOf(w).Any(fact.Stems.Contains))
        && DeedAskedOf(t.Q) != unsaid[0]
        && Stemmed(Tokenizer.Tokens(shown)) is var sentence
        && (t.Q.NegationStems.Count > 0 || !sentence.Stems.Any(Vocabulary.NegationStems.Contains))
        && Stemmed(t.Q.Tokens) is var claim
        && !claim.Stems.Where((stem, i) => !Vocabulary.Stopwords.Contains(claim.Words[i]) && !t.Index.Covers(fact.Stems, stem))
            .Any(stem => SlotFilledOtherwise(claim, stem, sentence));

    /// <summary>Words with their stems, stemmed once for all the checks that read them.</summary>
    internal sealed record StemmedWords(IReadOnlyList<string> Words, IReadOnlyList<string> Stems);

    internal static StemmedWords Stemmed(IReadOnlyList<string> words) => new(words, [.. words.Select(Stemmer.Stem)]);

    /// <summary>
    /// The stem of the deed a "did X ...?" claim asks about: the word after its subject, which is the first name it gives
    /// right after "did", else its first word past any article ("did the police find ...?"). Null for other claims.
    /// </summary>
    internal static string? DeedAskedOf(Pipeline.ParsedQuestion q)
    {
        if (q.Tokens.Count < 3 || q.Tokens[0] is not ("did" or "does" or "do"))
            return null;
        var subjectEnd = q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Start is 1 or 2) is { } subject
            ? subject.Start + subject.Length
            : Enumerable.Range(1, q.Tokens.Count - 1).FirstOrDefault(i => !Vocabulary.Stopwords.Contains(q.Tokens[i]), q.Tokens.Count - 1) + 1;
        return subjectEnd < q.Tokens.Count ? Stemmer.Stem(q.Tokens[subjectEnd]) : null;
    }

    /// <summary>
    /// Whether the sentence has a content word of its own where the claim has its unsaid word, before the word that follows
    /// it in the claim: "local vessels" where the claim says "foreign vessels". A verb of the sentence's own after the
    /// claim's subject is no such word: news says one deed in many verbs.
    /// </summary>
    internal static bool SlotFilledOtherwise(StemmedWords claim, string unsaid, StemmedWords sentence)
    {
        for (var i = 0; i + 1 < claim.Words.Count; i++)
        {
            if (claim.Stems[i] != unsaid || Vocabulary.Stopwords.Contains(claim.Words[i + 1]))
                continue;
            for (var j = 1; j < sentence.Words.Count; j++)
            {
                if (sentence.Stems[j] == claim.Stems[i + 1] && !Vocabulary.Stopwords.Contains(sentence.Words[j - 1]) && !claim.Stems.Contains(sentence.Stems[j - 1]))
                    return true;
            }
        }
        return false;
    }
}
