using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>A fact prepared for matching: the entities it is about and the word stems it contains.</summary>
internal sealed class IndexedFact(Fact fact, ArticleModel article)
{
    public Fact Fact { get; } = fact;
    public ArticleModel Article { get; } = article;

    /// <summary>Entities the annotation says the fact is about.</summary>
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

    /// <summary>Entities only named in its text or quote.</summary>
    public HashSet<string> Mentioned { get; } = new(StringComparer.Ordinal);

    /// <summary>Actors the fact's topics are about: a position on "the alliance's mandate" is about the alliance.</summary>
    public HashSet<string> Related { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    /// <summary>The stems of the negation words in its plain text, so a question repeating one is not read as contradicting it.</summary>
    public HashSet<string> NegationStems { get; } = new(StringComparer.Ordinal);

    /// <summary>The stems of the fact's own words, quoted speech left out, in order: where its negations stand.</summary>
    public IReadOnlyList<string> PlainStems { get; set; } = [];

    /// <summary>The content stems of the fact's text as shown, to tell whether it repeats what an answer already says.</summary>
    public IReadOnlySet<string> TextStems { get; set; } = new HashSet<string>();

    /// <summary>For an explanation, the stems of each reason (with its quote), in the article's order.</summary>
    public IReadOnlyList<HashSet<string>> ReasonStems { get; set; } = [];

    public double EntityWeight(string entity) =>
        Declared.Contains(entity) ? RankingPolicy.DeclaredLink
        : Related.Contains(entity) ? RankingPolicy.RelatedLink
        : Mentioned.Contains(entity) ? RankingPolicy.MentionedLink : 0.0;
}

/// <summary>A sentence prepared for ranked retrieval.</summary>
internal sealed record IndexedSentence(Sentence Sentence, ArticleModel Article, string[] Stems, HashSet<string> Mentioned);
