namespace Bot.Engine.Query;

/// <summary>Words that bear on checking a claim's details (year, figure, place, which one of a kind) against a sentence.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Words that set a claim's year as a bound or a comparison ("before 2016", "since 2012", "later than 2020"), not as
    /// the time it names: a sentence giving another year does not gainsay such a claim.
    /// </summary>
    public static readonly HashSet<string> YearBounds = new(StringComparer.Ordinal)
    {
        "before", "after", "since", "until", "till", "by", "than", "between", "from", "earlier", "later", "prior", "ago", "through", "within",
    };

    /// <summary>
    /// Words that tell one of a kind from another only relative to others or to now ("the new deal", "its first
    /// summit"): a sentence saying another of them may still speak of the same thing.
    /// </summary>
    public static readonly HashSet<string> RelativeModifiers = new(StringComparer.Ordinal)
    {
        "new", "old", "first", "last", "latest", "recent", "former", "current", "next", "previous", "earlier", "later", "second",
        "third", "big", "bigger", "biggest", "major", "main", "key", "large", "larger", "small", "smaller", "great", "greater",
        "top", "senior", "high", "higher", "low", "lower", "early", "late", "same", "other", "own", "whole", "entire", "full",
        "relevant", "related", "respective", "such", "certain", "particular", "specific", "various", "several", "many", "few",
    };

    /// <summary>
    /// Words a name or noun phrase opens after ("on treason charges", "the Eastern Harbour Board"), so that the word
    /// after them describes what follows rather than being a verb ("Varnia retains relations", "sought to cap it").
    /// </summary>
    public static readonly HashSet<string> BeforeModifier = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "in", "at", "of", "for", "with", "by", "from", "into", "its", "their", "his", "her", "our", "over", "against",
    };

    /// <summary>
    /// Words before a figure that make it a bound or a round guess ("more than 20 years", "about 500 ships"), which a
    /// sentence giving another figure of the same thing may still bear out.
    /// </summary>
    public static readonly HashSet<string> FigureBounds = new(StringComparer.Ordinal)
    {
        "than", "over", "under", "least", "most", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "past",
        "beyond", "below", "above", "like", "exceeding", "circa", "only", "just",
    };
}
