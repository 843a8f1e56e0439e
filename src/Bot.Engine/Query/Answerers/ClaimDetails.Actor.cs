using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>The one a claim says did something, checked against whom the cited sentence's clause saying it names.</summary>
internal static partial class ClaimDetails
{
    /// <summary>
    /// "so Lenz got thrown in jail too?" of "Harbo was thrown into jail; Lenz was put under house arrest": the clause saying
    /// every word of the claim names another actor, and the claim's subject only in a clause of its own.
    /// </summary>
    private static (string, string)? OtherActor(Turn t, string cited)
    {
        var (index, q) = (t.Index, t.Q);
        var clauses = StrongClauseBreak().Split(cited);
        if (q.Entities.Count == 0 || clauses.Length < 2)
            return null;
        var subject = q.Entities[0];
        var name = Ranker.EntityStems(index, subject).ToHashSet(StringComparer.Ordinal);
        var content = q.Residual.Where(w => !name.Contains(w)).ToList();
        // One word ("the ZK-18 rockets?") is too little of a claim to tell whose deed a clause says.
        if (content.Count < MinClaimWords)
            return null;
        var read = clauses.Select(c => (Text: c, Stems: Words.Stems(c))).ToList();
        var saying = read.Where(c => content.All(w => index.CoversLoosely(c.Stems, w))).ToList();
        if (saying is not [var clause] || clause.Stems.Any(name.Contains) || !read.Any(c => c.Stems.Any(name.Contains)))
            return null;
        return index.Linker.MentionedIn(clause.Text, actorsOnly: true).FirstOrDefault(id => YesNoAnswerer.SameKind(index, id, subject)) is { } other
            ? ($"that of {index.NameOf(other)}", index.NameOf(subject)) : null;
    }

    /// <summary>How many words besides its subject's name a claim must say before a clause saying them all is another's deed.</summary>
    private const int MinClaimWords = 2;

    /// <summary>Where a sentence joins statements of their own: a semicolon or a dash.</summary>
    [GeneratedRegex(@";|\s[\u2014\u2013]\s")]
    private static partial Regex StrongClauseBreak();
}
