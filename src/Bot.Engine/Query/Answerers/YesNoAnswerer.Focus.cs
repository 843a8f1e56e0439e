using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>What a yes/no claim is about, as the words of a fact may say it: the words a negation or opposite must point at.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>What the claim is about, as the fact's words may say it: its words, and the names it gives.</summary>
    private static HashSet<string> Focus(Turn t, Reading reading)
    {
        var index = t.Index;
        var claim = FocusOf(t);
        // Names that most facts mention (the article's main subject) say nothing about where a word points; nor does the
        // name of whom a claim says spoke ("X insisted Y is Z") in a text quoting X, which names X beside the words, not in them.
        var focus = new HashSet<string>(Words.WithoutQuotations(reading.Plain) == reading.Plain ? claim.Named : claim.NamedBesideSpeakers, StringComparer.Ordinal);
        // A claim word the fact says only through a general synonym ("accused" for "charged"): a negation before that
        // synonym points at it too.
        // A verb the claim says with its particle points at the word the pair means: "have any generals switched sides?"
        // of "there were no defections" is denied by the "no" before "defections", which no claim word says alone.
        // Both come from the claim's words, so the fact's words are only gone through when the claim has either.
        if (claim.Synonymous.Count == 0 && claim.Meanings.Count == 0)
            return focus;
        var plain = reading.PlainStems.ToHashSet(StringComparer.Ordinal);
        var unsaid = claim.Synonymous.Where(w => !index.Covers(plain, w)).ToList();
        if (unsaid.Count > 0)
            focus.UnionWith(plain.Where(s => unsaid.Any(w => index.ThesaurusStems[w].Contains(s))).ToList());
        if (claim.Meanings.Count > 0)
            focus.UnionWith(plain.Where(s => claim.Meanings.Any(m => index.StandsFor(m, s))).ToList());
        return focus;
    }

    /// <summary>
    /// What the claim alone says of its focus: its words with the names it gives (besides the main subject's), the same
    /// without whom it says spoke, its words said through a general synonym, the meanings of its verbs with particles,
    /// and the stems of each name it gives (besides the main subject's).
    /// </summary>
    private sealed record ClaimFocus(HashSet<string> Named, HashSet<string> NamedBesideSpeakers, List<string> Synonymous, List<string> Meanings, List<HashSet<string>> Names);

    /// <summary>By question: a yes/no question is held against fact after fact.</summary>
    private static readonly QuestionMemo<ClaimFocus> ClaimFoci = new();

    private static ClaimFocus FocusOf(Turn t) => ClaimFoci.Get(t, static t =>
    {
        var (index, q) = (t.Index, t.Q);
        var speakers = Speakers(q);
        HashSet<string> Named(Func<string, bool> keep) =>
            new(q.Residual.Concat(q.Entities.Where(e => !index.IsMainSubject(e) && keep(e)).SelectMany(e => EntityStems(index, e))), StringComparer.Ordinal);
        return new ClaimFocus(Named(_ => true), Named(e => !speakers.Contains(e)),
            q.Residual.Where(index.ThesaurusStems.ContainsKey).ToList(), PhrasalMeanings(q.Tokens).ToList(),
            q.Entities.Where(e => !index.IsMainSubject(e)).Select(e => EntityStems(index, e).ToHashSet(StringComparer.Ordinal)).Where(n => n.Count > 0).ToList());
    });

    /// <summary>The stems of each name the claim gives, besides the main subject's.</summary>
    private static List<HashSet<string>> ClaimNames(Turn t) => FocusOf(t).Names;
}
