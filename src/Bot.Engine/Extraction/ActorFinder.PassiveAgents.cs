namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// "was founded by Jo Roe", "a raid led by Jo Roe": the doer of a passive is someone, and a run of name words there is
    /// a person's name (places and bodies there were taken before, by their own words).
    /// </summary>
    private static bool IsPassiveAgent(Line line, NameRun run)
    {
        var w = line.Words;
        if (run.First < 2 || w[run.First - 1].Text != "by" || !Words.Adjacent(line.Text, w[run.First - 2], w[run.First - 1]))
            return false;
        var verb = w[run.First - 2].Text;
        return char.IsLower(verb[0]) && (verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("en", StringComparison.Ordinal) || IrregularParticiples.Contains(verb));
    }

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "led", "run", "held", "made", "built", "won", "bought", "sold", "brought", "fought", "kept", "met", "paid", "sent", "set", "shot", "struck", "hit", "told", "taught", "caught",
    };
}
