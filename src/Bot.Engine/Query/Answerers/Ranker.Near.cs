using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "It was intercepted in April." then "who seized it later?": a follow-up that names nothing new asks on about what
/// was just read, and the article mostly tells it there or just after.
/// </summary>
internal static partial class Ranker
{
    /// <summary>
    /// The sentence the last answer read, when the question names no one not spoken of yet (else null): what is near it is
    /// preferred among answers fitting as well. Not for what someone is ("what's that guy's job?"), told wherever the
    /// article introduces them.
    /// </summary>
    private static IndexedSentence? LastRead(Turn t)
    {
        var state = t.State;
        if ((t.Q.Residual.Count > 0 && t.Q.Residual.AllIn(Vocabulary.RoleStems)) || !AllSpokenOf(t.Q.Entities, state.Entities))
            return null;
        return state.LastSentence ?? (state.LastFact is { } fact ? AnswererTable.OwnWords(t.Index, fact) : null);
    }

    /// <summary>Whether every one of the ids was spoken of already; a plain loop, as every ranking asks it.</summary>
    private static bool AllSpokenOf(IReadOnlyList<string> ids, System.Collections.Immutable.ImmutableArray<string> spoken)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!spoken.Contains(ids[i]))
                return false;
        }
        return true;
    }

    /// <summary>The numbers of the sentences near the one last read: its paragraph from the start and a few sentences after it.</summary>
    private static (int From, int To) NearLastRead(Turn t) =>
        LastRead(t) is { } read && t.Index.PlaceOf(read) is >= 0 and var at
            ? (ParagraphStart(t.Index, at), at + RankingPolicy.NearLastReadSentences)
            : (-1, -2);

    /// <summary>
    /// The sentence the last answer read and the few after it in its paragraph, in reading order; none when the question
    /// names someone not spoken of yet.
    /// </summary>
    public static IEnumerable<IndexedSentence> FromLastRead(Turn t)
    {
        if (LastRead(t) is not { } read || t.Index.PlaceOf(read) is not (>= 0 and var at))
            yield break;
        for (var i = at; i < t.Index.Sentences.Count && i <= at + RankingPolicy.NearLastReadSentences && t.Index.Sentences[i].SameParagraphAs(read); i++)
            yield return t.Index.Sentences[i];
    }

    /// <summary>
    /// The sentence the last answer read and the few after it, in its paragraph or the next, in reading order; none when
    /// the question names someone not spoken of yet.
    /// </summary>
    public static IEnumerable<IndexedSentence> AroundLastRead(Turn t)
    {
        if (LastRead(t) is not { } read || t.Index.PlaceOf(read) is not (>= 0 and var at))
            yield break;
        for (var i = at; i < t.Index.Sentences.Count && i <= at + RankingPolicy.NearLastReadSentences && Follows(read, t.Index.Sentences[i]); i++)
            yield return t.Index.Sentences[i];
    }

    /// <summary>
    /// The few sentences after the one the last answer read, in its paragraph or the next, in reading order, whomever the
    /// question names: what the article goes on to say of what was read.
    /// </summary>
    public static IEnumerable<IndexedSentence> AfterLastRead(Turn t)
    {
        var read = t.State.LastSentence ?? (t.State.LastFact is { } fact ? AnswererTable.OwnWords(t.Index, fact) : null);
        if (read is null || t.Index.PlaceOf(read) is not (>= 0 and var at))
            yield break;
        for (var i = at + 1; i < t.Index.Sentences.Count && i <= at + RankingPolicy.NearLastReadSentences && Follows(read, t.Index.Sentences[i]); i++)
            yield return t.Index.Sentences[i];
    }

    /// <summary>Whether the sentence is in the paragraph read or the one after it.</summary>
    private static bool Follows(IndexedSentence read, IndexedSentence sentence) =>
        ReferenceEquals(sentence.Article, read.Article) && sentence.Sentence.Paragraph - read.Sentence.Paragraph is 0 or 1;

    /// <summary>Whether the fact is told in the paragraph read or the one after it.</summary>
    private static bool Follows(IndexedSentence read, IndexedFact fact) =>
        fact.Article == read.Article && fact.Fact.Evidence.Paragraph - read.Sentence.Paragraph is 0 or 1;
}
