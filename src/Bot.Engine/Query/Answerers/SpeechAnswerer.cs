using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Who said something, and what someone said.</summary>
internal static class SpeechAnswerer
{
    /// <summary>"who called X an excuse": verbs of naming something, which the statement itself need not use.</summary>
    private static readonly HashSet<string> NamingVerbs = Vocabulary.Stems("call", "called", "calls", "label", "labeled", "labelled", "dub", "dubbed", "term", "termed");

    public static Reply WhoSaid(Turn t)
    {
        // The names in "who said X about Y" are what was said, not who said it: the words decide.
        // Whoever is named in the question is usually spoken about, not speaking; a person beats a body as "who".
        t = t.With(t.Q with { Residual = t.Q.Residual.Where(r => !NamingVerbs.Contains(r)).ToList() });
        var (index, q) = (t.Index, t.Q);
        if (QuoteFinder.Find(t) is { } quoted)
            return quoted;
        var ranked = Rank(t, index.FactsOf<Statement>(), entityWeight: 0.5, wordWeight: 2,
                bonus: f => (q.Entities.Contains(((Statement)f.Fact).Speaker) ? -0.5 : 0) + (t.IsPerson(((Statement)f.Fact).Speaker) ? 0.1 : 0),
                keep: c => SaysIt(c, t));
        if (ranked.Count == 0)
            ranked = Rank(t, index.Facts.Where(f => f.Fact is Position or Event), entityWeight: 0.5, wordWeight: 2, keep: c => SaysIt(c, t) && q.Residual.Count > 0);
        // "who said people didn't wait ...": words remembered, not quoted, found as a quotation is.
        if (ranked.Count == 0)
            return SaidWords.Find(t) ?? Replies.Unknown(t, "The article doesn't report anyone saying that.");
        var best = ranked[0].Fact;
        var speaker = best.Fact is Statement s ? index.NameOf(s.Speaker) : null;
        var answer = new AnswerBuilder();
        answer.Add(speaker is null || best.Fact.Text.Contains(speaker, StringComparison.OrdinalIgnoreCase)
            ? best.Fact.Text
            : $"{speaker}: {best.Fact.Text}", best.Fact.Evidence);
        Suggestions.About(t, answer, best.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, best, ranked.Skip(1).Select(r => r.Fact));
    }

    /// <summary>A statement answers "who said X" when it has all of X's words and touches what X names.</summary>
    private static bool SaysIt(Candidate s, Turn t) =>
        (t.Q.Residual.Count == 0 || s.WordCover >= RankingPolicy.QuoteCover) && (t.Q.Entities.Count == 0 || s.EntityCover > 0)
        && (t.Q.Residual.Count > 0 || s.EntityCover >= RankingPolicy.EnoughEntities);

    public static Reply SpeakerSaid(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var actors = q.Entities.Where(t.IsActor).ToList();
        if (actors.Count == 0)
            return WhoSaid(t);
        var actor = DescribedPerson(t, actors[0]) ?? actors[0];
        // A state or body speaks through its people: "what did Ruritania say?" is answered by its minister's words too.
        var speaksFor = !t.IsPerson(actor);
        var pool = index.FactsOf<Statement>().Where(f => ((Statement)f.Fact).Speaker is var speaker
            && (speaker == actor || (speaksFor && index.Find(speaker) is { IsPerson: true } person && person.Affiliation == actor)));
        // "what did X reply?": the reply is to what the conversation was about, whatever word the question uses for it.
        var replying = q.Tokens.Any(w => Vocabulary.ReactionWords.Contains(Text.Stemmer.Stem(w)));
        // "what did X claim on May 2?": the verb of saying asks what X said, whichever verb the sentence uses.
        var residual = q.Residual.Where(w => !Vocabulary.ReactionWords.Contains(w) && !Vocabulary.ReportingVerbs.Contains(w)).ToList();
        var others = q.Entities.Where(e => e != actor).ToList();
        if (others.Count == 0 && replying)
            others = [.. t.State.LastEntities.Where(e => e != actor)];
        // Its people's words answer for it only about what is asked ("what did Ruritania say about the dam?").
        var ranked = Rank(t, pool, others, residual)
            .Where(s => (residual.Count == 0 || s.WordCover >= RankingPolicy.EnoughWords)
                && (((Statement)s.Fact.Fact).Speaker == actor || others.Count == 0 || s.EntityCover > 0)).ToList();
        if (ranked.Count > 0)
            return Replies.Report(t, ranked, max: 2, preferTypes: false);
        // "what did X say to Y?": what X thinks answers it, but a tie between them is nothing X said.
        var held = StanceAnswerer.HeldPosition(t);
        // "what did X say?", nothing else asked, of someone the article reports declining to comment: that is what they said.
        // Not "what did he say China does?", which asks his words, not China's silence.
        if ((held.Fact?.Fact is Relation || held.Answer.Status != AnswerStatus.Answered) && q.Entities.Count == 1 && residual.Count == 0
            && NoComment.Of(index, actor) is { } silent)
            return Replies.FromSentence(t, silent);
        return held.Fact?.Fact is Relation ? Replies.Unknown(t, $"The article doesn't report {index.NameOf(actor)} saying anything about that.") : held;
    }

    /// <summary>
    /// "the local political analyst": a person of <paramref name="body"/> whose role has the question's other words,
    /// when the question names a state or body rather than the person.
    /// </summary>
    private static string? DescribedPerson(Turn t, string body)
    {
        if (t.IsPerson(body))
            return null;
        var words = t.Q.Residual.Where(r => !NamingVerbs.Contains(r) && !Vocabulary.SpeechVerbs.Contains(r)).ToList();
        if (words.Count == 0)
            return null;
        var people = t.Index.FactsOf<Actor>().Where(f => t.IsPerson(f.Fact.Id) && WhoAnswerer.Affiliated(f, body))
            .Where(f => words.All(w => t.Covers(f.Stems, w))).ToList();
        return people.Count == 1 ? people[0].Fact.Id : null;
    }
}
