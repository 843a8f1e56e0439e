using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "why doesn't X want to send troops?", "X's reluctance to join", "drivers of X's non-participation": a why asked of
/// something not done is answered by the explanation of a refusal ("X's refusal to endorse the plan", "the decision not
/// to deploy"), whatever verb the refusal takes; a claim that shares the negated verb but affirms it ("sending troops
/// could trigger unrest") tells what would follow, not why it was refused.
/// </summary>
internal static partial class WhyAnswerer
{
    /// <summary>How many words after a "not" say what is not done ("not want to send ships"); further on they say where or when.</summary>
    private const int NegatedWithin = 3;

    /// <summary>
    /// The question's words that a claim refusing something says: a word of reluctance it uses ("reluctance",
    /// "unwilling"), and its other words just after a "not", which say what is not done ("doesn't want to send",
    /// "non-participation"); none when it negates nothing. Words of refusal themselves ("refuse", "reject") are the article's own and ranked as such.
    /// </summary>
    internal static IReadOnlySet<string> RefusedWords(ParsedQuestion q)
    {
        var refused = q.Residual.Where(Vocabulary.ReluctanceStems.Contains).ToHashSet(StringComparer.Ordinal);
        var tokens = q.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNot(tokens[i]))
                continue;
            // Words like "to" and "the" between them are not counted: "doesn't want to send" negates "send" too.
            var words = 0;
            for (var j = i + 1; j < tokens.Count && words < NegatedWithin; j++)
            {
                if (Vocabulary.Stopwords.Contains(tokens[j]))
                    continue;
                words++;
                var stem = Text.Stemmer.Stem(tokens[j]);
                if (q.Residual.Contains(stem))
                    refused.Add(stem);
            }
        }
        return refused;
    }

    /// <summary>A plain "not" or its contractions ("doesnt", "won't"), or the prefix "non-": refusal words are read as words.</summary>
    private static bool IsNot(string token) =>
        token is "not" or "non" or "never" or "no" || (token.EndsWith("nt", StringComparison.Ordinal) && Vocabulary.Negations.Contains(token));

    /// <summary>Whether the fact's own text (an explanation's claim) refuses, denies or negates something.</summary>
    private static bool Refuses(IndexedFact fact) => fact.NegationStems.Count > 0;

    /// <summary>
    /// Ranking's reading of each word, except that a refused word is said by a claim that refuses: "why not send
    /// troops?" is answered by "X's refusal", which never says "send".
    /// </summary>
    private static Func<string, Func<IndexedFact, double>> RefusalCover(Turn t, IReadOnlySet<string> refused, Func<string, Func<IndexedFact, double>>? others) =>
        word => refused.Contains(word)
            ? fact => Refuses(fact) ? 1 : t.Share(fact.Stems, word)
            : others?.Invoke(word) ?? (fact => t.Share(fact.Stems, word));
}
