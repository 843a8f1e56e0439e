namespace Bot.Engine.Query.Answerers;

/// <summary>Claims the article's closest words doubt: answered no, not left unsaid.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "will X lean on Y to end the war?" of "X is unlikely to pressure Y to stop the war": a text that comes closest to the
    /// claim and doubts it, in a clause saying one of the claim's words, answers it rather than leaving it unsaid: no, or
    /// yes to a claim that itself denies or doubts ("does X lack the men?" of "X is unlikely to have the men"). Null when
    /// no clause of the text doubts the claim; "not unlikely" doubts nothing.
    /// </summary>
    private static bool? DoubtedClaim(Turn t, string text)
    {
        var words = t.Q.Residual.Where(w => !Vocabulary.NegationStems.Contains(w) && !Vocabulary.DoubtingClaimStems.Contains(w)).ToList();
        foreach (var clause in SideClauseBreak().Split(Words.WithoutQuotations(text)))
        {
            var tokens = LowerWords(clause).ToList();
            var doubt = tokens.FindIndex(Vocabulary.Doubts.Contains);
            if (doubt < 0 || (doubt > 0 && Vocabulary.Negations.Contains(tokens[doubt - 1])) || Words.Stems(clause) is not { } stems
                || !words.Any(w => t.Index.CoversLoosely(stems, w)))
                continue;
            var denials = t.Q.Negations + t.Q.Tokens.Count(w => Vocabulary.DoubtingClaimStems.Contains(Text.Stemmer.Stem(w)));
            return denials % 2 == 1;
        }
        return null;
    }
}
