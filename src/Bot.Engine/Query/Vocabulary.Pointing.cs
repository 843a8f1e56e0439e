namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>Pronouns by which a sentence speaks of a thing (not a person) named before it.</summary>
    public static readonly HashSet<string> ThingPronouns = new(StringComparer.Ordinal) { "it", "its" };

    /// <summary>Words opening a sentence that goes on about the one before it: "They now face ten years", "This was denied".</summary>
    public static readonly HashSet<string> BackPointingOpeners = new(StringComparer.Ordinal)
    {
        "they", "it", "he", "she", "this", "these", "those", "such", "its", "their", "his", "her",
    };

    /// <summary>Words that single out something already spoken of: "this ship", "these projects", "such vessels".</summary>
    public static readonly HashSet<string> PointingDeterminers = new(StringComparer.Ordinal) { "this", "these", "such" };

    /// <summary>Nouns after a pointing word that place a sentence in time ("this year", "this time by France"), pointing at no thing.</summary>
    public static bool IsPointedTime(string word) => TimeUnits.Contains(word) || PointedTimes.Contains(word);

    private static readonly HashSet<string> PointedTimes = new(StringComparer.Ordinal) { "time", "times", "point", "stage", "weeks", "years", "months", "days", "century", "era" };
}
