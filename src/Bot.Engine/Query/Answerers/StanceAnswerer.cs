using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>What someone thinks or wants, and who supports or opposes something.</summary>
internal static class StanceAnswerer
{
    public static Reply HeldPosition(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var actors = q.Entities.Where(t.IsActor).ToList();
        if (actors.Count == 0)
            return q.Entities.Count > 0 ? Supporters(t) : GeneralAnswerer.General(t);
        // "the US State Department's stance": a state named right before another actor says where that one belongs; the
        // view asked is that one's, and the state is no topic it must speak of.
        var qualifiers = actors.Where(a => Qualifies(t, a, actors)).ToList();
        var actor = actors.Except(qualifiers).FirstOrDefault() ?? actors[0];
        var others = q.Entities.Where(id => id != actor && !qualifiers.Contains(id)).ToList();
        var ranked = Held(t, actor, others);
        // "X's view on the future of <what the article is about>": all X is quoted saying in it is about that, named or not.
        if (ranked.Count == 0 && others.Count > 0 && others.All(index.IsMainSubject))
            ranked = [.. Held(t, actor, []).Where(s => s.Fact.Fact is Statement said && said.Speaker == actor)];
        if (ranked.Count == 0)
            return SpeakerFallback(t, actor, others);
        // The best fact is only said about the actor ("the risks to Ruritania were underlined by ..."): a sentence giving
        // the actor's own view of what is asked ("Ruritanians see such demands as non-starters") answers instead.
        if (!HeldByActor(ranked, actor) && HeldSentences.Best(t, actor, others) is { } held)
            return Replies.FromSentence(t, held);
        return Replies.Report(t, ranked, max: 2, preferTypes: true);
    }

    /// <summary>Whether the fact a report would open with (positions preferred) is the actor's own.</summary>
    private static bool HeldByActor(List<Scored> ranked, string actor) =>
        HolderOf(ranked.MaxBy(s => s.Score + (s.Fact.Fact is Position ? RankingPolicy.PositionPreference : 0))!.Fact.Fact) == actor;

    /// <summary>Whether a state is named only right before another actor the question names.</summary>
    private static bool Qualifies(Turn t, string actor, List<string> actors)
    {
        var mentions = t.Q.Mentions;
        var named = mentions.Where(mention => mention.Pronoun is null && mention.Candidates.Contains(actor)).ToList();
        return t.Index.Find(actor)?.Kind == ActorKind.State && named.Count > 0 && named.All(mention =>
            mentions.Any(next => next.Start == mention.Start + mention.Length && next.Candidates.Any(c => c != actor && actors.Contains(c))));
    }

    /// <summary>The actor's positions, statements and explanations that speak of the others named and the question's words.</summary>
    private static List<Scored> Held(Turn t, string actor, List<string> others)
    {
        var (index, q) = (t.Index, t.Q);
        // What another person said is that person's view, not the person asked about's.
        var person = t.IsPerson(actor);
        var pool = index.FactsAbout(actor).Where(f => (f.Fact is Position or Statement or Explanation || f.Fact is Relation r && r.From == actor)
            && !(person && HolderOf(f.Fact) is { Length: > 0 } holder && holder != actor && t.IsPerson(holder)));
        // "what does X want?" with nothing else to go on: X's own stances, on what the article speaks of most, first.
        // Else what the actor holds or says outranks what is only said about the actor ("Ruritania's refusal ..., because ...").
        Func<IndexedFact, double> ownFirst = others.Count > 0 || q.Residual.Count > 0
            ? f => HolderOf(f.Fact) == actor ? RankingPolicy.OwnViewBonus : 0
            : f => f.Fact is Position { Stance: Stance.Supports or Stance.Opposes } p && p.Actor == actor
                ? RankingPolicy.OwnStanceBonus * (1 + ((double)index.FactsInvolving(p.Topic).Count / index.Facts.Count)) : 0;
        return [.. Rank(t, pool, others, bonus: ownFirst)
            .Where(s => (others.Count == 0 || s.EntityCover > 0) && (q.Residual.Count == 0 || s.WordCover >= RankingPolicy.EnoughWords))];
    }

    /// <summary>
    /// A person's own statements naming what else the question names, whatever its other words; so a crowd's that speaks
    /// as one ("critics argue that Ruritania cannot be trusted" answers the critics' view on dealing with Ruritania).
    /// </summary>
    private static List<Scored> OwnWordsOn(Turn t, string actor, List<string> others)
    {
        if (others.Count == 0 || !(t.IsPerson(actor) || t.Index.Find(actor)?.Kind == ActorKind.Group))
            return [];
        var own = t.Index.FactsAbout(actor).Where(f => f.Fact is Statement said && said.Speaker == actor);
        return Rank(t, own, others, keep: c => c.EntityCover >= RankingPolicy.EnoughEntities);
    }

    private static Reply SpeakerFallback(Turn t, string actor, List<string> others)
    {
        // A sentence giving the actor's own view ("X argued ...", "says X") of what else is asked, before one that only
        // names the actor near its start ("the risks to X's backing were ...").
        if (HeldSentences.Best(t, actor, others) is { } held)
            return Replies.FromSentence(t, held);
        // Else a sentence speaks for an actor only when the actor is its subject, near its start.
        var sentence = BestSentence(t);
        if (sentence is not null && StartsWith(t.Index, sentence, actor))
            return Replies.FromSentence(t, sentence);
        // Else what the person said of what else is asked, though in other words than the question's ("what is Jo's
        // stance on getting involved in Ruritania?" answered by "'We will be careful in Ruritania,' said Jo").
        if (OwnWordsOn(t, actor, others) is { Count: > 0 } own)
            return Replies.Report(t, own, max: 1, preferTypes: true);
        // "The ministry declined to comment": that it kept its view to itself is what the article says of its view.
        if (NoComment.Of(t.Index, actor) is { } silent)
            return Replies.FromSentence(t, silent);
        var topic = others.Select(t.Index.NameOf).FirstOrDefault();
        return Replies.Unknown(t, topic is null
            ? $"The article doesn't say what {t.Index.NameOf(actor)} thinks about that."
            : $"The article doesn't say what {t.Index.NameOf(actor)} thinks about {topic}.");
    }

    /// <summary>How many words open a sentence, or its main clause after an opening phrase: an actor whose name starts within them is its subject.</summary>
    private const int OpeningWords = 6;

    /// <summary>
    /// Whether the actor is the sentence's subject: its name (every word of it) starts among the opening words, or among
    /// those after an opening phrase set off by a comma ("Speaking in the harbour on Tuesday, Jo Bloggs rejected ..."),
    /// unless a clause of its own follows the comma ("..., who rarely agree with Jo Bloggs").
    /// </summary>
    internal static bool StartsWith(KnowledgeIndex index, IndexedSentence sentence, string actor)
    {
        var text = sentence.Sentence.Text;
        if (NamedWithinOpening(index, text, actor))
            return true;
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
            return false;
        var clause = text[(comma + 2)..];
        var first = clause.Split(' ', 2)[0].ToLowerInvariant();
        return !Vocabulary.ClauseOpeners.Contains(first) && NamedWithinOpening(index, clause, actor);
    }

    private static bool NamedWithinOpening(KnowledgeIndex index, string text, string actor) =>
        index.Linker.LinkText(text).Any(m => m.Start < OpeningWords && m.Candidates.Contains(actor));

    public static Reply Supporters(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        if (q.ContextFact?.Fact is Position { Stance: Stance.Supports or Stance.Opposes } said && q.Entities.SequenceEqual(t.State.LastEntities))
            return Sides(t, said);
        var opposing = (q.Intent == Pipeline.Intent.Opponents) != (q.Intent == Pipeline.Intent.Supporters && q.Negations % 2 == 1);
        // The stance word is in the intent; the other words say what the stance is about.
        var content = q.Residual.Where(r => !Vocabulary.StanceStems.Contains(r)).ToList();
        var enumeration = Rank(t, index.FactsOf<ListFact>(), residual: content)
            .FirstOrDefault(s => (content.Count > 0 ? s.WordCover >= RankingPolicy.EnoughWords : s.EntityCover >= RankingPolicy.EnoughEntities)
                && s.Fact.Stems.Contains(opposing ? "oppos" : "support"));
        if (enumeration is not null)
            return Replies.Report(t, [enumeration], max: 1, preferTypes: false);
        var ranked = Rank(t, index.Facts.Where(f => f.Fact is Position or Relation), residual: content)
            .Where(s => (q.Entities.Count == 0 || s.EntityCover >= RankingPolicy.EnoughEntities) && (content.Count == 0 || s.WordCover >= RankingPolicy.EnoughWords))
            .Where(s => StanceOf(s.Fact.Fact) == (opposing ? Stance.Opposes : Stance.Supports))
            .Where(s => s.Fact.Fact is not Relation r || q.Entities.Contains(r.To))
            .ToList();
        // No position or relation says it: a sentence about it in words of opposing or supporting may.
        if (ranked.Count == 0 && StanceSentences.Best(t, content, opposing) is { } sentence)
            return Replies.FromSentence(t, sentence);
        if (ranked.Count == 0)
            return Replies.Unknown(t, opposing ? "The article doesn't say who opposes that." : "The article doesn't say who supports that.");
        var answer = new AnswerBuilder();
        var shown = new List<IndexedFact>();
        // Holders named in one sentence ("A and B warned against it") share its text: it is shown once.
        foreach (var scored in ranked.DistinctBy(s => HolderOf(s.Fact.Fact)).DistinctBy(s => s.Fact.Fact.Text).Take(3))
        {
            if (answer.Add(scored.Fact.Fact.Text, scored.Fact.Fact.Evidence))
                shown.Add(scored.Fact);
        }
        Suggestions.About(t, answer, HolderOf(shown[0].Fact));
        return Replies.Facts(answer, shown[0], ranked.Select(s => s.Fact).Except(shown));
    }

    /// <summary>"who disagrees?" after a position: those who take the other side of the same topic (or the same side).</summary>
    private static Reply Sides(Turn t, Position said)
    {
        var disagreeing = t.Q.Intent == Pipeline.Intent.Opponents;
        var wanted = disagreeing == (said.Stance == Stance.Supports) ? Stance.Opposes : Stance.Supports;
        var sides = t.Index.FactsAbout(said.Topic).Where(f => f.Fact is Position p && p.Stance == wanted && p.Actor != said.Actor).ToList();
        if (sides.Count == 0)
            return Replies.Unknown(t, disagreeing ? "The article doesn't say who disagrees." : "The article doesn't say who agrees.");
        var answer = new AnswerBuilder();
        foreach (var fact in sides.DistinctBy(f => f.Fact.Text).Take(3))
        {
            if (!answer.Add(fact.Fact.Text, fact.Fact.Evidence))
                break;
        }
        Suggestions.About(t, answer, ((Position)sides[0].Fact).Actor);
        return Replies.Facts(answer, sides[0], sides.Skip(3));
    }

    private static readonly string[] SupportingRelations = ["back", "support", "ally", "alli", "partner", "solidarity", "lobb", "member", "friend"];
    private static readonly string[] OpposingRelations = ["against", "fight", "rival", "oppos", "resist", "rift", "conflict", "enem", "disagree"];

    /// <summary>A position's stance, or the stance a relation's kind implies ("backs" supports, "fights-against" opposes).</summary>
    public static Stance StanceOf(Fact fact) => fact switch
    {
        Position p => p.Stance,
        Relation r when OpposingRelations.Any(r.Kind.Contains) => Stance.Opposes,
        Relation r when SupportingRelations.Any(r.Kind.Contains) => Stance.Supports,
        _ => Stance.Neutral,
    };

    private static string HolderOf(Fact fact) => fact switch
    {
        Position p => p.Actor,
        Statement s => s.Speaker,
        Relation r => r.From,
        _ => "",
    };
}
