using System.Text.RegularExpressions;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "What does the author recommend?", "the writer's prescription for Europe", "bottom line: what should the West do?":
/// an analysis gives its advice in its own voice, in a sentence saying what someone should, must or needs to do, and
/// mostly towards its end. The answer is such a sentence, the one saying most of what the question names.
/// </summary>
internal static partial class AuthorAdvice
{
    /// <summary>How much a sentence's place counts, from nothing at the article's start to this at its end.</summary>
    private const double LatenessWeight = 1.0;

    /// <summary>How much naming whom the question asks the advice for counts beside the share of its other words said.</summary>
    private const double AddresseeWeight = 1.0;

    /// <summary>
    /// How much more a sentence naming the course itself ("a more realistic approach emphasizes X") counts than one only
    /// telling someone to act: the writer's verdict, which the sentences with "should" around it spell out.
    /// </summary>
    private const double CourseWeight = 0.5;

    /// <summary>
    /// Whether the question asks the writer's advice: the writer, the piece or its bottom line is named, and a
    /// recommendation or what someone should do asked.
    /// </summary>
    public static bool Asks(ParsedQuestion q) =>
        q.Intent is not (Intent.YesNo or Intent.When or Intent.OnDate or Intent.Help or Intent.More or Intent.Captions)
        && q.Tokens.Count > 0 && q.Tokens[0] is not ("who" or "when" or "where" or "did" or "does" or "is" or "was")
        && Writer().IsMatch(q.Words) && Advice().IsMatch(q.Words);

    public static Reply? Answer(Turn t)
    {
        var index = t.Index;
        var content = t.Q.Residual.Where(w => !Ignored.Contains(w)).ToList();
        var addressees = t.Q.Entities.Where(id => !index.IsAuthor(id)).ToList();
        var weights = content.Select(index.Idf).ToList();
        var total = weights.Sum();
        IndexedSentence? best = null;
        var bestScore = double.MinValue;
        foreach (var sentence in index.Sentences)
        {
            var course = NamesCourse(sentence);
            if (!(course || Advises().IsMatch(sentence.Sentence.Text)) || AuthorView.Voice(index, sentence) < 0)
                continue;
            var said = content.Select((w, i) => t.Covers(sentence.Stems, w) ? weights[i] : 0).Sum();
            var last = sentence.Article.Article.Blocks[^1].Number;
            var score = (total > 0 ? said / total : 0)
                + (addressees.Count > 0 && addressees.Any(sentence.Mentioned.Contains) ? AddresseeWeight : 0)
                + (last > 0 ? LatenessWeight * sentence.Sentence.Paragraph / last : 0)
                + (course ? CourseWeight : 0);
            if (score > bestScore)
                (best, bestScore) = (sentence, score);
        }
        if (best is null)
            return null;
        // "A wiser course stresses X. Coastal towns should ...": the course named just before the
        // advice found is the advice's point, and is given with it.
        if (!NamesCourse(best) && CourseBefore(index, best) is { } named)
        {
            var answer = new AnswerBuilder();
            answer.Add($"The article says: \"{named.Sentence.Text}\"", Replies.Evidence(named));
            answer.Add(best.Sentence.Text, Replies.Evidence(best));
            Suggestions.Defaults(answer);
            return Replies.Answered(answer);
        }
        return Replies.FromSentence(t, best);
    }

    /// <summary>
    /// A sentence in the writer's voice naming the course itself, before the advice in its paragraph or in the paragraph
    /// just before it; otherwise null.
    /// </summary>
    private static IndexedSentence? CourseBefore(KnowledgeIndex index, IndexedSentence advice) =>
        index.InParagraph(advice.Sentence.Paragraph).Where(s => ReferenceEquals(s.Article, advice.Article) && s.Sentence.Index < advice.Sentence.Index)
            .Concat(index.InParagraph(advice.Sentence.Paragraph - 1).Where(s => ReferenceEquals(s.Article, advice.Article)))
            .FirstOrDefault(s => NamesCourse(s) && AuthorView.Voice(index, s) >= 0);

    private static bool NamesCourse(IndexedSentence sentence) => Course().IsMatch(sentence.Sentence.Text);

    /// <summary>Question words that ask for advice or name the writer, not what the advice is about.</summary>
    private static readonly HashSet<string> Ignored = Vocabulary.Stems(
        "author", "authors", "writer", "writers", "piece", "article", "recommend", "recommends", "recommendation", "recommendations",
        "recommended", "prescription", "prescribe", "advice", "advise", "should", "must", "bottom", "line", "overall", "think",
        "want", "wants", "do", "doing", "brief", "realistically", "now", "urge", "urges");

    [GeneratedRegex(@"\b(author|authors|author's|authors'|writer|writers|writer's|piece|article|bottom line|bottom-line)\b")]
    private static partial Regex Writer();

    [GeneratedRegex(@"\b(recommend|recommends|recommended|recommendation|recommendations|prescription|prescriptions|prescribe|prescribes|advice|advise|advises|urge|urges|should|ought)\b|\bwants? (\w+ ){1,3}to do\b")]
    private static partial Regex Advice();

    /// <summary>
    /// A sentence naming the course to take without a modal: "a more realistic approach emphasizes", "the answer lies in",
    /// "what is needed is", "the fundamental strategic choice is", "X will be the heart of the matter".
    /// </summary>
    [GeneratedRegex(@"\b(approach|strategy|course|remedy|solution|answer|way forward) (emphasi[sz]es|lies|lie|is to|would be to|requires)\b|\bwhat (is|was) needed\b|\b(strategic|fundamental|real|key|basic) choice is\b|\bheart of the matter\b", RegexOptions.IgnoreCase)]
    private static partial Regex Course();

    /// <summary>A sentence telling someone what to do.</summary>
    [GeneratedRegex(@"\b(should|must|ought to|needs? to|it is time|requires? us|recommend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advises();
}
