using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>The deed a "which X did it?" question asks of the one to be singled out.</summary>
internal static partial class RefusalPolicy
{
    /// <summary>How many words after the kind asked its verb may stand: "which head of state invited", "which Ruritanian envoy first hosted".</summary>
    private const int KindToVerbReach = 3;

    /// <summary>
    /// "which minister opened the talks?", "what firm built the bridge?": the kind of doer asked is the subject, and the past verb
    /// after it is the deed whose doer is to be named, as a verb right after "who" is. One no article uses, nor a general
    /// synonym of it, is a deed the article does not report, however much it says of the talks or the bridge. An
    /// auxiliary first ("which law did they pass?") leaves the event to <see cref="AsksWhatHappened"/>; "which firm agreed
    /// to build it?" leaves it to the verb after "to"; a past form that is a title or body names no deed. Not a
    /// kind of thing ("what lesson taught the protests?"), which may stand before its verb as its object.
    /// </summary>
    private static string? DeedOfTheKind(ParsedQuestion q)
    {
        if (q.Intent is Intent.YesNo || q.Tokens[0] is not ("which" or "what") || q.AsksNameOf is not { } kind
            || Text.Stemmer.Stem(kind.ToLowerInvariant()) is var kindStem && !Answerers.AnswerChecks.IsActorKind(kindStem) && !Answerers.AnswerChecks.IsPersonKind(kindStem))
            return null;
        var at = q.Tokens.IndexOf(kind.ToLowerInvariant());
        for (var i = at + 1; at > 0 && i < q.Tokens.Count && i <= at + KindToVerbReach; i++)
        {
            var word = q.Tokens[i];
            if (Auxiliaries.Contains(word) || word is "who" or "that")
                return null;
            if (!IntentRecognizer.IsPastForm(word))
                continue;
            var stem = Text.Stemmer.Stem(word);
            return q.Foreign.Contains(word) && !(i + 1 < q.Tokens.Count && q.Tokens[i + 1] == "to") && !q.Synonymous.Contains(stem)
                && !q.RestatedAttributes.Contains(stem) && !Answerers.AnswerChecks.IsTitleOrBody(stem) ? word : null;
        }
        return null;
    }
}
