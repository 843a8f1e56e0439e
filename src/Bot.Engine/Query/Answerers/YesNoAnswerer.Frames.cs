namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims framed by who found them: the finding verb says how the claim is known, not what it is.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did the monitors find intimidation of voters?", "the article puts the population at 3m": after a word for a
    /// source of findings (monitors, a report, the article), a verb of finding or showing frames what follows, which is
    /// the claim; an article telling it says "monitors said" or gives the figure plainly. The verb is not sought.
    /// </summary>
    private static Turn WithoutFindingFrame(Turn t)
    {
        var q = t.Q;
        var at = Enumerable.Range(1, Math.Max(0, q.Tokens.Count - 2)).FirstOrDefault(i => Vocabulary.FindingVerbs.Contains(q.Tokens[i])
            && Vocabulary.FindingSources.Contains(Text.Stemmer.Stem(q.Tokens[i - 1])), -1);
        // What was found must be said in the articles' words: "did the monitors find fraud?", where no article says
        // "fraud", leaves only the finding to check.
        if (at < 0 || q.Tokens.Skip(at + 1).Count(w => q.Residual.Contains(Text.Stemmer.Stem(w))) < MinFoundWords)
            return t;
        var verb = Text.Stemmer.Stem(q.Tokens[at]);
        return t.With(q with
        {
            Residual = [.. q.Residual.Where(w => w != verb)],
            Reachable = [.. q.Reachable.Where(w => w != verb)],
            SetAside = [.. q.SetAside.Where(w => w != verb)],
        });
    }

    /// <summary>How many words the articles use a claim must say after its finding verb for the verb to be only its frame.</summary>
    private const int MinFoundWords = 2;
}
