namespace Bot.Engine.Query.Pipeline;

/// <summary>Words that only say where a question's date stands, not what happened then.</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// "the law dates from 2016", "a treaty dated to 1990": a verb that only places what it speaks of at the date after
    /// it, which the date itself says; a sentence need not use it, and a claim is checked by its date.
    /// </summary>
    private static bool SaysOnlyWhen(List<string> tokens, HashSet<int> covered, DateQuery? date, int at) =>
        date is not null && DatingVerbs.Contains(tokens[at]) && Enumerable.Range(at + 1, DatingReach).Any(covered.Contains);

    private static readonly HashSet<string> DatingVerbs = new(StringComparer.Ordinal) { "dates", "dated" };

    /// <summary>How far the date may stand after its verb: "dates from 2016", "dates back to 2016".</summary>
    private const int DatingReach = 3;
}
