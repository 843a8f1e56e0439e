using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

internal static partial class TimeAnswerer
{
    /// <summary>
    /// "The talks began in March, stalled and resumed on June 2": a sentence telling several deeds, each with its date, is
    /// drafted as one event per date. "when did the talks resume?" asks the date written after the deed it names, so of the events
    /// telling the same sentence the one whose date follows the question's words most closely answers, not the first.
    /// </summary>
    private static IndexedFact TiedToAskedDeed(Turn t, IndexedFact best)
    {
        // "when did X say the bridge would reopen?" asks the saying's date, which the fact found for it already gives.
        if (best.Fact is not Event || DateOf(best.Fact) is not { } date || t.Q.Tokens.Any(w => Vocabulary.ReportingVerbs.Contains(Stemmer.Stem(w))))
            return best;
        var siblings = t.Index.Facts.Where(f => f.Fact is Event && !ReferenceEquals(f, best) && f.Fact.Text == best.Fact.Text
            && f.Fact.Evidence.Paragraph == best.Fact.Evidence.Paragraph && DateOf(f.Fact) is not null).ToList();
        if (siblings.Count == 0)
            return best;
        var tokens = Tokenizer.Tokens(best.Fact.Text);
        var asked = Enumerable.Range(0, tokens.Count).Where(i => t.Q.Residual.Any(w => t.Index.CoversWord(Stemmer.Stem(tokens[i]), w))).ToList();
        var own = GapAfterAsked(tokens, asked, date);
        return siblings.Select(f => (Fact: f, Gap: GapAfterAsked(tokens, asked, DateOf(f.Fact)!)))
            .Where(s => s.Gap <= DeedDateReach && s.Gap < own).OrderBy(s => s.Gap).Select(s => s.Fact).FirstOrDefault() ?? best;
    }

    /// <summary>
    /// How many words after the deed its date may be written ("resumed on October 10", "began in early March"): one
    /// further off may date another deed told between them ("broke down in the summer and resumed on October 10").
    /// </summary>
    private const int DeedDateReach = 4;

    /// <summary>How many words the date is written after the last of the question's words before it; past the end when none is.</summary>
    private static int GapAfterAsked(IReadOnlyList<string> tokens, IReadOnlyList<int> asked, FactDate date) =>
        WrittenAt(tokens, date) is var at and >= 0 && asked.LastOrDefault(i => i < at, -1) is var word and >= 0 ? at - word : int.MaxValue;
}
