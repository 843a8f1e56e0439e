using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no questions: the fact that answers, and whether it agrees (yes or no first).</summary>
internal static partial class YesNoAnswerer
{
    public static Reply YesNo(Turn t)
    {
        // "is X the source of the claim that Y?" asks whose words Y are, not who X is; so does "did X call it 'Y'?",
        // whose quoted words are found as they stand, whatever the claim's other words.
        if ((SourceOfWords().IsMatch(t.Q.Words) || t.Q.Quoted is { } quoted && Words.ContentStems(quoted).Count() >= MinQuotedWords) && SaidClaim(t) is { } source)
            return source;
        if (Mentioned(t) is { } mentioned)
            return mentioned;
        if (Silence(t) is { } silence)
            return silence;
        if (SpokeAbout(t) is { } spoke)
            return spoke;
        var reply = Verdict(t);
        // "did X say Y?" that no fact answers: the sentence saying Y, and whose words the article makes them.
        if (reply.Answer.Status != AnswerStatus.Answered && SaidClaim(t) is { } said)
            reply = said;
        reply = BySlots(t, reply);
        if (reply.Answer.Status != AnswerStatus.Answered && reply.Otherwise is { } otherwise)
            reply = otherwise;
        reply = WritersView(t, reply);
        // "is it on the East's side or the West's?" offers two answers: what the article says settles it, not a yes or no.
        return AlternativesAsked.IsMatch(t.Q.Words) && VerdictOpening().Match(reply.Answer.Text) is { Success: true } verdict
            ? reply with { Answer = reply.Answer with { Text = "The article says: " + reply.Answer.Text[verdict.Length..] } }
            : reply;
    }

    /// <summary>
    /// Whether every word of the question is an actor's name, an article or a verb like "did" or "is", which claim nothing.
    /// A topic's name claims something ("did X dredge the harbour?"); an actor's does not.
    /// </summary>
    private static bool SaysNothingBesideNames(KnowledgeIndex index, ParsedQuestion q) => Enumerable.Range(0, q.Tokens.Count)
        .All(i => EmptyWords.Contains(q.Tokens[i])
            || q.Mentions.Any(m => i >= m.Start && i < m.Start + m.Length && m.Candidates.All(id => index.Find(id) is { IsActor: true })));

    private static readonly HashSet<string> EmptyWords = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "can", "could", "will", "would", "the", "a", "an", "and",
    };

    /// <summary>
    /// Words a claim opens with before its subject: the question's verb, articles, and words that only say how it is asked.
    /// Here, after <see cref="EmptyWords"/>, which it is built from: static fields start in the order a file gives them.
    /// </summary>
    private static readonly HashSet<string> SubjectOpeners = new(EmptyWords.Where(w => w != "and").Append("so").Append("confirm"), StringComparer.Ordinal);

    /// <summary>How many content words a quotation needs before it is found by its own words rather than by the claim's.</summary>
    private const int MinQuotedWords = 2;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(source|author|origin) (for|of|behind) (the |that |this )?(claim|quote|quotation|words|statement|remark|figure|estimate|line)\b|\bthe one who (said|claimed|told)\b")]
    private static partial System.Text.RegularExpressions.Regex SourceOfWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\w \w+ or (?!not\b|nah\b|no\b|what\b)(the |a |an )?\w+( s| it| them| that| this| one)?$")]
    private static partial System.Text.RegularExpressions.Regex Alternatives();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern AlternativesAsked = new(Alternatives());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Yes|No)(, [a-z ]+)?[.:] (The article says: )?")]
    private static partial System.Text.RegularExpressions.Regex VerdictOpening();

    /// <summary>
    /// Whether a text that says the claim's words says something else of them: other sides, another's thing, another
    /// time, season, figure, count, place or reason, an amount no longer so or gone the other way, a deed undone, a mere candidate, another
    /// place in an order ("a fifth year" of "its fourth year?"), another office ("the finance minister" of "the foreign minister?"), doer and
    /// beneficiary turned round ("on behalf of X" of "by X on Y's behalf?"), a word denied in a "though not" clause, a deed
    /// only hoped for and then denied ("confident X would sign; X denied it"). A fact's
    /// reading and a sentence found for the claim are both checked by these.
    /// </summary>
    private static bool SaysOtherwise(Turn t, string text) =>
        ClaimChecks.OppositeSides(t, text) || ClaimChecks.AnothersThing(t, text) || ClaimChecks.OtherTimeRelation(t, text)
        || ClaimChecks.OtherSeason(t, text) || ClaimChecks.FigureOfAnother(t, text) || ClaimChecks.FiguresSwapped(t, text) || CountsAnotherThing(t, text)
        || ClaimChecks.OtherPlaceOfThing(t, text) || ClaimChecks.OtherReason(t, text) || ClaimChecks.OnlyFormerAmount(t, text) || ClaimChecks.OtherWayThanFormer(t, text)
        || ClaimChecks.UndoneAfterBut(t, text) || ClaimChecks.OnlyCandidate(t, text) || ClaimChecks.OtherPlaceInMonth(t, text)
        || ClaimChecks.OtherOrdinal(t, text) || ClaimChecks.OtherOffice(t, text) || ClaimChecks.OtherBeneficiary(t, text) || ClaimChecks.LimitedAway(t, text)
        || ClaimChecks.ExpectationDenied(t, text);

    private static Reply Verdict(Turn t)
    {
        t = WithAgentFirst(WithoutAlternative(WithoutFindingFrame(t)));
        var (index, q) = (t.Index, t.Q);
        // Negation words decide yes or no; the other words decide which fact answers. "the opposition" is a camp, which
        // denies nothing: "is X an opposition party?" claims what X is.
        var content = new List<string>(q.Residual.Count);
        for (var i = 0; i < q.Residual.Count; i++)
        {
            if (!Vocabulary.NegationStems.Contains(q.Residual[i]) || NamesCamp(q.Tokens, q.Residual[i]))
                content.Add(q.Residual[i]);
        }
        if (Cleft(t) is { } cleft)
            return cleft;
        if (Identity(t, content) is { } identity)
            return identity;
        // "is Vantor a Bolivian firm?" of "the Chilean Vantor": where the article says it is from is a no,
        // for a firm or body whose description the article does not give as a role.
        if (ClaimChecks.OtherOrigin(t) is { } origin)
            return SentenceReply("No. The article says", origin);
        // "did Ruritania 💥 Borduria?", "is Ruritania Borduria?": names with nothing claimed of them, and no identity
        // ("is Jo Roe Ruritanian?") either, is no claim to check.
        if (content.Count == 0 && q.Entities.Count > 0 && !q.AboutArticle && q.Date is null && q.Quoted is null && SaysNothingBesideNames(index, q))
            return Replies.Unknown(t, $"I'm not sure what you'd like me to check about {string.Join(" and ", q.Entities.Take(2).Select(index.NameOf))}. Try asking whether they did something.");
        if (FigureVerdict(t) is { } figure)
            return figure;
        if (OtherStartYear(t) is { } start)
            return start;
        // "is X still dredging?" of "... but dredging has now stopped", wherever the article says so.
        if (ClaimChecks.StoppedSince(t) is { } stopped)
            return SentenceReply("No, no longer. The article says", stopped);
        // A fact saying the opposite of a question word answers it too (with "no").
        // Only facts that involve the subject can answer for it; without a name, every fact is a candidate.
        var pool = q.Entities.Count > 0 ? index.FactsInvolving(q.Entities[0]) : index.Facts;
        // The date is what a yes/no question asks to check, so it does not choose the fact.
        // "did they pledge £300 million?": a fact giving an amount speaks to it, the same amount most of all.
        var asked = AmountCheck.Numbers(q.Text);
        // The claim's own words of denial or refusal ("deny", "reject"); a bare "not" says no deed of its own.
        var denials = q.NegationStems.Where(n => !Vocabulary.PlainNegationStems.Contains(n)).ToList();
        // Words the articles never use but can paraphrase ("guardedly", "expand") help choose the fact without being needed to.
        // When they are all the claim says ("was he arrested?"), they are what must be found.
        var core = content.Where(w => !q.Reachable.Contains(w)).ToList() is { Count: > 0 } known ? known : content;
        // What every fact answering the claim has, cheap to check on each: only those are ranked.
        bool MayAnswer(Candidate s) => (q.Entities.Count == 0 || (s.EntityCover >= RankingPolicy.EnoughEntities && s.Fact.EntityWeight(q.Entities[0]) > 0))
            && (content.Count == 0 || s.WordCover >= RankingPolicy.EnoughWords || core.Count < content.Count);
        bool Answers(Scored s) => content.Count == 0 || s.WordCover >= RankingPolicy.EnoughWords
            || CoveredOrOpposed(index, s.Fact, core) >= RankingPolicy.EnoughWords * core.Count;
        // What a fact earns of a word's weight: all of it for the word itself, part for a paraphrase or an opposite.
        // The facts saying the word are found once for it, not fact by fact.
        Func<IndexedFact, double> ShareOf(string word)
        {
            var saying = index.Saying(word);
            return f => saying.Holds(f) ? 1 : saying.SaysOrGainsays(f) ? RankingPolicy.OtherWordsShare : 0;
        }
        var ranked = RankLazily(q.Date is null ? t : t.With(q with { Date = null }), pool.Where(f => f.Fact is not Actor), residual: content,
            covers: ShareOf,
            bonus: f => (f.Fact is Position && q.Entities.Count > 0 && f.Declared.Contains(q.Entities[0]) ? 0.2 : 0) + AmountBonus(asked, f)
                + (denials.AnyIn(f.NegationStems) ? RankingPolicy.SameDenialBonus : 0),
            keep: MayAnswer);
        var best = ranked.FirstOrDefault(Answers);
        // A fact saying every word of the claim checks it, rather than one that only names the subject more firmly.
        if (best is { WordCover: < RankingPolicy.AllWords } && ranked.FirstOrDefault(s => s.WordCover >= RankingPolicy.AllWords, Answers) is { } whole
            && whole.WordCover >= best.WordCover + ClearlyBetterCover)
            best = whole;
        best = OwnStanceInstead(t, ranked, best, Answers) ?? best;
        // How the answer would quote a fact and read it; the one finally chosen is read once, whichever check read it first.
        (IndexedFact Fact, (string Shown, Reading Reading) Read)? last = null;
        (string Shown, Reading Reading) ReadOf(IndexedFact f)
        {
            if (last is not { } read || !ReferenceEquals(read.Fact, f))
                last = read = (f, Read(t, f));
            return read.Read;
        }
        // A fact that only fears or wishes what the claim says happened is no test of it when one saying nearly as much,
        // some of it in the claim's own words, tells what did happen.
        if (best is not null && ClaimChecks.Unrealised(t, ReadOf(best.Fact).Reading.PlainStems)
            && ranked.FirstOrDefault(s => s.WordCover >= best.WordCover - ClearlyBetterCover, s => Answers(s)
                && Read(t, s.Fact).Reading.PlainStems is var stems && content.Any(stems.Contains) && !ClaimChecks.Unrealised(t, stems)) is { } done)
            best = done;
        // A claim with a date is checked against a dated fact when one says nearly as much.
        if (q.Date is not null && best is not null && DateIn(t, best.Fact) is null
            && ranked.FirstOrDefault(s => Answers(s) && DateIn(t, s.Fact) is not null) is { } dated && dated.WordCover >= best.WordCover - ClearlyBetterCover)
            best = dated;
        // "on 28 October?" when no fact dated that month says the claim: a sentence dating it otherwise answers.
        if (q.Date is not null && (best is null || DateIn(t, best.Fact) is null) && NearMissDate(t) is { } nearMiss)
            return nearMiss;
        // "does the ship fly a Ruritanian flag?" of "it sails under a Borduria Islands flag": the claim's own subject
        // answers no before another ship said to fly flags.
        if (best is not null && q.HasSubject && ClaimChecks.OtherPlaceOfThing(t, ReadOf(best.Fact).Shown))
            return Reply(t, best.Fact, $"No. {ReadOf(best.Fact).Shown}");
        // "Was it X who told Reuters ...?": the article says it of someone else, so the answer is no.
        if (q.Entities.Count > 0 && SomeoneElse(t, content, best) is { } other)
            return OfSomeoneElse(t, other);
        // "published by the Lakeside Institute?": a name the articles never mention, checked as a detail of the claim.
        if (q.Details.Count > 0)
            return OtherDetail(t, best, q.Details);
        // "did X lose Y?" of a fact naming X alone, that says what X seized: a sentence naming both checks the claim.
        if (best is null || !q.HasSubject || (q.Entities.Any(e => best.Fact.EntityWeight(e) == 0)
            && content.Any(w => !index.Saying(w).Holds(best.Fact) && index.Saying(w).SaysOrGainsays(best.Fact))
            && BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover) is not null))
            return FromSentence(t);
        // An explanation found by a reason's words answers by that reason's sentence, not the belief it explains.
        if (ReasonSaying(t, best.Fact, content) is { } reason && ReasonVerdict(t, reason, content, asked) is { } byReason)
            return byReason;
        var fact = best.Fact;
        var (shown, reading) = ReadOf(fact);
        if (q.Date is not null && DateIn(t, fact) is { } date && !DateText.Matches(date, q.Date) && !ComparesWithDateGiven(t, fact.Fact.Text))
            return DatedSentenceInstead(t, fact, best.WordCover) ?? Reply(t, fact, $"No. That was {DateText.Describe(date)}: {shown}");
        if (OtherMonth(t, shown) is { } month)
            return Reply(t, fact, $"No. That was in {DateText.MonthName(month)}: {shown}");
        // "alongside Ruritanian forces?" when the fact says alongside Bordurian ones: another of the same kind in that place is a no.
        var missing = q.Entities.Skip(1).Where(e => fact.EntityWeight(e) == 0).ToList();
        // The other must stand where the claim's words are: "; Germany is supplying carriers" after the clause saying the
        // claim names no one in its place.
        if (missing.Count > 0 && best.WordCover >= RankingPolicy.AllWords
            && fact.Declared.Concat(fact.Mentioned).Any(id => !q.Entities.Contains(id) && missing.Any(m => SameKind(index, id, m) || Another(index, id, m))
                && NamedInClaimClause(t, reading, id)))
            return Reply(t, fact, $"No. {shown}");
        if (ClaimChecks.WrongDirection(t, fact.Fact.Text) || ClaimChecks.SaysWhatIsSetAside(t, shown) || SaysOtherwise(t, shown))
            return Reply(t, fact, $"No. {shown}");
        // The claim's amount against the fact's: another amount is a "no"; none at all cannot confirm it.
        var given = asked.Count > 0 ? AmountCheck.NumbersFor(q.Tokens, shown) : [];
        if (asked.Count > 0 && given.Count > 0 && !asked.Any(given.Contains))
            return Reply(t, fact, $"No. {shown}");
        // "did X back the union?" of "X debated the union": a position that takes no side leaves the claim's stance open.
        if (content.Concat(q.NegationStems).Any(w => StanceLeftOpen(index, fact, w) && TakesSideIn(q.Tokens, w)))
            return Silent(t, fact, best.WordCover);
        // "did X make his remarks on Y on May 2?": names and a date the fact matches ask only whether it happened then.
        var agrees = (q.Date is not null && q.NegationStems.Count == 0 && content.All(w => q.Entities.SelectMany(e => EntityStems(index, e)).Contains(w)))
            || Agrees(t, fact, content, reading);
        // "did X call for Y to resign?" of "as X called for Z to resign, Y ...": Y is named apart from what the claim says.
        if (agrees && NamedApart(t, reading, content))
            return Reply(t, fact, $"No. {shown}");
        if (agrees && OtherDoer(t, shown) is { } doer)
            return Reply(t, fact, $"No. The article says that of {index.NameOf(doer)}: {shown}");
        // "did X only talk to Y?", "was it completely settled?": a claim the fact says only part of, or says without
        // the absolute word, goes further than the article.
        if (agrees && ClaimChecks.Overclaim(t, shown) is { } absolute)
            return BetterSentence(t, fact, best.WordCover) ?? Reply(t, fact, $"No. The article doesn't go as far as \"{absolute}\". What it says: {shown}");
        // "is X still minister?" of "until last year X was minister": what has ended is not so now.
        if (agrees && ClaimChecks.Ended(t, fact.PlainStems, content))
            return Reply(t, fact, $"No, no longer. {shown}");
        if (agrees && AnswererTable.OwnWords(index, fact) is { } own && UsualNotNow(t, own) is { } usual)
            return usual;
        // "has the bridge already been built?" of "it is scheduled to open next year".
        if (agrees && ClaimChecks.NotYet(t, shown))
            return Reply(t, fact, $"No, not yet. {shown}");
        // "did they seize the tanker?" of "they tried to detain it": an attempt reported as such failed, so that is a no;
        // its outcome is told right after it ("... had to break off"), so the answer goes on to that sentence.
        // So is a plan told as one that was to be ("had been meant to meet them"), which news writes of what fell through.
        if (agrees && ClaimChecks.Unrealised(t, reading.PlainStems) && (ClaimChecks.OnlyAttempted(t, reading.PlainStems) || ClaimChecks.PlanFellThrough(t, reading.PlainStems)))
            return OnlyAttempted(t, fact, shown);
        // "did the parliament resign?" of "veterans called for the resignation of the parliament": asked for is not done.
        // Asked whether the article reports it, that is a no.
        if (agrees && ClaimChecks.Unrealised(t, reading.PlainStems))
            return q.AboutArticle ? Reply(t, fact, $"No. The article doesn't say that happened. It says: {shown}")
                : Replies.Unknown(t, $"The article doesn't say that happened. It says: {shown}") with { Fact = fact };
        if (agrees && DoubtedAfterward(t, shown))
            return Reply(t, fact, $"No. The article doubts it: {shown}");
        // "Yes" needs the fact to say all of it; a fact saying only part cannot confirm the rest, though a
        // contradiction in what it does say is a "no".
        // General synonyms say it too ("keeps ties" of "maintains relations"), in other words.
        // One word the sentences either side of it in its paragraph say ("the protesters" of "the avenue was blocked")
        // goes with it too: a paragraph tells one thing. So does the claim's subject, said anywhere before it in its paragraph.
        // A verb and its particle ("cut back") are said by what says the word they mean together ("downgrading").
        var phrased = SaidAsPhrase(t, fact.Stems);
        var unsaid = content.Where(w => !phrased.Contains(w) && !CoversOrOpposes(index, fact, w) && !index.CoversLoosely(fact.Stems, w)
            && !OfficeOfNamed(t, fact, shown, w) && !InsideAsPartOf(t, shown, w) && !AssertedBySaying(fact, w) && !RankedFirstAlike(t, shown, w) && !CalledAsDescribed(t, shown, w)).ToList();
        // So does one word of a claim whose amounts the fact gives, every one ("checks 40 ships a month" of "challenges
        // more than 40 ships a month"): the same figures about the same thing leave one verb to other words.
        // What is counted is no such word: "19 tanks" of "19 armoured personnel-carriers" is another thing; years are said by a span of them.
        var sameAmounts = asked.Count > 0 && AmountCheck.NumbersFor(q.Tokens, shown) is { Count: > 0 } figures && asked.All(figures.Contains);
        var paraphrased = best.WordCover < RankingPolicy.AllWords && (unsaid.Count == 0
            || (unsaid.Count == 1 && sameAmounts && (!AmountCheck.CountedInClaim(q).Contains(unsaid[0]) || CountsIt(index, Words.Stems(shown), unsaid[0])))
            || (unsaid.Count == 1 && content.Count + NamesSaid(q, fact) >= MinWordsForContext
                && (AroundInParagraph(index, fact).Any(s => index.CoversLoosely(s.Stems, unsaid[0])) || SubjectEarlier(t, fact, unsaid[0])))
            || DescribedBefore(t, fact, unsaid) || SinceSaidBefore(t, fact, unsaid)
            || OnlyForeignWordUnsaid(t, fact, best.WordCover, content, unsaid, shown));
        if (agrees && best.WordCover < RankingPolicy.AllWords && !paraphrased)
            return Silent(t, fact, best.WordCover);
        // Every word the article uses is confirmed, but words set aside as phrasing ("flatly", "meetup") are not.
        var unparaphrased = q.Reachable.Any(w => !CoversOrOpposes(index, fact, w));
        if (agrees && asked.Count > 0 && given.Count == 0 && !OnlyPointsBack(q))
            return AmountElsewhere(t, fact, asked) ?? Reply(t, fact, $"The article doesn't say it in those words. What it says: {shown}");
        // "is X still in Ruritania?" claims nothing but the names: a fact that leaves one of them out cannot confirm it.
        if (agrees && missing.Count > 0 && content.Count == 0)
            return Silent(t, fact, cover: 0);
        // "did they visit Kyiv?" of "they visited Odesa": the capital's country is in the fact, the city is not.
        if (agrees && ClaimChecks.CityUnsaid(t, shown))
            return Silent(t, fact, best.WordCover);
        // A place of the world the articles never name ("with Transmontia") is no paraphrase: the fact says it of another.
        if (agrees && q.Foreign.FirstOrDefault(Vocabulary.WorldNames.Contains) is { } elsewhere)
            return Reply(t, fact, $"No. The article doesn't mention {Replies.Capitalize(elsewhere)}. What it says: {shown}");
        // A word set aside that says how ("flatly") leaves the claim confirmed in other words; the verb right after the
        // claim's subject ("did X resign over the scandal?", where no article uses the word or its synonyms) is what the
        // claim says X did, and with few other words or names to go on the article is silent on it.
        if (agrees && content.Count + q.Entities.Count - 1 <= (OpensOnDoneDeed(q) ? MaxWordsBesideDeed : 1) && DeedSetAside(q, phrased))
            return Silent(t, fact, cover: 0);
        // What the claim counts ("40 yachts") is its point, not its phrasing: a fact that never names it does not confirm it.
        if (agrees && q.SetAside.Count > 0 && CountedUnsaid(t, shown))
            return Silent(t, fact, best.WordCover);
        // "did the rocket actually hit X?" of "the rocket crossed X's airspace": the claim's verb is what the fact leaves open.
        if (agrees && VerbUnsaid(t, w => phrased.Contains(w) || CoversOrOpposes(index, fact, w)))
            return Silent(t, fact, best.WordCover);
        // A paraphrase confirms nothing when the article denies the claim's deed of its subject in so many words.
        if (agrees && (q.SetAside.Count > 0 || unparaphrased || paraphrased))
            return DeedDenied(t) ?? Reply(t, fact, $"Yes, in other words: {shown}");
        return Reply(t, fact, (agrees ? "Yes. " : "No. ") + shown);
    }

    /// <summary>Whether a word of the claim with this stem names a camp ("the opposition"), which denies nothing.</summary>
    private static bool NamesCamp(IReadOnlyList<string> tokens, string stem)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Words.IsCamp(tokens, i) && Text.Stemmer.Stem(tokens[i]) == stem)
                return true;
        }
        return false;
    }

    /// <summary>
    /// What the answer quotes for a fact, which the checks read too: the article's own sentence, in the words a claim is
    /// checked against, unless the fact's summary says more than that one sentence does. A drafted fact is read in the
    /// sentence shown: a reason's sentence says yes or no, not its claim's clause.
    /// </summary>
    private static (string Shown, Reading Reading) Read(Turn t, IndexedFact fact)
    {
        var shown = Replies.Shown(t, fact) is var summary && fact.Fact is not Actor && AnswererTable.OwnWords(t.Index, fact) is { } own
            && SaysAllOf(own, fact) ? own.Sentence.Text : summary;
        // "did X say Y?", "X insisted Y?": what the fact quotes is what the claim says was said.
        if (fact.Fact is not Actor && t.Q.Tokens.Any(w => AssertingVerbs.Contains(Text.Stemmer.Stem(w))))
            return (shown, Reading.Whole(shown));
        return fact.Article.Drafted && shown != fact.Fact.Text ? (shown, ReadForClaim(t, shown, Reading.Of(shown))) : (shown, ReadForClaim(t, fact.Fact.Text, Reading.Of(fact)));
    }

    /// <summary>How many claim words a fact must say, all but one, before its paragraph's other sentences may say the one.</summary>
    private const int MinWordsForContext = 4;

    /// <summary>
    /// How many of the claim's names the fact names, which count toward the words it must say before its paragraph may say
    /// the one left: "did Ada Brell and Ivo Tarn sign the pact at the summit?" beside "Ada Brell and Ivo Tarn signed the
    /// pact" says as much of the claim as four of its words would, so a paragraph opening on the summit gives the rest.
    /// </summary>
    private static int NamesSaid(ParsedQuestion q, IndexedFact fact) => q.Entities.Count(e => fact.EntityWeight(e) > 0);

    /// <summary>How many words before a thing the claim names may describe it ("shadow-fleet oil tankers").</summary>
    private const int MaxDescribingWords = 3;

    /// <summary>
    /// "did they seize shadow tankers?" of "X uses a shadow fleet of tankers. Y seized two of those tankers": words the
    /// claim puts before a thing the fact names, which the sentence before it in its paragraph says with that thing,
    /// describe the fact's thing too.
    /// </summary>
    private static bool DescribedBefore(Turn t, IndexedFact fact, IReadOnlyList<string> unsaid)
    {
        if (unsaid.Count == 0 || AnswererTable.OwnWords(t.Index, fact) is not { } own || t.Index.Beside(own, -1) is not { } before || !own.SameParagraphAs(before))
            return false;
        var stems = t.Q.Tokens.Select(Text.Stemmer.Stem).ToList();
        return unsaid.All(word => stems.IndexOf(word) is var at and >= 0 && before.Stems.Contains(word)
            && stems.Skip(at + 1).Take(MaxDescribingWords).FirstOrDefault(s => t.Q.Residual.Contains(s) && !unsaid.Contains(s)) is { } thing
            && fact.Stems.Contains(thing) && before.Stems.Contains(thing));
    }

    /// <summary>The sentences just before and after the fact's own in its paragraph.</summary>
    private static IEnumerable<IndexedSentence> AroundInParagraph(KnowledgeIndex index, IndexedFact fact) =>
        AnswererTable.OwnWords(index, fact) is { } own
            ? new[] { index.Beside(own, -1), index.Beside(own, 1) }.OfType<IndexedSentence>().Where(own.SameParagraphAs)
            : [];

    private static Reply Reply(Turn t, IndexedFact fact, string text)
    {
        var answer = new AnswerBuilder();
        answer.Add(fact.Fact is Actor ? WithSourceOfCard(t.Index, fact.Fact.Evidence, text) : text, fact.Fact.Evidence);
        Suggestions.About(t, answer, fact.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, fact, []);
    }

    /// <summary>Most of a summary's words that its sentence must hold for the sentence to say all the summary does.</summary>
    private const double SummaryInSentence = 0.8;

    private static bool SaysAllOf(IndexedSentence sentence, IndexedFact fact) =>
        fact.TextStems.Count == 0 || fact.TextStems.Count(sentence.Stems.Contains) >= SummaryInSentence * fact.TextStems.Count;

    /// <summary>
    /// The fact's date: its own, else one its words give ("in May 2011"). Where its words give several
    /// ("A (June 2023), B (November 2023)"), the one in the same clause as the question's subject.
    /// </summary>
    private static FactDate? DateIn(Turn t, IndexedFact fact) => DateIn(t, fact.Fact.Text, DateOf(fact.Fact));

    /// <summary>The date a text gives, else its own (<paramref name="own"/>).</summary>
    private static FactDate? DateIn(Turn t, string text, FactDate? own)
    {
        var dated = DatedClauses(text);
        // A fact listing several dated things ("A (June 2023), B (November 2023)") is dated, for B, by B's own clause.
        var subject = dated.Count > 1 && t.Q.Entities.Count > 0 ? EntityStems(t.Index, t.Q.Entities[0]).ToList() : [];
        var bySubject = subject.Count > 0 ? dated.FirstOrDefault(c => subject.Any(c.Stems.Contains)) : null;
        var found = bySubject?.Date ?? (own is null && dated.Count > 0 ? dated[0].Date : null);
        return found is { Year: { } year } ? new FactDate(year, found.Month, found.Day, false) : own;
    }

    /// <summary>
    /// "faster than they were in 2023?" of "45 days in 2025, down from 120 days in 2023": a claim measured against a date
    /// the text also gives is not dated otherwise by the text's first date.
    /// </summary>
    private static bool ComparesWithDateGiven(Turn t, string text) =>
        t.Q.Date is { } asked && t.Q.Tokens.Contains("than")
        && DatedClauses(text).Any(c => c.Date is { Year: { } year } given && DateText.Matches(new FactDate(year, given.Month, given.Day, false), asked));

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]| and ")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();
}
