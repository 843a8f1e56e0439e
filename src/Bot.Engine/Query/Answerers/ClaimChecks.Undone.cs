using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>What a sentence says came to nothing after "but" ("promised aid, but failed to deliver").</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the text says only the start of what the claim says, then undoes the rest: "did they give the aid they had
    /// promised?" of "they promised aid, but failed to deliver", "was the plan adopted?" of "the plan was circulated, but was
    /// put to one side". The claim must say something the words before "but" do not; one they say all of ("did they
    /// promise aid?") is confirmed by them. A claim asking about the failure itself, or with a negation, is left to the other checks.
    /// </summary>
    public static bool UndoneAfterBut(Turn t, string text)
    {
        var clean = TextNormalizer.Clean(text);
        if (!clean.Contains("but", StringComparison.OrdinalIgnoreCase) || t.Q.NegationStems.Count > 0 || t.Q.Residual.Count == 0)
            return false;
        var match = UndoneAfter().Match(clean);
        if (!match.Success || t.Q.Tokens.Any(w => Vocabulary.Undoing.Contains(Stemmer.Stem(w))))
            return false;
        var before = Words.Stems(match.Groups["before"].Value);
        var said = t.Q.Residual.Count(w => t.Index.CoversLoosely(before, w));
        // Words no article uses ("adopt") and "give", "take" or "get", dropped from what a question asks about, are still
        // what a claim says its subject did.
        // A word set aside that says how ("flatly") claims no more than the words before "but" do.
        return said > 0 && (said < t.Q.Residual.Count
            || t.Q.Tokens.Any(w => (PlainDeeds.Contains(w) || (t.Q.SetAside.Contains(Stemmer.Stem(w)) && !w.EndsWith("ly", StringComparison.Ordinal)))
                && !before.Contains(Stemmer.Stem(w))));
    }

    /// <summary>Verbs so common they are no topic of a question, which a claim still says its subject did.</summary>
    private static readonly HashSet<string> PlainDeeds = new(StringComparer.Ordinal) { "give", "gave", "given", "take", "took", "taken", "get", "got", "make", "made" };

    /// <summary>"..., but failed to ...", "... but was put to one side", "... but then dropped": what came before came to nothing.</summary>
    [GeneratedRegex(@"^(?<before>.+?),? but (?:then |later |soon |was |were |has been |have been |had been |it |they |this )*(?:failed to|fail to|put to one side|put aside|set aside|shelved|abandoned|dropped|scrapped|withdrawn|withdrew|reversed|came to nothing|fell through|never materiali[sz]ed|never happened|backed out|pulled out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UndoneAfter();
}
