using System.Runtime.CompilerServices;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "What does the author think of X?", "the author's forecast for Y": the writer's view is a sentence in the article's own
/// voice (no one named holding it, no quotation) that says what the question asks about, one that judges (a duty, a
/// likelihood, a doubt, a weight) before one that only reports.
/// </summary>
internal static class AuthorView
{
    /// <summary>How much a sentence's judging words count beside the share of the question's words it says.</summary>
    private const double EvaluativeBonus = 0.3;

    /// <summary>Judging words past this many add nothing: a sentence full of them is no more the writer's view.</summary>
    private const int MaxEvaluativeWords = 2;

    /// <summary>
    /// Whether the question asks the writer's own view: it names the writer as its subject (not "according to the
    /// author", "written by the writer") and asks for a view or judgement, in words other than who wrote it or when.
    /// </summary>
    public static bool Asks(ParsedQuestion q)
    {
        if (q.Intent is Intent.Author or Intent.About or Intent.Source or Intent.Sections or Intent.Help or Intent.More or Intent.Captions
            or Intent.YesNo or Intent.Who or Intent.WhoSaid or Intent.When or Intent.OnDate || q.Tokens.Count == 0 || q.Tokens[0] is "who" or "when" or "where")
            return false;
        var writer = false;
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            // "per the authors", "according to the author", "written by the writer" say where to look, not whose view.
            if (Vocabulary.AuthorWords.Contains(q.Tokens[i]) && !(i >= 1 && q.Tokens[i - 1] == "per") && !(i >= 2 && q.Tokens[i - 2] is "to" or "by" or "per"))
                writer = true;
        }
        return writer && q.Tokens.Any(IsViewWord);
    }

    /// <summary>A word asking for a view or judgement, which the article need not say.</summary>
    public static bool IsViewWord(string word) =>
        Vocabulary.OpinionWords.Contains(word) || Vocabulary.AppraisalWords.Contains(word);

    private static readonly HashSet<string> ViewStems = [.. Vocabulary.OpinionStems, .. Vocabulary.AppraisalWords.Select(Text.Stemmer.Stem)];

    /// <summary>
    /// The article's own sentence best giving its view of what the question asks about, if one says enough of it; with
    /// <paramref name="named"/>, else one naming all else the question names and saying one of its words. A why-question
    /// gets what follows the sentence with it.
    /// </summary>
    public static Reply? Answer(Turn t, bool named = false)
    {
        var index = t.Index;
        // A judging word of the question ("what is most important for X?") is one the writer's verdict says in turn.
        var content = t.Q.Residual.Where(w => !ViewStems.Contains(w))
            .Union(t.Q.Tokens.Where(Vocabulary.EvaluativeWords.Contains).Select(Text.Stemmer.Stem)).ToList();
        var others = t.Q.Entities.Where(id => !index.IsAuthor(id)).ToList();
        if (content.Count == 0 && others.Count == 0)
            return null;
        var weights = content.Select(index.Idf).ToList();
        var total = weights.Sum();
        var voices = Tables.GetValue(index, static i => Voices(i));
        var borrowed = Borrowed.GetValue(index, static i => BorrowedFrom(i));
        IndexedSentence? best = null, naming = null;
        double bestScore = 0, namingScore = 0;
        for (var number = 0; number < index.Sentences.Count; number++)
        {
            var sentence = index.Sentences[number];
            if (voices[number] < 0)
                continue;
            if (!others.All(id => Names(index, sentence, id)))
                continue;
            // "It suggests that ..." judges what the sentence before it told: that sentence's words are this one's too.
            var before = borrowed[number] is >= 0 and var at ? index.Sentences[at] : null;
            var said = 0.0;
            for (var i = 0; i < content.Count; i++)
            {
                if (t.Covers(sentence.Stems, content[i]) || (before is not null && t.Covers(before.Stems, content[i])))
                    said += weights[i];
            }
            var cover = total > 0 ? said / total : 1;
            var score = cover + (EvaluativeBonus * voices[number]);
            if (cover >= RankingPolicy.EnoughWords && score > bestScore)
                (best, bestScore) = (sentence, score);
            // Every other name said, the sentence says most of what the view is about: one of the words then does
            // ("how much attention does the West give it?" of "The West pays it only nominal attention").
            else if (named && others.Count > 0 && said > 0 && score > namingScore)
                (naming, namingScore) = (sentence, score);
        }
        // "why does the author think X?": the view is the verdict, and the grounds follow it, as for any why.
        return (best ?? naming) is not { } found ? null
            : t.Q.Intent is Intent.Why ? WhyAnswerer.WithWhatFollows(t, found) : Replies.FromSentence(t, found);
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, int[]> Borrowed = [];

    /// <summary>
    /// By sentence number: the number of the sentence before it in its paragraph when it opens pointing back at that one
    /// ("This shows ..."), else -1. The same for every question, so worked out once for the index.
    /// </summary>
    private static int[] BorrowedFrom(KnowledgeIndex index) =>
        [.. index.Sentences.Select((sentence, number) => number > 0 && Ranker.OpensPointingBack(sentence.Sentence.Text)
            && index.Sentences[number - 1].SameParagraphAs(sentence) ? number - 1 : -1)];

    /// <summary>Whether the sentence names the entity, linked or in its name's words ("the Ruritania-Borduria rift").</summary>
    private static bool Names(KnowledgeIndex index, IndexedSentence sentence, string id) =>
        sentence.Mentioned.Contains(id) || (index.Find(id) is { NameStems: { Count: > 0 } stems } && stems.All(sentence.Stems.Contains));

    /// <summary>Whether an answer rests on a sentence judging in the article's own voice: it gives the writer's view already.</summary>
    public static bool JudgesInOwnVoice(KnowledgeIndex index, Reply reply)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || reply.Answer.Evidence.Count == 0)
            return false;
        var evidence = reply.Answer.Evidence[0];
        var voices = Tables.GetValue(index, static i => Voices(i));
        for (var number = 0; number < index.Sentences.Count; number++)
        {
            var sentence = index.Sentences[number];
            if (sentence.Sentence.Paragraph == evidence.Paragraph && sentence.Article.Article.Id == evidence.Article
                && (sentence.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal) || evidence.Quote.Contains(sentence.Sentence.Text, StringComparison.Ordinal)))
                return voices[number] > 0;
        }
        return false;
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, int[]> Tables = [];

    /// <summary>
    /// By sentence number: -1 for a sentence not in the article's own voice (outside the body, quoting someone, or giving
    /// a named holder's view), else how many judging words it holds (up to <see cref="MaxEvaluativeWords"/>).
    /// </summary>
    private static int[] Voices(KnowledgeIndex index) =>
        [.. index.Sentences.Select(s => Voice(index, s))];

    internal static int Voice(KnowledgeIndex index, IndexedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        if (!sentence.InBody || text.IndexOfAny(Text.QuotationMarks.Double) >= 0 || HeldSentences.Holders(index, MainClause(sentence)).Count > 0)
            return -1;
        var judging = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(w => Vocabulary.EvaluativeWords.Contains(new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()));
        return Math.Min(judging, MaxEvaluativeWords);
    }

    /// <summary>
    /// The sentence without an opening condition: "If the West wants influence, it must pay" is the writer's advice, the
    /// wanting only supposed.
    /// </summary>
    private static IndexedSentence MainClause(IndexedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && text.Split(' ', 2)[0].ToLowerInvariant() is "if" or "unless"
            ? sentence with { Sentence = sentence.Sentence with { Text = text[(comma + 2)..] } }
            : sentence;
    }
}
