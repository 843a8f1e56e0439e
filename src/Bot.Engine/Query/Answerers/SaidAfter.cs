using System.Text.RegularExpressions;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "The mayor joined the council meeting in Lorvik." then "When the chair turned to her, she said: “We will not pay.”":
/// news writing sets the occasion first and gives what was said there after it. Asked what someone said there, an answer
/// resting on the sentence that only sets the occasion goes on with the next one of its paragraph quoting them.
/// </summary>
internal static partial class SaidAfter
{
    /// <summary>The reply with the next sentence quoting whom the question names, when the one it rests on quotes no one.</summary>
    public static Reply Extend(Turn t, Reply reply)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || t.Q.Intent is Intent.YesNo || t.Q.Entities.Count == 0
            || reply.Answer.Evidence.Count == 0 || !AsksWhatWasSaid().IsMatch(t.Q.Words)
            || ItemsAfter.Resting(t.Index, reply.Answer.Evidence[^1]) is not { } last || QuotedSpeech().IsMatch(last.Sentence.Text)
            || t.Index.Beside(last, 1) is not { } next || !next.SameParagraphAs(last) || !next.InBody || !QuotedSpeech().IsMatch(next.Sentence.Text)
            || !t.Q.Entities.Any(next.Mentioned.Contains) || reply.Answer.Text.Contains(next.Sentence.Text, StringComparison.Ordinal))
            return reply;
        return reply with
        {
            Answer = reply.Answer with
            {
                Text = $"{reply.Answer.Text} It goes on: \"{next.Sentence.Text}\"",
                Evidence = [.. reply.Answer.Evidence, Replies.Evidence(next)],
            },
        };
    }

    /// <summary>"what did she say at the meeting?", "what has he told reporters?": what someone said is asked.</summary>
    [GeneratedRegex(@"^(?:and |so )?(?:what|whats) (?:did|does|do|has|have|had|was|is) (?:\w+ ){1,4}(?:say|said|tell|told)\b")]
    private static partial Regex AsksWhatWasSaid();

    /// <summary>Words in quotation marks: someone's own words.</summary>
    [GeneratedRegex("[\"\u201C][^\"\u201C\u201D]{4,}[\"\u201D]")]
    private static partial Regex QuotedSpeech();
}
