using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Claims that add details to a deed the article denies: "did X order a mobilisation to build up his force before the
/// war?" of "X did not seek to mobilise". No sentence says most of such a claim, yet denying the deed denies it all.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "No" with the sentence naming the claim's names in which a negation points straight at the claim's deed, said of
    /// the claim's subject: its name just before the negation, or, for a subject no name gives ("undersea cables have been
    /// damaged since Y began"), a word of it in the sentence. Null for a claim that denies something itself.
    /// </summary>
    private static Reply? DeedDenied(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        if (q.Negations > 0 || q.Entities.Count == 0 || ClaimDeed(q) is not { } claim)
            return null;
        var subject = claim.Named ? EntityStems(index, q.Entities[0]).ToHashSet(StringComparer.Ordinal) : null;
        foreach (var sentence in index.Sentences)
        {
            if (!sentence.InBody || !q.Entities.AllIn(sentence.Mentioned) || !sentence.Stems.AnyIn(Vocabulary.NegationStems)
                || !SaysAnyLoosely(index, sentence.Stems, claim.Deed) || (subject is null && !SaysAnyLoosely(index, sentence.Stems, claim.SubjectWords)))
                continue;
            var stems = Words.Stems(sentence.Sentence.Text);
            for (var n = 0; n < stems.Count; n++)
            {
                if (Vocabulary.NegationStems.Contains(stems[n]) && DeniesDeed(index, stems, n, claim.Deed) && (subject is null || SubjectOfDenial(stems, n, subject)))
                    return SentenceReply("No. The article says", sentence);
            }
        }
        return null;
    }

    /// <summary>Whether the stems say any of the words, loosely; a plain loop, as it runs for every sentence of the article.</summary>
    private static bool SaysAnyLoosely(KnowledgeIndex index, string[] stems, List<string> words)
    {
        foreach (var word in words)
        {
            if (index.CoversLoosely(stems, word))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the subject's name stands just before the negation at <paramref name="at"/>, with no more than one word
    /// beside function words between ("X has been unwilling", "X proved incapable"): in "X said the navy did not attack"
    /// the denial is the navy's.
    /// </summary>
    private static bool SubjectOfDenial(List<string> stems, int at, HashSet<string> subject)
    {
        var others = 0;
        for (var i = at - 1; i >= 0 && i >= at - SubjectBeforeDenial; i--)
        {
            if (subject.Contains(stems[i]))
                return true;
            if (!StopStems.Contains(stems[i]) && ++others > 1)
                return false;
        }
        return false;
    }

    /// <summary>Whether the word the negation at <paramref name="at"/> points at, past words that only lead to it ("not seek to"), is the deed.</summary>
    private static bool DeniesDeed(KnowledgeIndex index, List<string> stems, int at, List<string> deed)
    {
        for (var i = at + 1; i < stems.Count && i <= at + DenialReach; i++)
        {
            if (deed.Any(d => index.StandsFor(d, stems[i]) || index.RelatedStems(d).Contains(stems[i])))
                return true;
            // "not only X but Y", "not just X": the negation points past X at a contrast, not at X.
            if (NarrowingStems.Contains(stems[i]) || !(LeadingStems.Contains(stems[i]) || StopStems.Contains(stems[i])))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The claim's deed and who does it: the first word after its subject (a name near its opening) or its auxiliary that is
    /// no name, adverb or word of going on ("have kept getting damaged"), with the noun a light verb carries ("order a
    /// mobilisation"); the subject's own words when no name gives it. Null when the claim opens with neither.
    /// </summary>
    private static (List<string> Deed, bool Named, List<string> SubjectWords)? ClaimDeed(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var named = q.Mentions.FirstOrDefault(m => m.Pronoun is null) is { Start: <= MaxOpeningWords } first ? first : null;
        var auxiliary = Enumerable.Range(0, Math.Min(tokens.Count, MaxOpeningWords + 2)).FirstOrDefault(i => ClaimAuxiliaries.Contains(tokens[i]), -1);
        var start = named is not null ? named.Start + named.Length : auxiliary >= 0 ? auxiliary + 1 : -1;
        if (start < 0)
            return null;
        bool InName(int i) => q.Mentions.Any(m => i >= m.Start && i < m.Start + m.Length);
        var deed = new List<string>();
        for (var i = start; i < tokens.Count; i++)
        {
            var stem = Stemmer.Stem(tokens[i]);
            if (InName(i) || ClaimAuxiliaries.Contains(tokens[i]) || GoingOnWords.Contains(tokens[i]) || tokens[i].EndsWith("ly", StringComparison.Ordinal)
                || !q.Residual.Contains(stem))
            {
                if (deed.Count > 0 && !Vocabulary.Stopwords.Contains(tokens[i]))
                    break;
                continue;
            }
            deed.Add(stem);
            if (deed.Count > 1 || !LightVerbs.Contains(stem))
                break;
        }
        var subjectWords = named is null ? tokens.Take(auxiliary).Select(Stemmer.Stem).Where(q.Residual.Contains).ToList() : [];
        return deed.Count == 0 || (named is null && subjectWords.Count == 0) ? null : (deed, named is not null, subjectWords);
    }

    /// <summary>How many words into a claim its subject's name may start ("so did X ...", "confirm: X ...").</summary>
    private const int MaxOpeningWords = 2;

    /// <summary>How many words before a negation the claim's subject's name may end and still be whom it denies the deed of.</summary>
    private const int SubjectBeforeDenial = 6;

    /// <summary>How many words after a negation the deed may stand ("not seek to mobilise", "no incidents of damage").</summary>
    private const int DenialReach = 3;

    private static readonly HashSet<string> ClaimAuxiliaries = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "is", "was", "are", "were", "has", "have", "had",
    };

    /// <summary>Words that say a deed went on or was really done, not what the deed was ("kept getting damaged").</summary>
    private static readonly HashSet<string> GoingOnWords = new(StringComparer.Ordinal)
    {
        "kept", "keep", "keeps", "getting", "get", "got", "been", "being", "continue", "continued", "still", "already", "ever", "even",
    };

    /// <summary>Verbs that carry a deed named by their noun: "order a mobilisation" is to mobilise.</summary>
    private static readonly HashSet<string> LightVerbs = Vocabulary.Stems("order", "make", "launch", "carry", "conduct", "stage", "hold", "take", "give");

    /// <summary>Words a negation reaches its deed through: "not seek to", "unable to", "no incidents of".</summary>
    private static readonly HashSet<string> LeadingStems = Vocabulary.Stems("seek", "try", "attempt", "manage", "able", "dare", "incidents", "signs");

    /// <summary>Words after a negation that narrow it to a part ("not only", "not just"), which the deed then is not.</summary>
    private static readonly HashSet<string> NarrowingStems = Vocabulary.Stems("only", "just", "merely", "simply", "least", "even");
}
