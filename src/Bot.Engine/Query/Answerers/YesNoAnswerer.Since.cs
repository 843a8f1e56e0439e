namespace Bot.Engine.Query.Answerers;

/// <summary>Claims dated from an event ("since the vote") of a sentence that dates itself from the one before it.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "have they stayed away since the vote?" of "X won the vote. All parties have since boycotted parliament": a "since"
    /// standing after its auxiliary ("have since") counts from what the sentence before it tells, which may be in the
    /// paragraph before; that sentence says the claim's one word after "since" that the fact leaves out.
    /// </summary>
    private static bool SinceSaidBefore(Turn t, IndexedFact fact, IReadOnlyList<string> unsaid)
    {
        if (unsaid is not [var word] || AnswererTable.OwnWords(t.Index, fact) is not { } own || t.Index.Beside(own, -1) is not { } before
            || !before.Stems.Contains(word) || !FromWhat(t.Q.Tokens, word))
            return false;
        var words = Text.Tokenizer.Tokens(own.Sentence.Text);
        return Enumerable.Range(1, words.Count - 1).Any(i => words[i] == "since" && SinceAuxiliaries.Contains(words[i - 1]));
    }

    /// <summary>Whether the word stands within a few words after the claim's "since" ("since the vote").</summary>
    private static bool FromWhat(IReadOnlyList<string> tokens, string word)
    {
        var since = tokens.ToList().IndexOf("since");
        return since >= 0 && tokens.Skip(since + 1).Take(SinceReach).Any(w => Text.Stemmer.Stem(w) == word);
    }

    private static readonly HashSet<string> SinceAuxiliaries = new(StringComparer.Ordinal) { "have", "has", "had", "having" };

    /// <summary>How many words after "since" what a claim counts from may stand ("since the disputed vote").</summary>
    private const int SinceReach = 3;
}
