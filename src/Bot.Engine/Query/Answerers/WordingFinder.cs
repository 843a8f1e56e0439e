namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Which adjective does the writer attach to the council's refusal?": the sentence where a word the question asks
/// about stands right after a word that qualifies it ("its flat refusal"), among those saying enough of the rest.
/// </summary>
internal static class WordingFinder
{
    public static Reply? Qualified(Turn t)
    {
        var asked = t.Q.Residual.ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
            return null;
        var sentence = Ranker.BestSentence(t, RankingPolicy.EnoughWords, s => Qualifies(s.Sentence.Text, asked));
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// "What term does the writer use for the Oskand-Tarsk pact Velmora resists?": the wording asked is where every name
    /// of the question stands, so a fact's sentence leaving one out ("Velmora resists aid to Tarsk") gives way to the
    /// best sentence naming them all ("Velmora's resistance to the Oskand-Tarsk axis"), when there is one.
    /// </summary>
    public static IndexedSentence? NamingAll(Turn t, IndexedSentence found) =>
        t.Q.Entities.Count > 0 && !t.Q.Entities.All(found.Mentioned.Contains) && Ranker.BestSentence(t) is { } naming && naming != found ? naming : null;

    /// <summary>Whether an asked word follows a lowercase content word the question does not use.</summary>
    private static bool Qualifies(string text, HashSet<string> asked)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var before = words[i - 1];
            if (!asked.Contains(Text.Stemmer.Stem(Clean(words[i]))) || before.EndsWith('\'') || before.EndsWith("'s", StringComparison.Ordinal)
                || before.EndsWith("’s", StringComparison.Ordinal) || !char.IsLower(before[0]) || !before.All(char.IsLetter))
                continue;
            var qualifier = Clean(before);
            if (!Vocabulary.Stopwords.Contains(qualifier) && !asked.Contains(Text.Stemmer.Stem(qualifier)))
                return true;
        }
        return false;
    }

    private static string Clean(string word) => word.Trim(',', '.', ';', ':', '"', '“', '”', '(', ')').ToLowerInvariant();
}
