using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Whether a fact says the claim's names with what the claim says of them: "did X call for Y to resign?" of "as X called
/// for Z to resign, Y decided ..." names Y, but not as the one who is to resign.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// Whether a name the claim gives besides its subject stands in the fact only in a clause after those saying what
    /// the claim says, while another of its kind stands in those: the fact says it of the other. The subject may stand
    /// apart ("X, like Y, did Z"), and so may names before those clauses, which can be who does it.
    /// </summary>
    private static bool NamedApart(Turn t, Reading reading, List<string> content)
    {
        var (index, q) = (t.Index, t.Q);
        var named = q.Entities.SelectMany(e => EntityStems(index, e)).ToHashSet(StringComparer.Ordinal);
        var said = content.Where(w => !named.Contains(w) && !Vocabulary.NegationStems.Contains(w)).ToList();
        var others = NamesBesideSubject(q, said);
        if (said.Count == 0 || others.Count == 0)
            return false;
        var clauses = Clauses(reading.Plain);
        var held = clauses.ConvertAll(c => said.Any(w => index.CoversLoosely(c.Stems, w) || Vocabulary.OppositesOf(w).Any(c.Stems.Contains)));
        var start = held.IndexOf(true);
        if (start < 0)
            return false;
        var saying = clauses.Where((_, i) => held[i]).Select(c => index.Linker.MentionedIn(c.Text)).ToList();
        var after = clauses.Where((_, i) => !held[i] && i > start).Select(c => index.Linker.MentionedIn(c.Text)).ToList();
        return others.Any(e => after.Any(s => s.Contains(e)) && !saying.Any(s => s.Contains(e))
            && saying.Any(s => s.Any(id => !q.Entities.Contains(id) && (SameKind(index, id, e) || Another(index, id, e)))));
    }

    /// <summary>The names the claim gives but its subject: the first name, when it stands before every word of what is said of it.</summary>
    private static List<string> NamesBesideSubject(Pipeline.ParsedQuestion q, List<string> said)
    {
        var first = q.Tokens.Select(Text.Stemmer.Stem).ToList().FindIndex(said.Contains);
        var names = q.Mentions.Where(m => m.Pronoun is null && m.Candidates.Count > 0 && q.Entities.Contains(m.Candidates[0])).ToList();
        return [.. names.Where((m, i) => !(i == 0 && first >= 0 && m.Start + m.Length <= first)).Select(m => m.Candidates[0]).Distinct()];
    }

    /// <summary>
    /// A sentence's clauses. A piece of a few words opening the sentence goes with the clause after it ("Nobody, literally
    /// nobody, ..."); after a clause, it goes on with that clause's list ("in A, B, C or D"), as a piece closing the
    /// sentence does ("..., alongside Y."). A piece describing what the clause before names ("the SWIFT service, from
    /// which banks were banned") or going on with its list ("cars, drugs, and boats in Z") is part of it too.
    /// </summary>
    private static List<(string Text, List<string> Stems)> Clauses(string text)
    {
        var clauses = new List<(string Text, List<string> Stems)>();
        void Add(string piece, List<string> stems, bool toLast)
        {
            if (toLast && clauses.Count > 0)
                clauses[^1] = (clauses[^1].Text + "," + piece, [.. clauses[^1].Stems, .. stems]);
            else
                clauses.Add((piece, stems));
        }
        var pending = "";
        foreach (var piece in ClauseBreaks().Split(text))
        {
            var joined = pending + " " + piece;
            var stems = Words.Stems(joined);
            if (stems.Count <= OpeningPieceWords)
            {
                pending = joined;
                continue;
            }
            Add(joined, stems, pending.Length > 0 || Continues().IsMatch(piece));
            pending = "";
        }
        if (Words.Stems(pending) is { Count: > 0 } rest)
            Add(pending, rest, toLast: true);
        return clauses;
    }

    /// <summary>Where a clause ends: as <see cref="SideClauseBreak"/>, but not at the comma inside a figure ("31,680").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d),|,(?!\d{3}\b)|[;:]|\s[-–—]+\s|\b(?:but|although|though|whereas)\b")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreaks();

    /// <summary>A piece that describes what the clause before names, or goes on with its list.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\w+ )?(?:which|whom|whose|who|where)\b|^\s*(?:and|or)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Continues();
}
