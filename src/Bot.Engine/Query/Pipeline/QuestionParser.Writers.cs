using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Whether "who wrote ..." and "who is behind ..." ask who wrote the article or a thing it speaks of.</summary>
internal static partial class QuestionParser
{
    /// <summary>Words asking who wrote something.</summary>
    public static readonly HashSet<string> WritingVerbs = new(StringComparer.Ordinal) { "wrote", "writes", "authored", "penned" };

    /// <summary>
    /// "who wrote the peace plan?": a writing verb with a word for what was written that is no word for the article. A kind
    /// of writing the articles never speak of ("who wrote this analysis?") can only be the article.
    /// </summary>
    private static bool WritesAThing(List<string> tokens, List<string> residual, List<string> foreignStems) =>
        tokens is ["who", var verb, ..] && WritingVerbs.Contains(verb)
        && residual.Any(stem => !SourceStems.Contains(stem) && !Vocabulary.AuthorDetailStems.Contains(stem)
            && !(WritingKindStems.Contains(stem) && foreignStems.Contains(stem)));

    /// <summary>
    /// "who is actually behind this analysis?": whoever stands behind a word for the article wrote it. A kind of writing the
    /// article itself reports ("who is behind the report?") is that thing, not the article.
    /// </summary>
    private static bool AsksWhoIsBehindTheArticle(List<string> tokens, List<string> foreignStems) =>
        tokens is ["who", ..] && tokens.IndexOf("behind") is > 0 and <= BehindReach and var at
        && tokens.Skip(at + 1).Where(w => w is not ("the" or "this" or "that")).Select(Stemmer.Stem).ToList() is [_, ..] rest
        && rest.All(stem => ArticleNounStems.Contains(stem) || (WritingKindStems.Contains(stem) && foreignStems.Contains(stem)));

    /// <summary>How far "behind" may stand from "who": "who is actually behind ...".</summary>
    private const int BehindReach = 3;

    /// <summary>Words that can only mean the article itself.</summary>
    private static readonly HashSet<string> ArticleNounStems = Vocabulary.Stems("article", "piece", "story", "text", "post", "blog", "essay", "editorial");

    /// <summary>Kinds of writing an article may be, which may also be things it reports ("the report", "a study").</summary>
    private static readonly HashSet<string> WritingKindStems = Vocabulary.Stems(
        "analysis", "report", "commentary", "column", "editorial", "essay", "study", "assessment", "briefing", "paper", "explainer", "feature", "review");
}
