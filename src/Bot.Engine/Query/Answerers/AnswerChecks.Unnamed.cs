using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "who was the author of the post?", "what is the name of the factory he visited?": the point of the question is who or
/// what one the article speaks of is. A sentence speaking of them only as "a local author", "a trader of dual
/// nationality" says the article does not identify them.
/// </summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// The one asked to be identified, when a sentence the answer cites speaks of them only by an indefinite kind
    /// ("a factory", "another author") with no name by it; otherwise null.
    /// </summary>
    private static Reply? UnnamedReferent(Turn t, Reply reply)
    {
        if (t.Q.Intent is Intent.YesNo or Intent.Author or Intent.Source || t.Q.AsksAmount || t.Q.AsksWording || IdentifiedKind(t.Q.Text) is not { } kind)
            return null;
        return UnnamedOfKind(t, reply, kind);
    }

    /// <summary>The rest of <see cref="UnnamedReferent"/>, apart so that its lambdas are made only for questions asking of a kind.</summary>
    private static Reply? UnnamedOfKind(Turn t, Reply reply, string kind)
    {
        // The quote may stop short of the words the answer gives in full.
        var cited = string.Join(" ", reply.Answer.Evidence.Select(e => e.Quote).Prepend(reply.Answer.Text));
        var words = Text.Tokenizer.Tokens(cited, lowercase: false);
        var stem = Text.Stemmer.Stem(kind);
        var said = Enumerable.Range(0, words.Count).Where(i => Text.Stemmer.Stem(words[i].ToLowerInvariant()) == stem).ToList();
        var onlyIndefinite = said.Count > 0 && said.All(i => IndefiniteBefore(words, i) && !NameAfter(cited, words, i));
        // "who is the head of the institute?" of a sentence naming no one: no person answers for a kind of person.
        return onlyIndefinite || (IsPersonKind(stem) && !GeneralPersonKinds.Contains(stem) && !NamesPerson(t, cited))
            ? Replies.Unknown(t, $"The article doesn't name the {kind}. {AnswerBuilder.Shorten(reply.Answer.Text, UnnamedContextLength)}")
            : null;
    }

    /// <summary>How much of the sentence found is shown after saying the article names no one: enough to see what it does say.</summary>
    private const int UnnamedContextLength = 300;

    /// <summary>
    /// Whether a text names a person the question does not: one the article knows, or two capitalised words in a row
    /// that name nothing else it knows ("Jo Bloggs" the annotation left out), unless a preposition puts them as a place or
    /// body ("in Tarsk Oblast", "of Harbour Studies"), or the question gives them (the body whose head is asked).
    /// </summary>
    private static bool NamesPerson(Turn t, string text)
    {
        // One the question finds by role ("the Ruritanian ambassador") is named by the answer if the question never says the name.
        var asked = t.Q.Tokens.ToHashSet(StringComparer.Ordinal);
        if (t.Index.Linker.MentionedIn(text, actorsOnly: true).Any(id => t.IsPerson(id)
            && (!t.Q.Entities.Contains(id) || !Text.Tokenizer.Tokens(t.Index.Find(id)!.Name).All(asked.Contains))))
            return true;
        var words = Text.Tokenizer.Tokens(text, lowercase: false);
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (char.IsUpper(words[i][0]) && char.IsUpper(words[i + 1][0]) && !IsTime(words[i + 1].ToLowerInvariant())
                && !PlacingWords.Contains(words[i - 1].ToLowerInvariant())
                && !(asked.Contains(words[i].ToLowerInvariant()) && asked.Contains(words[i + 1].ToLowerInvariant()))
                && !Vocabulary.Stopwords.Contains(words[i].ToLowerInvariant())
                && t.Index.Linker.MentionedIn($"{words[i]} {words[i + 1]}").Count == 0
                && t.Index.Linker.MentionedIn(words[i]).Count == 0 && t.Index.Linker.MentionedIn(words[i + 1]).Count == 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The noun a question asks to identify: "who was the local author of the post?" → author, "the name of the fish-oil
    /// factory the mayor visited" → factory. Read from the words after "who is the" or "name of the" up to a preposition, a
    /// relative word, a verb or a capitalised word starting a clause after the noun.
    /// </summary>
    internal static string? IdentifiedKind(string question)
    {
        var cased = Text.Tokenizer.Tokens(question, lowercase: false);
        var words = cased.Select(w => w.ToLowerInvariant()).ToList();
        var start = -1;
        for (var i = 0; i + 2 < words.Count && start < 0; i++)
        {
            if (words[i] is "who" or "whos" && words[i + 1] is "is" or "was" or "are" or "were" && words[i + 2] == "the" && i + 3 < words.Count)
                start = i + 3;
            else if (words[i] is "name" or "names" && words[i + 1] == "of")
                start = words[i + 2] == "the" ? i + 3 : i + 2;
        }
        if (start < 0)
            return null;
        string? noun = null;
        for (var i = start; i < words.Count && i < start + KindWordsReach; i++)
        {
            var w = words[i];
            // "the trader the prosecutors charged": a name or determiner after the noun opens the clause about it.
            if (KindEnders.Contains(w) || IntentRecognizer.IsPastForm(w) || (noun is not null && (char.IsUpper(cased[i][0]) || ClauseOpeners.Contains(w))))
                break;
            if (!char.IsUpper(cased[i][0]) && w is not ("the" or "a" or "an") && !w.AllChars(char.IsDigit))
                noun = w;
        }
        return noun;
    }

    private static readonly HashSet<string> PlacingWords = new(StringComparer.Ordinal) { "in", "at", "from", "near", "to", "into", "of", "for", "across", "on" };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it", "we", "you" };

    /// <summary>How many words after "the" the noun asked may stand: "the interior ministry head".</summary>
    private const int KindWordsReach = 5;

    /// <summary>Words that end the noun phrase of the one asked: prepositions and relative words.</summary>
    private static readonly HashSet<string> KindEnders = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "for", "from", "to", "on", "behind", "with", "by", "who", "that", "which", "whom", "whose", "and", "or",
    };

    /// <summary>
    /// Whether the kind at <paramref name="at"/> opens on an indefinite word ("a", "another", "an unnamed"), with only
    /// modifiers between: "a trader", "another by a local author", "a fish-oil processing factory".
    /// </summary>
    private static bool IndefiniteBefore(IReadOnlyList<string> words, int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - IndefiniteReach; j--)
        {
            var w = words[j].ToLowerInvariant();
            if (IndefiniteWords.Contains(w))
                return true;
            if (Vocabulary.Stopwords.Contains(w))
                return false;
        }
        return false;
    }

    /// <summary>How many modifiers may stand between the indefinite word and the kind: "a fish-oil processing factory".</summary>
    private const int IndefiniteReach = 5;

    private static readonly HashSet<string> IndefiniteWords = new(StringComparer.Ordinal) { "a", "an", "another", "unnamed", "unidentified", "anonymous" };

    /// <summary>
    /// Whether a name follows the kind: right after it ("a trader Jo Bloggs"), after a comma ("an author, Jo Bloggs,") or
    /// after "called"/"named" ("a channel called Harbourwatch").
    /// </summary>
    private static bool NameAfter(string text, IReadOnlyList<string> words, int at)
    {
        var next = at + 1 < words.Count ? words[at + 1] : "";
        if (next is "called" or "named" or "dubbed" or "known")
            return true;
        if (next.Length > 0 && char.IsUpper(next[0]))
            return true;
        // The tokenizer drops the comma: find the kind's next word in the text and see whether a comma stands before it.
        return next.Length > 0 && KindThenComma(text, words[at]);
    }

    private static bool KindThenComma(string text, string kind) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(kind)}\s*[,\u2013\u2014(:]\s*[""\u201C]?\p{{Lu}}");
}
