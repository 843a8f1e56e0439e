using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>What <see cref="ClaimChecks.Unrealised"/> reads of the claim: the same for every fact it is held against.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the claim itself speaks of an intent, opinion, future or saying; the stems of what it claims happened
    /// (besides those naming who did it, and stopwords); and the stems of every name it gives.
    /// </summary>
    private sealed record ClaimOfDeed(bool SpeaksOfIntent, HashSet<string> Claim, HashSet<string> Named);

    /// <summary>By question, worked out once: a yes/no question is held against fact after fact.</summary>
    private static readonly QuestionMemo<ClaimOfDeed> ClaimsOfDeeds = new();

    private static ClaimOfDeed ClaimOfDeedOf(Turn t) => ClaimsOfDeeds.Get(t, ReadClaimOfDeed);

    private static ClaimOfDeed ReadClaimOfDeed(Turn t)
    {
        // "did X support dredging?" asks for a stance, which a wish or plan is.
        // "did X say Y happened?" asks what X said, which "X claimed Y had happened" confirms.
        var speaksOfIntent = ClaimStemsBesideCourse(t.Q.Tokens).Any(w => Vocabulary.Prospective.Contains(w) || Vocabulary.Unrealised.Contains(w)
            || Vocabulary.StanceStems.Contains(w) || Vocabulary.SpeechVerbs.Contains(w));
        // What is claimed to have happened: the words besides those naming who did it (a topic's words count: "dredged").
        var actorStems = t.Q.Entities.Where(t.IsActor).SelectMany(e => EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        var claim = t.Q.Tokens.Select(Text.Stemmer.Stem).Where(w => !actorStems.Contains(w) && !Vocabulary.Stopwords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var named = t.Q.Entities.SelectMany(e => EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        return new ClaimOfDeed(speaksOfIntent, claim, named);
    }
}
