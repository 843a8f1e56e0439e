using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>What a sentence puts in someone's hope or expectation and then has denied ("was hopeful X would sign; X denied it").</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the text says what the claim says happened only as what someone hoped or expected, and then has it denied
    /// or rejected later in the same sentence: "did Ruritania join the pact?" of "though Bordurian envoys were confident
    /// that Ruritania would join the pact, its premier rejected the offer, saying it was not in talks with anyone". The
    /// claim's deed stands in the hope; the sentence's fact is the denial, and the answer is no. A claim that itself asks
    /// of a hope, plan, view or denial ("did they expect Ruritania to join?", "did its premier reject it?") is not so checked.
    /// </summary>
    public static bool ExpectationDenied(Turn t, string text)
    {
        // Most sentences hope for nothing: they are ruled out before the question's words are read.
        var stems = Words.StemsToRead(text);
        var hope = Enumerable.Range(0, stems.Count).FirstOrDefault(i => Expectations.Contains(stems[i]), -1);
        if (hope < 0)
            return false;
        // A month ("agreed in May?") is no "may" of what might be.
        var asked = t.Q.Tokens.Where((_, i) => !DateText.IsMonth(t.Q.Tokens, i)).Select(Stemmer.Stem).ToList();
        if (asked.Any(w => Vocabulary.Prospective.Contains(w) || Vocabulary.Unrealised.Contains(w) || Vocabulary.StanceStems.Contains(w)
            || Expectations.Contains(w) || Denials.Contains(w)))
            return false;
        // What the claim says happened: its words beside the names it gives, one of them in what was hoped.
        var named = t.Q.Entities.SelectMany(e => EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        var claim = t.Q.Residual.Where(w => !named.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var end = Math.Min(ScopeEnd(stems, hope), stems.Count - 1);
        var hoped = Enumerable.Range(hope + 1, Math.Max(0, end - hope)).Where(j => claim.Contains(stems[j])).ToList();
        return hoped.Count > 0 && stems.Skip(hoped[^1] + 1).Any(Denials.Contains);
    }

    /// <summary>Words putting what follows in someone's hope or expectation of what another would do.</summary>
    private static readonly HashSet<string> Expectations = Vocabulary.Stems(
        "optimistic", "hopeful", "hope", "hoped", "hoping", "expected", "expecting", "anticipated", "confident", "predicted");

    /// <summary>Verbs with which the one hoped of, or one for them, says it is not so.</summary>
    private static readonly HashSet<string> Denials = Vocabulary.Stems(
        "deny", "denied", "denies", "reject", "rejected", "rejects", "dismiss", "dismissed", "refute", "refuted", "rebuffed");
}
