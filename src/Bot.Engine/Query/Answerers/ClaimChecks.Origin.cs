using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>Checks of a claim that says where someone or something is from, against how the article introduces them.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "Is Vantor a Bolivian company?" of "the Chilean Vantor": the claim calls its subject by one country's demonym,
    /// and a sentence of the article puts another country's right before the subject's name, and none puts the claim's.
    /// That sentence, which refutes the claim, else null.
    /// </summary>
    public static IndexedSentence? OtherOrigin(Turn t)
    {
        var q = t.Q;
        if (q.Mentions.FirstOrDefault(m => m.Pronoun is null) is not { Candidates: [var subject, ..] } named
            || t.Index.Find(subject) is not { IsActor: true, Kind: not ActorKind.State }
            || Enumerable.Range(named.Start + named.Length + 1, Math.Max(0, q.Tokens.Count - named.Start - named.Length - 1))
                .FirstOrDefault(i => q.Tokens[i - 1] is "a" or "an" && CountryOfDemonym.ContainsKey(q.Tokens[i])) is not (> 0 and var at)
            // "is Vantor (described as) a Bolivian firm?" says what Vantor is; "does Vantor supply a Bolivian firm?" does not.
            || !q.Tokens.Skip(named.Start + named.Length).Take(at - 1 - named.Start - named.Length).All(Describing.Contains))
            return null;
        var claimed = CountryOfDemonym[q.Tokens[at]];
        IndexedSentence? other = null;
        foreach (var sentence in t.Index.Sentences.Where(s => s.Mentioned.Contains(subject)))
        {
            foreach (var given in GivenOrigins(t, sentence.Sentence.Text, subject))
            {
                if (given == claimed)
                    return null;
                other ??= sentence;
            }
        }
        return other;
    }

    /// <summary>
    /// The countries whose demonym a text puts right before <paramref name="subject"/>'s name. One put after it ("Vantor, a
    /// Chilean firm") the article's drafting reads as the subject's role, which the claim's identity is checked against.
    /// </summary>
    private static IEnumerable<string> GivenOrigins(Turn t, string text, string subject)
    {
        var words = Text.Tokenizer.Tokens(text, lowercase: false).Select(w => w.ToLowerInvariant()).ToList();
        foreach (var m in t.Index.Linker.LinkText(text).Where(m => m.Candidates.Contains(subject)))
        {
            var before = m.Start > 0 && words[m.Start - 1] is "the" or "a" or "an" ? m.Start - 1 : m.Start;
            if (before > 0 && CountryOfDemonym.TryGetValue(words[before - 1], out var country))
                yield return country;
        }
    }

    /// <summary>Words that may stand between a claim's subject and what it says the subject is ("is described as a ...").</summary>
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "described", "called", "named", "as", "still", "really", "actually", "indeed", "truly",
    };

    /// <summary>Each country's name by its demonyms, lowercase ("chilean"); the first country listed keeps a demonym two share.</summary>
    private static readonly Dictionary<string, string> CountryOfDemonym = Extraction.Countries.All
        .SelectMany(c => c.Demonyms.Select(d => (Demonym: d.ToLowerInvariant(), c.Name)))
        .DistinctBy(d => d.Demonym, StringComparer.Ordinal).ToDictionary(d => d.Demonym, d => d.Name, StringComparer.Ordinal);
}
