using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// The sentence near an article's top that states what it argues: of the opening paragraphs' sentences, the one whose
/// words the rest of the article keeps returning to, the title's and standfirst's words counting double, and one judging
/// in the writer's words more than one that only reports. "What is the
/// piece's main argument?" is answered by it, not by the lede alone, which often only sets the scene.
/// </summary>
internal static class ThesisFinder
{
    /// <summary>How many body paragraphs from the top a thesis is looked for in: news analysis states it early.</summary>
    private const int LeadParagraphs = 4;

    /// <summary>Fewer content words than this make a transition ("That is changing."), not an argument.</summary>
    private const int MinContentWords = 8;

    /// <summary>How much more a word of the title or standfirst weighs than another word the article repeats.</summary>
    private const double FramingWeight = 2;

    /// <summary>
    /// How much more each judging word (up to <see cref="MaxJudgingWords"/>) makes a sentence weigh: an argument is stated
    /// in the writer's judging words ("is likely to", "must"), a scene only set.
    /// </summary>
    private const double JudgingWeight = 0.25;

    /// <summary>Judging words past this many make a sentence no more the writer's argument.</summary>
    private const int MaxJudgingWords = 2;

    /// <summary>Each article's thesis, found once per index: it depends on the article alone, not on the question.</summary>
    private static readonly ConditionalWeakTable<KnowledgeIndex, ConcurrentDictionary<ArticleModel, IndexedSentence?>> Found = new();

    public static IndexedSentence? Find(KnowledgeIndex index, ArticleModel model) =>
        Found.GetValue(index, static _ => new()).GetOrAdd(model, static (m, i) => Thesis(i, m), index);

    private static IndexedSentence? Thesis(KnowledgeIndex index, ArticleModel model)
    {
        var lead = model.Article.Blocks.Where(b => b.Kind == BlockKind.Body).Take(LeadParagraphs).Select(b => b.Number).ToHashSet();
        var framing = Words.ContentStems(model.Article.Title + " " + (model.Info.Summary ?? "")).ToHashSet();
        var lede = model.Info.SummaryEvidence?.Quote;
        return index.Sentences
            .Where(s => s.Article == model && lead.Contains(s.Sentence.Paragraph) && (lede is null || !s.Sentence.Text.Contains(lede, StringComparison.Ordinal)))
            .Select(s => (Sentence: s, Score: Score(index, s, framing)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Sentence.Index)
            .Select(c => c.Sentence).FirstOrDefault();
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, ConcurrentDictionary<ArticleModel, IndexedSentence?>> Concluded = new();

    /// <summary>
    /// The sentence of the last body paragraph that the rest of the article keeps returning to, scored as the thesis is:
    /// an analysis restates its argument at the end ("A long battle lies ahead. Shadow fleets ... are likely to outlive
    /// it"), where the lede only set the scene.
    /// </summary>
    public static IndexedSentence? Conclusion(KnowledgeIndex index, ArticleModel model) =>
        Concluded.GetValue(index, static _ => new()).GetOrAdd(model, static (m, i) => Closing(i, m), index);

    private static IndexedSentence? Closing(KnowledgeIndex index, ArticleModel model)
    {
        var closing = model.Article.Blocks.LastOrDefault(b => b.Kind == BlockKind.Body)?.Number;
        var framing = Words.ContentStems(model.Article.Title + " " + (model.Info.Summary ?? "")).ToHashSet();
        var paragraph = index.Sentences.Where(s => s.Article == model && s.Sentence.Paragraph == closing).ToList();
        // "Above all, we must not repeat it.": an analysis ends on its verdict, however short, when its last words judge.
        if (paragraph.Count > 1 && paragraph[^1] is var last && JudgingWords(last) > 0 && Words.ContentStems(last.Sentence.Text).Count() >= MinVerdictWords)
            return last;
        return paragraph
            .Select(s => (Sentence: s, Score: Score(index, s, framing)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Sentence.Index)
            .Select(c => c.Sentence).FirstOrDefault();
    }

    /// <summary>Fewer content words than this make a closing flourish ("So be it."), not a verdict.</summary>
    private const int MinVerdictWords = 4;

    private static int JudgingWords(IndexedSentence sentence) => Text.Tokenizer.Tokens(sentence.Sentence.Text).Count(Vocabulary.EvaluativeWords.Contains);

    private static double Score(KnowledgeIndex index, IndexedSentence sentence, HashSet<string> framing)
    {
        var stems = Words.ContentStems(sentence.Sentence.Text).Distinct().ToList();
        if (stems.Count < MinContentWords)
            return 0;
        // A word in every other sentence says little more than one in a few: its weight grows with the log of its count.
        var repeated = stems.Sum(stem => Math.Log(Math.Max(1, index.SentencesWith(stem))) * (framing.Contains(stem) ? FramingWeight : 1));
        var judging = Math.Min(MaxJudgingWords, JudgingWords(sentence));
        return repeated / Math.Sqrt(stems.Count) * (1 + (JudgingWeight * judging));
    }
}
