namespace Bot.Engine.Query;

internal static partial class Words
{
    /// <summary>How many words before a superlative a verb of judging may stand and make it the holder's judgement.</summary>
    private const int JudgedReach = 3;

    /// <summary>
    /// "what does Jo think is the best way?", "what the writer believes is most important": the superlative at
    /// <paramref name="superlative"/> is what the holder judges, so their view answers it without the article ranking
    /// anything, in whatever words.
    /// </summary>
    public static bool JudgedBest(IReadOnlyList<string> tokens, int superlative)
    {
        if (!Vocabulary.Superlatives.Contains(tokens[superlative]))
            return false;
        for (var i = Math.Max(0, superlative - JudgedReach); i < superlative; i++)
        {
            if (Vocabulary.JudgingVerbs.Contains(tokens[i]))
                return true;
        }
        return false;
    }
}
