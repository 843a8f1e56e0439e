using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>What a yes/no claim is about, as the words of a fact may say it: the words a negation or opposite must point at.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// What the claim is about, as the fact's words may say it: its words, and the names it gives. Read only: without
    /// words said through synonyms it is the claim's own set, shared by every fact the claim is held against.
    /// </summary>
    private static HashSet<string> Focus(Turn t, Reading reading)
    {
        var index = t.Index;
        var claim = FocusOf(t);
        // Names that most facts mention (the article's main subject) say nothing about where a word points; nor does the
        // name of whom a claim says spoke ("X insisted Y is Z") in a text quoting X, which names X beside the words, not in them.
        var named = Words.WithoutQuotations(reading.Plain) == reading.Plain ? claim.Named : claim.NamedBesideSpeakers;
        // A claim word the fact says only through a general synonym ("accused" for "charged"): a negation before that
        // synonym points at it too.
        // A verb the claim says with its particle points at the word the pair means: "have any generals switched sides?"
        // of "there were no defections" is denied by the "no" before "defections", which no claim word says alone.
        // Both come from the claim's words, so the fact's words are only gone through when the claim has either.
        if (claim.Synonymous.Count == 0 && claim.Meanings.Count == 0)
            return named;
        var stems = reading.PlainStems;
        var unsaid = claim.Synonymous.FindAll(w => !SaysWord(index, stems, w));
        // The claim's own set stands unless the fact's words add to it: most facts add nothing, and no set is built for them.
        HashSet<string>? focus = null;
        for (var i = 0; i < stems.Count; i++)
        {
            if (!named.Contains(stems[i]) && PointedAt(index, stems[i], unsaid, claim.Meanings))
                (focus ??= new HashSet<string>(named, StringComparer.Ordinal)).Add(stems[i]);
        }
        return focus ?? named;
    }

    /// <summary>Whether a fact's stem is a general synonym of a claim word it does not say, or what a verb of the claim with its particle means.</summary>
    private static bool PointedAt(KnowledgeIndex index, string stem, List<string> unsaid, List<string> meanings)
    {
        foreach (var word in unsaid)
        {
            if (index.ThesaurusStems[word].Contains(stem))
                return true;
        }
        foreach (var meaning in meanings)
        {
            if (index.StandsFor(meaning, stem))
                return true;
        }
        return false;
    }

    /// <summary>Whether one of the stems says the word (<see cref="KnowledgeIndex.Covers"/>), read straight off the list.</summary>
    private static bool SaysWord(KnowledgeIndex index, IReadOnlyList<string> stems, string word)
    {
        for (var i = 0; i < stems.Count; i++)
        {
            if (index.CoversWord(stems[i], word))
                return true;
        }
        return false;
    }

    /// <summary>
    /// What the claim alone says of its focus: its words with the names it gives (besides the main subject's), the same
    /// without whom it says spoke, its words said through a general synonym, its verbs with particles and what each pair means,
    /// the stems of each name it gives (besides the main subject's), and the stems of every name it gives, name by name.
    /// </summary>
    private sealed record ClaimFocus(HashSet<string> Named, HashSet<string> NamedBesideSpeakers, List<string> Synonymous,
        (int Verb, int Particle, string Meaning)[] Phrases, List<HashSet<string>> Names, HashSet<string>[] EveryName)
    {
        public List<string> Meanings { get; } = [.. Phrases.Select(p => p.Meaning)];
    }

    /// <summary>By question: a yes/no question is held against fact after fact.</summary>
    private static readonly QuestionMemo<ClaimFocus> ClaimFoci = new();

    private static ClaimFocus FocusOf(Turn t) => ClaimFoci.Get(t, static t =>
    {
        var (index, q) = (t.Index, t.Q);
        var speakers = Speakers(q);
        var others = new List<string>(q.Entities.Count);
        for (var i = 0; i < q.Entities.Count; i++)
        {
            if (!index.IsMainSubject(q.Entities[i]))
                others.Add(q.Entities[i]);
        }
        HashSet<string> Named(bool besideSpeakers)
        {
            var named = new HashSet<string>(q.Residual, StringComparer.Ordinal);
            foreach (var e in others)
            {
                if (!besideSpeakers || !speakers.Contains(e))
                    named.UnionWith(EntityStems(index, e));
            }
            return named;
        }
        var all = Named(besideSpeakers: false);
        // Without a speaker named, both sets are the same, and read only.
        var synonymous = new List<string>();
        for (var i = 0; i < q.Residual.Count; i++)
        {
            if (index.ThesaurusStems.ContainsKey(q.Residual[i]))
                synonymous.Add(q.Residual[i]);
        }
        return new ClaimFocus(all, speakers.Count == 0 ? all : Named(besideSpeakers: true), synonymous, [.. Phrases(q.Tokens)],
            [.. others.Select(e => index.Find(e)?.NameStemSet).OfType<HashSet<string>>().Where(n => n.Count > 0)], EveryNameOf(index, q));
    });

    /// <summary>
    /// The stems of every name the claim gives, the main subject's too: no word of the claim's own. Each name's own set,
    /// which no one changes, is read as it is rather than gathered into one.
    /// </summary>
    private static HashSet<string>[] EveryNameOf(KnowledgeIndex index, Pipeline.ParsedQuestion q) =>
        [.. q.Entities.Select(index.Find).OfType<Entity>().Select(e => e.NameStemSet)];

    /// <summary>Whether the word is a stem of one of the names (<see cref="EveryNameOf"/>).</summary>
    private static bool IsNameStem(HashSet<string>[] names, string word)
    {
        foreach (var name in names)
        {
            if (name.Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>The stems of each name the claim gives, besides the main subject's.</summary>
    private static List<HashSet<string>> ClaimNames(Turn t) => FocusOf(t).Names;
}
