using System.Text.RegularExpressions;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "The quarrel is not simply about the harbour fees." then "It is more about who runs the quay.": a sentence denying
/// the plain reading of something leaves what it is really about to the next one, so an answer resting on the denial
/// goes on with the sentence after it in its paragraph when that one says what it is about instead.
/// </summary>
internal static partial class CorrectionAfter
{
    /// <summary>The reply with the correcting sentence after the one it rests on, when that one only denies a plain reading.</summary>
    public static Reply Extend(Turn t, Reply reply)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || t.Q.Intent is Intent.YesNo || reply.Answer.Evidence.Count == 0
            || ItemsAfter.Resting(t.Index, reply.Answer.Evidence[^1]) is not { } last || !DeniesPlainReading().IsMatch(last.Sentence.Text)
            || t.Index.Beside(last, 1) is not { } next || !next.SameParagraphAs(last) || !next.InBody || !Corrects().IsMatch(next.Sentence.Text)
            || reply.Answer.Text.Contains(next.Sentence.Text, StringComparison.Ordinal))
            return reply;
        var text = next.Sentence.Text.TrimStart() is ['"' or '\u201C', ..] ? $"It goes on: {next.Sentence.Text}" : $"It goes on: \"{next.Sentence.Text}\"";
        return reply with
        {
            Answer = reply.Answer with { Text = $"{reply.Answer.Text} {text}", Evidence = [.. reply.Answer.Evidence, Replies.Evidence(next)] },
        };
    }

    /// <summary>"not simply about", "isn't just a matter of", "not merely because": the plain reading, denied.</summary>
    [GeneratedRegex(@"\b(?:not|n[’']t)\s+(?:simply|merely|just|only|solely|purely|so much)\s+(?:about|a matter of|a question of|because)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeniesPlainReading();

    /// <summary>"It is more about ...", "Rather, ...", "Instead ...": what it is about in the denial's place.</summary>
    [GeneratedRegex(@"\b(?:more|rather|really|mainly|mostly|chiefly|instead) about\b|^\W*(?:rather|instead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Corrects();
}
