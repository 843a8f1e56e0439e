using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims read before they are checked: what a claim sets aside, and who acted in a passive one.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "Is X tied to A rather than B?": the claim is X tied to A; the alternative it sets aside ("rather than B",
    /// "instead of B") is not part of what must be found.
    /// </summary>
    private static Turn WithoutAlternative(Turn t)
    {
        var q = t.Q;
        var tokens = q.Tokens;
        var at = tokens.FindIndex(w => w is "rather" or "instead");
        if (at < 1 || at + 1 >= tokens.Count || tokens[at + 1] is not ("than" or "of"))
            return t;
        var tail = tokens.Skip(at + 2).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var before = q.Mentions.Where(m => m.Start < at).SelectMany(m => m.Candidates).ToHashSet(StringComparer.Ordinal);
        return t.With(q with
        {
            Residual = [.. q.Residual.Where(w => !tail.Contains(w) || tokens.Take(at).Select(Text.Stemmer.Stem).Contains(w))],
            Entities = [.. q.Entities.Where(before.Contains)],
            Mentions = [.. q.Mentions.Where(m => m.Start < at)],
        });
    }

    /// <summary>
    /// "was X backed by Y?" claims that Y backed X: the one named after "by" is who acted, so the claim is checked
    /// against what Y did.
    /// </summary>
    private static Turn WithAgentFirst(Turn t)
    {
        var q = t.Q;
        var by = q.Tokens.IndexOf("by");
        if (by < 2 || q.Entities.Count < 2 || !(q.Tokens[by - 1].EndsWith("ed", StringComparison.Ordinal) || IntentRecognizer.IrregularPast.Contains(q.Tokens[by - 1]))
            || q.Mentions.FirstOrDefault(m => m.Start == by + 1 || (m.Start == by + 2 && q.Tokens[by + 1] == "the")) is not { } agent
            || agent.Candidates.FirstOrDefault(q.Entities.Contains) is not { } doer || doer == q.Entities[0]
            // "by the Ruritanian authorities": a state does so much in an article that it says little of who acted.
            || t.Index.Find(doer)?.Kind is not (ActorKind.Person or ActorKind.Organisation or ActorKind.Group))
            return t;
        return t.With(q with { Entities = [doer, .. q.Entities.Where(e => e != doer)] });
    }
}
