using Bot.Engine.Model;
using Bot.Engine.Text;

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

    /// <summary>
    /// The fact's own words, quoted speech left out, as the index read them when filing it: what a claim's yes or no is
    /// read in, fact after fact. Null for a fact made while answering.
    /// </summary>
    public string? PlainText { get; set; }

    /// <summary>The stems of the fact's own words, quoted speech left out, in order: where its negations stand.</summary>
    public IReadOnlyList<string> PlainStems { get; set; } = [];

    /// <summary>The content stems of the fact's text as shown, to tell whether it repeats what an answer already says.</summary>
    public IReadOnlySet<string> TextStems { get; set; } = new HashSet<string>();

    /// <summary>For an explanation, the stems of each reason (with its quote), in the article's order.</summary>
    public IReadOnlyList<HashSet<string>> ReasonStems { get; set; } = [];

    /// <summary>The fact's place among its index's facts, given as the index files it; -1 for a fact made while answering.</summary>
    public int Number { get; set; } = -1;

    private Dictionary<string, double>? _links;

    private WordSet? _stemSet;

    /// <summary>
    /// Whether <see cref="Stems"/> holds the word, without hashing it again: ranking asks this for every fact and
    /// question word. Built on first use, when the index has filled the stems.
    /// </summary>
    public bool HasStem(WordProbe probe) => (_stemSet ??= new WordSet(Stems)).Contains(probe);

    /// <summary>How strongly the fact is linked to an entity: declared, related, only mentioned, or not at all.</summary>
    public double EntityWeight(string entity) => (_links ??= Links()).GetValueOrDefault(entity);

    /// <summary>
    /// The strongest link of each entity, so ranking (which asks for every fact and entity of every question) looks
    /// once instead of in three sets. Built on first use, when the index has filled the sets.
    /// </summary>
    private Dictionary<string, double> Links()
    {
        var links = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in Mentioned)
            links[id] = RankingPolicy.MentionedLink;
        foreach (var id in Related)
            links[id] = RankingPolicy.RelatedLink;
        foreach (var id in Declared)
            links[id] = RankingPolicy.DeclaredLink;
        return links;
    }
}

/// <summary>A sentence prepared for ranked retrieval.</summary>
internal sealed record IndexedSentence(Sentence Sentence, ArticleModel Article, string[] Stems, HashSet<string> Mentioned)
{
    /// <summary>Whether the other sentence is in this one's paragraph (of the same article).</summary>
    public bool SameParagraphAs(IndexedSentence other) => other.Sentence.Paragraph == Sentence.Paragraph && ReferenceEquals(other.Article, Article);

    /// <summary>The stems with their hashes worked out once: every question's terms are looked for in every sentence.</summary>
    public WordProbe[] StemProbes { get; } = [.. Stems.Select(stem => new WordProbe(stem))];

    /// <summary>Whether the sentence is the article's own telling, not a caption, the author's bio or the footer.</summary>
    public bool InBody => Article.Article.KindOf(Sentence.Paragraph) == BlockKind.Body;
}
