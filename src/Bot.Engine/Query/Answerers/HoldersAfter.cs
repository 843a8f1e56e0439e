using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Who opposes the dam?" answered by a sentence that gives a side but no one on it ("Not everyone in the valley agrees.",
/// "Further concessions could fuel protests at home."): news writing names them in the sentences after it ("Jo Bloggs, a
/// farmer, calls it theft."). The answer goes on with those of its paragraph that each name someone new, up to one
/// turning to the other side.
/// </summary>
internal static class HoldersAfter
{
    /// <summary>
    /// The reply with the sentences after the one it rests on that name holders, when that one names none, or only says
    /// where they are ("Not everyone in the valley agrees").
    /// </summary>
    public static Reply Extend(Turn t, Reply reply)
    {
        if (t.Q.Intent is not (Intent.Opponents or Intent.Supporters) || reply.Answer.Status != AnswerStatus.Answered
            || reply.Answer.Evidence.Count != 1 || ItemsAfter.Resting(t.Index, reply.Answer.Evidence[0]) is not { } last
            || (NamesNew(t, last) && !StanceSentences.LeavesSideUnnamed(last.Sentence.Text)))
            return reply;
        var answer = new AnswerBuilder();
        answer.Add(reply.Answer.Text);
        var added = 0;
        for (var next = t.Index.Beside(last, 1); next is not null && added < ItemsAfter.Sentences && next.SameParagraphAs(last) && next.InBody
             && NamesNew(t, next) && !TurnsAgainst(next); next = t.Index.Beside(next, 1), added++)
        {
            if (!answer.Add(next.Sentence.Text, Replies.Evidence(next)))
                break;
        }
        if (added == 0)
            return reply;
        var built = answer.Build(reply.Answer.Status);
        return reply with { Answer = reply.Answer with { Text = built.Text, Evidence = [.. reply.Answer.Evidence, .. built.Evidence] } };
    }

    /// <summary>Whether the sentence opens turning against what came before ("Yet some MPs insist ..."): the other side.</summary>
    private static bool TurnsAgainst(IndexedSentence sentence) =>
        sentence.Stems is [var first, ..] && Vocabulary.Contrasts.Contains(first);

    /// <summary>Whether the sentence names an actor the question does not: someone who may hold the side asked about.</summary>
    private static bool NamesNew(Turn t, IndexedSentence sentence) =>
        sentence.Mentioned.Any(id => t.IsActor(id) && !t.Q.Entities.Contains(id) && !t.Index.IsAuthor(id));
}
