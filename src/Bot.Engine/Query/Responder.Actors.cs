using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>Questions about who someone is, what they hold, who holds what, and who said what.</summary>
internal sealed partial class Responder
{
    private Answer Who(ParsedQuestion q)
    {
        var asksWho = q.Tokens[0] == "who";
        if (q.Residual.Count > 0 || (asksWho && q.Entities.Count > 0 && !q.Entities.Any(IsPerson)))
        {
            // "who is the foreign minister of that country": a person described by the words around the name.
            var roles = Rank(index.FactsOf<Actor>().Where(f => !q.Entities.Contains(f.Fact.Id) && IsPerson(f.Fact.Id)), q)
                .Where(s => s.WordCover >= 0.99 && (q.Entities.Count == 0 || q.Entities.All(e => s.Fact.EntityWeight(e) > 0 || Affiliated(s.Fact, e))))
                .ToList();
            var own = q.Entities.Count == 0 ? null : Rank(index.FactsInvolving(q.Entities[0]), q).FirstOrDefault();
            var asksForSomeoneElse = asksWho && (q.Entities.Count == 0 || !IsPerson(q.Entities[0]) || NamedAfterWords(q));
            if (roles.Count > 0 && (asksForSomeoneElse || !(own?.WordCover >= 0.99)))
                return Describe([roles[0].Fact.Fact.Id], q);
            // "who represents them", "who was optimistic that ...": whoever the matching fact is about.
            if (asksWho && q.Residual.Count > 0 && asksForSomeoneElse)
                return WhoDid(q);
            if (q.Entities.Count == 0)
                return General(q);
            if (q.Residual.Count > 0 && (own is null || own.WordCover < EnoughWords))
            {
                var words = string.Join(" ", q.Tokens.Where(t => !Lexicon.Stopwords.Contains(t)));
                return Unknown(q, $"The article doesn't say that ({words}).");
            }
            // "what's his party": the fact about him that has the asked-for word, not just who he is.
            if (q.Residual.Count > 0 && own is { Fact.Fact: not Actor })
                return Report([own], q, max: 1, preferTypes: false);
        }
        if (q.Entities.Count == 0)
            return General(q);
        return Describe(q.Entities, q);
    }

    /// <summary>Whether the first name in the question comes after other content words ("who represents them").</summary>
    private static bool NamedAfterWords(ParsedQuestion q)
    {
        var firstContent = q.Tokens.ToList().FindIndex(t => !Lexicon.Stopwords.Contains(t) && q.Residual.Contains(Text.Stemmer.Stem(t)));
        return firstContent >= 0 && firstContent <= 2;
    }

    private bool IsPerson(string id) => index.Find(id)?.IsPerson == true;

    /// <summary>
    /// "the local political analyst": a person of <paramref name="body"/> whose role has the question's other words,
    /// when the question names a state or body rather than the person.
    /// </summary>
    private string? DescribedPerson(ParsedQuestion q, string body)
    {
        if (IsPerson(body))
            return null;
        var words = q.Residual.Where(r => !NamingVerbs.Contains(r) && !SpeechVerbs.Contains(r)).ToList();
        if (words.Count == 0)
            return null;
        var people = index.FactsOf<Actor>().Where(f => IsPerson(f.Fact.Id) && Affiliated(f, body))
            .Where(f => words.All(w => index.Covers(f.Stems, w))).ToList();
        return people.Count == 1 ? people[0].Fact.Id : null;
    }

    private static readonly HashSet<string> SpeechVerbs = [.. new[] { "say", "said", "tell", "told", "state", "stated", "announce", "announced", "declare", "declared" }.Select(Text.Stemmer.Stem)];

    private Answer WhoDid(ParsedQuestion q)
    {
        var ranked = Rank(index.Facts.Where(f => f.Fact is not Actor), q, entityWeight: 1, wordWeight: 2)
            .Where(s => s.WordCover >= 0.99 && q.Entities.All(e => s.Fact.Declared.Contains(e) || s.Fact.Mentioned.Contains(e))).ToList();
        if (ranked.Count > 0)
            return Report(ranked, q, max: 1, preferTypes: false);
        var sentence = BestSentence(q, minimumCover: 0.99);
        return sentence is null ? Unknown(q, "The article doesn't say who did that.") : FromSentence(sentence, q);
    }

    private static bool Affiliated(IndexedFact actorFact, string entity) =>
        actorFact.Fact is Actor a && (a.Affiliation == entity || actorFact.Mentioned.Contains(entity));

    private Answer Describe(IReadOnlyList<string> ids, ParsedQuestion q)
    {
        var answer = new AnswerBuilder();
        foreach (var id in ids.Take(2))
        {
            var entity = index.Find(id)!;
            if (entity.Actors.FirstOrDefault() is { } actor)
            {
                answer.Add($"{actor.Name}: {actor.Role.TrimEnd('.')}.", actor.Evidence);
                var fact = index.FactsAbout(id).FirstOrDefault(f => f.Fact is Statement or Event or Position && ids.Count == 1);
                if (fact is not null && entity.IsPerson)
                    answer.Add(fact.Fact.Text, fact.Fact.Evidence);
                if (index.ActorFact(id) is { } self)
                    conversation.LastFact = self;
            }
            else if (entity.Topics.FirstOrDefault() is { } topic)
            {
                answer.Add($"{Capitalize(topic.Name)}: {(topic.Description ?? topic.Name).TrimEnd('.')}.", topic.Evidence);
                var position = index.FactsAbout(id).FirstOrDefault(f => f.Fact is Position);
                if (position is not null)
                    answer.Add(position.Fact.Text, position.Fact.Evidence);
            }
        }
        SuggestAbout(answer, ids[0], q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer HeldPosition(ParsedQuestion q)
    {
        var actors = q.Entities.Where(id => index.Find(id)?.IsActor == true).ToList();
        if (actors.Count == 0)
            return q.Entities.Count > 0 ? Supporters(q) : General(q);
        var actor = actors[0];
        var others = q.Entities.Where(id => id != actor).ToList();
        var pool = index.FactsAbout(actor).Where(f => f.Fact is Position or Statement or Explanation || f.Fact is Relation r && r.From == actor);
        var ranked = Rank(pool, q, others)
            .Where(s => (others.Count == 0 || s.EntityCover > 0) && (q.Residual.Count == 0 || s.WordCover >= EnoughWords))
            .ToList();
        if (ranked.Count == 0)
            return SpeakerFallback(q, actor);
        return Report(ranked, q, max: 2, preferTypes: true);
    }

    private Answer SpeakerFallback(ParsedQuestion q, string actor)
    {
        // A sentence speaks for an actor only when the actor is its subject, near its start.
        var sentence = BestSentence(q);
        if (sentence is not null && StartsWith(sentence, actor))
            return FromSentence(sentence, q);
        var topic = q.Entities.Where(e => e != actor).Select(index.NameOf).FirstOrDefault();
        return Unknown(q, topic is null
            ? $"The article doesn't say what {index.NameOf(actor)} thinks about that."
            : $"The article doesn't say what {index.NameOf(actor)} thinks about {topic}.");
    }

    private Answer Supporters(ParsedQuestion q)
    {
        if (q.ContextFact?.Fact is Position { Stance: Stance.Supports or Stance.Opposes } said && q.Entities.SequenceEqual(conversation.LastEntities))
            return Sides(q, said);
        var opposing = (q.Intent == Intent.Opponents) != (q.Intent == Intent.Supporters && q.Negations % 2 == 1);
        // The stance word is in the intent; the other words say what the stance is about.
        var content = q.Residual.Where(r => !Lexicon.StanceStems.Contains(r)).ToList();
        var enumeration = Rank(index.FactsOf<ListFact>(), q, residual: content)
            .FirstOrDefault(s => (content.Count > 0 ? s.WordCover >= EnoughWords : s.EntityCover >= EnoughEntities)
                && s.Fact.Stems.Contains(opposing ? "oppos" : "support"));
        if (enumeration is not null)
            return Report([enumeration], q, max: 1, preferTypes: false);
        var ranked = Rank(index.Facts.Where(f => f.Fact is Position or Relation), q, residual: content)
            .Where(s => (q.Entities.Count == 0 || s.EntityCover >= EnoughEntities) && (content.Count == 0 || s.WordCover >= EnoughWords))
            .Where(s => StanceOf(s.Fact.Fact) == (opposing ? Stance.Opposes : Stance.Supports))
            .Where(s => s.Fact.Fact is not Relation r || q.Entities.Contains(r.To))
            .ToList();
        if (ranked.Count == 0)
            return Unknown(q, opposing ? "The article doesn't say who opposes that." : "The article doesn't say who supports that.");
        var answer = new AnswerBuilder();
        var shown = new List<IndexedFact>();
        foreach (var scored in ranked.DistinctBy(s => HolderOf(s.Fact.Fact)).Take(3))
        {
            if (answer.Add(scored.Fact.Fact.Text, scored.Fact.Fact.Evidence))
                shown.Add(scored.Fact);
        }
        Remember(shown[0], ranked.Select(s => s.Fact).Except(shown));
        SuggestAbout(answer, HolderOf(shown[0].Fact), q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>"who disagrees?" after a position: those who take the other side of the same topic (or the same side).</summary>
    private Answer Sides(ParsedQuestion q, Position said)
    {
        var disagreeing = q.Intent == Intent.Opponents;
        var wanted = disagreeing == (said.Stance == Stance.Supports) ? Stance.Opposes : Stance.Supports;
        var sides = index.FactsAbout(said.Topic).Where(f => f.Fact is Position p && p.Stance == wanted && p.Actor != said.Actor).ToList();
        if (sides.Count == 0)
            return Unknown(q, disagreeing ? "The article doesn't say who disagrees." : "The article doesn't say who agrees.");
        var answer = new AnswerBuilder();
        foreach (var fact in sides.Take(3))
        {
            if (!answer.Add(fact.Fact.Text, fact.Fact.Evidence))
                break;
        }
        Remember(sides[0], sides.Skip(3));
        SuggestAbout(answer, ((Position)sides[0].Fact).Actor, q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private static readonly string[] SupportingRelations = ["back", "support", "ally", "alli", "partner", "solidarity", "lobb", "member", "friend"];
    private static readonly string[] OpposingRelations = ["against", "fight", "rival", "oppos", "resist", "rift", "conflict", "enem", "disagree"];

    /// <summary>A position's stance, or the stance a relation's kind implies ("backs" supports, "fights-against" opposes).</summary>
    private static Stance StanceOf(Fact fact) => fact switch
    {
        Position p => p.Stance,
        Relation r when OpposingRelations.Any(r.Kind.Contains) => Stance.Opposes,
        Relation r when SupportingRelations.Any(r.Kind.Contains) => Stance.Supports,
        _ => Stance.Neutral,
    };

    private static string HolderOf(Fact fact) => fact switch
    {
        Position p => p.Actor,
        Relation r => r.From,
        _ => "",
    };

    private Answer Compare(ParsedQuestion q)
    {
        // The sides are the first and last actors that hold views ("X's approach to Y differs from Z's");
        // any other name is what they are compared on.
        var holders = q.Entities.Where(id => index.Find(id)?.IsActor == true && HoldsViews(id)).ToList();
        var actors = holders.Count > 2 ? [holders[0], holders[^1]] : holders;
        if (actors.Count == 1 && conversation.Entities.FirstOrDefault(id => id != actors[0] && index.Find(id)?.IsActor == true && HoldsViews(id)) is { } previous)
            actors.Add(previous);
        if (actors.Count < 2)
            return actors.Count == 1 ? HeldPosition(q) : General(q);
        var topics = q.Entities.Where(id => !actors.Contains(id)).ToList();
        var answer = new AnswerBuilder();
        var missing = new List<string>();
        IndexedFact? first = null;
        foreach (var actor in actors)
        {
            var best = Rank(ViewsOf(actor), q, topics)
                .FirstOrDefault(s => (topics.Count == 0 || s.EntityCover > 0) && (q.Residual.Count == 0 || s.WordCover > 0));
            if (best is null)
            {
                missing.Add(index.NameOf(actor));
                continue;
            }
            first ??= best.Fact;
            answer.Add(best.Fact.Fact.Text, best.Fact.Fact.Evidence);
        }
        if (first is null)
            return Unknown(q, $"The article doesn't compare {index.NameOf(actors[0])} and {index.NameOf(actors[1])} on that.");
        if (missing.Count > 0)
            answer.Add($"The article doesn't give {string.Join(" or ", missing)}'s view on this.");
        conversation.LastFact = first;
        SuggestAbout(answer, actors[0], q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private IEnumerable<IndexedFact> ViewsOf(string actor) =>
        index.FactsAbout(actor).Where(f => f.Fact is Position or Statement || f.Fact is Relation r && r.From == actor && StanceOf(r) != Stance.Neutral);

    private bool HoldsViews(string actor) => ViewsOf(actor).Any();

    private Answer Relationship(ParsedQuestion q)
    {
        if (q.Entities.Count == 0)
            return General(q);
        var pair = q.Entities.Take(2).ToList();
        var relations = Rank(index.FactsOf<Relation>(), q, pair).Where(s => s.EntityCover >= (pair.Count == 2 ? 0.99 : 0.99)).ToList();
        if (relations.Count == 0 && pair.Count == 2)
        {
            // No annotated relation: anything that involves both still tells how they are connected.
            relations = Rank(index.Facts.Where(f => f.Fact is not Actor), q, pair).Where(s => s.EntityCover >= 0.8).ToList();
        }
        if (relations.Count == 0)
        {
            var sentence = BestSentence(q, minimumCover: 0);
            return sentence is null
                ? Unknown(q, $"The article doesn't describe a relationship between {string.Join(" and ", pair.Select(index.NameOf))}.")
                : FromSentence(sentence, q);
        }
        return Report(relations, q, max: pair.Count == 1 ? 3 : 2, preferTypes: false);
    }

    private Answer WhoSaid(ParsedQuestion q)
    {
        // The names in "who said X about Y" are what was said, not who said it: the words decide.
        // Whoever is named in the question is usually spoken about, not speaking; a person beats a body as "who".
        q.Residual.RemoveAll(NamingVerbs.Contains);
        var ranked = Rank(index.FactsOf<Statement>(), q, entityWeight: 0.5, wordWeight: 2,
                bonus: f => (q.Entities.Contains(((Statement)f.Fact).Speaker) ? -0.5 : 0) + (IsPerson(((Statement)f.Fact).Speaker) ? 0.1 : 0))
            .Where(s => SaysIt(s, q)).ToList();
        if (ranked.Count == 0)
            ranked = Rank(index.Facts.Where(f => f.Fact is Position or Event), q, entityWeight: 0.5, wordWeight: 2).Where(s => SaysIt(s, q) && q.Residual.Count > 0).ToList();
        if (ranked.Count == 0)
            return Unknown(q, "The article doesn't report anyone saying that.");
        var best = ranked[0].Fact;
        var speaker = best.Fact is Statement s ? index.NameOf(s.Speaker) : null;
        var answer = new AnswerBuilder();
        answer.Add(speaker is null || best.Fact.Text.Contains(speaker, StringComparison.OrdinalIgnoreCase)
            ? best.Fact.Text
            : $"{speaker}: {best.Fact.Text}", best.Fact.Evidence);
        Remember(best, ranked.Skip(1).Select(r => r.Fact));
        SuggestAbout(answer, best.Declared.FirstOrDefault() ?? "", q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>"who called X an excuse": verbs of naming something, which the statement itself need not use.</summary>
    private static readonly HashSet<string> NamingVerbs = [.. new[] { "call", "called", "calls", "label", "labeled", "labelled", "dub", "dubbed", "term", "termed" }.Select(Text.Stemmer.Stem)];

    /// <summary>A statement answers "who said X" when it has all of X's words and touches what X names.</summary>
    private static bool SaysIt(Scored s, ParsedQuestion q) =>
        (q.Residual.Count == 0 || s.WordCover >= 0.66) && (q.Entities.Count == 0 || s.EntityCover > 0) && (q.Residual.Count > 0 || s.EntityCover >= EnoughEntities);

    private Answer SpeakerSaid(ParsedQuestion q)
    {
        var actors = q.Entities.Where(id => index.Find(id)?.IsActor == true).ToList();
        if (actors.Count == 0)
            return WhoSaid(q);
        var actor = DescribedPerson(q, actors[0]) ?? actors[0];
        var pool = index.FactsOf<Statement>().Where(f => ((Statement)f.Fact).Speaker == actor);
        var ranked = Rank(pool, q, q.Entities.Where(e => e != actor).ToList())
            .Where(s => q.Residual.Count == 0 || s.WordCover >= EnoughWords).ToList();
        if (ranked.Count == 0)
            return HeldPosition(q);
        return Report(ranked, q, max: 2, preferTypes: false);
    }

    /// <summary>States the best facts (up to <paramref name="max"/>) and keeps the rest for "tell me more".</summary>
    private Answer Report(List<Scored> ranked, ParsedQuestion q, int max, bool preferTypes)
    {
        if (preferTypes)
        {
            // For a stance, a position says it best; statements and explanations come next.
            ranked = [.. ranked.OrderByDescending(s => s.Score + (s.Fact.Fact is Position ? 0.3 : 0))];
        }
        var answer = new AnswerBuilder();
        var shown = new List<IndexedFact>();
        foreach (var scored in ranked)
        {
            if (shown.Count >= max || (shown.Count > 0 && scored.Score < ranked[0].Score - 0.3))
                break;
            if (answer.Add(scored.Fact.Fact.Text, scored.Fact.Fact.Evidence))
                shown.Add(scored.Fact);
        }
        Remember(shown[0], ranked.Select(s => s.Fact).Except(shown));
        SuggestAbout(answer, shown[0].Declared.FirstOrDefault() ?? "", q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private bool StartsWith(IndexedSentence sentence, string actor)
    {
        var opening = string.Join(' ', sentence.Sentence.Text.Split(' ').Take(6));
        return index.Linker.MentionedIn(opening).Contains(actor);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
