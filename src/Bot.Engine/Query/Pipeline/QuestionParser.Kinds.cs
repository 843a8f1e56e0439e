using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>The kind of thing whose name a question asks: "which company", "the name of the envoy", "her husband's name".</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// "and his co-author?", "who is her co-writer?": whoever wrote the article beside the one spoken of, named in its
    /// byline; nothing else is asked of them.
    /// </summary>
    private static bool AsksCoAuthor(List<string> tokens, List<string> residual) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i - 1] == "co" && Vocabulary.AuthorWords.Contains(tokens[i]))
        && residual.All(stem => stem == "co" || Vocabulary.AuthorWords.Contains(stem));

    /// <summary>
    /// The noun after "which"/"what" at the start ("which officials ..."), when it is not a question word or the
    /// name of one person or state; a group's name ("which Ruritanian officials") still asks for its members' names.
    /// </summary>
    private static string? AskedKind(KnowledgeIndex index, string clean, string words, List<string> tokens, List<Mention> mentions)
    {
        // "what is the name of the speaker who signed it?": the noun before "who"/"that" names the kind.
        if ((words.Contains("name of", StringComparison.Ordinal) || words.Contains("names of", StringComparison.Ordinal)) && NameOfPattern().Match(words) is { Success: true } nameOf)
            return NounBeforeClause(tokens, mentions, nameOf.Groups["kind"].Value);
        // "whats her husbands name?": whose name ends the question is the kind, unless it is a name itself; "the newspaper
        // editor's name" asks it of one the article only describes.
        if (OwnerOfName().Match(clean) is { Success: true } owner && owner.Groups["kind"].Value.ToLowerInvariant() is var kind
            && !Vocabulary.Stopwords.Contains(kind) && !Vocabulary.Phrasing.Contains(kind)
            && !mentions.Any(m => m.Pronoun is null && tokens.Skip(m.Start).Take(m.Length).Any(w => w.StartsWith(kind, StringComparison.Ordinal))
                && m.Candidates.Any(id => index.Find(id) is { IsActor: true })))
            return kind;
        // "in which publication did X speak?", "X leads which party?": a kind asked after a preposition, wherever it stands.
        if (KindAfterPreposition(tokens, mentions) is { } placed)
            return placed;
        if (BefallenKind(tokens) is { } befallen)
            return befallen;
        if (DescribedPersonKind(tokens) is { } described)
            return described;
        // "what actually ties X to Y?": a word saying how it was done right after "what" leaves no noun to be the kind.
        if (tokens.Count < 3 || tokens[0] is not ("which" or "what") || KindAdverbs.Contains(tokens[1]))
            return null;
        // "which factors drive X's choice?": reasons are asked, which no name gives; the verb after them is no kind.
        if (Vocabulary.ReasonNouns.Contains(tokens[1]))
            return null;
        // "which of the mayor's deputies": one of the many after "of" is to be named. ("What kind of ships" asks for a
        // sort, which a word gives as well as a name.)
        if (tokens[0] == "which" && tokens[1] == "of")
            return KindAfterOf(tokens, mentions, 2);
        // "which leader's annexation ...?": whose it was is asked, not which annexation.
        if (clean.Contains(tokens[1] + "'s ", StringComparison.OrdinalIgnoreCase) || clean.Contains(tokens[1] + "\u2019s ", StringComparison.OrdinalIgnoreCase))
            return tokens[1];
        // "which Ruritanian opposition groups": the kind is the last noun before the verb, so skip adjectives and names.
        for (var i = 1; i < Math.Min(tokens.Count, 6); i++)
        {
            // "which company handles the exports": a verb in "-s" right after the noun ends it too, unless a verb follows
            // it ("which Ruritanian officials were ...") or "of" does ("which European heads of state"), or it is a kind of
            // actor ("which foreign companies got named").
            // An irregular past ("which official made the claim") ends it as "-ed" does.
            var verb = i > 1 && (IntentRecognizer.IsPastForm(tokens[i]) || (tokens[i].Length > 4
                && i == 2 && tokens[i].EndsWith('s') && !tokens[i].EndsWith("ss", StringComparison.Ordinal) && !tokens[i - 1].EndsWith('s') && !Vocabulary.Stopwords.Contains(tokens[i - 1])
                    && !NumberWords.Contains(tokens[i - 1]) && !Answerers.AnswerChecks.IsActorKind(Stemmer.Stem(tokens[i]))
                    && i + 1 < tokens.Count && !Auxiliaries.Contains(tokens[i + 1]) && tokens[i + 1] is not ("are" or "were" or "of") && !tokens[i + 1].EndsWith("ed", StringComparison.Ordinal)
                    && !IntentRecognizer.IsPastForm(tokens[i + 1])));
            // "which companies make up the group": a bare verb after a plural kind of actor ends the noun as the verb of its
            // clause; whose names answer. "Which tactics make up ..." asks for sorts, which words give as well as names.
            verb |= i > 1 && IntentRecognizer.IsBareVerb(tokens[i]) && IsPluralNoun(tokens[i - 1]) && Answerers.AnswerChecks.IsActorKind(Stemmer.Stem(tokens[i - 1]));
            // "which drone Ruritania give?": a name after the noun starts the clause, as a verb does.
            // "(do we know) which tanker the navy seized": so does a determiner opening the subject of a clause whose verb
            // follows it ("which countries form the leg" has its verb before it).
            var subject = i > 1 && (mentions.Any(m => m.Pronoun is null && m.Start == i)
                || (ClauseDeterminers.Contains(tokens[i]) && tokens.Skip(i + 2).Take(ClauseSubjectReach).Any(IntentRecognizer.IsPastForm)));
            if (!verb && !subject && !Auxiliaries.Contains(tokens[i]) && tokens[i] is not ("are" or "were" or "of" or "in" or "from" or "for" or "by" or "with" or "apart" or "besides" or "except" or "than"))
                continue;
            // "which outlet first reported it": a word saying when or how it was done stands between the noun and its verb.
            var at = i - 1;
            while (at > 1 && verb && KindAdverbs.Contains(tokens[at]))
                at--;
            var noun = tokens[at];
            // "which other US senators travelled": a name after a word that is no noun describes the noun still to come.
            if (subject && !verb && Vocabulary.Stopwords.Contains(noun))
                continue;
            var named = mentions.FirstOrDefault(m => m.Pronoun is null && m.Start <= at && at < m.Start + m.Length);
            var one = named is not null && named.Candidates.Any(id => index.Find(id) is { IsActor: true, Kind: Model.ActorKind.Person or Model.ActorKind.State });
            return i > 1 && !one && (!Vocabulary.Stopwords.Contains(noun) || (at == 1 && PeopleWords.Contains(noun))) && !Vocabulary.Phrasing.Contains(noun) ? noun : null;
        }
        return null;
    }

    /// <summary>
    /// "the names of the villages Ruritania handed over": a name after the noun opens a clause whose "that" is left out,
    /// so the kind is the noun before the name, not the last word of the clause ("over").
    /// </summary>
    private static string NounBeforeClause(List<string> tokens, List<Mention> mentions, string kind)
    {
        var of = tokens.IndexOf("of", Math.Max(0, tokens.FindIndex(w => w is "name" or "names")));
        if (of < 0)
            return kind;
        foreach (var mention in mentions.Where(m => m.Pronoun is null && m.Start > of + 1).OrderBy(m => m.Start))
        {
            var noun = tokens[mention.Start - 1];
            return tokens.IndexOf(kind, mention.Start) >= mention.Start && !Vocabulary.Stopwords.Contains(noun) && !NumberWords.Contains(noun)
                && !mentions.Any(m => m.Start <= mention.Start - 1 && mention.Start - 1 < m.Start + m.Length) ? noun : kind;
        }
        return kind;
    }

    /// <summary>Words for people in general: of no weight elsewhere, but "which people were hurt?" asks for persons by name.</summary>
    private static readonly HashSet<string> PeopleWords = new(StringComparer.Ordinal) { "people", "persons" };

    /// <summary>
    /// "who were the four people killed?", "who are the officials sacked?": whom a deed befell, asked by the noun and the
    /// participle after it, are to be named, as "which people were killed?" asks.
    /// </summary>
    private static string? BefallenKind(List<string> tokens)
    {
        if (tokens.Count < 5 || tokens[0] != "who" || tokens[1] is not ("were" or "are") || tokens[2] != "the")
            return null;
        var at = NumberWords.Contains(tokens[3]) || tokens[3].AllChars(char.IsDigit) ? 4 : 3;
        return at + 1 < tokens.Count && (IsPluralNoun(tokens[at]) || PeopleWords.Contains(tokens[at])) && IntentRecognizer.IsPastForm(tokens[at + 1])
            ? tokens[at] : null;
    }

    /// <summary>A plural noun in "-s" ("companies", "countries"), not a word in "-ss" or "-us" ("press", "status").</summary>
    internal static bool IsPluralNoun(string token) =>
        token.Length > 3 && token.EndsWith('s') && !token.EndsWith("ss", StringComparison.Ordinal) && !token.EndsWith("us", StringComparison.Ordinal)
        && !Vocabulary.Stopwords.Contains(token);

    /// <summary>
    /// "in which publication did X speak?", "launched from which spaceport?", "X leads which party?": "which" (or "what")
    /// right after a preposition asks for one of the noun it opens, its adjectives and names skipped. Not a time, a place
    /// or a manner ("in which year", "in which city", "in what way"), which other checks ask in their own terms.
    /// </summary>
    private static string? KindAfterPreposition(List<string> tokens, List<Mention> mentions)
    {
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (tokens[k] is not ("which" or "what") || !KindPrepositions.Contains(tokens[k - 1]))
                continue;
            string? noun = null;
            for (var j = k + 1; j < Math.Min(tokens.Count, k + 1 + KindPhraseLength); j++)
            {
                if (Vocabulary.Stopwords.Contains(tokens[j]) || Auxiliaries.Contains(tokens[j]) || (j > k + 1 && mentions.Any(m => m.Pronoun is null && m.Start == j)))
                    break;
                noun = tokens[j];
            }
            return noun is null || Vocabulary.Phrasing.Contains(noun) || NoKinds.Contains(Stemmer.Stem(noun)) ? null : noun;
        }
        return null;
    }

    /// <summary>
    /// The kind named after "which of": owners and adjectives before the noun skipped
    /// ("which of the mayor's former deputies"), the last word before a verb, auxiliary or preposition taken.
    /// </summary>
    private static string? KindAfterOf(List<string> tokens, List<Mention> mentions, int from)
    {
        string? noun = null;
        for (var j = from; j < Math.Min(tokens.Count, from + KindPhraseLength); j++)
        {
            var owner = mentions.Any(m => m.Pronoun is null && j >= m.Start && j < m.Start + m.Length && m.Start + m.Length < tokens.Count && tokens[m.Start + m.Length] == "s");
            if (owner || (noun is null && tokens[j] is "the" or "a" or "an" or "s" or "these" or "those" or "its" or "his" or "her" or "their"))
            {
                noun = null;
                continue;
            }
            // "which of the dredgers sailed": a past verb ends the noun as an auxiliary does.
            if (Vocabulary.Stopwords.Contains(tokens[j]) || Auxiliaries.Contains(tokens[j]) || tokens[j] is "are" or "were"
                || (noun is not null && tokens[j].EndsWith("ed", StringComparison.Ordinal)))
                break;
            noun = tokens[j];
        }
        return noun is null || Vocabulary.Phrasing.Contains(noun) || NoKinds.Contains(Stemmer.Stem(noun)) ? null : noun;
    }

    /// <summary>
    /// "who's the senior official behind the claim?", "who was the lawyer who filed it?": a person the question describes
    /// by a role is to be named, as "which official" asks; a sentence saying only "a senior official claimed" names none.
    /// </summary>
    private static string? DescribedPersonKind(List<string> tokens)
    {
        // "who's" comes with its "is" left out.
        var the = tokens.Count > 2 && tokens[1] is "is" or "was" ? 2 : 1;
        if (tokens.Count < the + 2 || tokens[0] is not ("who" or "whos") || tokens[the] != "the")
            return null;
        for (var i = the + 1; i < Math.Min(tokens.Count, the + 1 + KindPhraseLength); i++)
        {
            // Only a doer of what follows ("behind the claim", "who filed it", "quoted"): "who is the defence minister?"
            // asks who holds an office, which a sentence may say without naming them as a doer.
            if (Answerers.AnswerChecks.IsDescribedRole(Stemmer.Stem(tokens[i])))
                return i + 1 < tokens.Count && (DoerClauseWords.Contains(tokens[i + 1]) || IntentRecognizer.IsPastForm(tokens[i + 1])) ? tokens[i] : null;
            if (Vocabulary.Stopwords.Contains(tokens[i]))
                return null;
        }
        return null;
    }

    /// <summary>Words opening what a described person did: "the official behind the claim", "the lawyer who filed it".</summary>
    private static readonly HashSet<string> DoerClauseWords = new(StringComparer.Ordinal) { "behind", "who", "that", "responsible" };

    private static readonly HashSet<string> KindPrepositions = new(StringComparer.Ordinal) { "in", "on", "to", "by", "with", "through", "from", "at", "of", "for", "into", "under" };

    /// <summary>How many words may open the kind asked after "which" ("which Ruritanian opposition groups").</summary>
    private const int KindPhraseLength = 4;

    /// <summary>Nouns after "in which"/"at what" that ask a time, a place, a manner or a reason, not one of a kind to be named.</summary>
    private static readonly HashSet<string> NoKinds = Vocabulary.Stems(
        "year", "years", "month", "day", "date", "time", "period", "stage", "way", "ways", "manner", "capacity", "respect", "extent", "form",
        "circumstances", "conditions", "basis", "grounds", "setting", "occasion", "connection", "reason", "purpose", "place", "location", "venue", "city", "town", "village",
        "region", "area", "province", "district", "direction", "order", "language", "level", "rate", "price", "cost", "amount", "number");

    /// <summary>How many words may stand between a clause's subject noun and its verb ("the US navy seized").</summary>
    private const int ClauseSubjectReach = 3;

    /// <summary>Words opening a noun phrase: after the kind asked, the subject of a clause of its own ("which ship the navy seized").</summary>
    private static readonly HashSet<string> ClauseDeterminers = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its", "our", "my" };

    /// <summary>Words that may stand between the kind asked and its verb: "which outlet first reported it".</summary>
    private static readonly HashSet<string> KindAdverbs = new(StringComparer.Ordinal) { "first", "originally", "initially", "later", "also", "actually", "still", "ever", "just" };

    [GeneratedRegex(@"\b(?<kind>\w+?)(?:'s|\u2019s|s)? (?:full |real )?name\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerOfName();

    [GeneratedRegex(@"\bnames? of (the |this |that |a )?(\w+ ){0,3}?(?<kind>\w+)( (the one|who|that|which|whose|where|when|of|in|at|on|as|by|with|to|from|for|during|mentioned|named|cited|quoted|used|involved|behind|responsible|linked|located|based)\b|$)")]
    private static partial Regex NameOfPattern();
}
