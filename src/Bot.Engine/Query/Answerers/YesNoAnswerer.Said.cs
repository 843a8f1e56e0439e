using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims about what someone said: the sentence that says it, and who the article says spoke.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>Verbs of saying a claim about someone's words turns on ("did X say ...", "X called it ..."), as stems.</summary>
    private static readonly HashSet<string> SaidVerbs = [.. Vocabulary.SpeechVerbs, .. Vocabulary.Stems("call", "describe", "claim", "argue", "add", "quote")];

    /// <summary>The share of the claim's words (rarity-weighted) a sentence must hold to be what the claim quotes.</summary>
    private const double SaidCover = 0.7;

    /// <summary>
    /// "did X say that Y?", "can you confirm X called it 'Z'?": the sentence that says Y, and whether the article gives
    /// it to X; null when no sentence says it or none has a speaker.
    /// </summary>
    private static Reply? SaidClaim(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var verb = q.Tokens.ToList().FindIndex(w => SaidVerbs.Contains(Text.Stemmer.Stem(w)));
        if (q.Entities.Count == 0 || !t.IsActor(q.Entities[0]) || verb < 0)
            return null;
        var subject = EntityStems(index, q.Entities[0]).ToHashSet(StringComparer.Ordinal);
        // Words in quotation marks are the words claimed, unless too few to find them by; otherwise all that follows the verb.
        List<string> Claimed(string text) => Words.ContentStems(text).Where(w => !subject.Contains(w)).Distinct().ToList();
        var claim = q.Quoted is { } quoted && Claimed(quoted) is { Count: >= 2 } inQuotes ? inQuotes : Claimed(string.Join(' ', q.Tokens.Skip(verb + 1)));
        var total = claim.Sum(index.Idf);
        if (claim.Count < 2 || total <= 0)
            return null;
        var said = index.Sentences
            .Select(s => (Sentence: s, Cover: claim.Where(w => index.Covers(s.Stems, w)).Sum(index.Idf) / total))
            .Where(c => c.Cover >= SaidCover).OrderByDescending(c => c.Cover).Select(c => c.Sentence).FirstOrDefault();
        if (said is null || QuoteFinder.SpeakerName(index, said) is not { } speaker)
            return null;
        var same = speaker == index.NameOf(q.Entities[0]) || index.Linker.MentionedIn(speaker, actorsOnly: true).Contains(q.Entities[0]);
        // Only a negation of the saying turns the verdict: a "nobody" in what was said is the words', not the question's.
        var denied = q.Tokens.Take(verb).Count(Vocabulary.Negations.Contains);
        var verdict = (same ? "Yes" : "No") == (denied % 2 == 0 ? "Yes" : "No") ? "Yes." : "No.";
        var answer = new AnswerBuilder();
        answer.Add(same ? $"{verdict} {speaker}, as the article reports: \"{said.Sentence.Text}\"" : $"{verdict} The article gives those words to {speaker}: \"{said.Sentence.Text}\"",
            Replies.Evidence(said));
        Suggestions.About(t, answer, q.Entities[0]);
        return Replies.Answered(answer);
    }
}
