using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Who someone is, and who is meant by a description ("the foreign minister of that country").</summary>
internal static class WhoAnswerer
{
    /// <summary>Fewest words a who-question told by the author needs before a body sentence may answer it: fewer match too loosely.</summary>
    private const int AuthorToldWords = 3;

    /// <summary>Who someone is; a question asked in a word for steering is asked as leading first, and as typed when that finds nothing.</summary>
    public static Reply Who(Turn t)
    {
        t = WithoutNamedOffice(t);
        return AsLeading(t) is { } leading && WhoOrWhat(leading) is { Answer.Status: not AnswerStatus.Unknown } led ? led : WhoOrWhat(t);
    }

    private static Reply WhoOrWhat(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var asksWho = q.Tokens[0] == "who";
        // "which Sunni extremist ...": the person whose role is of that kind and fits the rest best.
        if (q.AsksNameOf is { } kind && NamedOfKind(t, Text.Stemmer.Stem(kind)) is { } person)
            return Describe(t, [person]);
        // "what is his job?", "Roe, what's her title?", "what office did he hold?": who the person is.
        if (q.Entities is [var one] && t.IsPerson(one) && q.Residual.Count > 0 && Vocabulary.AsksOffice(q.Tokens, q.Residual))
            return Describe(t, q.Entities);
        if (q.Residual.Count > 0 || (asksWho && q.Entities.Count > 0 && !q.Entities.Any(t.IsPerson)))
        {
            // "who is the foreign minister of that country": a person described by the words around the name.
            var roles = Rank(t, index.FactsOf<Actor>().Where(f => !q.Entities.Contains(f.Fact.Id) && t.IsPerson(f.Fact.Id)))
                .Where(s => s.WordCover >= RankingPolicy.AllWords && (q.Entities.Count == 0 || q.Entities.All(e => s.Fact.EntityWeight(e) > 0 || Affiliated(s.Fact, e))))
                .ToList();
            var own = q.Entities.Count == 0 ? null : Rank(t, index.FactsInvolving(q.Entities[0])).FirstOrDefault();
            var asksForSomeoneElse = asksWho && (q.Entities.Count == 0 || !t.IsPerson(q.Entities[0]) || NamedAfterWords(q));
            if (roles.Count > 0 && (asksForSomeoneElse || !(own?.WordCover >= RankingPolicy.AllWords)))
                return Describe(t, [roles[0].Fact.Fact.Id]);
            if (roles.Count == 0 && asksWho && RoleBeforeSetting(t) is { } role)
                return Describe(t, [role]);
            // "who represents them", "who was optimistic that ...": whoever the matching fact is about.
            if (asksWho && q.Residual.Count > 0 && asksForSomeoneElse)
                return WhoDid(t);
            if (q.Entities.Count == 0)
                return GeneralAnswerer.General(t);
            if (q.Residual.Count > 0 && (own is null || own.WordCover < RankingPolicy.EnoughWords))
            {
                // "who, in the author's telling, feared ...": the author only tells it, so a sentence of the article's body
                // saying most of the question's words, and its other names, answers who.
                if (asksWho && index.IsAuthor(q.Entities[0]) && q.Residual.Count >= AuthorToldWords
                    && BestSentence(t.With(q with { Entities = [.. q.Entities.Where(e => !index.IsAuthor(e))] }), minimumCover: RankingPolicy.EnoughWords, accept: s => s.InBody) is { } told)
                    return Replies.FromSentence(t, told);
                // "what is he facing now?" of "Charges were brought against X. They now face 15 years.": what befalls someone
                // is told in a sentence of its own, naming them or going on from the one that does, in every word asked.
                if (!asksWho && t.IsPerson(q.Entities[0]) && BestSentence(t, RankingPolicy.AllWords, namedEarlier: true) is { } befalls)
                    return Replies.FromSentence(t, befalls);
                var words = string.Join(" ", q.Tokens.Where(w => !Vocabulary.Stopwords.Contains(w)));
                return Replies.Unknown(t, $"The article doesn't say that ({words}).");
            }
            // "what's his party": the fact about him that has the asked-for word, not just who he is.
            if (q.Residual.Count > 0 && own is { Fact.Fact: not Actor })
                return Replies.Report(t, [own], max: 1, preferTypes: false);
        }
        // "what is X's role at the Trust?": a sentence naming both says how the person and the body are linked.
        if (q.Entities.Count >= 2 && q.Entities.Count(t.IsPerson) == 1 && q.Residual.Count == 0 && BestSentence(t) is { } link)
            return Replies.FromSentence(t, link);
        return q.Entities.Count == 0 ? GeneralAnswerer.General(t) : Describe(t, q.Entities);
    }

    /// <summary>
    /// "who is the palace aide in the Ruritanian delegation?": the setting after the office ("in the delegation") says where the
    /// article puts its holder, which the holder's role need not say. The one person whose role says every word before it
    /// answers; null when none or the question has no such setting.
    /// </summary>
    private static string? RoleBeforeSetting(Turn t)
    {
        var q = t.Q;
        if (q.Tokens.Count < 5 || q.Tokens[1] is not ("is" or "was" or "are" or "were"))
            return null;
        var at = 3;
        while (at < q.Tokens.Count && !SettingPrepositions.Contains(q.Tokens[at]))
            at++;
        if (at == q.Tokens.Count)
            return null;
        var office = q.Tokens.Take(at).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var residual = q.Residual.Where(office.Contains).ToList();
        var entities = q.Entities.Where(e => !q.Mentions.Any(m => m.Start >= at && m.Candidates.Contains(e))
            || q.Mentions.Any(m => m.Start < at && m.Candidates.Contains(e))).ToList();
        if (residual.Count == 0 || residual.Count == q.Residual.Count)
            return null;
        var asked = t.With(q with { Residual = residual, Entities = entities });
        var roles = Rank(asked, t.Index.FactsOf<Actor>().Where(f => !entities.Contains(f.Fact.Id) && t.IsPerson(f.Fact.Id)))
            .Where(s => s.WordCover >= RankingPolicy.AllWords && entities.All(e => s.Fact.EntityWeight(e) > 0 || Affiliated(s.Fact, e)))
            .ToList();
        return roles.Count == 1 ? roles[0].Fact.Fact.Id : null;
    }

    /// <summary>Prepositions opening where an office holder is found, not part of the office ("head of" is).</summary>
    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.Ordinal) { "in", "among", "within", "inside", "aboard" };

    /// <summary>
    /// "who ran the harbour trust?", "who was in charge of Vell's ties with Ardun?": the words for steering something are
    /// many, and the article may use any of them ("it was Roe who led on ..."). They are asked as leading, in that word's
    /// general synonyms too, and the words of the phrase that are no deed ("charge") are not looked for. Null when
    /// the question asks no such thing, or names only what is led.
    /// </summary>
    private static Turn? AsLeading(Turn t)
    {
        var q = t.Q;
        if (q.Tokens.Count < 3 || q.Tokens[0] != "who")
            return null;
        var at = 1;
        while (at < q.Tokens.Count - 1 && (q.Tokens[at].EndsWith("ly", StringComparison.Ordinal) || q.Tokens[at] is "first" or "once" or "later" or "was" or "were" or "is" or "are"))
            at++;
        var verb = q.Tokens[at] == "in" && q.Tokens[at + 1] == "charge" ? "charge" : q.Tokens[at];
        if (!Vocabulary.SteeringStems.Contains(Text.Stemmer.Stem(verb)))
            return null;
        // "who runs Ardun?" with nothing else asked is who heads it, which the article gives as an office, not a deed.
        var rest = q.Residual.Where(w => !Vocabulary.SteeringStems.Contains(w)).ToList();
        return rest.Count == 0 ? null : t.With(q with { Residual = [.. rest.Append(Vocabulary.Leading).Distinct()] }) with { Loose = true };
    }

    /// <summary>
    /// "who is replacing X as prime minister?", "who succeeded X as chair?": the office after "as" is the one the article
    /// gives X, which says whose place is taken, not a word the answer must say nor an office its person must hold.
    /// </summary>
    private static Turn WithoutNamedOffice(Turn t)
    {
        if (NamedOfficeAt(t) is not { } at)
            return t;
        var q = t.Q;
        var office = q.Tokens.Skip(at).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var named = q.Mentions.Where(m => m.Start >= at).SelectMany(m => m.Candidates).ToHashSet(StringComparer.Ordinal);
        return t.With(q with { Residual = [.. q.Residual.Where(w => !office.Contains(w))], Entities = [.. q.Entities.Where(e => !named.Contains(e))] });
    }

    /// <summary>Where the office after "as" starts, when a person the question names before it holds that office.</summary>
    public static int? NamedOfficeAt(Turn t)
    {
        var q = t.Q;
        var at = q.Tokens.LastIndexOf("as") + 1;
        if (at < 2 || q.Entities.Count == 0)
            return null;
        var office = q.Tokens.Skip(at).Where(w => !Vocabulary.Stopwords.Contains(w)).Select(Text.Stemmer.Stem).ToList();
        var before = q.Mentions.Where(m => m.Start < at).SelectMany(m => m.Candidates);
        var held = before.SelectMany(e => t.Index.Find(e)?.Actors ?? []).SelectMany(a => Words.ContentStems(a.Role)).ToHashSet(StringComparer.Ordinal);
        return office.Count > 0 && office.All(held.Contains) && q.Residual.Except(office).Any() ? at : null;
    }

    /// <summary>Kinds that name a body rather than a person: any organisation or group can be one.</summary>
    private static readonly HashSet<string> BodyKinds = Vocabulary.Stems("body", "bodies", "organization", "organisation", "group", "party", "council", "institution", "association");

    private static string? NamedOfKind(Turn t, string kind)
    {
        var body = BodyKinds.Contains(kind);
        var people = t.Index.FactsOf<Actor>().Where(f => !t.Q.Entities.Contains(f.Fact.Id)
            && (body ? ((Actor)f.Fact).Kind is ActorKind.Organisation or ActorKind.Group : t.IsPerson(f.Fact.Id) && f.Stems.Contains(kind)));
        var best = Rank(t, people, entities: [], keep: c => c.WordCover >= RankingPolicy.EnoughWords).FirstOrDefault();
        return best?.Fact.Fact.Id;
    }

    /// <summary>Whether the first name in the question comes after other content words ("who represents them").</summary>
    private static bool NamedAfterWords(ParsedQuestion q)
    {
        var firstContent = q.Tokens.FindIndex(w => !Vocabulary.Stopwords.Contains(w) && q.Residual.Contains(Text.Stemmer.Stem(w)));
        return firstContent >= 0 && firstContent <= 2;
    }

    private static Reply WhoDid(Turn t)
    {
        var q = t.Q;
        var ranked = Rank(t, t.Index.Facts.Where(f => f.Fact is not Actor), entityWeight: 1, wordWeight: 2)
            .Where(s => s.WordCover >= RankingPolicy.StrictSentenceCover && q.Entities.All(e => s.Fact.Declared.Contains(e) || s.Fact.Mentioned.Contains(e))).ToList();
        if (ranked.Count > 0)
            return Replies.Report(t, ranked, max: 1, preferTypes: false);
        // "who seized it?" of a ship: "It was seized again in May, this time by Ardun" names the ship only in the
        // sentences before it, as a paragraph going on about one thing does, when the question too points at it.
        var sentence = BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover, namedEarlier: Pipeline.RefusalPolicy.PointsAtWhatWasDone(q));
        return sentence is null ? Replies.Unknown(t, "The article doesn't say who did that.") : Replies.FromSentence(t, sentence);
    }

    public static bool Affiliated(IndexedFact actorFact, string entity) =>
        actorFact.Fact is Actor a && (a.Affiliation == entity || actorFact.Mentioned.Contains(entity));

    /// <summary>Who each entity is: an actor's role (and, for a person, the one thing they are in the article for), a topic's description.</summary>
    public static Reply Describe(Turn t, IReadOnlyList<string> ids)
    {
        var index = t.Index;
        var answer = new AnswerBuilder();
        IndexedFact? self = null;
        foreach (var id in ids.Take(2))
        {
            var entity = index.Find(id)!;
            if (entity.Actors.FirstOrDefault() is { } actor)
            {
                answer.Add($"{actor.Name}: {RoleShown(index, actor.Name, actor.Role, actor.Evidence)}", actor.Evidence);
                // "Historian Jo Roe argues ...": a role of a word or two says little, and a sentence holding it says more, not the same.
                // So does a drafted one of a ship or body ("Rusty trawler." of "one rusty trawler, the Marlow, ..."), asked what it
                // is; a country is known.
                var thin = IsThin(actor.Role) && (entity.IsPerson || (AsksWhatItIs(t) && entity.Kind is not ActorKind.State && IsDrafted(index, actor.Evidence)));
                // A second fact only when it tells something the role does not already quote.
                var fact = index.FactsAbout(id).FirstOrDefault(f => f.Fact is Statement or Event or Position && ids.Count == 1
                    && !SameSentence(f.Fact.Evidence, actor.Evidence) && (thin || !answer.Repeats(f.TextStems)));
                if (fact is not null && entity.IsPerson)
                    answer.Add(fact.Fact.Text, fact.Fact.Evidence);
                // With nothing else said of them, the sentence naming them says why they are in the article.
                else if (thin && ids.Count == 1 && SentenceOf(index, actor.Evidence) is { } named)
                    answer.Add(named.Sentence.Text, Replies.Evidence(named));
                self ??= index.ActorFact(id);
            }
            else if (entity.Topics.FirstOrDefault() is { } topic)
            {
                // A long other name ("also known as the Trans-Caspian International Transport Route") says what it is.
                var known = topic.Aliases.FirstOrDefault(a => a.Count(c => c == ' ') >= 2 && !a.Equals(topic.Name, StringComparison.OrdinalIgnoreCase));
                var also = known is null ? "" : $" (also called the {known})";
                var description = topic.Description ?? topic.Name;
                var shown = RoleShown(index, topic.Name, description, topic.Evidence);
                answer.Add($"{Replies.Capitalize(topic.Name)}{also}: {shown}", topic.Evidence);
                // "Rusty trawler.", "New patrol.": a description of a word or two says little of what the thing is or is
                // for, and the sentence it was drawn from says more ("a new patrol, Lake Sentinel, to guard the nets").
                if (ids.Count == 1 && known is null && AsksWhatItIs(t) && IsThin(description) && IsDrafted(index, topic.Evidence) && SentenceOf(index, topic.Evidence) is { } drawn
                    && !shown.Contains(drawn.Sentence.Text.Trim().TrimEnd('.'), StringComparison.Ordinal))
                    answer.Add(drawn.Sentence.Text, Replies.Evidence(drawn));
                // A stance on it only when it says more than the description already does.
                var position = index.FactsAbout(id).FirstOrDefault(f => f.Fact is Position && !answer.Repeats(f.TextStems));
                if (position is not null)
                    answer.Add(position.Fact.Text, position.Fact.Evidence);
            }
        }
        Suggestions.About(t, answer, ids[0]);
        return new Reply(answer.Build(AnswerStatus.Answered)) { Fact = self };
    }

    /// <summary>
    /// What an actor or topic is, as the answer gives it: a curated role as written; a drafted one in the article's own
    /// words when they name it beside the role ("Jo Roe, the defence minister"), since the role was cut from them and the
    /// words around it say whose it is. A role of a word or two before the name ("journalist Jo Roe") says no more than the role,
    /// and one gathered from several places (an author's note) more than any one of them.
    /// </summary>
    private static string RoleShown(KnowledgeIndex index, string name, string role, Evidence evidence) =>
        IsDrafted(index, evidence)
            && evidence.Quote.Contains(name, StringComparison.OrdinalIgnoreCase) && !evidence.Quote.EndsWith(name, StringComparison.OrdinalIgnoreCase)
            && evidence.Quote.Contains(role.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)
            ? (evidence.Quote.EndsWith('.') ? $"\"{evidence.Quote}\"" : $"\"{evidence.Quote}\".")
            : $"{role.TrimEnd('.')}.";

    /// <summary>
    /// "What is X?", "what is X for?": nothing asked of it but what it is; "who funds X?" asks something else, in a word
    /// the article may never use.
    /// </summary>
    private static bool AsksWhatItIs(Turn t) => t.Q.Residual.Count == 0 && t.Q.Foreign.Count == 0;

    /// <summary>Whether the evidence is from an article drafted at load, whose roles and descriptions were cut from its words.</summary>
    private static bool IsDrafted(KnowledgeIndex index, Evidence evidence) =>
        index.Knowledge.Articles.Any(m => m.Drafted && m.Article.Id == evidence.Article);

    /// <summary>A role of at most this many words ("Historian", "Senior analyst") is a trade, not a reason to be in the article.</summary>
    private const int ThinRoleWords = 2;

    private static bool IsThin(string role) => role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ThinRoleWords;

    private static IndexedSentence? SentenceOf(KnowledgeIndex index, Evidence evidence) =>
        index.InParagraph(evidence.Paragraph).FirstOrDefault(s => s.Article.Article.Id == evidence.Article
            && s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal));

    /// <summary>Two pieces of evidence from one sentence say the same thing twice.</summary>
    private static bool SameSentence(Evidence a, Evidence b) =>
        a.Paragraph == b.Paragraph && (a.Quote.Contains(b.Quote, StringComparison.Ordinal) || b.Quote.Contains(a.Quote, StringComparison.Ordinal));
}
