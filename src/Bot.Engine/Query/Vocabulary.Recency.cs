namespace Bot.Engine.Query;

/// <summary>Words that place a thing only by when the question is asked.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// "the recent meetings", "lately": said from the asker's now, which the article, dated by its own words, neither
    /// bears out nor gainsays; a claim is checked without them.
    /// </summary>
    public static readonly HashSet<string> RecencyStems = new(new[] { "recent", "recently", "lately", "latest" }.Select(Text.Stemmer.Stem), StringComparer.Ordinal);
}
