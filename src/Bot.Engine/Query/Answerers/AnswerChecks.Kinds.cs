using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Whether an answer names one of the kind asked ("which corridor", "what illness") by the word for the kind.</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// "which firms won the deal?" of "a foreign consortium won the deal", "what illness?" of "his 'illness' was an excuse",
    /// "which other countries?" of "with Ruritania and other countries": the answer says the kind asked, or a general
    /// synonym of it, with no name by it that the question does not give. It speaks of the kind only in general and names
    /// none of it, whatever else it names: a name elsewhere in the sentence is another thing.
    /// </summary>
    internal static bool SpeaksOfKindInGeneral(Turn t, string answer, string kind) =>
        SaysKindUnpointed(t, answer, kind) && !NamedNearKind(t, answer, kind, eitherSide: true);

    /// <summary>
    /// Whether the answer says the kind without pointing back at ones named before: "the two countries", "these firms"
    /// speak of those just named ("Ruritania and Borduria ... as the two countries work together"), not of the kind in general.
    /// A word of a name ("the United States") speaks of no kind.
    /// </summary>
    private static bool SaysKindUnpointed(Turn t, string answer, string kind)
    {
        var cased = Text.Tokenizer.Tokens(answer, lowercase: false);
        var words = cased.Select(w => w.ToLowerInvariant()).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (InName(cased, i) || !t.Index.CoversLoosely([Text.Stemmer.Stem(words[i])], kind))
                continue;
            var before = i - 1;
            while (before >= 0 && (Vocabulary.NumberWords.Contains(words[before]) || words[before].AllChars(char.IsDigit)))
                before--;
            if (before < 0 || words[before] is not ("the" or "these" or "those" or "both"))
                return true;
        }
        return false;
    }

    /// <summary>Whether the word is capitalised after a capitalised word: a word of a name ("United States", "Gulf States").</summary>
    private static bool InName(IReadOnlyList<string> words, int i) => i > 0 && char.IsUpper(words[i][0]) && char.IsUpper(words[i - 1][0]);

    /// <summary>"which countries", "in which countries", "the names of the countries": the ones meant are to be named.</summary>
    private static bool AsksWhichOne(Pipeline.ParsedQuestion q) =>
        AsksForName(q) || (q.Tokens.Count > 2 && q.Tokens[1] == "which" && Vocabulary.Stopwords.Contains(q.Tokens[0]));

    /// <summary>How many words from the kind asked ("corridor") a name may stand and still be its name.</summary>
    private const int KindReach = 4;

    /// <summary>
    /// "which corridor", "what illness": the answer must say the kind (or a general synonym) with a name by it
    /// ("the Middle Corridor", "projects such as Solar One") that the question does not give; "a transit corridor" names none.
    /// </summary>
    private static bool SaysKind(Turn t, string answer, string kind) =>
        Text.Tokenizer.Tokens(answer).Any(w => t.Index.CoversLoosely([Text.Stemmer.Stem(w)], kind));

    /// <summary>
    /// Whether a name the question does not give stands by the kind in the answer. <paramref name="eitherSide"/> lets a
    /// name a few words before a lowercase kind count ("Ruritania and Borduria, both countries"), where the kind may
    /// only describe it.
    /// </summary>
    private static bool NamedNearKind(Turn t, string answer, string kind, bool eitherSide = false)
    {
        var words = Text.Tokenizer.Tokens(answer, lowercase: false);
        var asked = t.Q.Tokens.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            // Looking either side is for a kind said in general, which a word of a name ("the United States") is not.
            if ((eitherSide && InName(words, i)) || !t.Index.CoversLoosely([Text.Stemmer.Stem(words[i].ToLowerInvariant())], kind))
                continue;
            // A name after the kind names one ("drones such as the X-1"); before it, only right before it ("the X-1 drone") or
            // within a name the kind is part of ("the Amber Corridor"): "Ruritania-linked terror attacks" names none.
            var from = eitherSide || char.IsUpper(words[i][0]) ? i - KindReach : i - 1;
            for (var j = Math.Max(1, from); j < words.Count && j <= i + KindReach; j++)
            {
                // "four villages from Ruritania's Alder province", "ports along the Grey Sea": a name after a word of place
                // says where they are or came from, not what they are called.
                if (j > i && PlacePrepositions.Contains(words[j].ToLowerInvariant()))
                    break;
                // A month or weekday ("on October 11") is a time, not a name; "His" or "The" opening a sentence is no name either.
                if (j != i && char.IsUpper(words[j][0]) && words[j].ToLowerInvariant() is var word && !asked.Contains(word) && !IsTime(word)
                    && !Vocabulary.Stopwords.Contains(word)
                    && !t.Index.Linker.MentionedIn(words[j]).Any(t.Q.Entities.Contains))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Words after which a name is a place things are near, go to or come from: "from", "along", "near". Not "in" or
    /// "at", which may give the name ("a degree in Law", "a post at the Alder Institute").
    /// </summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "from", "to", "into", "along", "near", "across", "inside", "outside", "within", "throughout", "around", "off", "toward", "towards",
    };

    /// <summary>
    /// "what illness did X cite?" of "X cited an illness": the answer says the kind, with no name or term by it, and
    /// whatever it names elsewhere is another thing. Not a kind told by a description ("what message did X send?").
    /// </summary>
    private static bool OnlyInGeneral(Turn t, string answer, string kind) =>
        OpensOnKind(t.Q) && !Vocabulary.DescribedKinds.Contains(kind) && SpeaksOfKindInGeneral(t, answer, kind) && !DescribedBeforeKind(t.Q, answer, kind);

    /// <summary>
    /// "what illness did X cite?", "what ports does Y run?": the question opens on a kind of thing, not one told by a
    /// description ("what message"), a kind of actor or wording ("which word"), which are checked by their own rules; nor
    /// is it asked of the article's byline or of a list, whose own answers name what they hold. The "s" of "what's" is no kind, nor is a name.
    /// </summary>
    private static bool AsksForAThing(Turn t, string kind) =>
        t.Q is var q && OpensOnKind(q) && !Auxiliaries.Contains(kind) && !IsNamed(t.Index, q, q.Tokens.IndexOf(q.AsksNameOf!.ToLowerInvariant()))
        && !q.AsksWording
        && q.Intent is not (Intent.Author or Intent.Source or Intent.Count or Intent.List or Intent.Order or Intent.Compare or Intent.When)
        && !Vocabulary.DescribedKinds.Contains(kind) && !IsActorKind(kind) && !OutletKinds.Contains(kind) && !WordingKinds.Contains(kind);

    /// <summary>
    /// "what's Ruritania's approach?": a word of a name the question gives is whose thing is asked, not its kind. A
    /// common noun that is all of a topic's alias ("illness" for the visit it excused) still asks the kind; an actor's
    /// name ("ruritania") is a name however it is written.
    /// </summary>
    private static bool IsNamed(KnowledgeIndex index, Pipeline.ParsedQuestion q, int at) =>
        q.Mentions.Any(m => m.Start <= at && at < m.Start + m.Length && (m.Length > 1 || m.Candidates.Any(id => index.Find(id) is not { IsActor: false })));

    /// <summary>
    /// Whether an answer names one of a kind of thing: by the kind, when it says it, with the name in the same clause
    /// ("the Tern Line" of "which ferry line"; "on health grounds, an analyst said" names no illness); otherwise by a
    /// name that is no person or state, in a sentence saying something of the rest of the question ("what project did X
    /// fund?" of "X funded the Tern Line"). The person or state a sentence names is never the illness, port or weapon asked ("X missed
    /// the meeting in Lorvik on health grounds" names no illness). Asked after a preposition ("at which base", "under which
    /// flag"), the thing is where or under what it happened, named by a proper name: a topic the article only describes
    /// ("critical infrastructure") names none.
    /// </summary>
    private static bool NamesThing(Turn t, string answer, string kind, IReadOnlyList<string> named)
    {
        if (SaysKind(t, answer, kind))
            return Clauses(t, answer, kind).Any(clause => NamedNearKind(t, clause, kind));
        var said = Words.ContentStems(answer).ToHashSet(StringComparer.Ordinal);
        var rest = t.Q.Residual.Where(w => w != kind).ToList();
        return named.Any(id => t.Index.Find(id) is { IsPerson: false, Kind: not ActorKind.State } thing
                && (thing.IsActor || !LeadingPrepositions.Contains(t.Q.Tokens[0]) || IsProperName(thing.Name)))
            && (rest.Count == 0 || rest.Any(w => t.Index.CoversLoosely(said, w)));
    }

    /// <summary>"the Tern Line", "Solar One": every word but the small ones capitalised; "Borduria's personnel in Ruritania" only describes.</summary>
    private static bool IsProperName(string name) =>
        Text.Tokenizer.Tokens(name, lowercase: false) is { Count: > 0 } words
        && words.All(w => Vocabulary.Stopwords.Contains(w.ToLowerInvariant()) || char.IsUpper(w[0]) || char.IsDigit(w[0]));

    /// <summary>
    /// "which countries trained with X?": a state named in a sentence saying none of the rest of the question ("Y had
    /// liberated land seized by Z") did something else; one of them stands in a sentence that says some of it.
    /// </summary>
    private static bool NamesStateOfTheRest(Turn t, string answer, string kind, IReadOnlyList<string> named)
    {
        var rest = t.Q.Residual.Where(w => w != kind).ToList();
        return Text.SentenceSplitter.Split(answer).Any(sentence =>
            t.Index.Linker.MentionedIn(sentence).Any(id => named.Contains(id) && t.Index.Find(id)?.Kind == ActorKind.State)
            && (rest.Count == 0 || Words.ContentStems(sentence).ToHashSet(StringComparer.Ordinal) is var said && rest.Any(w => t.Index.CoversLoosely(said, w))));
    }

    /// <summary>"which corridor", "the names of the projects"; not "which three sources", a list of things the article describes.</summary>
    private static bool AsksForName(ParsedQuestion q) =>
        !q.AsksWording && q.Intent is not (Intent.Author or Intent.Count or Intent.Order or Intent.Compare or Intent.When)
        // "list the ports" may be told by what they are; "the names of the ports" asks what they are called.
        && (q.Intent is not Intent.List || q.Tokens.Contains("names"))
        // "the names of the four villages" asks what they are called however many there are; "which two ports" asks a
        // number of them; "the one that closed" only points back at the kind.
        && (q.Tokens.Any(w => w is "name" or "names")
            || (q.Tokens[0] == "which" && !q.Tokens.Where((w, i) => !(w == "one" && i > 0 && q.Tokens[i - 1] == "the")).Any(Vocabulary.NumberWords.Contains)));

    /// <summary>
    /// The clauses of an answer, where a name by the kind must stand; a comma right after the kind opens its name, not
    /// another clause ("a new illness, Lorvik fever").
    /// </summary>
    private static IEnumerable<string> Clauses(Turn t, string answer, string kind)
    {
        var clause = "";
        foreach (var part in ClauseBreak().Split(answer))
        {
            clause += " " + part;
            if (Text.Tokenizer.Tokens(part) is not [.., var last] || !t.Index.CoversLoosely([Text.Stemmer.Stem(last)], kind))
            {
                yield return clause;
                clause = "";
            }
        }
        if (clause.Length > 0)
            yield return clause;
    }

    /// <summary>Where a clause ends: a comma, semicolon, colon or dash; not a comma opening examples ("projects, such as X").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",(?!\s*(such as|including|like|notably|namely|especially|e\.g\.)\b)|[;:\u2013\u2014]")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    /// <summary>
    /// "what illness ...", "which other laws ...", "at which base ...": the question opens on the kind, after a preposition
    /// or none, with only words describing it between. Not "what mean the kill zone?", whose kind is what a clause speaks
    /// of, nor an amount ("what % ..."), which its figures check.
    /// </summary>
    private static bool OpensOnKind(Pipeline.ParsedQuestion q)
    {
        var at = q.AsksNameOf is { } kind ? q.Tokens.IndexOf(kind.ToLowerInvariant()) : -1;
        var opening = q.Tokens.Count > 1 && LeadingPrepositions.Contains(q.Tokens[0]) ? 1 : 0;
        return !q.AsksAmount && at > opening && q.Tokens[opening] is "what" or "which"
            && q.Tokens.Skip(opening + 1).Take(at - opening - 1).All(w => !Vocabulary.Stopwords.Contains(w));
    }

    private static readonly HashSet<string> LeadingPrepositions = new(StringComparer.Ordinal) { "at", "in", "on", "from", "to", "into", "through", "by", "with", "for", "under", "over", "behind", "against", "across" };
}
