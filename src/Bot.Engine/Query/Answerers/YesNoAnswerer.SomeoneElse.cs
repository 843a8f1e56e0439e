using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims the article makes of someone else: "no, that was another of the subject's kind".</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>How much better another actor's fact must cover the question's words to say "no, that was someone else".</summary>
    private const double ClearlyBetterCover = 0.25;

    /// <summary>A fact that says what the question asks, clearly better than any about the subject, but of another of its kind.</summary>
    private static IndexedFact? SomeoneElse(Turn t, List<string> content, Scored? best)
    {
        var (index, q) = (t.Index, t.Q);
        if (content.Count < 2)
            return null;
        var subject = q.Entities[0];
        var other = Rank(t, index.Facts.Where(f => f.Fact is Statement or Event or Position), entities: [], residual: content,
            keep: s => s.WordCover >= RankingPolicy.StrictSentenceCover).FirstOrDefault();
        if (other is null || other.Fact.EntityWeight(subject) > 0 || (best is not null && other.WordCover < best.WordCover + ClearlyBetterCover))
            return null;
        // The author tells everything the article says in its own voice; only what they are quoted saying is theirs.
        return other.Fact.Declared.Any(id => SameKind(index, id, subject) && !(index.IsAuthor(id) && other.Fact.Fact is not Statement)) ? other.Fact : null;
    }

    /// <summary>"No, the article says that of Y", and what it says of the claim's own subject.</summary>
    private static Reply OfSomeoneElse(Turn t, IndexedFact other)
    {
        var (index, subject) = (t.Index, t.Q.Entities[0]);
        var shown = Replies.Shown(t, other);
        var answer = new AnswerBuilder();
        answer.Add($"No. The article says that of {index.NameOf(other.Declared.First(id => SameKind(index, id, subject)))}: {shown}", other.Fact.Evidence);
        AddOfSubject(t, answer, subject, shown);
        Suggestions.About(t, answer, other.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, other, []);
    }

    /// <summary>
    /// "was X jailed for slapping an officer?" where the article says that of Y: the sentence naming X that says most of
    /// the claim ("X was jailed for refusing to testify") tells what the article says of X instead.
    /// </summary>
    private static void AddOfSubject(Turn t, AnswerBuilder answer, string subject, string shownOfOther)
    {
        if (BestSentence(t.With(t.Q with { Entities = [subject] }), minimumCover: RankingPolicy.SubjectSentenceCover,
                accept: s => !shownOfOther.Contains(s.Sentence.Text, StringComparison.Ordinal) && !s.Sentence.Text.Contains(shownOfOther, StringComparison.Ordinal)) is { } own)
            answer.Add($"Of {t.Index.NameOf(subject)} it says: \"{own.Sentence.Text}\"", Replies.Evidence(own));
    }

    /// <summary>A person or body where the claim names another actor: "resign" said of a parliament, not of a president.</summary>
    private static bool Another(KnowledgeIndex index, string said, string claimed) =>
        index.Find(said) is { IsActor: true, Kind: not ActorKind.State } && index.Find(claimed) is { IsActor: true, Kind: not ActorKind.State };

    internal static bool SameKind(KnowledgeIndex index, string a, string b) =>
        a != b && index.Find(a) is { IsActor: true } x && index.Find(b) is { IsActor: true } y && x.Kind == y.Kind;
}
