using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

internal static partial class RefusalPolicy
{
    /// <summary>
    /// "when did the strike start?": a verb saying only that something began or took place asks for the date of what it
    /// names, which is the point, whether or not the articles use that verb. "when did it end?" asks for another date,
    /// so an ending stays what is asked.
    /// </summary>
    private static ParsedQuestion WithoutOnsetVerbs(ParsedQuestion q)
    {
        if (q.Intent is not Intent.When || !q.Foreign.AnyIn(OnsetVerbs))
            return q;
        return WithoutOnsetVerbsBesideKnown(q);
    }

    /// <summary>
    /// Only beside a word the articles use: "when did the walkout start?" of an article that never says "walkout" asks what it lacks.
    /// Apart from <see cref="WithoutOnsetVerbs"/> so that its lambda is made only for such questions, not for every one.
    /// </summary>
    private static ParsedQuestion WithoutOnsetVerbsBesideKnown(ParsedQuestion q) =>
        !q.Residual.Any(stem => !q.ForeignStems.Contains(stem)) ? q : Without(q, [.. q.Foreign.Where(w => OnsetVerbs.Contains(w))]);

    private static readonly HashSet<string> OnsetVerbs = new(StringComparer.Ordinal)
    {
        "start", "starts", "started", "begin", "begins", "began", "begun", "commence", "commenced", "happen", "happens", "happened",
        "occur", "occurs", "occurred", "erupt", "erupted", "kick", "kicked",
    };
}
