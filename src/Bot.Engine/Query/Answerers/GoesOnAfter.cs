using System.Text.RegularExpressions;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// An answer resting on a sentence that leaves what is asked to the next one of its paragraph goes on with it:
/// "The quarrel is not simply about the fees." only denies the plain reading, and "It is more about who runs the quay."
/// says what it is about; "The mayor joined the council meeting." only sets the occasion, and news writing gives what
/// was said there after it ("When the chair turned to him, he said: “We will not pay.”").
/// </summary>
internal static partial class GoesOnAfter
{
    /// <summary>The reply with the next sentence of its paragraph, when the one it rests on leaves what is asked to it.</summary>
    public static Reply Extend(Turn t, Reply reply)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || t.Q.Intent is Intent.YesNo || reply.Answer.Evidence.Count == 0
            || ItemsAfter.Resting(t.Index, reply.Answer.Evidence[^1]) is not { } last
            || t.Index.Beside(last, 1) is not { } next || !next.SameParagraphAs(last) || !next.InBody
            || reply.Answer.Text.Contains(next.Sentence.Text, StringComparison.Ordinal)
            || !(Corrects(last, next) || QuotesAfterOccasion(t, last, next)))
            return reply;
        var text = next.Sentence.Text.TrimStart() is ['"' or '\u201C', ..] ? $"It goes on: {next.Sentence.Text}" : $"It goes on: \"{next.Sentence.Text}\"";
        return reply with
        {
            Answer = reply.Answer with { Text = $"{reply.Answer.Text} {text}", Evidence = [.. reply.Answer.Evidence, Replies.Evidence(next)] },
        };
    }

    /// <summary>Whether the sentence denies a plain reading and the next says what it is about instead.</summary>
    private static bool Corrects(IndexedSentence last, IndexedSentence next) =>
        DeniesPlainReading().IsMatch(last.Sentence.Text) && SaysInstead().IsMatch(next.Sentence.Text);

    /// <summary>
    /// Whether what someone said is asked, the sentence quotes no one, and the next quotes someone and names whom the
    /// question names.
    /// </summary>
    private static bool QuotesAfterOccasion(Turn t, IndexedSentence last, IndexedSentence next) =>
        t.Q.Entities.Count > 0 && AsksWhatWasSaid().IsMatch(t.Q.Words) && !QuotedSpeech().IsMatch(last.Sentence.Text)
        && QuotedSpeech().IsMatch(next.Sentence.Text) && t.Q.Entities.Any(next.Mentioned.Contains);

    /// <summary>"not simply about", "isn't just a matter of", "not merely because": the plain reading, denied.</summary>
    [GeneratedRegex(@"\b(?:not|n[’']t)\s+(?:simply|merely|just|only|solely|purely|so much)\s+(?:about|a matter of|a question of|because)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeniesPlainReading();

    /// <summary>"It is more about ...", "Rather, ...", "Instead ...": what it is about in the denial's place.</summary>
    [GeneratedRegex(@"\b(?:more|rather|really|mainly|mostly|chiefly|instead) about\b|^\W*(?:rather|instead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysInstead();

    /// <summary>"what did she say at the meeting?", "what has he told reporters?": what someone said is asked.</summary>
    [GeneratedRegex(@"^(?:and |so )?(?:what|whats) (?:did|does|do|has|have|had|was|is) (?:\w+ ){1,4}(?:say|said|tell|told)\b")]
    private static partial Regex AsksWhatWasSaid();

    /// <summary>Words in quotation marks: someone's own words.</summary>
    [GeneratedRegex("[\"\u201C][^\"\u201C\u201D]{4,}[\"\u201D]")]
    private static partial Regex QuotedSpeech();
}
