using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>
/// Everything the engine looks up while answering, built once per loaded knowledge base:
/// entities and their aliases, facts with their stems, sentences for ranked retrieval and the
/// vocabulary that tells a question about the articles from one that is not.
/// </summary>
internal sealed partial class KnowledgeIndex
{
    public KnowledgeIndex(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        foreach (var model in knowledge.Articles)
            AddEntities(model);
        Linker = new EntityLinker(Entities, BuildAliases());
        foreach (var topic in Entities.Values.Where(e => !e.IsActor))
        {
            var text = string.Join(". ", topic.Topics.SelectMany(t => t.Aliases.Append(t.Name)));
            topic.RelatedActors.UnionWith(Linker.MentionedIn(text, actorsOnly: true));
        }
        foreach (var model in knowledge.Articles)
        {
            AddVocabulary(model);
            AddNames(model);
            AddOpenCompounds(model);
            AddFacts(model);
            AddSentences(model);
        }
        TabulateIdf();
        var synonymLists = Vocabulary.Synonyms.Select(p => (p.Key, (IReadOnlyList<string>)p.Value))
            .Concat(knowledge.Articles.SelectMany(m => m.Synonyms.Select(p => (p.Key, p.Value))));
        foreach (var (word, synonyms) in synonymLists)
        {
            var stem = Stemmer.Stem(word);
            foreach (var synonym in synonyms)
            {
                AddSynonym(SynonymStems, stem, Stemmer.Stem(synonym));
                AddSynonym(SynonymStems, Stemmer.Stem(synonym), stem);
            }
        }
        foreach (var (word, kinds) in Vocabulary.Kinds.Concat(Vocabulary.Seasons))
        {
            foreach (var kind in kinds)
                AddSynonym(SynonymStems, Stemmer.Stem(word), Stemmer.Stem(kind));
        }
        foreach (var group in Vocabulary.Thesaurus)
        {
            var stems = group.Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).ToList();
            // What a synonym is found by in an article includes its past form's stem: "authorise" is stemmed apart from
            // the "authorised" and "authorising" an article writes.
            var written = stems.Concat(group.Where(EndsInIse).Select(PastStem)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var stem in stems)
            {
                foreach (var other in written.Where(o => o != stem))
                    AddSynonym(ThesaurusStems, stem, other);
            }
        }
        _usedSynonyms.UnionWith(ThesaurusStems.Where(p => p.Value.Any(KnownStems.Contains)).Select(p => p.Key));
        _refusals = [.. SynonymStems.Concat(ThesaurusStems).Where(p => p.Value.Overlaps(Vocabulary.NegationStems)).Select(p => p.Key)];
        AverageSentenceLength = Sentences.Count == 0 ? 1 : Sentences.Average(s => s.Stems.Length);
        Linker.UseVocabulary(KnownWords);
        Speller = new SpellingCorrector(KnownWords.Where(w => !Vocabulary.Stopwords.Contains(w)), WordAllowance);
        _looseCover = new(() => new LooseCover(this));
        _families = new(() => KnownStems.GroupBy(WordFamily.Root, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        PlaceSentences();
    }

    /// <summary>Corrects the other words of a question to the articles' words.</summary>
    public SpellingCorrector Speller { get; }

    /// <summary>Long words may carry a typo or two; short ones only a dropped letter ("vist"), or "spend" would become "send".</summary>
    private static int WordAllowance(string typed, string word) => typed.Length >= 6
        ? Math.Max(1, EditDistance.Allowance(typed.Length))
        : word.Length == typed.Length + 1 ? 1 : 0;

    public KnowledgeBase Knowledge { get; }
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);
    public EntityLinker Linker { get; }
    public List<IndexedFact> Facts { get; } = [];
    public List<IndexedSentence> Sentences { get; } = [];

    /// <summary>The sentence <paramref name="offset"/> places from this one in its article (-1: the one before), if any.</summary>
    public IndexedSentence? Beside(IndexedSentence sentence, int offset)
    {
        var at = PlaceOf(sentence) + offset;
        return at - offset >= 0 && at >= 0 && at < Sentences.Count && ReferenceEquals(Sentences[at].Article, sentence.Article) ? Sentences[at] : null;
    }

    /// <summary>Every stem in the articles and annotations.</summary>
    public HashSet<string> KnownStems { get; } = new(StringComparer.Ordinal);

    /// <summary>Stems of the names the articles write (see <c>AddNames</c>).</summary>
    public HashSet<string> NameStems { get; } = new(StringComparer.Ordinal);

    /// <summary>Every word (not stemmed) of the articles and annotations, for spelling correction.</summary>
    public HashSet<string> KnownWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a question word is one the articles can speak to: used in them, a synonym or opposite of
    /// a word they use, or a stance verb (whose meaning is the question's intent).
    /// </summary>
    public bool Knows(string stem)
    {
        if (KnownStems.Contains(stem) || Vocabulary.StanceStems.Contains(stem))
            return true;
        return SynonymStems.TryGetValue(stem, out var synonyms) && AnyKnown(synonyms);
    }

    /// <summary>
    /// Whether the articles use an opposite or a general synonym of a word they never use: a yes/no claim using
    /// it can still be checked ("will it fade?" of "enduring", "did they spurn it?" of "rejected").
    /// </summary>
    public bool KnowsParaphrase(string stem) => AnyKnown(Vocabulary.OppositesOf(stem)) || KnowsSynonym(stem);

    // A plain loop: this runs for every word of every question, and a method group would allocate a delegate each time.
    private bool AnyKnown(IEnumerable<string> stems)
    {
        foreach (var stem in stems)
        {
            if (KnownStems.Contains(stem))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the articles use a general synonym of the word ("financed" where they say "funded"). Known when the
    /// index is built, so a question whose words have none is not asked a second, looser time.
    /// </summary>
    public bool KnowsSynonym(string stem) => _usedSynonyms.Contains(stem);

    /// <summary>Whether the articles use a general synonym of the word that is among <paramref name="kinds"/> ("deaths" for "died").</summary>
    public bool KnowsSynonymAmong(string stem, IReadOnlySet<string> kinds) =>
        ThesaurusStems.TryGetValue(stem, out var synonyms) && synonyms.Any(s => kinds.Contains(s) && KnownStems.Contains(s));

    private readonly HashSet<string> _usedSynonyms = new(StringComparer.Ordinal);

    /// <summary>Letters a name shares with a word of the articles to be its kin ("China" and "Chinese").</summary>
    private const int KinPrefix = 4;

    /// <summary>Whether the articles use a word of the same family as this name (its people, its adjective).</summary>
    public bool KnowsKin(string word) =>
        word.Length > KinPrefix && _prefixes.Contains(word[..KinPrefix]);

    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> SynonymStems { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The words a fact may say a stem by without saying it: the articles' stems of its family ("sanction" of "sanctioned"
    /// for "sanctions"), itself left out. Ranking credits them for part of the word's weight (<see cref="RankingPolicy.RelatedWordShare"/>);
    /// checking a claim against the fact chosen counts them as saying it (<see cref="CoversLoosely"/>).
    /// </summary>
    public IReadOnlyList<string> RelatedStems(string stem) => _kin.GetOrAdd(stem, static (s, families) =>
        families.Value.TryGetValue(WordFamily.Root(s), out var family) ? [.. family.Where(other => other != s)] : [], _families);

    /// <summary>The articles' stems by their family's root, once the articles are read.</summary>
    private readonly Lazy<Dictionary<string, List<string>>> _families;

    /// <summary>Each stem's kin, remembered: claims are checked against many sentences word by word (bounded, as the words are users').</summary>
    private readonly TextMemo<string[]> _kin = new(MaxKinWords, MaxKinWordLength);

    private const int MaxKinWords = TextMemo.WorkingSet;
    private const int MaxKinWordLength = 64;

    private static bool SaysAnyOf(ICollection<string> stems, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (stems.Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The general thesaurus, by stem: it lets a question's word meet the article's synonym, but a word the
    /// articles never use stays foreign to the refusal policy ("population" is not known for "public").
    /// </summary>
    public Dictionary<string, HashSet<string>> ThesaurusStems { get; } = new(StringComparer.Ordinal);
    private Dictionary<string, int> DocumentFrequency { get; } = new(StringComparer.Ordinal);
    private double AverageSentenceLength { get; }

    public IReadOnlyList<IndexedFact> FactsOf<T>() where T : Fact =>
        _byType.TryGetValue(typeof(T), out var facts) ? facts : [];

    /// <summary>The facts the annotation says are about an entity.</summary>
    public IReadOnlyList<IndexedFact> FactsAbout(string entity) =>
        _byEntity.TryGetValue(entity, out var facts) ? facts : [];

    /// <summary>The facts about an entity or naming it anywhere in their text.</summary>
    public IReadOnlyList<IndexedFact> FactsInvolving(string entity) =>
        _involving.TryGetValue(entity, out var facts) ? facts : [];

    /// <summary>The fact describing an actor (its role and quote).</summary>
    /// <summary>
    /// Whether the entity is what the articles are about: named by at least a quarter of the facts, so every sentence
    /// speaks of it whether or not it names it.
    /// </summary>
    public bool IsMainSubject(string entity) => FactsInvolving(entity).Count * MainSubjectShare >= Facts.Count;

    /// <summary>One in how many facts must name an entity for it to be the articles' main subject.</summary>
    private const int MainSubjectShare = 4;

    public IndexedFact? ActorFact(string id) =>
        FactsAbout(id).FirstOrDefault(f => f.Fact is Actor a && a.Id == id);

    private readonly Dictionary<Type, List<IndexedFact>> _byType = [];
    private readonly Dictionary<string, List<IndexedFact>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedFact>> _involving = new(StringComparer.Ordinal);

    public Entity? Find(string id) => Entities.GetValueOrDefault(id);

    /// <summary>The sentence holding an answer's evidence, if the answer shows it whole.</summary>
    public IndexedSentence? SentenceShown(Evidence evidence, string answer)
    {
        // A loop: each answer's evidence is looked up here, and a lambda would be made every time.
        var paragraph = InParagraph(evidence.Paragraph);
        for (var i = 0; i < paragraph.Count; i++)
        {
            var s = paragraph[i];
            if (s.Article.Article.Id == evidence.Article && s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal)
                && answer.Contains(s.Sentence.Text, StringComparison.Ordinal))
                return s;
        }
        return null;
    }

    /// <summary>Whether the entity is a person a byline names: the one who wrote what the article says in its own voice.</summary>
    public bool IsAuthor(string id) => Find(id) is { IsPerson: true } person && IsBylined(person.Name);

    /// <summary>Whether a byline holds the name; apart from <see cref="IsAuthor"/>, whose every call would otherwise make the lambda.</summary>
    private bool IsBylined(string name) =>
        Knowledge.Articles.Any(m => m.Article.Author is { } author && author.Contains(name, StringComparison.OrdinalIgnoreCase));

    public string NameOf(string id) => Entities.TryGetValue(id, out var e) ? e.Name : id;

    /// <summary>How many sentences hold the stem: the words an article keeps returning to are what it is about.</summary>
    public int SentencesWith(string stem) => DocumentFrequency.GetValueOrDefault(stem);

    /// <summary>How rare a stem is among the sentences: rare words decide more.</summary>
    public double Idf(string stem) => _idf.TryGetValue(stem, out var idf) ? idf : _unseenIdf;

    /// <summary>
    /// Works out every known stem's rarity once: answerers weigh the same question words against every sentence, and a
    /// logarithm per word per sentence was a good part of an answer's time. A stem no sentence holds has the rarity of none.
    /// </summary>
    private void TabulateIdf()
    {
        foreach (var (stem, df) in DocumentFrequency)
            _idf[stem] = IdfOf(df);
        _unseenIdf = IdfOf(0);
    }

    private double IdfOf(int df) => Math.Log(1 + ((Sentences.Count - df + 0.5) / (df + 0.5)));

    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private double _unseenIdf;

    /// <summary>Whether a fact or sentence holding these stems says something about the question stem.</summary>
    public bool Covers(ICollection<string> stems, string stem)
    {
        if (stems.Contains(stem))
            return true;
        return SynonymStems.TryGetValue(stem, out var synonyms) && AnyIn(stems, synonyms);
    }

    /// <summary>Whether one word of a text says the stem: <see cref="Covers"/> of that word alone, with no collection built to hold it.</summary>
    public bool CoversWord(string word, string stem) => word == stem || (SynonymStems.TryGetValue(stem, out var synonyms) && synonyms.Contains(word));

    /// <summary>Whether one word stands for another: the same stem, a synonym, or a general synonym.</summary>
    public bool StandsFor(string word, string other) =>
        word == other || (SynonymStems.TryGetValue(word, out var synonyms) && synonyms.Contains(other))
        || (ThesaurusStems.TryGetValue(word, out var general) && general.Contains(other));

    /// <summary>Whether a word that is no negation means a refusal through a synonym ("spurn" for "reject").</summary>
    public bool MeansRefusal(string word) => _refusals.Contains(word);

    /// <summary>
    /// The words that mean a refusal through a synonym or general synonym, found once when the synonyms are known:
    /// every word of every claim is asked about.
    /// </summary>
    private readonly HashSet<string> _refusals;

    // A plain loop: this runs for every fact and word of every question, so no LINQ allocations.
    private static bool AnyIn(ICollection<string> stems, HashSet<string> words)
    {
        // A fact's few stems are looked up among a word's many general synonyms rather than the other way round.
        if (stems is HashSet<string> few && few.Count < words.Count && few.Comparer.Equals(words.Comparer))
        {
            foreach (var stem in few)
            {
                if (words.Contains(stem))
                    return true;
            }
            return false;
        }
        foreach (var word in words)
        {
            if (stems.Contains(word))
                return true;
        }
        return false;
    }
}
