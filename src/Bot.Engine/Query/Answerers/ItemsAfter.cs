using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// A sentence that only announces what it speaks of ("Beyond the capital, the region harbours several disputes.",
/// "Its allies came to its aid.") is followed by the things themselves: an answer resting on it goes on with the
/// sentences after it in its paragraph, or, when it closes its paragraph, with the next one if that points back to it
/// ("This success set the tone ...").
/// </summary>
internal static partial class ItemsAfter
{
    /// <summary>How many sentences after the announcing one an answer goes on with.</summary>
    public const int Sentences = 3;

    /// <summary>
    /// The reply with the sentences after the one it rests on, when that one names no items of its own; a list
    /// question's answer always, any other only when the sentence announces a number of things ("several disputes").
    /// </summary>
    public static Reply Extend(Turn t, Reply reply, bool asksForItems)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || reply.Answer.Evidence.Count == 0
            || Resting(t.Index, reply.Answer.Evidence[^1]) is not { } last || Enumerations.Enumerates(last.Sentence.Text)
            || !(asksForItems || Announces(last.Sentence.Text)))
            return reply;
        var following = Following(t, last).Where(s => !reply.Answer.Evidence.Any(e => e.Quote == s.Sentence.Text)).ToList();
        if (following.Count == 0)
            return reply;
        var answer = new AnswerBuilder();
        answer.Add(reply.Answer.Text);
        foreach (var sentence in following)
        {
            if (!answer.Add(sentence.Sentence.Text, Replies.Evidence(sentence)))
                break;
        }
        var built = answer.Build(reply.Answer.Status);
        return reply with { Answer = reply.Answer with { Text = built.Text, Evidence = [.. reply.Answer.Evidence, .. built.Evidence] } };
    }

    /// <summary>
    /// The sentences after one in its paragraph, up to <see cref="Sentences"/>; for the last of a paragraph, the next
    /// paragraph's when it opens by pointing back. A series of names saying nothing of the question ends them, as it lists others.
    /// </summary>
    private static List<IndexedSentence> Following(Turn t, IndexedSentence sentence)
    {
        var index = t.Index;
        var run = new List<IndexedSentence>();
        var next = index.Beside(sentence, 1);
        if (next is not null && !next.SameParagraphAs(sentence) && !(next.Sentence.Paragraph == sentence.Sentence.Paragraph + 1 && PointsBack().IsMatch(next.Sentence.Text)))
            return run;
        for (var paragraph = next?.Sentence.Paragraph; next is not null && run.Count < Sentences && next.Sentence.Paragraph == paragraph && next.InBody
             && !Enumerations.ListsOthers(t, next); next = index.Beside(next, 1))
            run.Add(next);
        return run;
    }

    /// <summary>The article's sentence an evidence quotes from.</summary>
    public static IndexedSentence? Resting(KnowledgeIndex index, Model.Evidence evidence) =>
        evidence.Quote.Length == 0 ? null : index.InParagraph(evidence.Paragraph).FirstOrDefault(s => s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal));

    /// <summary>Whether a sentence speaks of a number of things without naming them ("numerous disputes", "two of its three prongs").</summary>
    public static bool Announces(string text) => Quantity().IsMatch(text);

    [GeneratedRegex(@"\b(?:several|numerous|many|various|multiple|a (?:number|series|range|host|handful) of|(?:two|three|four|five|six|seven|eight|nine|ten) (?:of|\w+s)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^[“""]?(?:This|These|That|Those|Such|It|They|Since then|By then)\b")]
    private static partial Regex PointsBack();
}
