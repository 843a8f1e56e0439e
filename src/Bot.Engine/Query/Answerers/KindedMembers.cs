using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Which countries sell the parts?", "tell me all the leaders who visited Vella": a list question asking for actors
/// of one kind is answered by the sentence that says the rest of the question and names two or more actors of that kind
/// ("... made by firms in Ruritania, Osterlich and Vella"), not by one that only says the question's words
/// ("... parts are sold through third-country hubs").
/// </summary>
internal static class KindedMembers
{
    /// <summary>
    /// How much of the rest of the question a sentence must say, and how many actors of the kind it must name, tried in
    /// turn: one naming three is the list sooner than a shorter one naming two in passing ("talks with Vella and
    /// others"); and as names of the kind asked for are much of the answer, a sentence naming three may say less of the
    /// question's other words ("toured the region" for "visited the region").
    /// </summary>
    private static readonly (double Cover, int Members)[] Tries =
        [(RankingPolicy.EnoughWords, 3), (RankingPolicy.EnoughWords, 2), (LooseCover, 3)];

    private const double LooseCover = 0.3;

    /// <summary>How many words may stand between the opening and the kind asked for ("which European heads of state").</summary>
    private const int KindReach = 3;

    /// <summary>Words that open a question asking for things by kind: "which", "list", "tell me", "from which".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "which", "what", "wat", "name", "list", "tell", "give", "show", "me", "all", "the" };

    /// <summary>Words before a kind noun that make the question ask something else of it ("what did the countries say").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should", "of",
    };

    /// <summary>Prepositions a question may open with before "which" ("from which countries ...").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "from", "in", "with", "to", "by", "for", "of" };

    /// <summary>Plural nouns asking for people, by the kind of actor they ask for.</summary>
    private static readonly Dictionary<string, Func<Entity, bool>> KindNouns = new(StringComparer.Ordinal)
    {
        ["people"] = e => e.IsPerson, ["persons"] = e => e.IsPerson, ["individuals"] = e => e.IsPerson, ["leaders"] = e => e.IsPerson,
        ["figures"] = e => e.IsPerson, ["officials"] = e => e.IsPerson, ["politicians"] = e => e.IsPerson, ["ministers"] = e => e.IsPerson,
        ["presidents"] = e => e.IsPerson, ["diplomats"] = e => e.IsPerson, ["experts"] = e => e.IsPerson, ["analysts"] = e => e.IsPerson,
        ["heads"] = e => e.IsPerson,
        ["countries"] = e => e.Kind == ActorKind.State, ["states"] = e => e.Kind == ActorKind.State, ["nations"] = e => e.Kind == ActorKind.State,
        ["governments"] = e => e.Kind == ActorKind.State,
        ["organisations"] = IsBody, ["organizations"] = IsBody, ["groups"] = IsBody, ["bodies"] = IsBody, ["institutions"] = IsBody,
        ["companies"] = IsBody, ["firms"] = IsBody,
    };

    private static bool IsBody(Entity e) => e.Kind is ActorKind.Organisation or ActorKind.Group;

    /// <summary>
    /// The kind of actor the question asks for: a plural noun of a kind just after its opening ("which countries",
    /// "from which states", "name all the leaders", "which European heads of state"). "Heads of state" asks for people,
    /// whatever "state" alone would ask for.
    /// </summary>
    internal static (string Noun, Func<Entity, bool> IsKind)? AskedKind(IReadOnlyList<string> tokens)
    {
        var start = tokens.Count > 1 && Prepositions.Contains(tokens[0]) ? 1 : 0;
        if (tokens.Count <= start || tokens[start] is not ("which" or "what" or "wat" or "name" or "list" or "tell" or "give" or "show"))
            return null;
        var at = start;
        while (at < tokens.Count && Openers.Contains(tokens[at]))
            at++;
        for (var i = at; i < Math.Min(tokens.Count, at + KindReach); i++)
        {
            // "which three people ...": a list of a size the question gives is read where the article counts them.
            if (Auxiliaries.Contains(tokens[i]) || tokens[i].AnyChar(char.IsDigit) || Vocabulary.NumberWords.Contains(tokens[i]))
                return null;
            if (KindNouns.TryGetValue(tokens[i], out var isKind))
                return (tokens[i], isKind);
        }
        return null;
    }

    /// <summary>The sentence best saying the rest of the question that names actors of the kind asked for, if one does.</summary>
    public static IndexedSentence? Best(Turn t)
    {
        if (AskedKind(t.Q.Tokens) is not var (noun, isKind))
            return null;
        // The kind's own words ("countries", "heads", "state") are what the names stand for, not words a sentence must say.
        var kindStems = Vocabulary.Stems(noun, "head", "state", "states");
        var content = t.Q.Residual.Where(r => !kindStems.Contains(r) && !Pipeline.EntityKinds.EntityWords.Contains(r)).ToList();
        if (content.Count == 0)
            return null;
        var asked = t.With(t.Q with { Residual = content });
        foreach (var (cover, members) in Tries)
        {
            if (Ranker.BestSentence(asked, minimumCover: cover, accept: s => NamesMembers(t, s, isKind, members)) is { } best)
                return best;
        }
        return null;
    }

    // A plain loop: this runs only on a sentence that says enough of the question and would be the best so far.
    private static bool NamesMembers(Turn t, IndexedSentence sentence, Func<Entity, bool> isKind, int members)
    {
        var count = 0;
        foreach (var id in t.Index.Linker.MentionedIn(sentence.Sentence.Text, actorsOnly: true))
        {
            if (!t.Q.Entities.Contains(id) && t.Index.Find(id) is { } actor && isKind(actor) && ++count >= members)
                return true;
        }
        return false;
    }
}
