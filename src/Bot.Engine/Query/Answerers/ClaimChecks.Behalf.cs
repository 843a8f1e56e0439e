using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that say for whom something was done ("on Ruritania's behalf"), checked against whom the text says it was done for.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "was the probe launched by Ruritania on Borduria's behalf?" of "Borduria launched the probe on behalf of Ruritania":
    /// the text does it for another of the claim's names (or another of the same kind) than the claim does, so doer and
    /// beneficiary are turned round.
    /// </summary>
    public static bool OtherBeneficiary(Turn t, string text)
    {
        // Most claims say no "behalf": they are passed over before any set is made, fact after fact.
        if (t.Q.Tokens.IndexOf("behalf") < 0)
            return false;
        var claimed = Beneficiaries(t.Q.Tokens, t.Q.Mentions);
        if (claimed.Count == 0)
            return false;
        var words = Text.Tokenizer.Tokenize(text);
        var said = Beneficiaries(words, t.Index.Linker.LinkText(text));
        return said.Count > 0 && !said.Overlaps(claimed)
            && said.Any(s => t.Q.Entities.Contains(s) || claimed.Any(c => YesNoAnswerer.SameKind(t.Index, s, c)));
    }

    /// <summary>The names after "on behalf of" or between "on" and "behalf" ("on X's behalf").</summary>
    private static HashSet<string> Beneficiaries(IReadOnlyList<string> tokens, IReadOnlyList<Mention> mentions) =>
        [.. mentions.Where(m => m.Pronoun is null && m.Candidates.Count > 0
                && ((m.Start >= 2 && tokens[m.Start - 2] == "behalf" && tokens[m.Start - 1] == "of")
                    || (m.Start >= 1 && tokens[m.Start - 1] == "on" && m.Start + m.Length < tokens.Count && tokens[m.Start + m.Length] == "behalf")))
            .Select(m => m.Candidates[0])];
}
