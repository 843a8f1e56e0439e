namespace Bot.Engine.Query;

/// <summary>
/// Where each sentence stands among the index's sentences, and which sentences each paragraph number holds, worked out
/// once: answers look up the sentence a quotation comes from, and the one beside it, for nearly every question.
/// </summary>
internal sealed partial class KnowledgeIndex
{
    private readonly Dictionary<IndexedSentence, int> _sentencePlaces = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, IndexedSentence[]> _byParagraph = [];

    /// <summary>Numbers the sentences and files them by paragraph, in their order; called once they are all read.</summary>
    private void PlaceSentences()
    {
        for (var at = 0; at < Sentences.Count; at++)
            _sentencePlaces.TryAdd(Sentences[at], at);
        foreach (var group in Sentences.GroupBy(s => s.Sentence.Paragraph))
            _byParagraph[group.Key] = [.. group];
    }

    /// <summary>The sentences of every article with this paragraph number, in the index's order.</summary>
    public IReadOnlyList<IndexedSentence> InParagraph(int paragraph) => _byParagraph.GetValueOrDefault(paragraph) ?? [];

    /// <summary>The sentence's place among <see cref="Sentences"/>, as <c>IndexOf</c> finds it.</summary>
    public int PlaceOf(IndexedSentence sentence) =>
        _sentencePlaces.TryGetValue(sentence, out var at) ? at : Sentences.IndexOf(sentence);
}
