using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Leaked memos show the plant will close." then "source?", "says who?", "where does that come from?": asked of what
/// was just read, where it comes from is what that sentence attributes it to.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words that ask, each alone, where something comes from.</summary>
    private static readonly HashSet<string> SourceCues = new(StringComparer.Ordinal) { "source", "sources", "sourced", "according", "whom" };

    /// <summary>
    /// The only words a question asking where the thing just read comes from uses beside its cue: question and pointing
    /// words, "the author", and nouns for a piece of information ("that figure").
    /// </summary>
    private static readonly HashSet<string> SourceAskingWords = new(StringComparer.Ordinal)
    {
        "who", "whom", "what", "whats", "where", "how", "s", "is", "was", "are", "does", "did", "do", "the", "a", "for", "of", "to",
        "that", "this", "it", "they", "we", "you", "so", "from", "come", "comes", "came", "know", "knows", "say", "says", "said",
        "and", "but", "ok", "then", "again", "exactly", "information", "info", "claim", "figure", "figures", "number", "numbers",
        "data", "estimate", "evidence", "article", "author", "authors", "writer", "piece",
    };

    /// <summary>
    /// The sentence just read, or the attribution just before it in its paragraph, when the question asks only where
    /// what it tells comes from; null when the question asks something more. A sentence that names no source is still
    /// the one asked about: that it names none is the answer.
    /// </summary>
    private static ParsedQuestion? WhereItComesFrom(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Date is not null || q.Quoted is not null || NamesOtherThanTheWriter(q, index)
            || !AsksSource(q.Tokens) || LastRead(state, index) is not { } shown)
            return null;
        // "Memos reveal the plant will close. The town has no plan for its workers.": what follows an attribution in its
        // paragraph is still told on its authority.
        var attributed = Attributes(shown) ? shown : index.Beside(shown, -1) is { } before && before.SameParagraphAs(shown) && Attributes(before) ? before : null;
        return q with { Intent = Intent.Source, Residual = [], Entities = [], ContextSentence = attributed ?? shown };
    }

    /// <summary>Whether the sentence says by whose account it tells what it tells.</summary>
    public static bool Attributes(IndexedSentence sentence) => sentence.Stems.Any(Vocabulary.AttributingStems.Contains);

    /// <summary>
    /// Whether the words ask only where something comes from: "source?", "says who?", "according to whom?", "where does
    /// that come from?", "how do they know?".
    /// </summary>
    public static bool AsksSource(IReadOnlyList<string> tokens) =>
        tokens.Count > 0 && tokens.All(t => SourceAskingWords.Contains(t) || SourceCues.Contains(t))
        && (tokens.AnyIn(SourceCues)
            || (tokens.Any(t => t is "come" or "comes" or "came") && tokens.Contains("from"))
            || (tokens[0] is "how" && tokens.Any(t => t is "know" or "knows"))
            || tokens is ["says" or "said", "who"] or ["who", "says" or "said", "so"]);
}
