using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

internal static partial class TimeAnswerer
{
    /// <summary>How many words may stand between a reporting verb and the date of the saying ("said on Friday, March 1").</summary>
    private const int SayingDateReach = 3;

    /// <summary>
    /// "Jo Bell said on March 1 that the bridge would reopen in June": the date right after a reporting verb dates the
    /// saying, and what was said carries a date of its own. "when will the bridge reopen?" asks the second, so of two
    /// facts telling the same sentence, the one dated inside what was said answers. A question about the saying itself
    /// ("when did Bell say so?") keeps the saying's date.
    /// </summary>
    private static IndexedFact DatedInWhatWasSaid(Turn t, IndexedFact best, IReadOnlyList<Scored> ranked)
    {
        if (t.Q.Tokens.Any(w => Vocabulary.ReportingVerbs.Contains(Stemmer.Stem(w))) || DateOf(best.Fact) is not { } date)
            return best;
        var tokens = Tokenizer.Tokens(best.Fact.Text);
        var saying = WrittenAt(tokens, date);
        if (saying < 0 || !AfterReportingVerb(tokens, saying))
            return best;
        // What is asked must be told after the saying's date, in what was said.
        var asked = Enumerable.Range(0, tokens.Count).Where(i => t.Q.Residual.Any(w => t.Index.CoversWord(Stemmer.Stem(tokens[i]), w))).ToList();
        if (asked.Count == 0 || asked.Any(i => i < saying))
            return best;
        return ranked.Select(s => s.Fact).FirstOrDefault(f => !ReferenceEquals(f, best) && f.Fact.Text == best.Fact.Text
            && DateOf(f.Fact) is { } other && WrittenAt(tokens, other) > saying) ?? best;
    }

    /// <summary>Where the tokens first write the date's month, or its year when it has none; -1 where they do not.</summary>
    private static int WrittenAt(IReadOnlyList<string> tokens, FactDate date)
    {
        var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (date.Month is { } month ? Vocabulary.MonthNames.TryGetValue(tokens[i], out var m) && m == month && DateText.IsMonth(tokens, i) : tokens[i] == year)
                return i;
        }
        return -1;
    }

    /// <summary>Whether a reporting verb ("said", "announced") stands a few words before the position, with no other verb's words between.</summary>
    private static bool AfterReportingVerb(IReadOnlyList<string> tokens, int at) =>
        Enumerable.Range(Math.Max(0, at - SayingDateReach), Math.Min(at, SayingDateReach))
            .Any(i => Vocabulary.ReportingVerbs.Contains(Stemmer.Stem(tokens[i])) && tokens.Skip(i + 1).Take(at - i - 1).All(w => w is "on" or "in" or "last" or "this" or "early" or "late"));
}
