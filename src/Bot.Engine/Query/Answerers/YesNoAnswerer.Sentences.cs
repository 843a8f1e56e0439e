using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims no fact answers: checked against the article's sentence that says most of them.</summary>
internal static partial class YesNoAnswerer
{
    private static Reply FromSentence(Turn t)
    {
        // "is it a small party?" of "it overwhelmingly dominates": a word whose opposite the sentence uses says the claim too, the other way.
        // General synonyms may say it ("legislation" for "law"), when the claim's own words do not.
        var sentence = BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover) ?? OppositeSentence(t)
            ?? BestSentence(t with { Loose = true }, minimumCover: RankingPolicy.StrictSentenceCover);
        // "does X check 40 ships a month?" of "X challenges more than 40 ships a month": a sentence giving every amount
        // of the claim and half its words says it, the rest in other words.
        var asked = AmountCheck.Numbers(t.Q.Text);
        var byAmounts = sentence is null && asked.Count > 0
            && BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: s => asked.All(AmountCheck.Numbers(s.Sentence.Text).Contains)
                && AmountCheck.CountedInClaim(t.Q).All(w => t.Index.CoversLoosely(s.Stems, w))) is { } amounts
            ? amounts : null;
        sentence ??= byAmounts;
        // "is X sending Y 19 tanks?" of "Y is ... X is supplying 19 armoured personnel-carriers": the same figure of another
        // thing gainsays it, in a sentence naming the claim's names or following one in its paragraph that does.
        // Its words are found loosely: what it counts is no longer what picks the sentence.
        if (sentence is null && asked.Count > 0 && BestSentence(t with { Loose = true }, minimumCover: RankingPolicy.EnoughWords, namedEarlier: true,
                accept: s => asked.All(AmountCheck.Numbers(s.Sentence.Text).Contains) && CountsAnotherThing(t, s.Sentence.Text)) is { } another)
            return SentenceReply("No. The article says", another);
        // "the toilet was found in X's villa?" of "X denies it. A toilet was found in Y's flat": another of X's kind
        // named where the claim names X answers before a sentence that names X only in its paragraph.
        if (sentence is null && SaidOfSomeoneElse(t) is { } someoneElse)
            return someoneElse;
        sentence ??= NamedBefore(t) ?? LeftToParagraph(t);
        // The topic's words are what the claim is about: the sentence must say every one of them.
        if (sentence is null && TopicsAsWords(t) is { } worded)
        {
            bool SaysTopic(IndexedSentence s) => worded.Words.All(w => t.Index.CoversLoosely(s.Stems, w));
            if ((BestSentence(worded.Turn, minimumCover: RankingPolicy.StrictSentenceCover, accept: SaysTopic)
                    ?? BestSentence(worded.Turn with { Loose = true }, minimumCover: RankingPolicy.StrictSentenceCover, accept: SaysTopic)) is { } saying)
                return SentenceVerdict(worded.Turn, saying, asked, byAmounts: false);
        }
        if (sentence is null)
            return AnotherInItsPlace(t) ?? DeedDenied(t) ?? (t.Q.AboutArticle ? NotSaid(t) : Replies.Unknown(t, "The article doesn't say."));
        return SentenceVerdict(t, sentence, asked, byAmounts is not null);
    }

    /// <summary>
    /// "did it pay reparations to Borduria?" of "Ruritania lost the war. It was forced to pay reparations to Borduria": a
    /// sentence goes on about whom its paragraph named before it, and the article's main subject is spoken of throughout,
    /// named or not. Tried only when no sentence naming every name says the claim.
    /// </summary>
    private static IndexedSentence? NamedBefore(Turn t)
    {
        // "did X say Y?" is checked against whose words the article makes Y, not a sentence near X's name.
        if (t.Q.Entities.Count == 0 || t.Q.Residual.Count == 0 || t.Q.Tokens.Any(w => Vocabulary.SpeechVerbs.Contains(Text.Stemmer.Stem(w))))
            return null;
        // A claim of few words ("was X charged like Y?") may leave only its other names to the paragraph: the sentence names its subject.
        var few = t.Q.Residual.Count < MinWordsUnnamed;
        if (few && t.Q.Entities.Count < 2)
            return null;
        var named = t.Q with { Entities = [.. t.Q.Entities.Where(e => !t.Index.IsMainSubject(e))] };
        // Leaving the main subject unnamed lets any sentence saying the words check it, so one whose verb is done by
        // another actor ("Greenwick rejected the plan" of "did Roe reject it?") does not.
        var othersDoing = named.Entities.Count != t.Q.Entities.Count;
        bool Accept(IndexedSentence s) => (!few || s.Mentioned.Contains(t.Q.Entities[0])) && !(othersDoing && DoneByAnother(t, s.Sentence.Text));
        // General synonyms may say it ("linking" for "connects"), as for a sentence naming every name, when they leave
        // none of the claim's words unsaid and its paragraph names every name, the main subject too: the names the
        // sentence leaves out already make it a looser match.
        return BestSentence(t.With(named), minimumCover: RankingPolicy.StrictSentenceCover, namedEarlier: true, accept: Accept)
            ?? BestSentence(t with { Loose = true }, minimumCover: RankingPolicy.AllWords, namedEarlier: true,
                accept: s => t.Q.Residual.All(w => t.Index.CoversLoosely(s.Stems, w)) && Accept(s));
    }

    /// <summary>
    /// The claim with the topics it names read as its words: "does the league answer rival doping cases leniently?" of
    /// "The league would respond to rival doping cases with lenient fines", which names no topic as such.
    /// Null when the claim names no topic; the words are those of the topics' names the claim says.
    /// </summary>
    private static (Turn Turn, List<string> Words)? TopicsAsWords(Turn t)
    {
        var topics = t.Q.Entities.Where(e => t.Index.Find(e) is { IsActor: false }).ToList();
        if (topics.Count == 0)
            return null;
        var said = t.Q.Tokens.Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var words = topics.SelectMany(e => t.Index.Find(e)!.NameStems).Where(said.Contains).Distinct(StringComparer.Ordinal).ToList();
        return (t.With(t.Q with { Entities = [.. t.Q.Entities.Except(topics)], Residual = [.. t.Q.Residual.Union(words, StringComparer.Ordinal)] }), words);
    }

    /// <summary>How many words a claim must say before a sentence that leaves its names to its paragraph may check it.</summary>
    private const int MinWordsUnnamed = 2;

    /// <summary>The claim checked against one sentence: whether it says it, the other way, with another date or amount, or only as a plan.</summary>
    private static Reply SentenceVerdict(Turn t, IndexedSentence sentence, List<string> asked, bool byAmounts)
    {
        // "did X do it?" of "X could do it": what may happen has not.
        if (Text.Tokenizer.Tokens(sentence.Sentence.Text).Select(Text.Stemmer.Stem).ToList() is var stems && ClaimChecks.Unrealised(t, stems) && !ClaimChecks.NotYet(t, sentence.Sentence.Text))
            return ClaimChecks.OnlyAttempted(t, stems) || ClaimChecks.PlanFellThrough(t, stems) ? AttemptOnly(t, sentence)
                : t.Q.AboutArticle ? SentenceReply("No. The article doesn't say that happened. It says", sentence)
                : Replies.Unknown(t, $"The article doesn't say that happened. It says: \"{sentence.Sentence.Text}\"");
        // "was the meeting held in October 2017?" of a sentence dating it October 2016.
        if (t.Q.Date is not null && DateIn(t, sentence.Sentence.Text, own: null) is { } date && !DateText.Matches(date, t.Q.Date)
            && !ComparesWithDateGiven(t, sentence.Sentence.Text))
            return SentenceReply($"No. That was {DateText.Describe(date)}. The article says", sentence);
        if (OtherMonth(t, sentence.Sentence.Text) is { } month)
            return SentenceReply($"No. That was in {DateText.MonthName(month)}. The article says", sentence);
        var opposites = t.Q.Residual.Where(w => !sentence.Stems.Contains(w)).Select(w => OppositesOutsideClaim(t, w))
            .Concat(DegreeWords(t.Q.Tokens).Select(w => OppositesOutsideClaim(t, Text.Stemmer.Stem(w))))
            .Select(o => o.Where(sentence.Stems.Contains).ToList()).Where(o => o.Count > 0).ToList();
        var opposed = opposites.Count;
        // Two claim words the sentence contradicts deny two parts of the claim, as in a fact's reading.
        var agrees = (t.Q.Negations + Math.Min(opposed, 1) + UnsaidDoubts(t, sentence.Stems)) % 2 == ClaimNegations(t, ReadForClaim(t, sentence.Sentence.Text, Reading.Of(sentence.Sentence.Text)),
            counted: opposites.SelectMany(o => o).ToHashSet(StringComparer.Ordinal)) % 2;
        if (agrees && UsualNotNow(t, sentence) is { } usual)
            return usual;
        var given = asked.Count > 0 ? AmountCheck.NumbersFor(t.Q.Tokens, sentence.Sentence.Text) : [];
        var verdict = asked.Count > 0 && given.Count > 0 && !asked.Any(given.Contains) ? "No. The article says"
            : agrees && SaysOtherwise(t, sentence.Sentence.Text) ? "No. The article says"
            // "did Roe reject the plan?" of "Greenwick rejected Roe's plan": the deed is another's.
            : agrees && OtherDoer(t, sentence.Sentence.Text) is { } doer ? $"No. The article says that of {t.Index.NameOf(doer)}"
            : agrees && ClaimChecks.Overclaim(t, sentence.Sentence.Text) is { } absolute ? $"No. The article doesn't go as far as \"{absolute}\". What it says"
            : agrees && ClaimChecks.NotYet(t, sentence.Sentence.Text) ? "No, not yet. The article says"
            // "are the guards still out?" of "the guards who used to patrol it have vanished".
            : agrees && ClaimChecks.Ended(t, stems, t.Q.Residual) ? "No, no longer. The article says"
            // The same amounts in a sentence saying the rest confirm the claim; other amounts or none cannot.
            : agrees && asked.Count > 0 && !asked.All(given.Contains) && !(given.Count == 0 && OnlyPointsBack(t.Q)) ? "The article doesn't say it in those words. What it says"
            : agrees && t.Q.SetAside.Count > 0 && CountedUnsaid(t, sentence.Sentence.Text) ? "No, not in those words. The article says"
            // "at a meeting in Minsk?" of "at a meeting in Moscow": a place of the world the articles never name is another place.
            : agrees && t.Q.Foreign.FirstOrDefault(Vocabulary.WorldNames.Contains) is { } elsewhere ? $"No. The article doesn't mention {Replies.Capitalize(elsewhere)}. It says"
            // "a target inside Peru?" of "a target in Bolivia": another place of the kind the claim names, where the claim puts it.
            : agrees && ClaimChecks.WrongDirection(t, sentence.Sentence.Text) ? "No. The article says"
            : agrees && ClaimChecks.CityUnsaid(t, sentence.Sentence.Text) ? "No, not in those words. The article says"
            // "did the missile really hit X?" of "the missile crossed X's airspace": the claim's other words are there,
            // but its verb, which the sentence says in no way, is what it leaves open.
            : agrees && !byAmounts && VerbUnsaid(t, w => t.Index.CoversLoosely(sentence.Stems, w) || Vocabulary.OppositesOf(w).Any(sentence.Stems.Contains) || SaidAsPhrase(t, sentence.Stems).Contains(w)) ? "No, not in those words. The article says"
            : agrees && (t.Q.SetAside.Count > 0 || byAmounts) ? "Yes, in other words. The article says"
            : agrees ? "Yes. The article says" : "No. The article says";
        // A paraphrase confirms nothing when the article denies the claim's deed of its subject in so many words.
        return verdict.StartsWith("Yes, in other words", StringComparison.Ordinal) && DeedDenied(t) is { } denied ? denied : SentenceReply(verdict, sentence);
    }

    /// <summary>
    /// "are the peaks still snow-capped?" of "the peaks are normally snow-capped. Yet now only bare rock shows": what is
    /// usual is no answer for now, and the sentence turning against it is shown too when it is the next one.
    /// </summary>
    private static Reply? UsualNotNow(Turn t, IndexedSentence sentence)
    {
        var next = (Stems: (IReadOnlyList<string>)[], Sentence: (IndexedSentence?)null);
        IReadOnlyList<string> Next()
        {
            if (t.Index.Beside(sentence, 1) is { } after && sentence.SameParagraphAs(after))
                next = (Words.Stems(after.Sentence.Text), after);
            return next.Stems;
        }
        if (!ClaimChecks.UsualNotNow(t, Words.Stems(sentence.Sentence.Text), Next))
            return null;
        var answer = new AnswerBuilder();
        answer.Add($"No, no longer. The article says: \"{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
        if (next.Sentence is { } turn && next.Stems is [var first, ..] && Vocabulary.Contrasts.Contains(first))
            answer.Add($"It goes on: \"{turn.Sentence.Text}\"", Replies.Evidence(turn));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// "the toilet was found in X's villa?" where a sentence says all of it of Y: no fact about X says it, and the
    /// sentence naming another person (or body) of X's kind in X's place answers no.
    /// </summary>
    private static Reply? SaidOfSomeoneElse(Turn t)
    {
        var q = t.Q;
        // A state is named beside so much that a sentence naming another says nothing of whom the claim is about.
        if (q.Entities.Count == 0 || q.Residual.Count < 2 || t.Index.Find(q.Entities[0]) is not { IsActor: true, Kind: not ActorKind.State })
            return null;
        var subject = q.Entities[0];
        if (BestSentence(t.With(q with { Entities = [.. q.Entities.Skip(1)] }), minimumCover: RankingPolicy.StrictSentenceCover) is not { } sentence)
            return null;
        var named = t.Index.Linker.MentionedIn(sentence.Sentence.Text, actorsOnly: true);
        var other = named.Contains(subject) ? null : named.FirstOrDefault(id => !q.Entities.Contains(id) && SameKind(t.Index, id, subject) && !t.Index.IsAuthor(id));
        if (other is null)
            return null;
        var answer = new AnswerBuilder();
        answer.Add($"No. The article says that of {t.Index.NameOf(other)}: \"{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
        AddOfSubject(t, answer, subject, sentence.Sentence.Text);
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// "did X take all of Y?" of a fact saying only part of the claim, without "all": a sentence saying the absolute
    /// word and as much of the claim as the fact does ("X seized all of Y") checks it instead.
    /// </summary>
    private static Reply? BetterSentence(Turn t, IndexedFact fact, double cover) =>
        BestSentence(t, minimumCover: Math.Max(cover, RankingPolicy.EnoughWords), accept: s => ClaimChecks.Overclaim(t, s.Sentence.Text) is null) is { } sentence
        && !ReferenceEquals(sentence, AnswererTable.OwnWords(t.Index, fact)) ? SentenceVerdict(t, sentence, AmountCheck.Numbers(t.Q.Text), byAmounts: false) : null;

    /// <summary>
    /// Whether what the claim is checked against (<paramref name="says"/> tells which words it says, in its own words,
    /// a synonym's or an opposite's) leaves out the claim's verb: the word after "will" or "might", past any adverb
    /// ("will vanish", "might actually cut off"), which says what the claim expects of its names. A past claim's verb
    /// after an adverb alone ("actually flew over" of "streaked across") is as often said in other words, so it is left
    /// to the other checks.
    /// </summary>
    private static bool VerbUnsaid(Turn t, Func<string, bool> says) => Enumerable.Range(1, t.Q.Tokens.Count - 1)
        .Where(i => VerbLeads.Contains(t.Q.Tokens[i - 1]) || i == ReportedVerb(t.Q.Tokens))
        .Select(i => Enumerable.Range(i, t.Q.Tokens.Count - i).FirstOrDefault(j => !t.Q.Tokens[j].EndsWith("ly", StringComparison.Ordinal), i))
        .Select(i => Text.Stemmer.Stem(t.Q.Tokens[i]))
        .Any(w => (t.Q.Residual.Contains(w) || t.Q.SetAside.Contains(w)) && !says(w));

    /// <summary>
    /// Where the verb of the clause a claim says someone asserted stands: the word after the clause's first auxiliary
    /// ("did X claim the embargo has spared the economy?"). What X is claimed to have said happened is the point of the
    /// claim, not its phrasing, so a fact saying the rest ("X said the embargo has crippled the economy") leaves it
    /// unsaid. -1 when the claim reports no one's words.
    /// </summary>
    private static int ReportedVerb(IReadOnlyList<string> tokens)
    {
        var said = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (said < 0 && AssertingVerbs.Contains(Text.Stemmer.Stem(tokens[i])))
                said = i;
            else if (said >= 0 && i > said + 1 && ClauseAuxiliaries.Contains(tokens[i - 1]))
                return i;
        }
        return -1;
    }

    /// <summary>Auxiliaries that put a reported clause's verb right after them ("has spared", "were sent").</summary>
    private static readonly HashSet<string> ClauseAuxiliaries = new(StringComparer.Ordinal) { "has", "have", "had", "was", "were" };

    /// <summary>Words a verb follows in a claim whatever its subject: the future's, the conditional's, a possibility's.</summary>
    private static readonly HashSet<string> VerbLeads = new(StringComparer.Ordinal) { "will", "would", "wo", "might", "may", "could" };

    /// <summary>
    /// "did the meeting go ahead?" of "X had been meant to meet Y. That meeting was cancelled": an attempt or a plan that
    /// fell through is a no, and how it ended is told right after it, so the answer goes on to that sentence.
    /// </summary>
    private static Reply AttemptOnly(Turn t, IndexedSentence sentence)
    {
        var answer = new AnswerBuilder();
        answer.Add($"No. The article doesn't say that happened. It says: \"{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
        if (t.Index.Beside(sentence, 1) is { } next && sentence.SameParagraphAs(next))
            answer.Add($"It goes on: \"{next.Sentence.Text}\"", Replies.Evidence(next));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    private static Reply SentenceReply(string verdict, IndexedSentence sentence)
    {
        var answer = new AnswerBuilder();
        answer.Add(verdict + ": \"" + sentence.Sentence.Text + "\"", Replies.Evidence(sentence));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>The best sentence once the claim's words whose opposites the articles use are left for the verdict to check.</summary>
    private static IndexedSentence? OppositeSentence(Turn t)
    {
        var q = t.Q;
        var rest = q.Residual.Where(w => !Vocabulary.OppositesOf(w).Any(t.Index.Knows)).ToList();
        if (rest.Count == q.Residual.Count || rest.Count < 2)
            return null;
        var sentence = BestSentence(t.With(q with { Residual = rest }), minimumCover: RankingPolicy.StrictSentenceCover);
        return sentence is not null && q.Residual.Except(rest).Any(w => Vocabulary.OppositesOf(w).Any(sentence.Stems.Contains)) ? sentence : null;
    }
}
