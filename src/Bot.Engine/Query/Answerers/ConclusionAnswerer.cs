using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "What does the author conclude?": an analysis ends on its conclusion, so the answer is the article's last body
/// paragraphs, the sentence there that says most of what the question asks about first.
/// </summary>
internal static partial class ConclusionAnswerer
{
    /// <summary>How many paragraphs from the end of the body count as its conclusion.</summary>
    private const int ClosingParagraphs = 2;

    /// <summary>Whether the question asks what the author or article concludes, not what someone in it concluded.</summary>
    public static bool Asks(Pipeline.ParsedQuestion q) => ConclusionAsked.IsMatch(q.Words);

    /// <summary>Whether an answer rests on the closing paragraphs already.</summary>
    public static bool Closes(Turn t, Reply reply) => reply.Answer.Status == AnswerStatus.Answered && reply.Answer.Evidence.Count > 0
        && reply.Answer.Evidence.All(e => t.Index.Knowledge.Articles.FirstOrDefault(m => m.Article.Id == e.Article) is { } model && Closing(model).Contains(e.Paragraph));

    /// <summary>The last body paragraphs, leaving out a closing note about the author ("Jo Bloggs is a fellow at ...").</summary>
    private static HashSet<int> Closing(ArticleModel model)
    {
        var article = model.Article;
        var author = article.Author?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).ToArray() ?? [];
        bool AboutAuthor(Block block) => author.Length > 0 && block.Sentences.FirstOrDefault()?.Text.StartsWith(string.Join(' ', author), StringComparison.Ordinal) == true;
        return [.. article.Blocks.Where(block => block.Kind == BlockKind.Body && !AboutAuthor(block)).Select(block => block.Number).TakeLast(ClosingParagraphs)];
    }

    public static Reply? Answer(Turn t)
    {
        var answer = new AnswerBuilder();
        foreach (var model in t.Index.Knowledge.Articles)
        {
            var closing = Closing(model);
            var sentences = t.Index.Sentences.Where(s => s.Article == model && closing.Contains(s.Sentence.Paragraph)).ToList();
            if (sentences.Count == 0)
                continue;
            // The sentence holding most of the question's words; with no words to go on, where the last paragraph
            // begins. A question about something the closing paragraphs never mention is left to the other answerers,
            // but not for words of the headline: the whole piece is about them, so its conclusion is, named or not.
            var words = t.Q.Residual.Where(w => !ConclusionStems.Contains(w)).ToList();
            var best = sentences.OrderByDescending(s => words.Count(w => t.Index.Covers(s.Stems, w)))
                .ThenBy(s => s.Sentence.Paragraph == closing.Max() ? 0 : 1).ThenBy(s => s.Sentence.Index).First();
            var headline = TitleStems(model);
            if (words.Any(w => !headline.Contains(w)) && !words.Any(w => t.Index.Covers(best.Stems, w)))
                continue;
            answer.Add($"The article concludes: \"{best.Sentence.Text}\"", Replies.Evidence(best));
        }
        if (answer.Length == 0)
            return null;
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>The stems of the article's headline, the subject of the whole piece.</summary>
    private static HashSet<string> TitleStems(ArticleModel model) =>
        [.. Text.Tokenizer.Tokens(model.Article.Title).Select(Text.Stemmer.Stem)];

    /// <summary>Whether the word asks for a conclusion ("takeaway", "bottom line"), which the article need not say.</summary>
    public static bool IsConclusionWord(string word) => ConclusionStems.Contains(Text.Stemmer.Stem(word.ToLowerInvariant()));

    private static readonly HashSet<string> ConclusionStems = Vocabulary.Stems("conclude", "concludes", "conclusion", "conclusions", "final", "bottom", "line", "takeaway");

    [GeneratedRegex(@"\b(author|authors|writer|writers|article|piece|text|they|their)\b.*\b(conclude|concludes|concluded|conclusion|conclusions|final (point|word|thought|argument)|bottom line|takeaway)\b|\b(conclude|concludes|conclusion|conclusions)\b.*\b(author|authors|writer|article|piece)\b|^(what is )?(the )?(conclusion|bottom line|takeaway)\b|\bhow does (the |this )?(article|piece|story|text|analysis|it) (end|close|finish)\b|\b(article|piece|story|text|analysis) (ends|closes|finishes) (on|with)\b")]
    private static partial Regex ConclusionPattern();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern ConclusionAsked = new(ConclusionPattern());
}
