namespace Bot.Engine.Query.Answerers;

/// <summary>Which names a sentence's paragraph gives before it, for sentences that speak of them by pronoun.</summary>
internal static partial class Ranker
{
    // A plain loop: this runs for every sentence, and a method group would allocate a delegate each time.
    /// <summary>Whether each name is given by the sentence or by one before it in its paragraph.</summary>
    private static bool NamedInParagraph(KnowledgeIndex index, int number, IReadOnlyList<string> entities, NumberSet?[] mentioning)
    {
        var first = ParagraphStart(index, number);
        // A paragraph opening with a pronoun ("It was stopped again ...") goes on about whom the one before it named.
        if (first > 0 && OpensWithPronoun(index.Sentences[first].Sentence.Text))
            first = ParagraphStart(index, first - 1);
        for (var i = 0; i < entities.Count; i++)
        {
            var named = false;
            for (var at = first; at <= number && !named; at++)
                named = mentioning[i] is { } set ? set.Contains(at) : index.Sentences[at].Mentioned.Contains(entities[i]);
            if (!named)
                return false;
        }
        return true;
    }

    private static bool OpensWithPronoun(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return Vocabulary.OpeningPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(0, end));
    }

    private static int ParagraphStart(KnowledgeIndex index, int number)
    {
        var first = number;
        while (first > 0 && index.Sentences[first - 1].SameParagraphAs(index.Sentences[number]))
            first--;
        return first;
    }
}
