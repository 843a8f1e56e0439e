using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims about what someone said: the sentence that says it, and who the article says spoke.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>Verbs that claim what someone asserted ("X insisted Y"), whose words the sentence quotes, as stems.</summary>
    private static readonly HashSet<string> AssertingVerbs = [.. Vocabulary.SpeechVerbs, .. Vocabulary.Stems("claim", "argue", "quote", "insist", "assert")];

    /// <summary>
    /// "did the envoy claim the sanctions worked?" of "the envoy said that the sanctions worked": a verb of asserting in
    /// the claim is said by any the fact uses, for what was said, not how firmly, is what the claim checks.
    /// </summary>
    private static bool AssertedBySaying(IndexedFact fact, string word) => AssertingVerbs.Contains(word) && fact.Stems.Any(AssertingVerbs.Contains);

    /// <summary>Verbs of saying a claim about someone's words turns on ("did X say ...", "X called it ..."), as stems.</summary>
    private static readonly HashSet<string> SaidVerbs = [.. AssertingVerbs, .. Vocabulary.Stems("call", "describe", "add")];

    /// <summary>The share of the claim's words (rarity-weighted) a sentence must hold to be what the claim quotes.</summary>
    private const double SaidCover = 0.7;

    /// <summary>
    /// "did X say that Y?", "can you confirm X called it 'Z'?": the sentence that says Y, and whether the article gives
    /// it to X; null when no sentence says it or none has a speaker.
    /// </summary>
    private static Reply? SaidClaim(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var verb = q.Tokens.FindIndex(w => SaidVerbs.Contains(Text.Stemmer.Stem(w)));
        if (q.Entities.Count == 0 || !t.IsActor(q.Entities[0]) || verb < 0)
            return null;
        var subject = EntityStems(index, q.Entities[0]).ToHashSet(StringComparer.Ordinal);
        // Words in quotation marks are the words claimed, unless too few to find them by; otherwise all that follows the verb.
        List<string> Claimed(string text) => Words.ContentStems(text).Where(w => !subject.Contains(w)).Distinct().ToList();
        var inQuotes = q.Quoted is { } quoted && Claimed(quoted) is { Count: >= 2 } ? Claimed(quoted) : null;
        var claim = inQuotes ?? Claimed(string.Join(' ', q.Tokens.Skip(verb + 1)));
        var total = claim.Sum(index.Idf);
        if (claim.Count < 2 || total <= 0)
            return null;
        var said = MostSaying(index, claim, total);
        if (said is null || QuoteFinder.SpeakerName(index, said) is not { } speaker)
            return null;
        var same = speaker == index.NameOf(q.Entities[0]) || index.Linker.MentionedIn(speaker, actorsOnly: true).Contains(q.Entities[0]);
        // Only a negation of the saying turns the verdict: a "nobody" in what was said is the words', not the question's.
        var denied = q.Tokens.Take(verb).Count(Vocabulary.Negations.Contains);
        // A sentence whose speaker denies what the claim says was said ('X said "Y is not Z"') does not confirm it;
        // words the claim quotes are found as they stand, which says them whatever else the sentence denies.
        var agrees = inQuotes is not null || SaysWhatWasClaimed(t, said.Sentence.Text, verb);
        var verdict = (same && agrees ? "Yes" : "No") == (denied % 2 == 0 ? "Yes" : "No") ? "Yes." : "No.";
        var answer = new AnswerBuilder();
        answer.Add(!same ? $"{verdict} The article gives those words to {speaker}: \"{said.Sentence.Text}\""
            : agrees ? $"{verdict} {speaker}, as the article reports: \"{said.Sentence.Text}\"" : $"{verdict} {speaker} said otherwise: \"{said.Sentence.Text}\"",
            Replies.Evidence(said));
        Suggestions.About(t, answer, q.Entities[0]);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// The first sentence holding the largest share (rarity-weighted, of <paramref name="total"/>) of the claimed words, at
    /// least <see cref="SaidCover"/>; null when none does. A loop: it reads every sentence for every such claim.
    /// </summary>
    private static IndexedSentence? MostSaying(KnowledgeIndex index, List<string> claim, double total)
    {
        IndexedSentence? best = null;
        var bestCover = double.NegativeInfinity;
        foreach (var sentence in index.Sentences)
        {
            double weight = 0;
            foreach (var word in claim)
            {
                if (index.Covers(sentence.Stems, word))
                    weight += index.Idf(word);
            }
            var cover = weight / total;
            if (cover >= SaidCover && cover > bestCover)
                (best, bestCover) = (sentence, cover);
        }
        return best;
    }

    /// <summary>The words opening a question whether someone spoke: "did X say", "has X said".</summary>
    private static readonly HashSet<string> SayingAuxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "has", "have", "had", "didnt", "doesnt", "hasnt", "havent" };

    /// <summary>
    /// "did X say anything about the dam?", "did X comment on this?": whether X spoke of it at all, which only X's own
    /// words answer (a statement by X or one of X's people about it), not a sentence that merely names X. With nothing
    /// named ("about this") it is whom the conversation was about. Null when the question asks no such thing.
    /// </summary>
    private static Reply? SpokeAbout(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var verb = q.Tokens.FindIndex(w => Text.Stemmer.Stem(w) is var stem && (Vocabulary.SpeechVerbs.Contains(stem) || Vocabulary.CommentVerbs.Contains(stem)));
        // The subject stands right before the verb, after the auxiliary opening the question ("did X ever say ..."):
        // "what does it say about X?" asks what, and a date ("said on May 2") asks when.
        if (q.Entities.Count == 0 || !t.IsActor(q.Entities[0]) || verb < 0 || verb + 1 >= q.Tokens.Count || q.Quoted is not null || q.Date is not null
            || !SayingAuxiliaries.Contains(q.Tokens[0]) || q.Mentions.MinBy(m => m.Start) is not { } first || first.Start + first.Length < verb - 1 || first.Start + first.Length > verb
            || !(Vocabulary.SpokeAtAll.Contains(q.Tokens[verb + 1]) || (q.Tokens[verb + 1] == "on" && Vocabulary.CommentVerbs.Contains(Text.Stemmer.Stem(q.Tokens[verb])))))
            return null;
        var actor = q.Entities[0];
        var name = EntityStems(index, actor).ToHashSet(StringComparer.Ordinal);
        var topic = q.Residual.Where(w => !name.Contains(w) && !SaidVerbs.Contains(w) && !Vocabulary.CommentVerbs.Contains(w)
            && !Vocabulary.SpokeAtAll.Contains(w) && !Vocabulary.ReactionWords.Contains(w)).ToList();
        var others = q.Entities.Skip(1).ToList();
        if (topic.Count == 0 && others.Count == 0)
            others = [.. t.State.LastEntities.Where(e => e != actor)];
        var about = others.SelectMany(e => EntityStems(index, e)).ToHashSet(StringComparer.Ordinal);
        bool About(IEnumerable<string> stems, Func<string, bool> covers) => (topic.Count == 0 && others.Count == 0) || stems.Any(about.Contains)
            || (topic.Count > 0 && topic.Count(covers) >= RankingPolicy.EnoughWords * topic.Count);
        var speaksFor = !t.IsPerson(actor);
        bool Speaks(string speaker) => speaker == actor || (speaksFor && index.Find(speaker) is { IsPerson: true } person && person.Affiliation == actor);
        if (index.FactsOf<Statement>().FirstOrDefault(f => Speaks(((Statement)f.Fact).Speaker) && About(f.Stems, w => index.CoversLoosely(f.Stems, w))) is { } spoken)
        {
            var speaker = index.NameOf(((Statement)spoken.Fact).Speaker);
            return Reply(t, spoken, spoken.Fact.Text.Contains(speaker, StringComparison.OrdinalIgnoreCase) ? $"Yes. {spoken.Fact.Text}" : $"Yes. {speaker}: {spoken.Fact.Text}");
        }
        // A sentence the article has X speak ("X told reporters that ...") says it too, where no statement was drawn from it.
        var quoted = index.Sentences.FirstOrDefault(s => About(s.Stems, w => index.Covers(s.Stems, w)) && QuoteFinder.SpeakerName(index, s) is { } speaker
            && (speaker == index.NameOf(actor) || index.Linker.MentionedIn(speaker, actorsOnly: true).Contains(actor)));
        // "did they say anything back?" of someone who "did not respond to requests for comment": no, and the article says so.
        var silent = quoted is null ? NoComment.Of(index, actor) : null;
        if (quoted is null && silent is null)
            return Replies.Unknown(t, $"The article doesn't report {index.NameOf(actor)} saying anything about that.");
        var answer = new AnswerBuilder();
        answer.Add(silent is not null ? $"No. \"{silent.Sentence.Text}\"" : $"Yes. \"{quoted!.Sentence.Text}\"", Replies.Evidence(silent ?? quoted!));
        Suggestions.About(t, answer, actor);
        return Replies.Answered(answer);
    }
}
