namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that a quotation makes: what was quoted, with its negations, is what says yes or no.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// The reading of a text for the claim: <paramref name="plain"/>, without its quoted speech, unless the quotation
    /// holds more of the claim's words than the text around it ('X declared that "Y is not Z"' for "did X insist Y is
    /// Z?"): then the quotation is what says the claim, and its negations deny it.
    /// </summary>
    private static Reading ReadForClaim(Turn t, string text, Reading plain)
    {
        if (plain.Plain == Text.TextNormalizer.Clean(text))
            return plain;
        var whole = Words.Stems(text);
        var claim = t.Q.Residual.Distinct().ToList();
        var inQuote = claim.Count(w => whole.Contains(w) && !plain.PlainStems.Contains(w));
        return inQuote > claim.Count(plain.PlainStems.Contains) ? Reading.Whole(text) : plain;
    }

    /// <summary>
    /// Whether what the sentence has its speaker say agrees with the claim of what was said ("did X say Y is Z?" of
    /// 'X said "Y is not Z"'): its negations pointing at the claim against the claim's own after its verb.
    /// </summary>
    private static bool SaysWhatWasClaimed(Turn t, string sentence, int verb) =>
        t.Q.Tokens.Skip(verb + 1).Count(Vocabulary.Negations.Contains) % 2 == ClaimNegations(t, Reading.Whole(sentence)) % 2;
}
