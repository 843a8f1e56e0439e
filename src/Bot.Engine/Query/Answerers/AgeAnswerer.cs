using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "How old is X?": news writing gives an age beside the name ("X, 64, said", "X is 86.", "the 71-year-old X", "X,
/// aged 40", "X cited his age (he is 73)"), not in a sentence about age, so the age is looked for there; a person the article gives no age stays unknown.
/// </summary>
internal static partial class AgeAnswerer
{
    /// <summary>How many words may stand between "N-year-old" and the name it describes ("the 71-year-old harbour master Luis Vela").</summary>
    private const int WordsBeforeName = 3;

    public static bool Asks(ParsedQuestion q) => q.Entities.Count > 0 && AsksAge(q);

    /// <summary>"how old is the ship?", "at what age did she leave?": an age is asked, of whatever the question names.</summary>
    public static bool AsksAge(ParsedQuestion q) => q.Words.Contains("how old ", StringComparison.Ordinal) || AgeAsked.IsMatch(q.Words);

    /// <summary>How many words from an age ("15 years old") what it is said of may stand ("vessels over 15 years old").</summary>
    private const int AgeReach = 3;

    /// <summary>
    /// Whether a text gives an age of what the question asks about: an age ("64-year-old", "15 years old", "aged 40",
    /// "X, 64,", "X is 86") with a word of the question's own, or of a name it gives, beside it. "Vessels over 15 years
    /// old" gives no commander's age.
    /// </summary>
    public static bool GivesAgeOfAsked(Turn t, string text)
    {
        var asked = Words.ContentStems(t.Q.Text).Where(w => !AgeStems.Contains(w))
            .Concat(t.Q.Entities.SelectMany(id => Ranker.EntityStems(t.Index, id))).ToHashSet(StringComparer.Ordinal);
        foreach (Match age in AgePhrase().Matches(text))
        {
            var before = Text.Tokenizer.Tokens(text[..age.Index]).TakeLast(AgeReach);
            var after = Text.Tokenizer.Tokens(text[(age.Index + age.Length)..]).Take(AgeReach);
            if (before.Concat(after).Select(Text.Stemmer.Stem).Any(asked.Contains))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> AgeStems = Vocabulary.Stems("old", "age", "aged", "year", "years");

    [GeneratedRegex(@"\b\d{1,3}(?:-year-old\b| years? old\b)|\b(?:aged|is|was|turned|turns) \d{2,3}\b|, \d{2,3},")]
    private static partial Regex AgePhrase();

    /// <summary>
    /// The sentence giving the person's age beside one of their names, or null. The number must end its clause ("X is
    /// 86.", "X, 64, said"): one followed by a word counts something else ("X is 30 minutes late").
    /// </summary>
    public static Reply? Answer(Turn t)
    {
        if (t.Index.Find(t.Q.Entities[0]) is not { IsPerson: true } person)
            return null;
        var sentence = Ages.GetValue(t.Index, static _ => new(StringComparer.Ordinal))
            .GetOrAdd(person.Id, static (_, asked) => AgeSentence(asked.Index, asked.Person), (t.Index, Person: person));
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// By index, the sentence giving each person's age, or null: found once a person, as the patterns are built from
    /// their names. Only the index's own people are kept, so each table stays bounded.
    /// </summary>
    private static readonly ConditionalWeakTable<KnowledgeIndex, ConcurrentDictionary<string, IndexedSentence?>> Ages = [];

    private static IndexedSentence? AgeSentence(KnowledgeIndex index, Entity person)
    {
        var names = person.Actors.SelectMany(a => a.Aliases.Append(a.Name)).Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        var name = $@"\b(?:{string.Join('|', names)})\b";
        var beside = new Regex($@"{name}(?:’s|'s)?(?:,| is| was| turned| turns)(?: aged)? (?<age>\d{{2,3}})(?=(?: years? old)?(?:[,;:)]|\.(?!\d)| and\b| but\b|$))");
        var before = new Regex($@"\b(?<age>\d{{2,3}})-year-old (?:[\p{{L}}’'-]+ ){{0,{WordsBeforeName}}}?{name}");
        // "X cited his age (he is 73)": an aside later in the clause, the only person it can be said of being the one named.
        var aside = new Regex($@"{name}[^().;]*\((?:he|she) (?:is|was|turned|turns) (?<age>\d{{2,3}})\)");
        return index.Sentences.FirstOrDefault(s => s.Mentioned.Contains(person.Id)
            && (beside.IsMatch(s.Sentence.Text) || before.IsMatch(s.Sentence.Text) || (aside.IsMatch(s.Sentence.Text) && OnlyPersonNamed(index, s, person))));
    }

    private static bool OnlyPersonNamed(KnowledgeIndex index, IndexedSentence sentence, Entity person) =>
        sentence.Mentioned.All(id => id == person.Id || index.Find(id)?.IsPerson != true);

    [GeneratedRegex(@"\b(what|which) age\b|\bage of\b|\bhis age\b|\bher age\b|\bhow many years old\b")]
    private static partial Regex AgeWord();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern AgeAsked = new(AgeWord());
}
