using System.Runtime.CompilerServices;
using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Why something happened: the author's explanation with every reason it gives, in the article's order.</summary>
internal static partial class WhyAnswerer
{
    public static Reply Why(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        // "what reason did X give?": X's own account, before any explanation the author gives.
        if (GivenReason(t) is { } given)
            return given;
        // "why?" after an answer: the explanation that shares most with the fact just given.
        var previous = q.ContextFact;
        // An explanation whose claim itself says what is asked beats one that only mentions it among its reasons.
        var hardship = q.Residual.Any(Vocabulary.HardshipStems.Contains) ? HardshipCover(t) : null;
        var refused = RefusedWords(q);
        var ranked = Rank(t, index.FactsOf<Explanation>(), covers: refused.Count == 0 ? hardship : RefusalCover(t, refused, hardship),
            bonus: f => (ClaimBonus * ClaimCover(t, f, refused))
            + (previous is null ? 0 : (0.05 * f.Stems.Count(previous.Stems.Contains)) + (previous.Declared.Overlaps(f.Declared) ? 0.5 : 0)));
        bool Answers(Scored s) => Fits(s, q) && (q.Entities.Count == 0 || s.EntityCover > 0) && (!q.FollowUp || q.Entities.Count == 0 || s.Fact.Declared.Contains(q.Entities[0]));
        var best = ranked.FirstOrDefault(Answers);
        // "why did X refuse?": among explanations that fit about as well, the fullest (most reasons) is the article's main answer.
        if (best is not null && q.Entities.Count <= 1)
            best = ranked.Where(s => Answers(s) && s.Score >= best.Score - RankingPolicy.CloseToBest && s.EntityCover >= best.EntityCover)
                .MaxBy(s => ((Explanation)s.Fact.Fact).Reasons.Count);
        // "according to X, why ...?": X's own explanation of it, when the one found never names X, though it says fewer of the
        // question's other words (X "adds that ... faces costs from the invasion" for "why is the war awkward?").
        if (best is not null && q.Tokens.Contains("according") && q.Entities.FirstOrDefault(t.IsPerson) is { } source
            && best.Fact.EntityWeight(source) == 0 && ranked.FirstOrDefault(s => s.Fact.EntityWeight(source) > 0 && s.EntityCover >= 1) is { } own)
            best = own;
        // "why is X turning to Y?": two or more names an explanation is about say what it explains, whatever the verb.
        if (best is null && !q.FollowUp && q.Entities.Count >= 2)
            best = ranked.FirstOrDefault(s => s.Fact.Declared.IsSupersetOf(q.Entities));
        if (best is null && q.FollowUp)
            return StanceAnswerer.HeldPosition(t);
        // "why not?" with no words of its own, after X's words were just shown: the reason goes with those words, not with
        // whatever else X is read saying.
        if (best is null && q.Residual.Count == 0 && previous is not null && q.Entities.FirstOrDefault(t.IsPerson) is { } quoted
            && AnswererTable.OwnWords(index, previous) is { } shown && shown.Mentioned.Contains(quoted))
            return WithWhatFollows(t, shown);
        // "why, according to X, ...?" that no explanation answers: X's own view of it, in a sentence X holds.
        if (best is null && q.Entities.FirstOrDefault(t.IsPerson) is { } person
            && HeldSentences.Best(t, person, [.. q.Entities.Where(e => e != person)]) is { } held)
            return WithWhatFollows(t, held);
        if (best is null)
        {
            // Short of a sentence saying nearly all of it, one saying half of it that gives a reason ("because", "as a result").
            // Only the body tells why: a bio or a caption sharing the question's words explains nothing.
            // Short of one naming who or what is asked, one whose paragraph named them before it: "why does the rector of
            // Ilmar College say ...?" is answered by the quotation that follows her introduction.
            var sentence = ReasonSentence(t, namedEarlier: false) ?? (q.Entities.Count > 0 ? ReasonSentence(t, namedEarlier: true) : null);
            // A sentence that is what an explanation explains ("That made it a suspect") answers with its reasons.
            // So does a short claim holding a word of the question the sentence lacks, when it says as many of them:
            // "why is mending the quays controversial?" is answered by "Spending is controversial" before "replacing old boats".
            if (sentence is not null)
                return ranked.FirstOrDefault(s => Claims(s.Fact, sentence)
                    || (ClaimSaysHalf(t, s, refused) && ClaimWordsUnsaid(t, s.Fact, sentence) > 0 && Said(t, s.Fact.Stems) >= Said(t, sentence.Stems))) is { } explained
                    ? Explain(t, explained.Fact, []) : WithWhatFollows(t, sentence);
            // "why was the Russian boat a suspect?": short of a sentence, an explanation that says it of "the vessel"
            // answers when its paragraph names who or what the question does and says nearly all the rest of it.
            if (q.Entities.Count > 0 && ranked.FirstOrDefault(s => s.EntityCover == 0 && SaysInClaim(t, s.Fact) && ParagraphSays(t, s.Fact)) is { } told)
                return Explain(t, told.Fact, []);
            if (ranked.FirstOrDefault(s => ClaimSaysHalf(t, s, refused)) is { } brief)
                return Explain(t, brief.Fact, []);
            return Verdict(t) is { } verdict ? WithWhatFollows(t, verdict, pointingBack: true) : Replies.Unknown(t, "The article doesn't explain that.");
        }
        // "why has X pushed Y in that direction?" when the explanations found explain something else: a sentence saying
        // clearly more of what is asked holds the answer (often with its own "to ...", "because ..."). Not when the
        // explanation's reasons say as much of it: "why would sending troops have hurt X?" is answered by "if X had sent
        // troops, ..." however many sentences repeat the sending.
        if (q.Residual.Count >= 2 && ClaimCover(t, best.Fact, refused) is var claimed && claimed < HalfTheWords
            && BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover, accept: s => s.InBody) is { } said
            && q.Residual.Count(w => t.Covers(said.Stems, w)) is var saidCount && saidCount / (double)q.Residual.Count >= claimed + ClearlyMore
            && saidCount > q.Residual.Count(w => t.Covers(best.Fact.Stems, w) || (refused.Contains(w) && Refuses(best.Fact))) + ClaimWordsUnsaid(t, best.Fact, said))
            return WithWhatFollows(t, said);
        // A sentence giving a reason of its own ("because", "due to") that says more of what is asked than the whole
        // explanation found, claim and reasons, answers when that claim says less than half of it: a drafted claim that
        // shares a word or two tells of something else.
        if (q.Residual.Count >= 2 && ClaimCover(t, best.Fact, refused) < HalfTheWords && CausalSentence(t) is { } causal
            && Said(t, causal.Stems) > q.Residual.Count(w => t.Covers(best.Fact.Stems, w) || (refused.Contains(w) && Refuses(best.Fact))) + ClaimWordsUnsaid(t, best.Fact, causal))
            return ranked.FirstOrDefault(s => Claims(s.Fact, causal)) is { } claiming ? Explain(t, claiming.Fact, []) : WithWhatFollows(t, causal);
        // "why doesn't X court Y?" when the explanation found never names one of them, in no word of its name: a sentence
        // naming both that says as much of the rest tells of what is asked; the explanation tells something else about the other.
        if (q.Entities.Count >= 2 && q.Entities.Any(e => best.Fact.EntityWeight(e) == 0 && !EntityStems(index, e).Any(best.Fact.Stems.Contains))
            && NamingAll(t) is { } naming
            && Said(t, naming.Stems) is > 0 and var saidAll && saidAll >= Said(t, best.Fact.Stems))
            return WithWhatFollows(t, naming);
        return Explain(t, best.Fact, ranked.Skip(1).Where(s => Fits(s, q)).Select(s => s.Fact));
    }

    /// <summary>The body sentence best saying at least half of what is asked among those giving a reason of their own.</summary>
    private static IndexedSentence? CausalSentence(Turn t) =>
        BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: s => s.InBody && GivesReason(s));

    /// <summary>The body sentence best saying what is asked among those naming everyone and everything the question names.</summary>
    private static IndexedSentence? NamingAll(Turn t) =>
        BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover, accept: s => s.InBody && t.Q.Entities.All(s.Mentioned.Contains));

    /// <summary>
    /// How many of the question's words the explanation's claim says in its own words and the sentence does not: a short
    /// claim ("Spending is controversial") holding the word the question turns on is what is asked, and a sentence must say
    /// one more of the rest for each such word it lacks to answer instead ("why is buying boats controversial?" is not
    /// answered by a sentence on replacing old boats).
    /// </summary>
    private static int ClaimWordsUnsaid(Turn t, IndexedFact fact, IndexedSentence sentence) =>
        t.Q.Residual.Count(w => fact.PlainStems.Contains(w) && !t.Covers(sentence.Stems, w));

    /// <summary>
    /// Short of anything else, an explanation naming everyone the question names whose own claim says a word of it, and
    /// which says at least half the question's words the article uses: a short drafted claim ("Spending is controversial")
    /// is what "why is mending the quays controversial?" asks, though its rare words weigh little beside the question's others.
    /// </summary>
    private static bool ClaimSaysHalf(Turn t, Scored scored, IReadOnlySet<string> refused)
    {
        if ((t.Q.Entities.Count > 0 && scored.EntityCover < 1) || ClaimCover(t, scored.Fact, refused) == 0)
            return false;
        var known = t.Q.Residual.Where(w => t.Index.KnownStems.Contains(w) || t.Covers(scored.Fact.Stems, w)).ToList();
        return known.Count > 0 && known.Count(w => t.Covers(scored.Fact.Stems, w)) * 2 >= known.Count;
    }

    /// <summary>
    /// The last resort of a why-question nothing else answers: a body sentence saying a third of it that its paragraph
    /// goes on from ("For the most part, this is mere talk." "Its allies have been crushed. Its fleet is gone."). Argument
    /// in news writing states the verdict and then gives the grounds, so the sentence comes with what follows it; one
    /// standing alone in its paragraph, or ending it, explains nothing. An amount asked ("by how much did sales fall
    /// because of it?") is no verdict to argue for: only a sentence giving the figure answers it.
    /// </summary>
    private static IndexedSentence? Verdict(Turn t) => t.Q.AsksAmount ? null
        : BestSentence(t, minimumCover: RankingPolicy.ReasonSentenceCover,
            accept: s => s.InBody && t.Index.Beside(s, 1) is { } next && next.SameParagraphAs(s), namedEarlier: true);

    /// <summary>How many of the question's words the stems say.</summary>
    private static int Said(Turn t, ICollection<string> stems) => t.Q.Residual.Count(w => t.Covers(stems, w));

    /// <summary>The body sentence best saying what is asked, in the order of <see cref="Why"/>'s fallbacks.</summary>
    private static IndexedSentence? ReasonSentence(Turn t, bool namedEarlier) =>
        BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover, accept: s => s.InBody, namedEarlier: namedEarlier)
        ?? BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: s => s.InBody && CausalCue().IsMatch(s.Sentence.Text), namedEarlier: namedEarlier)
        ?? BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: s => s.InBody && NoOtherSentenceFitsBetter(t, s), namedEarlier: namedEarlier)
        ?? BestSentence(t, minimumCover: RankingPolicy.ReasonSentenceCover, accept: s => s.InBody && EventSaysTheQuestion(t, s), namedEarlier: namedEarlier);

    /// <summary>
    /// A sentence that says what is asked without a reason of its own ("X says Y is doomed"): the paragraph's next
    /// sentence, where news writing gives the why ("'Our boys are fighting,' she says"), goes with it.
    /// </summary>
    /// <remarks>
    /// With <paramref name="pointingBack"/>, a next paragraph opening on what this sentence spoke of ("This strike could
    /// ...") goes on from it too: what a thing would bring is often told a step at a time.
    /// </remarks>
    internal static Reply WithWhatFollows(Turn t, IndexedSentence sentence, bool pointingBack = false)
    {
        var before = WhatItGoesOnFrom(t, sentence);
        var next = CausalCue().IsMatch(sentence.Sentence.Text) || t.Index.Beside(sentence, 1) is not { } beside
            || !(GoesOn(sentence, beside) || (pointingBack && beside.InBody && beside.Sentence.Paragraph == sentence.Sentence.Paragraph + 1 && PointsBack().IsMatch(beside.Sentence.Text)))
            ? null : beside;
        if (before is null && next is null)
            return Replies.FromSentence(t, sentence);
        var answer = new AnswerBuilder();
        answer.Add($"The article says: \"{(before is null ? "" : before.Sentence.Text + " ")}{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
        if (before is not null)
            answer.Cite(Replies.Evidence(before));
        if (next is not null)
            GoOn(t, answer, next);
        if (t.Q.Entities.FirstOrDefault() is { } id)
            Suggestions.About(t, answer, id);
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// The grounds often take more than one sentence: the paragraph goes on from <paramref name="next"/> as far as the
    /// answer holds it, that first sentence cut short rather than left out.
    /// </summary>
    private static void GoOn(Turn t, AnswerBuilder answer, IndexedSentence next)
    {
        var (opening, closing) = next.Sentence.Text.TrimStart() is ['"' or '\u201C', ..] ? ("It goes on: ", "") : ("It goes on: \"", "\"");
        var room = Answer.MaxTextLength - answer.Length - 1 - opening.Length - closing.Length;
        var told = new List<IndexedSentence> { next };
        for (var further = t.Index.Beside(next, 1); further is not null && further.SameParagraphAs(next)
            && told.Sum(s => s.Sentence.Text.Length + 1) + further.Sentence.Text.Length <= room; further = t.Index.Beside(further, 1))
            told.Add(further);
        if (room >= ShortestGround)
        {
            answer.Add(opening + AnswerBuilder.Shorten(string.Join(' ', told.Select(s => s.Sentence.Text)), room) + closing, Replies.Evidence(next));
            foreach (var further in told.Skip(1))
                answer.Cite(Replies.Evidence(further));
        }
    }

    /// <summary>
    /// The sentence before, in the same paragraph, when this one goes on from it ("It is therefore unhelpful to ...",
    /// "Instead of ..."): what it points back to is often the ground asked for. Not when the two would crowd out the rest.
    /// </summary>
    private static IndexedSentence? WhatItGoesOnFrom(Turn t, IndexedSentence sentence) =>
        GoesOnFromBefore().IsMatch(sentence.Sentence.Text) && t.Index.Beside(sentence, -1) is { InBody: true } before && before.SameParagraphAs(sentence)
        && before.Sentence.Text.Length + sentence.Sentence.Text.Length <= Answer.MaxTextLength / 2 + ShortestGround ? before : null;

    /// <summary>A sentence opening on what the one before said: "This ...", "It is therefore ...", "Instead of ...".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[“""]?(?:This|That|These|Those|Such|It|Instead)\b")]
    private static partial System.Text.RegularExpressions.Regex GoesOnFromBefore();

    /// <summary>The next sentence of the paragraph, or a quotation opening the next paragraph (the speaker's own words).</summary>
    private static bool GoesOn(IndexedSentence sentence, IndexedSentence next) =>
        sentence.SameParagraphAs(next) || (next.Sentence.Paragraph == sentence.Sentence.Paragraph + 1 && next.Sentence.Text.TrimStart() is ['"' or '\u201C', ..]);

    /// <summary>
    /// Whether a sentence saying only half the question says the half that matters: no word it lacks stands in another
    /// sentence beside a word it has ("why was the bridge repaired?" is not answered by the dam's repair when the article
    /// repairs the bridge elsewhere). Words the article never uses are phrasing, and may be missing.
    /// </summary>
    private static bool NoOtherSentenceFitsBetter(Turn t, IndexedSentence sentence)
    {
        var said = t.Q.Residual.Where(w => t.Covers(sentence.Stems, w)).ToList();
        var missing = t.Q.Residual.Where(w => !said.Contains(w) && t.Index.KnownStems.Contains(w)).ToList();
        return missing.Count == 0 || !t.Index.Sentences.Any(other => !ReferenceEquals(other, sentence)
            && missing.Any(w => t.Covers(other.Stems, w)) && said.Any(w => t.Covers(other.Stems, w)));
    }

    /// <summary>
    /// Whether a sentence giving a reason after what it reports ("X did Y in an attempt to Z") says the question in that
    /// first part: a question put in its own words names only the event, so the words it shares must lie before the cue.
    /// </summary>
    private static bool EventSaysTheQuestion(Turn t, IndexedSentence sentence)
    {
        if (CausalCue().Match(sentence.Sentence.Text) is not { Success: true, Index: > 0 } cue)
            return false;
        var eventStems = Words.Stems(sentence.Sentence.Text[..cue.Index]);
        return t.Q.Residual.Count(w => t.Covers(eventStems, w)) >= EventWords;
    }

    /// <summary>Whether the sentence states the explanation's claim.</summary>
    private static bool Claims(IndexedFact fact, IndexedSentence sentence) =>
        ReferenceEquals(fact.Article, sentence.Article) && fact.Fact.Evidence.Paragraph == sentence.Sentence.Paragraph
        && fact.Fact.Evidence.Quote.Length > 0 && sentence.Sentence.Text.Contains(fact.Fact.Evidence.Quote, StringComparison.Ordinal);

    /// <summary>Whether the claim's own words, quoted ones too ("a “vessel of interest”"), say any of the question's.</summary>
    private static bool SaysInClaim(Turn t, IndexedFact fact)
    {
        var claim = Words.Stems(((Explanation)fact.Fact).Claim);
        return t.Q.Residual.Any(w => t.Covers(claim, w));
    }

    /// <summary>
    /// Whether the paragraph an explanation's claim stands in names every entity of the question and holds nearly all
    /// its other words; words the article never uses are phrasing, and may be missing.
    /// </summary>
    private static bool ParagraphSays(Turn t, IndexedFact fact)
    {
        var paragraph = t.Index.Sentences.Where(s => ReferenceEquals(s.Article, fact.Article) && s.Sentence.Paragraph == fact.Fact.Evidence.Paragraph).ToList();
        if (!t.Q.Entities.All(e => paragraph.Any(s => s.Mentioned.Contains(e))))
            return false;
        var known = t.Q.Residual.Where(t.Index.KnownStems.Contains).ToList();
        return known.Count > 0
            && known.Count(w => paragraph.Any(s => t.Covers(s.Stems, w))) / (double)known.Count >= RankingPolicy.StrictSentenceCover;
    }

    /// <summary>
    /// "why is arming a hard sell?": a word judging the course hard is said by an explanation whose claim judges it so in
    /// any such word ("is controversial"); every other word as ranking reads it.
    /// </summary>
    private static Func<string, Func<IndexedFact, double>> HardshipCover(Turn t) => word => Vocabulary.HardshipStems.Contains(word)
        ? fact => fact.PlainStems.Any(Vocabulary.HardshipStems.Contains) || t.Covers(fact.Stems, word) ? 1 : 0
        : fact => t.Share(fact.Stems, word);

    /// <summary>The fewest characters of the next sentence worth giving: less says no ground.</summary>
    private const int ShortestGround = 60;

    /// <summary>How many of the question's words the event part must say: one shared word is a topic, two are an event.</summary>
    private const int EventWords = 2;

    /// <summary>Whether a sentence gives a reason of its own ("as a result of", "because").</summary>
    public static bool GivesReason(IndexedSentence sentence) => CausalCue().IsMatch(sentence.Sentence.Text);

    /// <summary>
    /// Words that give a reason within a sentence: a cause ("because", "prompted by") or a purpose ("in a bid to", "for
    /// fear of"), which answers a why as well. "Explained" tagging speech (", explained an official") gives none.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(because|since|due to|owing to|thanks to|as a result|in order to|so as to|so that|which means|therefore|thus|hence|given that|driven by|leads? to|led to|caus(e|es|ed)|(?<![,""\u201D]\s+(?:(?!which\b|this\b|that\b|it\b)\S+\s+){0,4})explain(s|ed)?|reason|in (an? )?(attempt|bid|effort|response) to|aimed at|for fear|out of fear|prompted|triggered|fuell?ed by)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CausalCue();

    /// <summary>Below this share of the question's words in its claim, an explanation may be about something else.</summary>
    private const double HalfTheWords = 0.5;

    /// <summary>How much more of the question's words a sentence must say to answer instead of the explanation.</summary>
    private const double ClearlyMore = 0.34;

    /// <summary>How much a claim holding the question's words counts over reasons holding them.</summary>
    private const double ClaimBonus = 0.15;

    /// <summary>
    /// The share of the question's other words the explanation's claim (its own text) holds; a synonym counts half, and
    /// the words a question asking why something was not done negates are held by a claim that refuses.
    /// </summary>
    private static double ClaimCover(Turn t, IndexedFact fact, IReadOnlySet<string> refused)
    {
        if (t.Q.Residual.Count == 0)
            return 0;
        var claim = fact.PlainStems.ToHashSet(StringComparer.Ordinal);
        return t.Q.Residual.Sum(w => claim.Contains(w) || (refused.Contains(w) && Refuses(fact)) ? 1 : t.Covers(claim, w) ? 0.5 : 0) / t.Q.Residual.Count;
    }

    /// <summary>
    /// An explanation with every reason the article gives, in the article's order; when they do not all fit, those the
    /// question's own words point at are the ones kept, still in the article's order. Reasons that do not fit are kept,
    /// each as its own fact, for "tell me more".
    /// </summary>
    public static Reply Explain(Turn t, IndexedFact fact, IEnumerable<IndexedFact> rest)
    {
        var explanation = (Explanation)fact.Fact;
        var single = explanation.Reasons.Count == 1;
        var answer = new AnswerBuilder();
        answer.Add(explanation.Claim.TrimEnd('.') + (single ? ", because:" : $". The article gives {explanation.Reasons.Count} reasons:"),
            explanation.Evidence.Paragraph > 0 ? explanation.Evidence : null);
        var reasons = ReasonsAsFacts(fact);
        var shown = Shown(t, fact, answer.Length, reasons);
        foreach (var i in shown)
            answer.Add(reasons[i].Fact.Text, reasons[i].Fact.Evidence);
        var left = reasons.Where((_, i) => !shown.Contains(i)).ToList();
        if (left.Count > 0)
            answer.Add($"(\"more\" for the other {left.Count})");
        Suggestions.About(t, answer, fact.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, fact, left.Concat(rest));
    }

    /// <summary>
    /// Each reason of an explanation as a fact of its own, made once for the explanation: answers leave them for
    /// "tell me more", where the conversation keeps them, and new ones every answer would outlive many answers.
    /// </summary>
    private static readonly ConditionalWeakTable<IndexedFact, IndexedFact[]> ReasonFacts = [];

    /// <summary>The reasons of an explanation as facts, numbered as the answer numbers them when it gives more than one.</summary>
    internal static IReadOnlyList<IndexedFact> ReasonsAsFacts(IndexedFact fact) => ReasonFacts.GetValue(fact, static f => MakeReasonFacts(f));

    private static IndexedFact[] MakeReasonFacts(IndexedFact fact)
    {
        var explanation = (Explanation)fact.Fact;
        var single = explanation.Reasons.Count == 1;
        return [.. explanation.Reasons.Select((reason, i) => new IndexedFact(explanation with
        {
            Id = $"{explanation.Id}#{i + 1}", Claim = single ? reason.Text : $"({i + 1}) {reason.Text}", Reasons = [], Evidence = reason.Evidence,
        }, fact.Article))];
    }

    /// <summary>
    /// The positions of the reasons the answer gives, in the article's order: all of them when they fit after what the
    /// answer already holds (<paramref name="used"/>); otherwise they are taken, while they fit, those holding more of
    /// the question's words first, so that the reason asked about is not one left for "more".
    /// </summary>
    private static SortedSet<int> Shown(Turn t, IndexedFact fact, int used, IReadOnlyList<IndexedFact> reasons)
    {
        var byQuestion = Enumerable.Range(0, reasons.Count)
            .OrderByDescending(i => t.Q.Residual.Count(stem => t.Covers(fact.ReasonStems[i], stem)));
        var shown = new SortedSet<int>();
        foreach (var i in byQuestion)
        {
            // Each reason goes in after a space.
            used += reasons[i].Fact.Text.Length + 1;
            if (used > Answer.MaxTextLength)
                break;
            shown.Add(i);
        }
        return shown;
    }
}
