namespace Bot.Engine.Query.Answerers;

/// <summary>"did X say 'Y'?" of an X no article mentions, where Y stands in the article: it is someone else's words.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// The quoted words found as they stand, with whoever the article gives them to (or the article's own voice), answer
    /// no when the only words no article uses are names of who said them: "was it Jo Bloggs who called it 'a farce'?".
    /// Null when the question quotes nothing found, asks nothing of saying, or lacks more than a name.
    /// </summary>
    internal static Reply? OtherSpeaker(Turn t, IReadOnlyList<string> missing)
    {
        if (t.Q.Quoted is null || missing.Count == 0 || !missing.All(m => t.Q.ForeignNames.Contains(m, StringComparer.OrdinalIgnoreCase))
            || !t.Q.Tokens.Any(w => Vocabulary.ReportingVerbs.Contains(Text.Stemmer.Stem(w))))
            return null;
        return QuoteFinder.Find(t, exactly: true) is { Answer.Status: AnswerStatus.Answered } found
            ? found with { Answer = found.Answer with { Text = AnswerBuilder.Shorten("No. " + found.Answer.Text, Answer.MaxTextLength) } }
            : null;
    }
}
