using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

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
        HashSet<string>? told = null;
        foreach (var (asked, tells) in SpacedSequelPhrases)
        {
            if (words.Contains(asked, StringComparison.Ordinal))
                (told ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(tells);
        }
        return told is { Count: > 0 } ? told : null;
    }

    /// <summary>
    /// <see cref="Vocabulary.SequelPhrases"/> with a space either side, as whole words are found in a question's
    /// spaced words: written once, as every answer checks them.
    /// </summary>
    private static readonly (string Asked, string[] Told)[] SpacedSequelPhrases = [.. Vocabulary.SequelPhrases.Select(p => (" " + p.Asked + " ", p.Told))];

    /// <summary>
    /// "What did X and Y agree on in Lorvik?", "what came out of the talks?": what a meeting settled or brought about is
    /// asked; an answer that only tells of the meeting ("the much-awaited summit in Lorvik") does not say it. It must say
    /// what was agreed, signed or pledged, or what resulted.
    /// </summary>
    private static Reply? UntoldSettlement(Turn t, Reply reply)
    {
        if (!AsksSettlement(t.Q))
            return null;
        var said = Words.Stems(reply.Answer.Text + " " + string.Join(" ", reply.Answer.Evidence.Select(e => e.Quote)));
        return said.AnyIn(Vocabulary.SettlementTold) ? null
            : Replies.Unknown(t, $"The article doesn't say what came of it. What it reports: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>
    /// Whether the question opens on "what" and asks what was agreed or brought about ("what did they agree on?", "what
    /// results did the talks produce?", "what came out of it?"); "did they agree?" is a claim, checked as one.
    /// </summary>
    internal static bool AsksSettlement(ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var start = tokens.Count > 0 && tokens[0] is "and" or "so" ? 1 : 0;
        if (q.Intent is Intent.YesNo or Intent.Why || tokens.Count <= start || tokens[start] is not ("what" or "wat"))
            return false;
        for (var i = start + 1; i < tokens.Count; i++)
        {
            if (Vocabulary.SettlementAsked.Contains(tokens[i])
                || (tokens[i] is "came" or "come" && i + 2 < tokens.Count && tokens[i + 1] == "out" && tokens[i + 2] == "of"))
                return true;
        }
        return false;
    }
}
