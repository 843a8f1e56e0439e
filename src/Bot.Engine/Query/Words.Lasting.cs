namespace Bot.Engine.Query;

internal static partial class Words
{
    /// <summary>
    /// "how long will the strike last?", "how long does the deal run for?": the verb closing a question of how long says only
    /// that a length of time is asked, which the duration check weighs; the article may say "a ten-day strike" instead (an
    /// article that writes the verb is searched with it).
    /// </summary>
    public static bool LastsAsked(IReadOnlyList<string> tokens, int i)
    {
        if (tokens[i] is not ("last" or "lasts" or "lasted" or "run" or "runs" or "ran") || Enumerable.Range(i + 1, tokens.Count - i - 1).Any(k => tokens[k] != "for"))
            return false;
        for (var j = 0; j + 1 < i; j++)
        {
            if (tokens[j] == "how" && tokens[j + 1] == "long")
                return true;
        }
        return false;
    }
}
