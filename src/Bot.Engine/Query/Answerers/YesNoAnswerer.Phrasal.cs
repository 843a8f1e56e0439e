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

    /// <summary>Every particle of <see cref="PhrasalByStem"/>: a verb is stemmed only when one may follow it.</summary>
    private static readonly HashSet<string> Particles = PhrasalByStem.Keys.Select(k => k.Particle).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many words of an object may stand between a verb and its particle ("kept the harbour auditors out").</summary>
    private const int MaxObjectWords = 3;

    /// <summary>
    /// The claim's words that <paramref name="stems"/> say through a verb and its particle: "cut back ties" of "downgrading
    /// relations" says both "cut" and "back", which neither says alone; "cut ties" stays unsaid, for "cut" alone is to sever.
    /// </summary>
    private static IReadOnlySet<string> SaidAsPhrase(Turn t, ICollection<string> stems)
    {
        // Most claims have no verb with a particle, and most facts say none: no set is made for them.
        HashSet<string>? said = null;
        foreach (var (verb, particle, meaning) in FocusOf(t).Phrases)
        {
            if (!t.Index.CoversLoosely(stems, meaning))
                continue;
            // "start running again" of "resumed the traffic": what is begun again stands between the verb and its particle,
            // and the fact names it by what it resumes; an object between them is the claim's own, to be said apart.
            said ??= new HashSet<string>(StringComparer.Ordinal);
            said.Add(Text.Stemmer.Stem(t.Q.Tokens[verb]));
            said.Add(Text.Stemmer.Stem(t.Q.Tokens[particle]));
            if (particle == verb + 2 && t.Q.Tokens[verb + 1].EndsWith("ing", StringComparison.Ordinal))
                said.Add(Text.Stemmer.Stem(t.Q.Tokens[verb + 1]));
        }
        return said ?? NoneSaid;
    }

    private static readonly IReadOnlySet<string> NoneSaid = new HashSet<string>();

    /// <summary>
    /// Where the claim's verbs and their particles stand, and the stem of what each pair means: right after the verb
    /// ("cut back"), after a word in "-ing" ("start running again"), or after a short object for particles that follow
    /// one ("kept the auditors out"), with no linking word or preposition in between.
    /// </summary>
    private static IEnumerable<(int Verb, int Particle, string Meaning)> Phrases(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            string? verb = null;
            if (Particles.Contains(tokens[i + 1]) && PhrasalByStem.TryGetValue((verb = Text.Stemmer.Stem(tokens[i]), tokens[i + 1]), out var meaning))
            {
                yield return (i, i + 1, meaning);
                continue;
            }
            for (var j = i + 2; j < tokens.Count && j <= i + 1 + MaxObjectWords && !Vocabulary.ObjectBreaks.Contains(tokens[j - 1]); j++)
            {
                var separable = Vocabulary.SeparableParticles.Contains(tokens[j]) || (j == i + 2 && tokens[i + 1].EndsWith("ing", StringComparison.Ordinal));
                if (separable && Particles.Contains(tokens[j]) && PhrasalByStem.TryGetValue((verb ??= Text.Stemmer.Stem(tokens[i]), tokens[j]), out meaning))
                {
                    yield return (i, j, meaning);
                    break;
                }
            }
        }
    }
}
