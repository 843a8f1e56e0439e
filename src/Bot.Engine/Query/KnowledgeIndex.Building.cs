using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Building the index once, at load: entities and aliases, the articles' vocabulary, facts and sentences.</summary>
internal sealed partial class KnowledgeIndex
{
    private static void Group<TKey>(Dictionary<TKey, List<IndexedFact>> groups, TKey key, IndexedFact fact) where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(fact);
    }

    /// <summary>The stem of a verb's past form ("authorised" of "authorise"), which the stemmer cuts apart from the verb's own.</summary>
    private static string PastStem(string verb) => Stemmer.Stem(verb + "d");

    /// <summary>Whether a word is a verb in "-ise" or "-ize", whose bare form the stemmer cuts apart from its other forms.</summary>
    private static bool EndsInIse(string word) => word.EndsWith("ise", StringComparison.Ordinal) || word.EndsWith("ize", StringComparison.Ordinal);

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

    /// <summary>The initials of a name of two or more capitalised words ("Georgian Dream" → "gd"), if they are no common word.</summary>
    private static string? Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(w => !char.IsUpper(w[0]) && !Vocabulary.Stopwords.Contains(w)))
            return null;
        var initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
        return initials.Length >= 2 && !Vocabulary.Stopwords.Contains(initials) && !Vocabulary.ThesaurusWords.Contains(initials) ? initials : null;
    }

    private List<Alias> BuildAliases()
    {
        var aliases = new List<Alias>();
        // A topic with an actor's name ("Moldova", drafted from a sentence about it) goes by its other names: that name finds the actor.
        var actorNames = Entities.Values.Where(e => e.IsActor).SelectMany(e => e.Actors.SelectMany(a => a.Aliases).Append(e.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in Entities.Values)
        {
            var names = new List<string> { entity.Name, entity.Id.Replace('-', ' ') };
            names.AddRange(entity.Actors.SelectMany(a => a.Aliases));
            names.AddRange(entity.Topics.SelectMany(t => t.Aliases));
            foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase).Where(n => entity.IsActor || !actorNames.Contains(n)))
                aliases.Add(new Alias(name, entity.Id, Weak: false));
            // Whoever a one-author byline names is "the author", whatever the annotation calls them.
            if (entity.IsPerson && Knowledge.Articles.Any(m => m.Article.Author is { } author && author.Equals(entity.Name, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var word in AuthorAliases)
                    aliases.Add(new Alias(word, entity.Id, Weak: true));
            }
            // "GD" for Georgian Dream: the initials of a named body or thing, as readers abbreviate it, unless they spell a
            // common word; states go by the short names their annotation gives.
            if (!entity.IsPerson && entity.Kind is not Model.ActorKind.State && Initials(entity.Name) is { } initials)
                aliases.Add(new Alias(initials, entity.Id, Weak: true));
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
            foreach (var token in Tokenizer.TokenizeWithWholes(TextNormalizer.Clean(text)))
            {
                KnownWords.Add(token);
                if (token.Length > KinPrefix)
                    _prefixes.Add(token[..KinPrefix]);
                KnownStems.Add(Stemmer.Stem(token));
            }
        }
    }

    /// <summary>
    /// Words the article writes only capitalised, past a sentence's first word: the names it uses ("Woeroon", "Baltic"),
    /// whether or not the annotation made an actor of them.
    /// </summary>
    private void AddNames(ArticleModel model)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in model.Article.Sentences)
        {
            var tokens = Tokenizer.Tokenize(sentence.Text, lowercase: false);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (char.IsLower(token[0]))
                    lower.Add(token);
                else if (i > 0 && char.IsUpper(token[0]) && token.Length >= MinNameLength)
                    capitalised.Add(token.ToLowerInvariant());
            }
        }
        foreach (var name in capitalised.Where(n => !lower.Contains(n) && !Vocabulary.Stopwords.Contains(n)))
            NameStems.Add(Stemmer.Stem(name));
    }

    /// <summary>Fewer letters than this make no name worth keeping a question about ("Mr", "EU" are found as actors).</summary>
    private const int MinNameLength = 3;

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
            // A fact's words by their parts, and a hyphenated word whole where the word lists know it ("cease-fire" for "truce"):
            // ranking weighs a fact by how many stems it holds, and every whole would count its word twice.
            var quote = OwnQuote(fact);
            foreach (var text in ExtraTexts(fact).Concat(fact.Keywords).Append(fact.Text).Append(quote))
            {
                indexed.Stems.UnionWith(Words.PartStems(text));
                indexed.Stems.UnionWith(Words.Stems(text).Where(ListedStems.Contains));
            }
            // Only what the fact itself says names its entities; an explanation's reasons range wider. Its quote may call
            // someone by their role alone ("Mara Lind's husband is due to be released"), unless it tells who an actor is.
            var named = Linker.MentionedIn(fact.Text + " " + quote);
            var described = fact is Actor ? [] : Pipeline.RoleMentions.DescribedIn(this, Tokenizer.Tokens(fact.Evidence.Quote), named);
            foreach (var id in named.Concat(described).ToList())
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
            indexed.PlainText = plain;
            indexed.PlainStems = Words.Stems(plain);
            indexed.TextStems = Words.ContentStems(fact.Text).ToHashSet(StringComparer.Ordinal);
            if (fact is Explanation explanation)
                indexed.ReasonStems = [.. explanation.Reasons.Select(r => Words.Stems(r.Text + " " + r.Evidence.Quote).ToHashSet(StringComparer.Ordinal))];
            indexed.NegationStems.UnionWith(Words.NegationStems(plain));
            indexed.Number = Facts.Count;
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

    /// <summary>The stems of the thesaurus and the table of opposites.</summary>
    private static readonly HashSet<string> ListedStems = [.. Vocabulary.Thesaurus.SelectMany(group => group).Select(Stemmer.Stem).Concat(Vocabulary.Opposites.Keys)];

    /// <summary>
    /// The words of a fact's quote that speak of it. An actor quoted where the article never names them (a byline's
    /// author, cited by the article's first sentence) is not what that sentence is about: its words would make the
    /// author the answer to any question about the sentence.
    /// </summary>
    private string OwnQuote(Fact fact) =>
        fact is Actor actor && !Linker.MentionedIn(fact.Evidence.Quote).Contains(actor.Id) ? "" : fact.Evidence.Quote;

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
        string? lastPerson = null, lastState = null, lastThing = null, namedLast = null;
        var paragraph = -1;
        foreach (var sentence in model.Article.Sentences)
        {
            var stems = Words.Stems(sentence.Text).ToArray();
            var mentioned = new HashSet<string>(Linker.MentionedIn(sentence.Text), StringComparer.Ordinal);
            mentioned.UnionWith(Pipeline.RoleMentions.DescribedIn(this, Tokenizer.Tokens(sentence.Text), mentioned).ToList());
            var opensParagraph = sentence.Paragraph != paragraph;
            if (opensParagraph)
                (paragraph, lastPerson, lastState) = (sentence.Paragraph, null, null);
            var people = mentioned.Where(id => Find(id)?.IsPerson == true).ToList();
            var tokens = Tokenizer.Tokenize(sentence.Text);
            // "He may even be pleased to watch X suffer", "In a turn of events, he has rebuilt it on X's orders": a sentence
            // whose "he" or "she" comes before any name of a person is about the person last named, whoever else it
            // names, and that person stays the one the paragraph speaks of.
            var subject = PronounBeforeAnyPerson(sentence.Text, tokens);
            var continued = subject is not null && lastPerson is not null && MayBe(Find(lastPerson)!, subject);
            if ((continued || people.Count == 0) && lastPerson is not null && tokens.FirstOrDefault(IsPersonalPronoun) is { } pronoun
                && MayBe(Find(lastPerson)!, pronoun))
                mentioned.Add(lastPerson);
            if (people.Count == 1 && !continued)
                lastPerson = people[0];
            // "the country has been promised aid": a sentence naming no state speaks, by "the country", of the state its
            // paragraph last named alone.
            var states = mentioned.Where(id => Find(id)?.Kind == ActorKind.State).ToList();
            if (states.Count == 0 && lastState is not null && NamesTheCountry(tokens))
                mentioned.Add(lastState);
            if (states.Count == 1)
                lastState = states[0];
            lastThing = SpeakOfThing(sentence.Text, tokens, mentioned, opensParagraph, lastThing, ref namedLast);
            Sentences.Add(new IndexedSentence(sentence, model, stems, mentioned));
            foreach (var stem in stems.Distinct())
                DocumentFrequency[stem] = DocumentFrequency.GetValueOrDefault(stem) + 1;
        }
    }

    /// <summary>Whether a sentence speaks of a state by a definite noun ("the country", "this nation") rather than by name.</summary>
    private static bool NamesTheCountry(List<string> tokens) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] is "country" or "nation" && tokens[i - 1] is "the" or "this");

    private static bool IsPersonalPronoun(string word) => word is "he" or "she" or "his" or "her";

    /// <summary>The first "he" or "she" of a sentence, when no person is named before it.</summary>
    private string? PronounBeforeAnyPerson(string text, List<string> tokens)
    {
        var at = tokens.FindIndex(w => w is "he" or "she");
        if (at < 0)
            return null;
        var firstPerson = Linker.LinkText(text).Where(m => m.Pronoun is null && m.Candidates.Any(id => Find(id)?.IsPerson == true))
            .Select(m => m.Start).DefaultIfEmpty(int.MaxValue).Min();
        return at < firstPerson ? tokens[at] : null;
    }

    /// <summary>Whether "he" or "she" may stand for the person: their gender fits, or the annotation does not give it.</summary>
    private static bool MayBe(Entity person, string pronoun) => person.Gender is null || person.Gender == Vocabulary.Pronouns[pronoun];
}
