using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>
/// Everything the engine looks up while answering, built once per loaded knowledge base:
/// entities and their aliases, facts with their stems, sentences for ranked retrieval and the
/// vocabulary that tells a question about the articles from one that is not.
/// </summary>
internal sealed class KnowledgeIndex
{
    private const double Bm25K1 = 1.2;
    private const double Bm25B = 0.75;

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
            AddFacts(model);
            AddSentences(model);
        }
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
        foreach (var group in Vocabulary.Thesaurus)
        {
            var stems = group.Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).ToList();
            foreach (var stem in stems)
            {
                foreach (var other in stems.Where(o => o != stem))
                    AddSynonym(ThesaurusStems, stem, other);
            }
        }
        _usedSynonyms.UnionWith(ThesaurusStems.Where(p => p.Value.Any(KnownStems.Contains)).Select(p => p.Key));
        AverageSentenceLength = Sentences.Count == 0 ? 1 : Sentences.Average(s => s.Stems.Length);
        Linker.UseVocabulary(KnownWords);
        Speller = new SpellingCorrector(KnownWords.Where(w => !Vocabulary.Stopwords.Contains(w)), WordAllowance);
        _looseCover = new(() => new LooseCover(this));
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

    /// <summary>Every stem in the articles and annotations.</summary>
    public HashSet<string> KnownStems { get; } = new(StringComparer.Ordinal);

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

    private readonly HashSet<string> _usedSynonyms = new(StringComparer.Ordinal);

    /// <summary>Letters a name shares with a word of the articles to be its kin ("China" and "Chinese").</summary>
    private const int KinPrefix = 4;

    /// <summary>Whether the articles use a word of the same family as this name (its people, its adjective).</summary>
    public bool KnowsKin(string word) =>
        word.Length > KinPrefix && _prefixes.Contains(word[..KinPrefix]);

    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> SynonymStems { get; } = new(StringComparer.Ordinal);

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
    public IndexedFact? ActorFact(string id) =>
        FactsAbout(id).FirstOrDefault(f => f.Fact is Actor a && a.Id == id);

    private readonly Dictionary<Type, List<IndexedFact>> _byType = [];
    private readonly Dictionary<string, List<IndexedFact>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedFact>> _involving = new(StringComparer.Ordinal);

    public Entity? Find(string id) => Entities.GetValueOrDefault(id);

    public string NameOf(string id) => Entities.TryGetValue(id, out var e) ? e.Name : id;

    /// <summary>How rare a stem is among the sentences: rare words decide more.</summary>
    public double Idf(string stem)
    {
        var df = DocumentFrequency.GetValueOrDefault(stem);
        return Math.Log(1 + ((Sentences.Count - df + 0.5) / (df + 0.5)));
    }

    /// <summary>Whether a fact or sentence holding these stems says something about the question stem.</summary>
    public bool Covers(ICollection<string> stems, string stem)
    {
        if (stems.Contains(stem))
            return true;
        return SynonymStems.TryGetValue(stem, out var synonyms) && AnyIn(stems, synonyms);
    }

    /// <summary>Whether one word stands for another: the same stem, a synonym, or a general synonym.</summary>
    public bool StandsFor(string word, string other) =>
        word == other || (SynonymStems.TryGetValue(word, out var synonyms) && synonyms.Contains(other))
        || (ThesaurusStems.TryGetValue(word, out var general) && general.Contains(other));

    /// <summary>Whether a word that is no negation means a refusal through a synonym ("spurn" for "reject").</summary>
    public bool MeansRefusal(string word) =>
        (SynonymStems.TryGetValue(word, out var synonyms) && synonyms.Overlaps(Vocabulary.NegationStems))
        || (ThesaurusStems.TryGetValue(word, out var general) && general.Overlaps(Vocabulary.NegationStems));

    /// <summary>
    /// <see cref="Covers"/>, or a general synonym of the word is among the stems: for checking a claim against
    /// the fact already chosen, where a paraphrase ("guardedly hopeful") must still count as saying it.
    /// </summary>
    public bool CoversLoosely(ICollection<string> stems, string stem) =>
        stems is HashSet<string> set && _looseCover.Value.Covers(set, stem) is { } known ? known
            : Covers(stems, stem) || (ThesaurusStems.TryGetValue(stem, out var general) && AnyIn(stems, general));

    private readonly Lazy<LooseCover> _looseCover;

    /// <summary>
    /// Which of the index's own facts cover a word loosely, one bit a fact, worked out from the facts holding each stem:
    /// checking a yes/no claim asks it of every fact for every word, and a word's synonyms may be many. Built on first
    /// use, when the facts are complete; their stems do not change after.
    /// </summary>
    private sealed class LooseCover
    {
        private readonly KnowledgeIndex _index;
        private readonly Dictionary<HashSet<string>, int> _numbers = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, List<int>> _holding = new(StringComparer.Ordinal);

        /// <summary>The facts covering each word, remembered, as questions share their words; bounded, as the words are users'.</summary>
        private readonly TextMemo<ulong[]> _covering = new(MaxWords, MaxWordLength);

        private const int MaxWords = 4096;
        private const int MaxWordLength = 64;

        public LooseCover(KnowledgeIndex index)
        {
            _index = index;
            for (var number = 0; number < index.Facts.Count; number++)
            {
                _numbers.TryAdd(index.Facts[number].Stems, number);
                foreach (var stem in index.Facts[number].Stems)
                {
                    if (!_holding.TryGetValue(stem, out var numbers))
                        _holding[stem] = numbers = [];
                    numbers.Add(number);
                }
            }
        }

        /// <summary>Whether the stems of one of the index's facts cover the word loosely; null for stems that are no fact's.</summary>
        public bool? Covers(HashSet<string> stems, string stem)
        {
            if (!_numbers.TryGetValue(stems, out var number))
                return null;
            var covering = _covering.GetOrAdd(stem, static (word, self) => self.Covering(word), this);
            return (covering[number >> 6] & (1UL << number)) != 0;
        }

        private ulong[] Covering(string stem)
        {
            var bits = new ulong[(_index.Facts.Count + 63) / 64];
            Add(bits, stem);
            if (_index.SynonymStems.TryGetValue(stem, out var synonyms))
            {
                foreach (var synonym in synonyms)
                    Add(bits, synonym);
            }
            if (_index.ThesaurusStems.TryGetValue(stem, out var general))
            {
                foreach (var other in general)
                    Add(bits, other);
            }
            return bits;
        }

        private void Add(ulong[] bits, string stem)
        {
            if (!_holding.TryGetValue(stem, out var numbers))
                return;
            foreach (var number in numbers)
                bits[number >> 6] |= 1UL << number;
        }
    }

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

    public double Bm25(IndexedSentence sentence, IReadOnlyList<string> query)
    {
        double score = 0;
        // Plain loops, each term once in the order asked: this runs for every sentence a question may be answered by.
        var asked = query.Count > FewTerms ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < query.Count; i++)
        {
            var term = query[i];
            if (asked is null ? AskedBefore(query, i) : !asked.Add(term))
                continue;
            var synonyms = SynonymStems.GetValueOrDefault(term);
            var tf = 0;
            foreach (var stem in sentence.Stems)
            {
                if (stem == term || (synonyms is not null && synonyms.Contains(stem)))
                    tf++;
            }
            if (tf == 0)
                continue;
            var norm = tf * (Bm25K1 + 1) / (tf + (Bm25K1 * (1 - Bm25B + (Bm25B * sentence.Stems.Length / AverageSentenceLength))));
            score += Idf(term) * norm;
        }
        return score;
    }

    /// <summary>Up to this many terms, a repeated one is found by looking back rather than by hashing.</summary>
    private const int FewTerms = 16;

    private static bool AskedBefore(IReadOnlyList<string> query, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (query[i] == query[at])
                return true;
        }
        return false;
    }

    private static void Group<TKey>(Dictionary<TKey, List<IndexedFact>> groups, TKey key, IndexedFact fact) where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(fact);
    }

    private static void AddSynonym(Dictionary<string, HashSet<string>> map, string from, string to)
    {
        if (!map.TryGetValue(from, out var set))
            map[from] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(to);
    }

    private void AddEntities(ArticleModel model)
    {
        foreach (var actor in model.Actors)
        {
            if (!Entities.TryGetValue(actor.Id, out var entity))
                Entities[actor.Id] = entity = new Entity(actor.Id, actor.Name, isActor: true);
            entity.Actors.Add(actor);
        }
        foreach (var topic in model.Topics)
        {
            if (!Entities.TryGetValue(topic.Id, out var entity))
                Entities[topic.Id] = entity = new Entity(topic.Id, topic.Name, isActor: false);
            entity.Topics.Add(topic);
        }
    }

    private static readonly string[] AuthorAliases = ["author", "the author", "writer"];

    private List<Alias> BuildAliases()
    {
        var aliases = new List<Alias>();
        foreach (var entity in Entities.Values)
        {
            var names = new List<string> { entity.Name, entity.Id.Replace('-', ' ') };
            names.AddRange(entity.Actors.SelectMany(a => a.Aliases));
            names.AddRange(entity.Topics.SelectMany(t => t.Aliases));
            foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
                aliases.Add(new Alias(name, entity.Id, Weak: false));
            // Whoever a one-author byline names is "the author", whatever the annotation calls them.
            if (entity.IsPerson && Knowledge.Articles.Any(m => m.Article.Author is { } author && author.Equals(entity.Name, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var word in AuthorAliases)
                    aliases.Add(new Alias(word, entity.Id, Weak: true));
            }
            if (entity.IsPerson)
            {
                // Any part of a person's name finds them; a part two people share asks which one.
                foreach (var part in Tokenizer.Tokenize(entity.Name).Where(p => p.Length >= 3 && !Vocabulary.Stopwords.Contains(p)))
                    aliases.Add(new Alias(part, entity.Id, Weak: true));
            }
        }
        return aliases;
    }

    private void AddVocabulary(ArticleModel model)
    {
        var texts = new List<string> { model.Article.FlatText };
        texts.AddRange(model.Actors.SelectMany(a => a.Aliases.Append(a.Role)));
        texts.AddRange(model.Topics.SelectMany(t => t.Aliases.Append(t.Name)));
        texts.AddRange(AllFacts(model).SelectMany(f => f.Keywords.Append(f.Text)));
        texts.AddRange(model.Explanations.SelectMany(e => e.Reasons.Select(r => r.Text)));
        foreach (var text in texts)
        {
            foreach (var token in Tokenizer.Tokenize(TextNormalizer.Clean(text)))
            {
                KnownWords.Add(token);
                if (token.Length > KinPrefix)
                    _prefixes.Add(token[..KinPrefix]);
                KnownStems.Add(Stemmer.Stem(token));
            }
        }
    }

    private static IEnumerable<Fact> AllFacts(ArticleModel model) =>
        model.Positions.Cast<Fact>().Concat(model.Events).Concat(model.Explanations).Concat(model.Relations)
            .Concat(model.Statements).Concat(model.Lists);

    private void AddFacts(ArticleModel model)
    {
        foreach (var fact in AllFacts(model).Concat(model.Actors))
        {
            var indexed = new IndexedFact(fact, model);
            foreach (var id in DeclaredEntities(fact))
                indexed.Declared.Add(id);
            foreach (var text in ExtraTexts(fact).Concat(fact.Keywords).Append(fact.Text).Append(fact.Evidence.Quote))
            {
                foreach (var stem in Words.Stems(text))
                    indexed.Stems.Add(stem);
            }
            // Only what the fact itself says names its entities; an explanation's reasons range wider.
            foreach (var id in Linker.MentionedIn(fact.Text + " " + fact.Evidence.Quote))
            {
                if (!indexed.Declared.Contains(id))
                    indexed.Mentioned.Add(id);
            }
            // A position on "the alliance's mandate" is about the alliance; an ambassador's statement speaks for his state.
            foreach (var entity in indexed.Declared.Select(id => Entities.GetValueOrDefault(id)).OfType<Entity>())
            {
                indexed.Related.UnionWith(entity.RelatedActors);
                if (entity.Affiliation is { } affiliation && !indexed.Declared.Contains(affiliation))
                    indexed.Related.Add(affiliation);
            }
            foreach (var id in indexed.Declared.Concat(indexed.Mentioned).Concat(indexed.Related).Distinct())
                Group(_involving, id, indexed);
            var plain = Words.WithoutQuotations(fact.Text);
            indexed.PlainStems = Words.Stems(plain);
            indexed.TextStems = Words.ContentStems(fact.Text).ToHashSet(StringComparer.Ordinal);
            if (fact is Explanation explanation)
                indexed.ReasonStems = [.. explanation.Reasons.Select(r => Words.Stems(r.Text + " " + r.Evidence.Quote).ToHashSet(StringComparer.Ordinal))];
            indexed.NegationStems.UnionWith(Words.NegationStems(plain));
            Facts.Add(indexed);
            Group(_byType, fact.GetType(), indexed);
            foreach (var id in indexed.Declared)
                Group(_byEntity, id, indexed);
        }
    }

    private IEnumerable<string> ExtraTexts(Fact fact) => fact switch
    {
        Position p => [NameOf(p.Topic), .. Entities.GetValueOrDefault(p.Topic)?.Topics.SelectMany(t => t.Aliases) ?? []],
        Explanation e => e.Reasons.SelectMany(r => new[] { r.Text, r.Evidence.Quote }),
        Event e => [DateText.Describe(e.Date)],
        Statement { Date: { } date } => [DateText.Describe(date)],
        ListFact l => l.Aliases.Append(l.Name),
        Relation r => [r.Kind],
        _ => [],
    };

    private static IEnumerable<string> DeclaredEntities(Fact fact) => fact switch
    {
        Actor a => [a.Id],
        Position p => [p.Actor, p.Topic],
        Event e => e.Participants.Concat(e.Topics),
        Explanation e => e.About,
        Relation r => [r.From, r.To],
        Statement s => [s.Speaker],
        _ => [],
    };

    private void AddSentences(ArticleModel model)
    {
        // "She is also a founder of ...": a sentence naming no one, with "he" or "she", speaks of the person its
        // paragraph last named (of that gender, when known).
        string? lastPerson = null;
        var paragraph = -1;
        foreach (var sentence in model.Article.Sentences)
        {
            var stems = Words.Stems(sentence.Text).ToArray();
            var mentioned = Linker.MentionedIn(sentence.Text);
            if (sentence.Paragraph != paragraph)
                (paragraph, lastPerson) = (sentence.Paragraph, null);
            var people = mentioned.Where(id => Find(id)?.IsPerson == true).ToList();
            if (people.Count == 0 && lastPerson is not null && Tokenizer.Tokenize(sentence.Text).FirstOrDefault(IsPersonalPronoun) is { } pronoun
                && MayBe(Find(lastPerson)!, pronoun))
                mentioned.Add(lastPerson);
            if (people.Count == 1)
                lastPerson = people[0];
            Sentences.Add(new IndexedSentence(sentence, model, stems, mentioned));
            foreach (var stem in stems.Distinct())
                DocumentFrequency[stem] = DocumentFrequency.GetValueOrDefault(stem) + 1;
        }
    }

    private static bool IsPersonalPronoun(string word) => word is "he" or "she" or "his" or "her";

    /// <summary>Whether "he" or "she" may stand for the person: their gender fits, or the annotation does not give it.</summary>
    private static bool MayBe(Entity person, string pronoun) => person.Gender is null || person.Gender == Vocabulary.Pronouns[pronoun];
}
