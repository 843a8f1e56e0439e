using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>"Did X end up signing?", "what did Y offer in return?": what came of something is asked, not the thing itself.</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// The doesn't-say for an answer that tells only what the article reports ("X refused to send troops") when the
    /// question asks how it turned out later, or what was given or said back for it: the answer must say the outcome or
    /// the exchange in words of that kind ("eventually", "in return", "replied").
    /// </summary>
    private static Reply? UntoldSequel(Turn t, Reply reply)
    {
        // "why is it so damaging, given what happened afterwards?": the reason is asked, the sequel only recalled.
        // "what happened next?" right after a sentence was shown asks what the article tells after it, which it can say.
        if (t.Q.Intent is Intent.Why || (t.Q.ContextSentence is not null && ContextResolver.AsksOnlyWhatCameNext(t.Q)) || AskedSequel(t.Q) is not { } told)
            return null;
        var said = Text.Tokenizer.Tokens(reply.Answer.Text + " " + string.Join(" ", reply.Answer.Evidence.Select(e => e.Quote)));
        return said.Any(told.Contains) ? null
            : Replies.Unknown(t, $"The article doesn't say what came of it. What it reports: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>The words an answer must say the outcome or exchange in, when the question asks one (see <see cref="Vocabulary.SequelPhrases"/>).</summary>
    internal static IReadOnlyCollection<string>? AskedSequel(ParsedQuestion q)
    {
        var words = " " + string.Join(' ', q.Tokens) + " ";
        var told = Vocabulary.SequelPhrases.Where(p => words.Contains(" " + p.Asked + " ", StringComparison.Ordinal)).SelectMany(p => p.Told).ToHashSet(StringComparer.Ordinal);
        return told.Count > 0 ? told : null;
    }
}
