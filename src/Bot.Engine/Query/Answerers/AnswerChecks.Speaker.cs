using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "What did X say about Y?": the point is X's words, so the answer must have X (or one of X's people) speak. A sentence
/// where X is only named, or acted upon ("targeted by X's drones"), reports nothing X said.
/// </summary>
internal static partial class AnswerChecks
{
    /// <summary>How many words (a title: "spokesman", "parliament") may stand between the speaker's name and the verb of saying.</summary>
    private const int SpeakerTitleReach = 2;

    /// <summary>How many words after the verb of saying may stand before the name ("said on Monday X").</summary>
    private const int SaidBeforeReach = 1;

    /// <summary>
    /// The doesn't-say for an answer to "what did X say?" in which no one says anything: else a sentence where X speaks and
    /// that holds enough of the question's words.
    /// </summary>
    private static Reply? UnsaidBySpeaker(Turn t, Reply reply)
    {
        if (AskedSpeaker(t.Q) is not { } speaker)
            return null;
        return UnsaidBy(t, reply, speaker);
    }

    /// <summary>The rest of <see cref="UnsaidBySpeaker"/>, apart so that its lambdas are made only for questions asking a speaker.</summary>
    private static Reply? UnsaidBy(Turn t, Reply reply, string speaker)
    {
        var side = t.Index.Entities.Values.Where(e => e.IsActor && e.Affiliation == speaker).Select(e => e.Id).Append(speaker).ToHashSet(StringComparer.Ordinal);
        // Who speaks in a sentence is easily missed (an appositive, a pronoun): only one where no one is said to speak fails.
        if ((reply.Fact is { Fact: Statement or Position } fact && side.Any(id => Acts(t, fact, id)))
            || reply.Answer.Evidence.Select(e => SentenceOf(t, e)).Any(e => SpeaksIn(t, e, side) || ReportsSpeech(e)))
            return null;
        return Ranker.BestSentence(t, RankingPolicy.EnoughWords, s => side.Any(s.Mentioned.Contains) && SpeaksIn(t, s.Sentence.Text, side)) is { } said
            ? Replies.FromSentence(t, said)
            : Replies.Unknown(t, $"The article doesn't report {t.Index.NameOf(speaker)} saying that. What it says nearby: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>
    /// Who is asked to have said something: "what did X say", "what has X's spokesman said", "what X parliament say": an
    /// entity of the question named just before a verb of saying, in a question opening on "what". None for "what did
    /// the article say" (no actor), nor where "say" is a claim checked elsewhere.
    /// </summary>
    internal static string? AskedSpeaker(ParsedQuestion q)
    {
        if (q.Intent is Intent.YesNo or Intent.WhoSaid or Intent.Compare or Intent.Author or Intent.Source || q.Tokens.Count < 3 || q.Tokens[0] is not ("what" or "wat"))
            return null;
        var at = q.Tokens.FindIndex(w => Vocabulary.SpeechVerbs.Contains(Text.Stemmer.Stem(w)));
        if (at < 2)
            return null;
        // "what does the head of X say?": someone of X's, whom the article may give without X's name.
        var named = q.Mentions.LastOrDefault(m => m.Pronoun is null && !(m.Start > 0 && q.Tokens[m.Start - 1] == "of") && m.Start + m.Length <= at && at - (m.Start + m.Length) <= SpeakerTitleReach
            && q.Tokens.Skip(m.Start + m.Length).Take(at - m.Start - m.Length).All(w => !Vocabulary.Stopwords.Contains(w) || w == "s")
            && m.Candidates.Any(q.Entities.Contains));
        return named?.Candidates.First(q.Entities.Contains);
    }

    /// <summary>
    /// Whether one of the entities speaks in the sentence: named, not as the object of a preposition, before a word of
    /// saying or holding a view ("X, the head of Y, says", "X's latest remarks", "X swiftly denied"), right after one
    /// ("said X"), or after "according to".
    /// </summary>
    private static bool SpeaksIn(Turn t, string sentence, IReadOnlySet<string> entities)
    {
        var words = Text.Tokenizer.Tokens(sentence);
        return t.Index.Linker.LinkText(sentence).Any(m => m.Candidates.Any(entities.Contains)
            && ((!AfterPreposition(words, m.Start) && words.Skip(m.Start + m.Length).Any(IsWordOfView))
                || (m.Start > 0 && words.Skip(Math.Max(0, m.Start - SaidBeforeReach - 1)).Take(Math.Min(m.Start, SaidBeforeReach + 1)).Any(IsWordOfView))
                || (m.Start > 1 && words[m.Start - 2] == "according")));
    }

    /// <summary>The whole sentence a piece of evidence is quoted from: who speaks may stand outside the words quoted.</summary>
    private static string SentenceOf(Turn t, Evidence evidence) =>
        t.Index.InParagraph(evidence.Paragraph).FirstOrDefault(s => s.Article.Article.Id == evidence.Article
            && s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal))?.Sentence.Text ?? evidence.Quote;

    /// <summary>Whether a sentence has anyone speak or hold a view: a word for it, or words in quotation marks.</summary>
    private static bool ReportsSpeech(string sentence) =>
        sentence.IndexOfAny(Text.QuotationMarks.Double) >= 0 || Text.Tokenizer.Tokens(sentence).Any(IsWordOfView);

    private static bool IsWordOfView(string word) =>
        Vocabulary.HoldingVerbs.Contains(word) || Text.Stemmer.Stem(word) is var stem
        && (Vocabulary.ReportingVerbs.Contains(stem) || Vocabulary.ReactionWords.Contains(stem) || Vocabulary.OpposingDeeds.Contains(stem));
}
