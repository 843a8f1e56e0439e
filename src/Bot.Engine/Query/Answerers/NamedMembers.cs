using System.Text.RegularExpressions;
using Bot.Engine.Text;
using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "How many countries were in the talks?" where the article gives no figure but names them ("talks with Ruritania and
/// Borduria"): the actors of the asked kind in the coordinated list of the sentence best saying the question's words.
/// Only the list's own names count, so a destination or another state elsewhere in the sentence is left out.
/// </summary>
internal static partial class NamedMembers
{
    /// <summary>Share of the question's words (by weight) the sentence must say: a list under other words counts other things.</summary>
    private const double MinimumCover = RankingPolicy.EnoughWords;

    /// <summary>The fewest names a coordinated list needs to be the answer: one name is not an enumeration.</summary>
    private const int FewestNames = 2;

    /// <summary>
    /// The counted actors, the sentence naming them and the question's word for them ("countries"), if a sentence
    /// names two or more of the asked kind.
    /// </summary>
    public static (IReadOnlyList<Entity> Members, IndexedSentence Sentence, string Noun)? Find(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        if (q.Intent != Intent.Count || AskedKinds(q) is not { } kinds)
            return null;
        // "besides Ruritania, how many other ...": the names the question sets aside are not counted.
        var setAside = q.Tokens.AnyIn(Vocabulary.SettingAside) ? q.Entities.ToHashSet(StringComparer.Ordinal) : [];
        // "Baltic countries": a name describing the counted kind says which group is meant, not a place the sentence must name.
        var describing = Describing(index, q, kinds.Noun);
        var query = q.Residual.Concat(q.Entities.Where(id => !setAside.Contains(id) && !describing.Contains(id)).SelectMany(id => Ranker.EntityStems(index, id)))
            .Where(s => !kinds.Words.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        // Each word's weight once, not once per sentence.
        var weights = query.ConvertAll(index.Idf);
        var total = weights.Sum();
        if (total <= 0)
            return null;
        (IReadOnlyList<Entity> Members, IndexedSentence Sentence, string Noun)? best = null;
        double bestCover = 0;
        foreach (var sentence in index.Sentences)
        {
            var cover = WeightSaid(query, weights, sentence) / total;
            if (cover < MinimumCover || cover <= bestCover)
                continue;
            var members = ListedMembers(index, sentence, kinds.Kinds).Where(e => !setAside.Contains(e.Id)).ToList();
            if (members.Count == 0)
                continue;
            (best, bestCover) = ((members, sentence, kinds.Noun), cover);
        }
        return best;
    }

    /// <summary>The summed weight of the query words the sentence holds, added in the query's order.</summary>
    private static double WeightSaid(List<string> query, List<double> weights, IndexedSentence sentence)
    {
        double said = 0;
        for (var i = 0; i < query.Count; i++)
        {
            if (sentence.Stems.Contains(query[i]))
                said += weights[i];
        }
        return said;
    }

    /// <summary>The actor kinds the counted nouns ask for ("countries", "leaders", "groups"), their stems and the first of them.</summary>
    private static (List<ActorKind> Kinds, HashSet<string> Words, string Noun)? AskedKinds(ParsedQuestion q)
    {
        var asked = q.Tokens.Select(Text.Stemmer.Stem).ToList();
        var kinds = new List<ActorKind>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(HashSet<string> table, params ActorKind[] ofKind)
        {
            if (!asked.AnyIn(table))
                return;
            kinds.AddRange(ofKind);
            words.UnionWith(asked.Where(table.Contains));
        }
        Add(EntityKinds.StateWords, ActorKind.State);
        Add(EntityKinds.PersonWords, ActorKind.Person);
        Add(EntityKinds.BodyWords, ActorKind.Organisation, ActorKind.Group);
        return kinds.Count > 0 ? (kinds, words, q.Tokens.First(w => words.Contains(Text.Stemmer.Stem(w)))) : null;
    }

    /// <summary>How many words before the counted noun may describe it ("Baltic countries").</summary>
    private const int DescribingWords = 2;

    /// <summary>The shortest word taken to be a form of a name it begins or is begun by ("Baltic" of "Baltics", "Ruritanian" of "Ruritania").</summary>
    private const int ShortestNameForm = 4;

    /// <summary>The question's names said in the words right before the counted noun.</summary>
    private static HashSet<string> Describing(KnowledgeIndex index, ParsedQuestion q, string noun)
    {
        var at = q.Tokens.IndexOf(noun);
        var before = q.Tokens.Skip(Math.Max(0, at - DescribingWords)).Take(Math.Min(at, DescribingWords)).Select(Text.Stemmer.Stem).Where(w => w.Length >= ShortestNameForm).ToList();
        return q.Entities.Where(id => Ranker.EntityStems(index, id).Any(n => n.Length >= ShortestNameForm
            && before.Any(w => w.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(w, StringComparison.Ordinal)))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The distinct actors of the kinds named in the first coordinated list of the sentence that holds two or more of them.</summary>
    private static List<Entity> ListedMembers(KnowledgeIndex index, IndexedSentence sentence, List<ActorKind> kinds)
    {
        var candidates = sentence.Mentioned.Select(index.Find).OfType<Entity>().Where(e => e.Kind is { } k && kinds.Contains(k)).ToList();
        if (candidates.Count == 0)
            return [];
        foreach (Match list in Coordinated().Matches(sentence.Sentence.Text))
        {
            var names = Separator().Split(list.Value).Select(n => n.Trim()).Where(n => n.Length > 0);
            // The actor's own name only: "Strelsau and Szohod" (capitals) or "Ruritanian and Bordurian counterparts" list no states.
            var members = names.Select(n => candidates.FirstOrDefault(e => e.Name == n)).ToList();
            if (members.Any(m => m is null))
                continue;
            var distinct = members.OfType<Entity>().DistinctBy(e => e.Id).ToList();
            if (members.Count >= FewestNames)
                return distinct;
        }
        return [];
    }

    /// <summary>Capitalised names joined by commas and a last "and" or "or": "Ruritania and Borduria", "A, B and C".</summary>
    [GeneratedRegex(@"\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)*,? (?:and|or) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")]
    private static partial Regex Coordinated();

    [GeneratedRegex(@",? (?:and|or) |, ")]
    private static partial Regex Separator();
}
