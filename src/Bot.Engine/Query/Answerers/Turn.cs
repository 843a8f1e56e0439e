using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>Everything an answerer reads: the index, the conversation so far, and the resolved question. Immutable.</summary>
internal sealed record Turn(KnowledgeIndex Index, ConversationState State, ParsedQuestion Q)
{
    /// <summary>Whether a word also meets its general synonyms: the second try, once the article's own words found nothing.</summary>
    public bool Loose { get; init; }

    public Turn With(ParsedQuestion q) => this with { Q = q };

    /// <summary>Whether the stems say the word, by the index's synonyms (and, on a loose turn, the thesaurus).</summary>
    public bool Covers(ICollection<string> stems, string word) => Loose ? Index.CoversLoosely(stems, word) : Index.Covers(stems, word);

    /// <summary>
    /// How much of the word the stems say, as ranking counts it: all of it when they cover it, part of it on a strict turn
    /// when they say it only through a word of its family (<see cref="RankingPolicy.RelatedWordShare"/>).
    /// </summary>
    public double Share(ICollection<string> stems, string word) =>
        Covers(stems, word) ? 1 : !Loose && Index.RelatedStems(word).Any(stems.Contains) ? RankingPolicy.RelatedWordShare : 0;

    public bool IsPerson(string id) => Index.Find(id)?.IsPerson == true;

    public bool IsActor(string id) => Index.Find(id)?.IsActor == true;
}
