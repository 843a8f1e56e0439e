using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>How two sides differ, and how two actors are related.</summary>
internal static class CompareAnswerer
{
    public static Reply Compare(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        // Of three or more named, the sides are the first either side of a comparing word ("X vs Y response to Z"), else two
        // joined by "and" ("how do X and Y differ on Z's plan?"), else the first and last actors that hold views ("X's approach
        // to Y differs from Z's"); any other name is what they are compared on.
        var named = q.Entities.Where(t.IsActor).ToList();
        var holders = named.Where(id => HoldsViews(index, id)).ToList();
        var actors = (named.Count > 2 ? ComparedSides.AroundComparingWord(q, named) ?? ComparedSides.Conjoined(q, named) : null) ?? (holders.Count > 2 ? [holders[0], holders[^1]] : holders);
        // "Russia and China: what is each doing?" with no view of one drafted: the two named are still the sides.
        if (actors.Count < 2 && named.Count >= 2)
            actors = [named[0], named[1]];
        if (actors.Count == 1 && t.State.Entities.FirstOrDefault(id => id != actors[0] && t.IsActor(id) && HoldsViews(index, id)) is { } previous)
            actors.Add(previous);
        // Fewer than two sides to set side by side: a sentence setting one thing against another in the article's own words.
        if (actors.Count < 2 && Contrasts.Best(t) is { } contrast)
            return Replies.FromSentence(t, contrast);
        if (actors.Count < 2)
            return actors.Count == 1 ? StanceAnswerer.HeldPosition(t) : GeneralAnswerer.General(t);
        var topics = q.Entities.Where(id => !actors.Contains(id)).ToList();
        var answer = new AnswerBuilder();
        var missing = new List<string>();
        IndexedFact? first = null;
        var said = false;
        var sides = SidesOn(t, actors, topics);
        // "How do X and Y differ on the Bordurian plan?" where the article calls it "the plan": a name only qualifying the
        // question's word stands aside when a side is found in nothing that names it.
        if (sides.Any(s => s.View is null && s.Sentence is null) && topics.Where(id => !ComparedSides.OnlyQualifies(q, id)).ToList() is var plain
            && plain.Count < topics.Count && SidesOn(t, actors, plain) is var looser && looser.All(s => s.View is not null || s.Sentence is not null))
            (sides, topics) = (looser, plain);
        // A side found in no words of the question: news writing sets the other beside the one found ("X pledged 38bn."
        // "Y voted to borrow 90bn."), so a sentence next to it that names the side gives it.
        var found = sides.Select(s => s.Sentence ?? (s.View is { } view ? AnswererTable.OwnWords(index, view) : null)).OfType<IndexedSentence>().ToList();
        for (var i = 0; i < sides.Count; i++)
        {
            if (sides[i].View is null && sides[i].Sentence is null)
                sides[i] = sides[i] with { Sentence = Beside(t, found, sides[i].Actor) };
        }
        // Both sides read in one and the same sentence, or one in none: a sentence setting one against the other compares them.
        if (!Apart(sides[0].View, sides[0].Sentence, sides[1].View, sides[1].Sentence) && SettingAgainst(t, actors) is { } setAgainst)
            return Replies.FromSentence(t, setAgainst);
        foreach (var (actor, view, sentence) in sides)
        {
            if (view is not null)
            {
                first ??= view;
                said |= answer.Add(Replies.Shown(t, view), view.Fact.Evidence);
            }
            else if (sentence is not null)
                said |= answer.Add(sentence.Sentence.Text, Replies.Evidence(sentence));
            else
                missing.Add(index.NameOf(actor));
        }
        if (!said)
            return NamingBoth(t, actors) is { } both ? Replies.FromSentence(t, both)
                : Replies.Unknown(t, $"The article doesn't compare {index.NameOf(actors[0])} and {index.NameOf(actors[1])} on that.");
        if (missing.Count > 0)
            answer.Add($"The article doesn't give {string.Join(" or ", missing)}'s view on this.");
        Suggestions.About(t, answer, actors[0]);
        return new Reply(answer.Build(AnswerStatus.Answered)) { Fact = first };
    }

    /// <summary>How many sentences either side of a side found the other side may stand.</summary>
    private const int BesideSentences = 2;

    /// <summary>The nearest sentence naming the actor within a few of those found, in their paragraph or the next one.</summary>
    private static IndexedSentence? Beside(Turn t, List<IndexedSentence> found, string actor) =>
        found.SelectMany(f => Enumerable.Range(1, BesideSentences).SelectMany(d => new[] { (d, t.Index.Beside(f, d)), (d, t.Index.Beside(f, -d)) })
                .Where(n => n.Item2 is { } s && Math.Abs(s.Sentence.Paragraph - f.Sentence.Paragraph) <= 1 && !found.Contains(s) && s.Mentioned.Contains(actor)))
            .OrderBy(n => n.d).Select(n => n.Item2).FirstOrDefault();

    /// <summary>Each side's view, else what the article says of it, on what they are compared.</summary>
    private static List<(string Actor, IndexedFact? View, IndexedSentence? Sentence)> SidesOn(Turn t, List<string> actors, List<string> topics) =>
        [.. actors.Select(actor => (Rank(t, ViewsOf(t.Index, actor), topics)
                .FirstOrDefault(s => (topics.Count == 0 || s.EntityCover > 0) && (t.Q.Residual.Count == 0 || s.WordCover > 0))?.Fact) is { } view
            ? (actor, (IndexedFact?)view, (IndexedSentence?)null)
            : (actor, null, SaidOf(t, actor, topics)))];

    /// <summary>Whether each side was found, and not in the same fact or sentence as the other.</summary>
    private static bool Apart(IndexedFact? oneView, IndexedSentence? one, IndexedFact? otherView, IndexedSentence? other) =>
        (oneView is not null || one is not null) && (otherView is not null || other is not null)
        && (oneView is null || oneView != otherView) && (one is null || one != other);

    /// <summary>
    /// "Vell vs Ardun response to the plan" with no view of each apart: a sentence naming both sides with a word setting
    /// one against the other ("Vell's refusal contrasted with Ardun's openness") is the comparison itself, in the article's
    /// words; the one saying most of the question's words if several do, else the one most about the sides.
    /// </summary>
    private static IndexedSentence? SettingAgainst(Turn t, List<string> actors) =>
        Ranker.BestSentence(t.With(t.Q with { Entities = actors }), minimumCover: 0, accept: SetsAgainst)
        ?? Ranker.BestSentence(t.With(t.Q with { Entities = actors, Residual = [] }), accept: SetsAgainst);

    private static bool SetsAgainst(IndexedSentence sentence) => sentence.Stems.Any(Vocabulary.SettingAgainst.Contains);

    /// <summary>The sentence best saying the question's words of the actor (and of what they are compared on).</summary>
    private static IndexedSentence? SaidOf(Turn t, string actor, List<string> topics) =>
        Ranker.BestSentence(t.With(t.Q with { Entities = [actor, .. topics] }), minimumCover: RankingPolicy.EnoughWords);

    /// <summary>
    /// "how does X's standing differ from Y's?" with no side of either to set against the other: a sentence naming both
    /// sets them side by side itself ("X operates with an autonomy no Y enjoys"), in the question's words if one does.
    /// </summary>
    private static IndexedSentence? NamingBoth(Turn t, List<string> actors) =>
        Ranker.BestSentence(t.With(t.Q with { Entities = actors }), minimumCover: 0)
        ?? Ranker.BestSentence(t.With(t.Q with { Entities = actors, Residual = [] }));

    private static IEnumerable<IndexedFact> ViewsOf(KnowledgeIndex index, string actor) =>
        index.FactsAbout(actor).Where(f => f.Fact is Position or Statement || f.Fact is Relation r && r.From == actor && StanceAnswerer.StanceOf(r) != Stance.Neutral);

    private static bool HoldsViews(KnowledgeIndex index, string actor) => ViewsOf(index, actor).Any();

    public static Reply Relationship(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        if (q.Entities.Count == 0)
            return GeneralAnswerer.General(t);
        var pair = q.Entities.Take(2).ToList();
        var relations = Rank(t, index.FactsOf<Relation>(), pair, keep: c => c.EntityCover >= RankingPolicy.AllWords);
        // "how does X's membership in Y relate to its reluctance to Z": the fact that also holds the other words says how.
        if (q.Residual.Count > 0 && (relations.Count == 0 || relations[0].WordCover < RankingPolicy.EnoughWords)
            && Rank(t, index.Facts.Where(f => f.Fact is not Actor), pair,
                keep: c => c.EntityCover >= RankingPolicy.RelatedLink && c.WordCover >= RankingPolicy.EnoughWords).FirstOrDefault() is { } telling)
            return AnswererTable.OwnWords(index, telling.Fact) is { } told && TyingSentences.Chain(t, told) is { Count: > 1 } chain
                ? TyingSentences.FromChain(t, chain)
                : Replies.Report(t, [telling], max: 1, preferTypes: false);
        if (relations.Count == 0 && pair.Count == 2)
        {
            // No annotated relation: anything that involves both still tells how they are connected.
            relations = Rank(t, index.Facts.Where(f => f.Fact is not Actor), pair, keep: c => c.EntityCover >= RankingPolicy.RelatedLink);
        }
        // "how is X related to President Y?": X's role may name Y, or call Y by the title the question gives
        // ("a former business partner of the president").
        if (relations.Count == 0 && pair.Count == 2 && (RoleNaming(t, pair[0], pair[1]) ?? RoleNaming(t, pair[1], pair[0])) is { } role)
            return Replies.Report(t, [new Scored(role, 0, 1, 0)], max: 1, preferTypes: false);
        if (relations.Count == 0)
        {
            var sentence = BestSentence(t, minimumCover: 0) ?? TyingSentences.Best(t, pair);
            return sentence is null
                ? Replies.Unknown(t, $"The article doesn't describe a relationship between {string.Join(" and ", pair.Select(index.NameOf))}.")
                : TyingSentences.FromChain(t, TyingSentences.Chain(t, sentence));
        }
        return Replies.Report(t, relations, max: pair.Count == 1 ? 3 : 2, preferTypes: false);
    }

    /// <summary>The actor fact of one whose role names the other, by a name of theirs or a word the question puts to them.</summary>
    private static IndexedFact? RoleNaming(Turn t, string one, string other)
    {
        if (t.Index.ActorFact(one) is not { Fact: Actor actor } fact || t.Q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Candidates.Contains(other)) is not { } named)
            return null;
        var role = Words.ContentStems(actor.Role).ToHashSet(StringComparer.Ordinal);
        var asked = t.Q.Tokens.Skip(Math.Max(0, named.Start - 1)).Take(named.Length + (named.Start > 0 ? 1 : 0))
            .Where(w => !Vocabulary.Stopwords.Contains(w)).Select(Text.Stemmer.Stem);
        return EntityStems(t.Index, other).Concat(asked).Any(role.Contains) ? fact : null;
    }
}
