using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "did X refuse to comment?", "X ignored the reporters' questions, didn't it?": a claim that someone kept silent is
/// checked against the article's report of their silence, or of what they told whom the claim names.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// Yes with the sentence reporting X said nothing; no with one reporting X telling (or answering) the others the claim
    /// names; null when the claim is no claim of silence, or the article reports neither.
    /// </summary>
    private static Reply? Silence(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        if (q.Entities.Count == 0 || !t.IsActor(q.Entities[0]) || !NoComment.ClaimsSilence(string.Join(' ', q.Tokens)))
            return null;
        var actor = q.Entities[0];
        var others = q.Entities.Skip(1).ToList();
        // The claim's topic beside the names and the words of keeping silent ("on the merger"), which the sentence must speak of.
        var names = q.Entities.SelectMany(e => EntityStems(index, e)).ToHashSet(StringComparer.Ordinal);
        var topic = q.Residual.Where(w => !names.Contains(w) && !NoComment.SilenceStems.Contains(w) && !Vocabulary.NegationStems.Contains(w)).ToList();
        bool Speaks(IndexedSentence s) => s.InBody && (s.Mentioned.Contains(actor) || s.Mentioned.Any(id => index.Find(id) is { IsPerson: true } person && person.Affiliation == actor))
            && others.All(s.Mentioned.Contains) && (topic.Count == 0 || topic.Count(w => index.CoversLoosely(s.Stems, w)) >= RankingPolicy.EnoughWords * topic.Count);
        if (NoComment.Of(index, actor) is { } silent && Speaks(silent))
            return SentenceReply("Yes. The article says", silent);
        var told = index.Sentences.FirstOrDefault(s => Speaks(s) && !NoComment.IsDeclining(s.Sentence.Text) && s.Stems.Any(NoComment.AnsweringStems.Contains));
        return told is null ? null : SentenceReply($"No. The article reports {index.NameOf(actor)} answering", told);
    }
}
