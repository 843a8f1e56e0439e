using System.Globalization;
using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>Questions of why, of yes or no, and of how many.</summary>
internal sealed partial class Responder
{
    /// <summary>Words that ask for the articles' actors themselves ("which countries are mentioned").</summary>
    private static readonly HashSet<string> EntityWords = [.. new[]
    {
        "actor", "people", "person", "persons", "country", "countries", "state", "states", "organization", "organisation", "organizations",
        "organisations", "group", "groups", "player", "participant", "participants", "name", "names", "individual", "individuals", "leader",
        "leaders", "nation", "nations", "figure", "figures",
    }.Select(Text.Stemmer.Stem)];

    /// <summary>"which countries are mentioned", "who are the people quoted": only kinds of actor are asked for.</summary>
    private static bool AsksForEntities(ParsedQuestion q) =>
        q.Tokens.Any(t => EntityWords.Contains(Text.Stemmer.Stem(t))) && q.Residual.All(EntityWords.Contains);

    private static readonly HashSet<string> PersonWords = [.. new[] { "people", "person", "persons", "individual", "individuals", "leader", "leaders", "figure", "figures" }.Select(Text.Stemmer.Stem)];
    private static readonly HashSet<string> StateWords = [.. new[] { "country", "countries", "state", "states", "nation", "nations" }.Select(Text.Stemmer.Stem)];
    private static readonly HashSet<string> BodyWords = [.. new[] { "organization", "organisation", "organizations", "organisations", "group", "groups" }.Select(Text.Stemmer.Stem)];

    private Answer Why(ParsedQuestion q)
    {
        // "why?" after an answer: the explanation that shares most with the fact just given.
        var previous = q.ContextFact;
        var ranked = Rank(index.FactsOf<Explanation>(), q, bonus: previous is null ? null
            : f => (0.05 * f.Stems.Count(previous.Stems.Contains)) + (previous.Declared.Overlaps(f.Declared) ? 0.5 : 0));
        var best = ranked.FirstOrDefault(s => Fits(s, q) && (q.Entities.Count == 0 || s.EntityCover > 0)
            && (!q.FollowUp || s.Fact.Declared.Contains(q.Entities[0])));
        if (best is null && q.FollowUp)
            return HeldPosition(q);
        if (best is null)
        {
            var sentence = BestSentence(q, minimumCover: 0.75);
            return sentence is null ? Unknown(q, "The article doesn't explain that.") : FromSentence(sentence, q);
        }
        var explanation = (Explanation)best.Fact.Fact;
        var answer = new AnswerBuilder();
        answer.Add(explanation.Claim.TrimEnd('.') + (explanation.Reasons.Count == 1 ? ", because:" : ". The article's reasons:"),
            explanation.Evidence.Paragraph > 0 ? explanation.Evidence : null);
        var reasons = OrderReasons(explanation, best.Fact, q);
        var number = 1;
        foreach (var reason in reasons)
        {
            var prefix = explanation.Reasons.Count == 1 ? "" : $"({number}) ";
            if (!answer.Add(prefix + reason.Text, reason.Evidence))
                break;
            number++;
        }
        Remember(best.Fact, ranked.Skip(1).Where(s => Fits(s, q)).Select(s => s.Fact));
        SuggestAbout(answer, best.Fact.Declared.FirstOrDefault() ?? "", q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>Reasons that match the question's own words come first; the rest keep the article's order.</summary>
    private IEnumerable<Reason> OrderReasons(Explanation explanation, IndexedFact fact, ParsedQuestion q) =>
        explanation.Reasons.Select((reason, i) => (reason, i))
            .OrderByDescending(r => q.Residual.Count(stem => index.Covers(fact.ReasonStems[r.i], stem))).Select(r => r.reason);

    private Answer YesNo(ParsedQuestion q)
    {
        // Negation words decide yes or no; the other words decide which fact answers.
        var content = q.Residual.Where(r => !IsNegation(r)).ToList();
        if (Identity(q, content) is { } identity)
            return identity;
        // A fact saying the opposite of a question word answers it too (with "no").
        // Only facts that involve the subject can answer for it; without a name, every fact is a candidate.
        var pool = q.Entities.Count > 0 ? index.FactsInvolving(q.Entities[0]) : index.Facts;
        var ranked = Rank(pool.Where(f => f.Fact is not Actor), q, residual: content, covers: CoversOrOpposes,
            bonus: f => f.Fact is Position && q.Entities.Count > 0 && f.Declared.Contains(q.Entities[0]) ? 0.2 : 0);
        var best = ranked.FirstOrDefault(s => (q.Entities.Count == 0 || (s.EntityCover >= EnoughEntities && s.Fact.EntityWeight(q.Entities[0]) > 0))
            && (content.Count == 0 || s.WordCover >= EnoughWords));
        if (best is null || !q.HasSubject)
            return YesNoFromSentence(q);
        var fact = best.Fact;
        var answer = new AnswerBuilder();
        if (q.Date is not null && DateOf(fact.Fact) is { } date && !DateText.Matches(date, q.Date))
            answer.Add($"No. That was {DateText.Describe(date)}: {fact.Fact.Text}", fact.Fact.Evidence);
        else
            answer.Add((Agrees(q, fact, content) ? "Yes. " : "No. ") + fact.Fact.Text, fact.Fact.Evidence);
        Remember(fact, []);
        SuggestAbout(answer, fact.Declared.FirstOrDefault() ?? "", q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer YesNoFromSentence(ParsedQuestion q)
    {
        var sentence = BestSentence(q, minimumCover: 0.75);
        if (sentence is null)
            return Unknown(q, "The article doesn't say.");
        var agrees = q.Negations % 2 == Words.CountNegations(Words.WithoutQuotations(sentence.Sentence.Text)) % 2;
        var answer = new AnswerBuilder();
        answer.Add((agrees ? "Yes" : "No") + ". The article says: \"" + sentence.Sentence.Text + "\"",
            new Evidence(sentence.Article.Article.Id, sentence.Sentence.Paragraph, sentence.Sentence.Text));
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>
    /// Whether the fact says what the question asks. A position asked about only by its topic answers by
    /// its stance; otherwise each negation (or opposite word) on one side that the other side lacks flips the answer.
    /// </summary>
    private bool Agrees(ParsedQuestion q, IndexedFact fact, List<string> content)
    {
        var questionNegations = q.Tokens.Where(Lexicon.Negations.Contains).Select(Text.Stemmer.Stem).ToList();
        if (fact.Fact is Position { Stance: Stance.Supports or Stance.Opposes } position)
            return (position.Stance == Stance.Opposes) == (questionNegations.Count % 2 == 1);
        var opposites = content.Where(word => !fact.Stems.Contains(word))
            .Select(word => Lexicon.Opposites.GetValueOrDefault(word)).Where(o => o is not null && fact.Stems.Contains(o)).ToList();
        var flips = questionNegations.Count(n => !fact.NegationStems.Contains(n) && !fact.Stems.Contains(n));
        flips += NearbyNegations(fact, q).Count(n => !questionNegations.Contains(n) && !opposites.Contains(n));
        flips += opposites.Count;
        return flips % 2 == 0;
    }

    /// <summary>Negations in the fact that stand just before a word the question is about (not in a side clause).</summary>
    private IEnumerable<string> NearbyNegations(IndexedFact fact, ParsedQuestion q)
    {
        // Names that most facts mention (the article's main subject) say nothing about where a negation points.
        var telling = q.Entities.Where(e => index.FactsInvolving(e).Count * 4 < index.Facts.Count);
        var focus = new HashSet<string>(q.Residual.Concat(telling.SelectMany(EntityStems)), StringComparer.Ordinal);
        var stems = fact.PlainStems;
        for (var i = 0; i < stems.Count; i++)
        {
            if (!Lexicon.NegationStems.Contains(stems[i]))
                continue;
            if (stems.Skip(i + 1).Take(4).Any(focus.Contains))
                yield return stems[i];
        }
    }

    private bool CoversOrOpposes(IndexedFact fact, string word) =>
        index.Covers(fact.Stems, word) || (Lexicon.Opposites.TryGetValue(word, out var opposite) && fact.Stems.Contains(opposite));

    /// <summary>
    /// "Is the mayor French?", "is she a government official?": answered from who the person is,
    /// by their affiliation and the words of their role.
    /// </summary>
    private Answer? Identity(ParsedQuestion q, List<string> content)
    {
        if (q.Tokens[0] is not ("is" or "was" or "are" or "were") || q.Entities.Count == 0 || !IsPerson(q.Entities[0]))
            return null;
        var subject = index.Find(q.Entities[0])!.Actors[0];
        var self = index.ActorFact(subject.Id)!;
        var others = q.Entities.Skip(1).ToList();
        var belongs = others.All(o => subject.Affiliation == o || self.Declared.Contains(o) || index.Find(subject.Affiliation ?? "")?.Affiliation == o);
        var described = content.All(w => index.Covers(self.Stems, w));
        if (content.Count == 0 && others.Count == 0)
            return null;
        if (others.Count > 0 && subject.Affiliation is null)
            return null;
        var answer = new AnswerBuilder();
        answer.Add((belongs && described ? "Yes. " : "No. ") + $"{subject.Name}: {subject.Role}", subject.Evidence);
        SuggestAbout(answer, subject.Id, q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private static bool IsNegation(string stem) => Lexicon.NegationStems.Contains(stem);

    private Answer Enumerate(ParsedQuestion q)
    {
        var lists = Rank(index.FactsOf<ListFact>(), q).Where(s => s.WordCover >= EnoughWords && q.Residual.Count > 0 && CountedThingNamed(s.Fact, q)).ToList();
        if (lists.Count > 0)
        {
            var list = (ListFact)lists[0].Fact.Fact;
            var answer = new AnswerBuilder();
            var head = q.Intent == Intent.Count ? $"{CountWord(list.Items.Count)} {list.Name}:" : $"{Capitalize(list.Name)}:";
            answer.Add($"{head} {string.Join("; ", list.Items)}.", list.Evidence);
            Remember(lists[0].Fact, lists.Skip(1).Select(s => s.Fact));
            SuggestDefaults(answer);
            return answer.Build(AnswerStatus.Answered);
        }
        if (q.Entities.Count == 0 && (q.Residual.Count == 0 || AsksForEntities(q)))
            return ListEntities(q);
        if (q.Intent == Intent.List)
            return q.Entities.Count > 0 ? HeldPosition(q) : General(q);
        return Unknown(q, "The article doesn't give a count for that.");
    }

    /// <summary>"who are the actors", "how many countries": the entities of the articles, by kind.</summary>
    private Answer ListEntities(ParsedQuestion q)
    {
        var kinds = new List<ActorKind>();
        var asked = q.Tokens.Select(Text.Stemmer.Stem).ToList();
        if (asked.Any(PersonWords.Contains))
            kinds.Add(ActorKind.Person);
        if (asked.Any(StateWords.Contains))
            kinds.Add(ActorKind.State);
        if (asked.Any(BodyWords.Contains))
            kinds.AddRange([ActorKind.Organisation, ActorKind.Group]);
        var actors = index.Entities.Values.Where(e => e.IsActor && (kinds.Count == 0 || kinds.Contains(e.Kind!.Value))).ToList();
        if (q.Tokens.Any(t => t is "quoted" or "cited" or "quote" or "quotes" or "said" or "spoke" or "speak"))
        {
            // "who is quoted": the people whose words the article reports.
            var speakers = index.FactsOf<Statement>().Select(f => ((Statement)f.Fact).Speaker).ToHashSet();
            actors = actors.Where(a => speakers.Contains(a.Id)).ToList();
        }
        var answer = new AnswerBuilder();
        var what = kinds.Count switch
        {
            0 => "actors",
            _ when kinds.SequenceEqual([ActorKind.Person]) => "people",
            _ when kinds.SequenceEqual([ActorKind.State]) => "states",
            _ => "organisations and groups",
        };
        answer.Add($"The article names {actors.Count} {what}: {string.Join(", ", actors.Select(a => a.Name))}.");
        if (actors.FirstOrDefault() is { } first)
            answer.Suggest($"Who is {first.Name}?");
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>"how many X": X must name the list itself, not just appear among its items.</summary>
    private static bool CountedThingNamed(IndexedFact list, ParsedQuestion q)
    {
        if (q.Intent != Intent.Count)
            return true;
        var at = q.Words.IndexOf("how many ", StringComparison.Ordinal);
        var counted = at < 0 ? null : q.Words[(at + 9)..].Split(' ').FirstOrDefault();
        if (counted is null)
            return true;
        // The counted thing is the head of the list's name ("officials who ..." counts officials, not troops).
        var fact = (ListFact)list.Fact;
        var heads = fact.Aliases.Append(fact.Name).SelectMany(n => Words.ContentStems(n).Take(3));
        return heads.Contains(Text.Stemmer.Stem(counted));
    }

    private static string CountWord(int count) =>
        Capitalize(count < Lexicon.NumberWords.Length ? Lexicon.NumberWords[count] : count.ToString(CultureInfo.InvariantCulture));
}
