using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims the article does not make: in part, with a detail it never names, or not at all.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// The fact says only part of the claim. Asked whether the article says it, that is a "no"; asked whether it
    /// happened, the article does not say, unless the fact says most of it: then the claim has a detail wrong, and the
    /// answer is that the article does not put it so. Half of it is so too, when no later check of the claim answers.
    /// A claim naming a country or body the articles never mention ("does Ruritania back ...?") is one the article
    /// cannot gainsay, however much of the rest a fact says; nor is one asking whether anything of the kind happened at
    /// all or again ("did anyone go to jail over it?", "did X repeat it?").
    /// A sentence denying the claim's deed of its subject answers no before either, and so does a fact doubting the claim.
    /// </summary>
    private static Reply Silent(Turn t, IndexedFact fact, double cover)
    {
        if (DeedDenied(t) is { } denied)
            return denied;
        if (!t.Q.AboutArticle && DoubtedClaim(t, Replies.Shown(t, fact)) is { } agrees)
            return Reply(t, fact, agrees ? $"Yes, in other words: {Replies.Shown(t, fact)}" : $"No. The article doubts it: {Replies.Shown(t, fact)}");
        var gainsayable = !t.Q.Foreign.AnyIn(Vocabulary.WorldNames) && !t.Q.Tokens.Any(w => Vocabulary.AtAll.Contains(w) || Vocabulary.Again.Contains(w));
        var otherwise = Reply(t, fact, $"No, not in those words. The closest it comes: {Replies.Shown(t, fact)}");
        if (t.Q.AboutArticle || (cover >= RankingPolicy.MostOfClaim && gainsayable))
            return otherwise;
        return AnotherInItsPlace(t) ?? Replies.Unknown(t, $"The article doesn't say. The closest it comes: {Replies.Shown(t, fact)}") with
        {
            Fact = fact,
            Otherwise = cover >= RankingPolicy.HalfOfClaim && gainsayable && NamesAllOfClaim(t, fact) && !RestSaidBeside(t, fact) ? otherwise : null,
        };
    }

    /// <summary>
    /// Whether the fact is a position taking no side whose words say no stance of the claim's: a position answers "did X
    /// back Y?" by its stance, but a neutral one only says so when its words do ("X abstained on Y" is no backing; "X
    /// debated Y" leaves it open).
    /// </summary>
    private static bool StanceLeftOpen(KnowledgeIndex index, IndexedFact fact, string word) =>
        fact.Fact is Position { Stance: Stance.Neutral } && Vocabulary.StanceStems.Contains(word)
        && !index.CoversLoosely(fact.Stems, word) && !fact.Stems.Overlaps(Vocabulary.NeutralityStems);

    /// <summary>
    /// Whether the claim's word is one of taking sides as it stands: not part of a verb with its particle ("switched
    /// sides" is to defect) nor a "back" that is a particle ("got back to them").
    /// </summary>
    private static bool TakesSideIn(IReadOnlyList<string> tokens, string word) =>
        !(word == "back" && BackOnlyAsParticle(tokens))
        && !Phrases(tokens).Any(p => Text.Stemmer.Stem(tokens[p.Verb]) == word || Text.Stemmer.Stem(tokens[p.Particle]) == word);

    /// <summary>
    /// Whether every "back" of the claim is a particle ("got back to them", "pulled troops back"), not backing: one
    /// before a preposition or ending the claim.
    /// </summary>
    private static bool BackOnlyAsParticle(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, tokens.Count).All(i => tokens[i] != "back" || i + 1 == tokens.Count || BeforeParticle.Contains(tokens[i + 1]));

    /// <summary>Words after which "back" is a particle: "back to", "back from", "back on", "back in".</summary>
    private static readonly HashSet<string> BeforeParticle = new(StringComparer.Ordinal) { "to", "from", "on", "in", "into", "at", "off", "down", "up", "out", "away", "home", "then" };

    /// <summary>
    /// Whether the fact itself names everyone the claim names: half a claim said of another ("did X's parliament vote
    /// for it?" of Y's minister denying it) is not the claim put in other words.
    /// </summary>
    private static bool NamesAllOfClaim(Turn t, IndexedFact fact) =>
        t.Q.Entities.All(e => fact.Declared.Contains(e) || fact.Mentioned.Contains(e));

    /// <summary>
    /// Whether a sentence beside the fact's in its paragraph says a claim word the fact does not ("the bill would target
    /// buyers" after "the Senate delayed the bill"): the paragraph may tell the rest of the claim, not another thing.
    /// </summary>
    private static bool RestSaidBeside(Turn t, IndexedFact fact) =>
        t.Q.Residual.Where(w => !Vocabulary.NegationStems.Contains(w) && !t.Index.CoversLoosely(fact.Stems, w)).ToList() is var unsaid
        && AroundInParagraph(t.Index, fact).Any(s => unsaid.Any(w => t.Index.CoversLoosely(s.Stems, w)));

    /// <summary>
    /// A claim with a detail the articles never name: when a fact (else a sentence) says all the rest without it, the
    /// article does not bear the detail out, and the answer is no; otherwise the article says nothing of the claim.
    /// </summary>
    private static Reply OtherDetail(Turn t, Scored? best, IReadOnlyList<string> details)
    {
        // The fact must name someone or something in the detail's place ("told Reuters" for "told the AP"); one naming
        // only what the question does says nothing of the detail.
        // "does the article mention Ruritania?": with nothing else to the claim, no fact or sentence says the rest of it.
        var rest = t.Q.Residual.Count > 0 || t.Q.Entities.Count > 0;
        if (rest && best is not null && best.WordCover >= RankingPolicy.AllWords && best.Fact.Declared.Concat(best.Fact.Mentioned).Except(t.Q.Entities).Any())
            return Reply(t, best.Fact, $"No. The article doesn't mention {details[0]}. What it says: {Replies.Shown(t, best.Fact)}");
        // The rest may be said in other words ("arms" of "equipment"): a general synonym makes a claim word one the
        // articles know, which a sentence saying it so must still count as saying.
        if (!rest || (BestSentence(t, minimumCover: RankingPolicy.AllWords) ?? BestSentence(t with { Loose = true }, minimumCover: RankingPolicy.AllWords)) is not { } sentence)
            return t.Q.AboutArticle ? NotMentioned(details[0]) : Replies.NotInArticle(t, details);
        var answer = new AnswerBuilder();
        answer.Add($"No. The article doesn't mention {details[0]}. What it says: \"{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>"Does the article say Ruritania signed it?" when no sentence says the rest either: the name alone settles it.</summary>
    private static Reply NotMentioned(string detail)
    {
        var answer = new AnswerBuilder();
        answer.Add($"No. The article doesn't mention {detail}.");
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// "Does the article say X?" of a claim no sentence makes: no, and the sentence that comes closest, if one says half of it,
    /// in general synonyms or with a name its paragraph gave before it ("Chile is supplying 19 armoured carriers" for
    /// "Chile is sending Peru 19 tanks"): the sentence that says what is so instead.
    /// </summary>
    private static Reply NotSaid(Turn t)
    {
        var answer = new AnswerBuilder();
        if ((BestSentence(t, minimumCover: RankingPolicy.EnoughWords)
            ?? BestSentence(t with { Loose = true }, minimumCover: RankingPolicy.EnoughWords, namedEarlier: true)) is { } closest)
            answer.Add($"No, not in those words. The closest it comes: \"{closest.Sentence.Text}\"", Replies.Evidence(closest));
        else
            answer.Add("No. The article doesn't say that.");
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>How many of the words the fact says or gainsays (<see cref="CoversOrOpposes"/>). A loop: it runs for fact after ranked fact.</summary>
    private static int CoveredOrOpposed(KnowledgeIndex index, IndexedFact fact, List<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            if (CoversOrOpposes(index, fact, word))
                count++;
        }
        return count;
    }

    /// <summary>
    /// Whether the fact says the word, loosely, or its opposite. "did X support Y?": a position says it by its stance,
    /// whatever its words (see <see cref="FactsSaying"/>).
    /// </summary>
    private static bool CoversOrOpposes(KnowledgeIndex index, IndexedFact fact, string word) => index.Saying(word).SaysOrGainsays(fact);
}
