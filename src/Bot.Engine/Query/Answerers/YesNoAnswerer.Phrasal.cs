namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims whose verb takes a particle: the two are one verb, said by whatever says the word they mean.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// <see cref="Vocabulary.PhrasalVerbs"/> by the verb's stem, with the stem of the word the two mean; the stemmer makes
    /// some past forms ("gave") their verb's, which the list gives too for those it does not.
    /// </summary>
    private static readonly Dictionary<(string Verb, string Particle), string> PhrasalByStem = Vocabulary.PhrasalVerbs
        .DistinctBy(p => (Text.Stemmer.Stem(p.Key.Verb), p.Key.Particle))
        .ToDictionary(p => (Text.Stemmer.Stem(p.Key.Verb), p.Key.Particle), p => Text.Stemmer.Stem(p.Value));

    /// <summary>
    /// The claim's words that <paramref name="stems"/> say through a verb and its particle: "cut back ties" of "downgrading
    /// relations" says both "cut" and "back", which neither says alone; "cut ties" stays unsaid, for "cut" alone is to sever.
    /// </summary>
    private static HashSet<string> SaidAsPhrase(Turn t, ICollection<string> stems)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var tokens = t.Q.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var verb = Text.Stemmer.Stem(tokens[i]);
            if (PhrasalByStem.TryGetValue((verb, tokens[i + 1]), out var meaning) && t.Index.CoversLoosely(stems, meaning))
            {
                said.Add(verb);
                said.Add(Text.Stemmer.Stem(tokens[i + 1]));
            }
            // "start running again" of "resumed the traffic": what is begun again stands between the verb and its particle,
            // and the fact names it by what it resumes.
            else if (i + 2 < tokens.Count && tokens[i + 1].EndsWith("ing", StringComparison.Ordinal)
                && PhrasalByStem.TryGetValue((verb, tokens[i + 2]), out meaning) && t.Index.CoversLoosely(stems, meaning))
            {
                said.Add(verb);
                said.Add(Text.Stemmer.Stem(tokens[i + 1]));
                said.Add(Text.Stemmer.Stem(tokens[i + 2]));
            }
        }
        return said;
    }

    /// <summary>The stems of what the claim's verbs with their particles mean ("boycott" of "stayed away").</summary>
    private static IEnumerable<string> PhrasalMeanings(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (PhrasalByStem.TryGetValue((Text.Stemmer.Stem(tokens[i]), tokens[i + 1]), out var meaning))
                yield return meaning;
        }
    }
}
