using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// The last stage: questions that cannot be answered as asked get their reply here (which one? who is
/// "he"? not in the article), and the rest go to the answerer of their intent.
/// </summary>
internal static class AnswererTable
{
    public static Reply Answer(Turn t)
    {
        var q = t.Q;
        if (q.Ambiguous is { } ambiguous)
            return Replies.Clarify(t, ambiguous);
        if (q.Unresolved is { } pronoun && q.Entities.Count == 0 && q.Intent is not (Intent.About or Intent.Author or Intent.Sections or Intent.Source))
            return Replies.Unknown(t, $"I'm not sure who \"{pronoun}\" means here. Could you name them?");
        if (q.LacksContext)
            return Replies.Unknown(t, "I'm not sure what that refers to. Could you ask about someone or something in the article?");
        var decision = RefusalPolicy.Decide(q);
        if (decision.Refused)
            return Replies.NotInArticle(t, decision.Missing);
        t = t.With(decision.Question);
        if (t.Q.Entities.Count == 0 && EntityKinds.AsksForEntities(t.Q)
            && t.Q.Intent is Intent.Who or Intent.General or Intent.List or Intent.Count or Intent.WhoSaid or Intent.SpeakerSaid)
            return ListAnswerer.ListEntities(t);
        return t.Q.Intent switch
        {
            Intent.Help => ArticleAnswerer.Help(t, emptyQuestion: false),
            Intent.Captions => ArticleAnswerer.Captions(t),
            Intent.More => MoreAnswerer.More(t),
            Intent.About => ArticleAnswerer.About(t),
            Intent.Author => ArticleAnswerer.Author(t),
            Intent.Sections => ArticleAnswerer.Sections(t),
            Intent.Source => ArticleAnswerer.Source(t),
            Intent.YesNo => YesNoAnswerer.YesNo(t),
            Intent.WhoSaid => SpeechAnswerer.WhoSaid(t),
            Intent.Compare => CompareAnswerer.Compare(t),
            Intent.Relation => CompareAnswerer.Relationship(t),
            Intent.Count or Intent.List => ListAnswerer.Enumerate(t),
            Intent.Why => WhyAnswerer.Why(t),
            Intent.When => TimeAnswerer.When(t),
            Intent.OnDate => TimeAnswerer.OnDate(t),
            Intent.SpeakerSaid => SpeechAnswerer.SpeakerSaid(t),
            Intent.Supporters or Intent.Opponents => StanceAnswerer.Supporters(t),
            Intent.Position => StanceAnswerer.HeldPosition(t),
            Intent.Who => WhoAnswerer.Who(t),
            _ => GeneralAnswerer.General(t),
        };
    }
}
