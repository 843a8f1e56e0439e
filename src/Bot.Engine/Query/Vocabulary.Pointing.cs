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

    /// <summary>
    /// "the first guy", "the second author", "the latter man": which of the people the last answer named, in the order it named
    /// them (0 the first, -1 the last). Only before a word for a person: "the latter option" and "the first one" may be things,
    /// and "the former minister" is a title.
    /// </summary>
    public static readonly Dictionary<string, int> OrdinalPointers = new(StringComparer.Ordinal)
    {
        ["first"] = 0, ["second"] = 1, ["third"] = 2, ["former"] = 0, ["latter"] = -1,
    };

    /// <summary>Words for a person that an ordinal pointer stands before ("the second woman", "the first guy").</summary>
    public static readonly HashSet<string> PointedPersonNouns = new(StringComparer.Ordinal)
    {
        "guy", "man", "woman", "person", "author", "writer", "speaker", "lady", "dude", "fella", "chap", "gentleman",
    };
}
