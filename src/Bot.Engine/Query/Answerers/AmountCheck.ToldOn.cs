namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Prosecutors charged six organisers. They now face up to ten years." asked "how many face charges, and how long
/// could they get?": the sentence after the one shown points back at it and gives a figure for words of the question it
/// does not say, so the answer goes on with it rather than leave that part unanswered.
/// </summary>
internal static partial class AmountCheck
{
    public static Reply WithFigureToldOn(Turn t, Reply reply)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || t.Q.Intent is Pipeline.Intent.YesNo || reply.Answer.Evidence.Count != 1
            || t.Index.SentenceShown(reply.Answer.Evidence[0], reply.Answer.Text) is not { } shown
            || t.Index.Beside(shown, 1) is not { } next || !next.SameParagraphAs(shown) || !OpensPointingBack(next.Sentence.Text)
            || !AmountsOf(next).HoldsAmount || reply.Answer.Text.Contains(next.Sentence.Text, StringComparison.Ordinal)
            || !t.Q.Residual.Any(w => t.Index.Covers(next.Stems, w) && !t.Index.Covers(shown.Stems, w)))
            return reply;
        var answer = new AnswerBuilder();
        answer.Add(reply.Answer.Text);
        if (!answer.Add(next.Sentence.Text, Replies.Evidence(next)))
            return reply;
        var built = answer.Build(reply.Answer.Status);
        return reply with { Answer = reply.Answer with { Text = built.Text, Evidence = [.. reply.Answer.Evidence, .. built.Evidence] } };
    }

    /// <summary>
    /// "Its spending will double this year. The sum is still small: about €5m." asked "how much money is its budget?":
    /// an answer that failed for want of the amount asked goes on with the next sentence of its paragraph when that one
    /// opens on what was just said ("It", "The sum") and the two together give it. Null when they do not. Only for a sum
    /// of money, which the check knows in any currency: "how long is the service?" is not answered by "it has long
    /// relied on service" however the next sentence counts its reserve.
    /// </summary>
    public static Reply? AmountToldOn(Turn t, Reply failed)
    {
        if (failed.Answer.Status != AnswerStatus.Answered || !AsksMoney(t.Q) || failed.Answer.Evidence.Count != 1
            || t.Index.SentenceShown(failed.Answer.Evidence[0], failed.Answer.Text) is not { } shown
            || t.Index.Beside(shown, 1) is not { } next || !next.SameParagraphAs(shown)
            || !(OpensPointingBack(next.Sentence.Text) || OpensOnTheAmount(next.Sentence.Text)) || !AmountsOf(next).HoldsAmount)
            return null;
        var answer = new AnswerBuilder();
        answer.Add($"The article says: \"{shown.Sentence.Text}\"", Replies.Evidence(shown));
        if (!answer.Add($"It goes on: \"{next.Sentence.Text}\"", Replies.Evidence(next)))
            return null;
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>Whether the sentence's first word points back at what was just said ("They", "It", "These").</summary>
    private static bool OpensPointingBack(string text) =>
        Text.Tokenizer.Tokens(text) is [var first, ..] && Vocabulary.BackPointingOpeners.Contains(first);

    /// <summary>"The sum is ...", "That figure ...": a sentence opening on a word for an amount already spoken of.</summary>
    private static bool OpensOnTheAmount(string text) =>
        Text.Tokenizer.Tokens(text) is ["the" or "that" or "this", var noun, ..] && AmountNouns.Contains(noun);

    /// <summary>Nouns that stand for an amount just given or about to be given.</summary>
    private static readonly HashSet<string> AmountNouns = new(StringComparer.Ordinal) { "sum", "total", "figure", "amount", "tally", "bill", "cost" };
}
