using System.Globalization;
using Bot.Engine.Text;
using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Lists and counts: an enumeration the article gives, or the articles' actors by kind.</summary>
internal static class ListAnswerer
{
    public static Reply Enumerate(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        // "name them" after an answer that rests on a list: that list, item by item.
        if (q.Mentions.All(m => m.Pronoun is not null) && q.Residual.Count == 0 && t.State.LastFact is { Fact: ListFact last } fact)
        {
            var items = new AnswerBuilder();
            items.Add($"{Replies.Capitalize(last.Name)}: {last.ItemsText}.", last.Evidence);
            return Replies.Facts(items, fact, []);
        }
        // "the 3 groups": a list with as many items as the question says is the one meant.
        var size = AskedSize(q);
        var lists = Rank(t, index.FactsOf<ListFact>(), bonus: f => size is { } n && ((ListFact)f.Fact).Items.Count == n ? 1 : 0,
            keep: c => c.WordCover >= RankingPolicy.EnoughWords && q.Residual.Count > 0 && CountedThingNamed(c.Fact, q));
        if (lists.Count > 0)
        {
            var list = (ListFact)lists[0].Fact.Fact;
            var answer = new AnswerBuilder();
            var name = list.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? list.Name[4..] : list.Name;
            // "three principal sources" already says how many.
            var counted = Vocabulary.NumberWords.Any(n => name.StartsWith(n + " ", StringComparison.OrdinalIgnoreCase));
            var head = q.Intent == Intent.Count && !counted ? $"{CountWord(list.Items.Count)} {name}:" : $"{Replies.Capitalize(name)}:";
            answer.Add(q.Intent == Intent.List && InItsQuote(list) ? $"The article says: \"{list.Evidence.Quote}\"" : $"{head} {list.ItemsText}.", list.Evidence);
            Suggestions.Defaults(answer);
            return Replies.Facts(answer, lists[0].Fact, lists.Skip(1).Select(s => s.Fact));
        }
        if (q.Entities.Count == 0 && (q.Residual.Count == 0 || EntityKinds.AsksForEntities(q)))
            return ListEntities(t);
        // "which countries have held summits with X?" asks who did something, not what X thinks.
        // "what problems does X face?" that no position of X answers is asked of the facts and sentences at large.
        // "what tricks do the ships use?" with no list fact: a sentence enumerating them, the article's own list.
        // The list spread over the sentence saying the question's words and the next ones of its paragraph.
        // "which governments came out against the dam?": actors of a kind taking a side, which a sentence about what is
        // named tells in words of opposing or backing, before any sentence that only enumerates.
        if (q.Intent == Intent.List && SideTaken(t) is { } side)
            return Replies.FromSentence(t, side);
        if (q.Intent == Intent.List && Enumerations.Run(t) is { } run)
            return FromSentences(t, run);
        if (q.Intent == Intent.List && Enumerations.Best(t) is { } series)
            return Replies.FromSentence(t, series);
        if (q.Intent == Intent.List && Enumerations.Announced(t) is { } announced)
            return FromSentences(t, announced);
        if (q.Intent == Intent.List)
            return q.Entities.Count > 0 && !EntityKinds.AsksWhichOfAKind(q) && StanceAnswerer.HeldPosition(t) is { Answer.Status: AnswerStatus.Answered } held
                ? held : GeneralAnswerer.General(t);
        if (NamedMembers.Find(t) is var (members, sentence, noun))
            return Named(members, sentence, noun);
        return Replies.Unknown(t, "The article doesn't give a count for that.");
    }

    /// <summary>
    /// For "which countries oppose X?" read as a list: when the question asks for actors of a kind and holds a word of
    /// opposing (or else of backing), the sentence saying who takes that side of what the rest names, if one does.
    /// </summary>
    private static IndexedSentence? SideTaken(Turn t)
    {
        var q = t.Q;
        if (!EntityKinds.AsksWhichOfAKind(q))
            return null;
        var stems = q.Tokens.Select(Text.Stemmer.Stem).ToList();
        bool? opposing = stems.Any(StanceSentences.OpposingStems.Contains) ? true : stems.Any(StanceSentences.SupportingStems.Contains) ? false : null;
        if (opposing is not { } side)
            return null;
        var content = q.Residual.Where(r => !Vocabulary.StanceStems.Contains(r) && !EntityKinds.EntityWords.Contains(r)).ToList();
        return content.Count == 0 && q.Entities.Count == 0 ? null : StanceSentences.Best(t, content, side);
    }

    /// <summary>
    /// Whether every item of a list stands in its quote as written: a list given within one sentence ("deals on ports,
    /// roads, and rail in May") reads best in the article's own words, which keep what ties the items together and
    /// show each whole where drafting may have cut one short or run one on. A list told over the sentences after its
    /// quote, or a curated one in the curator's words, is given item by item.
    /// </summary>
    private static bool InItsQuote(ListFact list) =>
        list.Items.All(item => list.Evidence.Quote.Contains(item, StringComparison.Ordinal));

    /// <summary>A count the article gives only by naming them: how many, which, and the sentence naming them.</summary>
    private static Reply Named(IReadOnlyList<Entity> members, IndexedSentence sentence, string noun)
    {
        var answer = new AnswerBuilder();
        var names = members.Count == 1 ? members[0].Name : $"{string.Join(", ", members.Take(members.Count - 1).Select(m => m.Name))} and {members[^1].Name}";
        answer.Add($"{CountWord(members.Count)} {(members.Count == 1 ? Singular(noun) : noun)}: {names}. The article says: \"{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    private static Reply FromSentences(Turn t, IReadOnlyList<IndexedSentence> run)
    {
        var answer = new AnswerBuilder();
        foreach (var sentence in run)
        {
            if (!answer.Add(sentence.Sentence.Text, Replies.Evidence(sentence)))
                break;
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>"who are the actors", "how many countries": the entities of the articles, by kind.</summary>
    public static Reply ListEntities(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var kinds = new List<ActorKind>();
        var asked = q.Tokens.Select(Text.Stemmer.Stem).ToList();
        if (asked.AnyIn(EntityKinds.PersonWords))
            kinds.Add(ActorKind.Person);
        if (asked.AnyIn(EntityKinds.StateWords))
            kinds.Add(ActorKind.State);
        if (asked.AnyIn(EntityKinds.BodyWords))
            kinds.AddRange([ActorKind.Organisation, ActorKind.Group]);
        var actors = index.Entities.Values.Where(e => e.IsActor && (kinds.Count == 0 || kinds.Contains(e.Kind!.Value))).ToList();
        // "who is quoted": the people whose words the article reports. "Which countries are cited?" asks which it names.
        var quoted = !kinds.Contains(ActorKind.State) && (q.Intent is Intent.WhoSaid || q.Tokens.Any(w => w is "quoted" or "cited" or "quote" or "quotes" or "said" or "spoke" or "speak"));
        if (quoted)
        {
            var speakers = index.FactsOf<Statement>().Select(f => ((Statement)f.Fact).Speaker).ToHashSet();
            actors = actors.Where(a => speakers.Contains(a.Id)).ToList();
        }
        var (what, one) = kinds.Count switch
        {
            0 => ("actors", "actor"),
            _ when kinds.SequenceEqual([ActorKind.Person]) => ("people", "person"),
            _ when kinds.SequenceEqual([ActorKind.State]) => ("states", "state"),
            _ => ("organisations and groups", "organisation or group"),
        };
        if (actors.Count == 0)
            return Replies.Unknown(t, quoted ? "The article doesn't quote anyone by name." : $"The article doesn't name any {what}.");
        var answer = new AnswerBuilder();
        answer.Add(actors.Count == 1 ? $"The article names one {one}: {actors[0].Name}." : $"The article names {actors.Count} {what}: {string.Join(", ", actors.Select(a => a.Name))}.");
        if (actors.FirstOrDefault() is { } first)
            answer.Suggest($"Who is {first.Name}?");
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>The number of things the question says there are ("the three sources", "3 groups"), if any.</summary>
    private static int? AskedSize(ParsedQuestion q)
    {
        foreach (var token in q.Tokens)
        {
            var at = Array.IndexOf(Vocabulary.NumberWords, token);
            if (at >= 2)
                return at;
            if (token.Length == 1 && token[0] is >= '2' and <= '9')
                return token[0] - '0';
        }
        return null;
    }

    /// <summary>
    /// "how many X", "number of X": X must name the list itself, not just appear among its items. A count asked as "the
    /// number of X" names what it counts as plainly as "how many" does.
    /// </summary>
    public static bool CountedThingNamed(IndexedFact list, ParsedQuestion q)
    {
        if (q.Intent != Intent.Count)
            return true;
        var opener = CountOpeners.Select(o => (Opener: o, At: q.Words.IndexOf(o, StringComparison.Ordinal))).FirstOrDefault(o => o.At >= 0);
        var counted = opener.Opener is null ? null
            : q.Words[(opener.At + opener.Opener.Length)..].Split(' ').FirstOrDefault(w => !Vocabulary.Phrasing.Contains(w) && !Vocabulary.Stopwords.Contains(w));
        if (counted is null)
            return true;
        return HeadsOf((ListFact)list.Fact).Contains(Text.Stemmer.Stem(counted));
    }

    /// <summary>The words a count question puts before what it counts, in the order they are looked for.</summary>
    private static readonly string[] CountOpeners = ["how many ", "how much ", "number of "];

    /// <summary>
    /// The heads of a list's names: the first content stems of its name and of each alias ("officials who ..." counts
    /// officials, not troops). A name opening on an action ("sending aircraft abroad: for repairs and training") counts
    /// what the action is for, so its head is the action alone, not what it acts on. Read once a list, as every "how
    /// many" question asks them of every list.
    /// </summary>
    private static HashSet<string> HeadsOf(ListFact list) => ListHeads.GetValue(list, l =>
        l.Aliases.Append(l.Name).SelectMany(n => Words.ContentStems(n).Take(OpensOnAction(n) ? 1 : HeadWords)).ToHashSet(StringComparer.Ordinal));

    /// <summary>"sending aircraft ...", "the training of pilots": a name whose first word is a verb's "-ing" form.</summary>
    private static bool OpensOnAction(string name) =>
        Text.Tokenizer.Tokenize(name).FirstOrDefault(w => w is not ("the" or "a" or "an")) is { Length: > MinActionLength } first
        && first.EndsWith("ing", StringComparison.Ordinal) && !IngNouns.Contains(first);

    /// <summary>Shorter "-ing" words are no verb forms ("king", "ring", "wing").</summary>
    private const int MinActionLength = 5;

    /// <summary>"-ing" words that name things rather than actions.</summary>
    private static readonly HashSet<string> IngNouns = new(StringComparer.Ordinal)
    {
        "something", "anything", "everything", "nothing", "morning", "evening", "meeting", "building", "ceiling", "wedding", "painting",
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ListFact, HashSet<string>> ListHeads = [];

    /// <summary>How many content words at the start of a list's name may be its head.</summary>
    private const int HeadWords = 3;

    /// <summary>"one country", not "one countries".</summary>
    private static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    private static string CountWord(int count) =>
        Replies.Capitalize(count < Vocabulary.NumberWords.Length ? Vocabulary.NumberWords[count] : count.ToString(CultureInfo.InvariantCulture));
}
