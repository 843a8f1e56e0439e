using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims that give amounts, or that the article reports only as attempted.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// The stems of what a claim counts: the words after each of its amounts that are not function words ("40 big
    /// ships"). A year ("in 2023") counts nothing.
    /// </summary>
    private static HashSet<string> Counted(ParsedQuestion q)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            if (!q.Tokens[i].Any(char.IsDigit) || IsYear(q.Tokens[i]))
                continue;
            for (var j = i + 1; j < q.Tokens.Count && j <= i + CountedReach; j++)
            {
                if (q.Tokens[j].Length > 1 && !Vocabulary.Stopwords.Contains(q.Tokens[j]))
                    counted.Add(Text.Stemmer.Stem(q.Tokens[j]));
            }
        }
        return counted;
    }

    /// <summary>"2023": four digits a year is written with.</summary>
    private static bool IsYear(string token) => token.Length == 4 && token.All(char.IsDigit) && token[0] is '1' or '2';

    /// <summary>How many words after a number may name what it counts ("19 armoured personnel carriers").</summary>
    private const int CountedReach = 3;

    /// <summary>A fact giving an amount speaks to a claim with one, the same amount most of all.</summary>
    private static double AmountBonus(List<string> asked, IndexedFact fact)
    {
        if (asked.Count == 0)
            return 0;
        var given = AmountCheck.Numbers(fact.Fact.Text);
        return given.Count == 0 ? 0 : asked.Any(given.Contains) ? 2 * RankingPolicy.AmountBonus : RankingPolicy.AmountBonus;
    }

    /// <summary>"No" to a claim the fact only attempted, and the sentence after the fact's own in its paragraph, which tells how it ended.</summary>
    private static Reply OnlyAttempted(Turn t, IndexedFact fact, string shown)
    {
        var answer = new AnswerBuilder();
        answer.Add($"No. The article doesn't say that happened. It says: {shown}", fact.Fact.Evidence);
        if (AnswererTable.OwnWords(t.Index, fact) is { } own && t.Index.Beside(own, 1) is { } next && own.SameParagraphAs(next))
            answer.Add($"It goes on: \"{next.Sentence.Text}\"", Replies.Evidence(next));
        Suggestions.About(t, answer, fact.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, fact, []);
    }
}
