namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that place one event in time against another, checked against how the text places them.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "was it put forward on the same day the law passed?" of "a day after the law passed, it was put forward": the
    /// claim places the event in time against another one way, the text only another way.
    /// </summary>
    public static bool OtherTimeRelation(Turn t, string text)
    {
        var claimed = TimeRelations(string.Join(' ', t.Q.Tokens));
        if (claimed.Count == 0)
            return false;
        var said = TimeRelations(string.Join(' ', Text.Tokenizer.Tokens(text)));
        return said.Count > 0 && !said.Overlaps(claimed);
    }

    private static HashSet<Vocabulary.TimeRelation> TimeRelations(string words)
    {
        var padded = " " + words + " ";
        return [.. Vocabulary.TimeRelationPhrases.Where(p => padded.Contains(" " + p.Phrase + " ", StringComparison.Ordinal)).Select(p => p.Relation)];
    }
}
