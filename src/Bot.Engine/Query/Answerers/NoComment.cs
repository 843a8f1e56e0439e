namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "X did not respond to requests for comment", "X declined to comment": the article reporting that someone said
/// nothing answers what they said, or whether they said anything.
/// </summary>
internal static partial class NoComment
{
    /// <summary>The first sentence naming the actor (or one of its people) that reports them saying nothing, if any.</summary>
    public static IndexedSentence? Of(KnowledgeIndex index, string actor) =>
        index.Sentences.FirstOrDefault(s => s.InBody && Declined().IsMatch(s.Sentence.Text)
            && s.Mentioned.Any(id => id == actor || index.Find(id) is { IsPerson: true } person && person.Affiliation == actor));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b((did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to|failed to) (immediately )?(respond|reply|comment|answer)|declined (comment|requests? for comment)|could not be reached|no comment)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Declined();
}
