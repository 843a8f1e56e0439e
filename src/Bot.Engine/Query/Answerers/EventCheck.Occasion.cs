using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

internal static partial class EventCheck
{
    /// <summary>
    /// "how many died in the spring floods?": the occasion the question ends on ("in"/"during" a thing the article speaks
    /// of) must be said by the answer, in its words or a synonym's; a number of the dead in another fight is no answer.
    /// A place or a time ("in Lorvik", "in April", "in total") is no occasion: other checks judge those.
    /// </summary>
    public static bool MissesOccasion(Turn t, string answer)
    {
        var q = t.Q;
        if (!q.AsksAmount || q.Intent is Intent.YesNo or Intent.Order or Intent.OnDate || Occasion(q) is not { } occasion)
            return false;
        var stem = Stemmer.Stem(occasion);
        return (t.Index.Knows(stem) || (q.Foreign.Contains(occasion) && t.Index.KnowsSynonym(stem))) && !Says(t.Index, occasion, answer);
    }

    /// <summary>The noun the question ends on after "in" or "during", past pointing words, months and adjectives before it.</summary>
    private static string? Occasion(ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var end = tokens.Count - 1;
        if (end < 2 || InMention(q, end) || tokens[end].AnyChar(char.IsDigit) || NoOccasions.Contains(tokens[end])
            || Vocabulary.Stopwords.Contains(tokens[end]) || Vocabulary.MonthNames.ContainsKey(tokens[end]))
            return null;
        for (var i = end - 1; i >= Math.Max(1, end - OccasionReach); i--)
        {
            if (tokens[i] is "in" or "during")
                return tokens[end];
            // Only pointing words, months and words of substance may stand between: "in those april blasts", not "in which".
            if (InMention(q, i) || (Vocabulary.Stopwords.Contains(tokens[i]) && !Pointers.Contains(tokens[i]) && !Vocabulary.MonthNames.ContainsKey(tokens[i])))
                return null;
        }
        return null;
    }

    /// <summary>How many words may stand between "in" and the occasion's noun ("in those two april blasts").</summary>
    private const int OccasionReach = 4;

    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "the", "those", "these", "that", "this", "its", "their", "his", "her" };

    /// <summary>Words after "in" that say how much or when, not on what occasion: "in total", "in all", "in the end".</summary>
    private static readonly HashSet<string> NoOccasions = new(StringComparer.Ordinal)
    {
        "total", "all", "end", "sum", "year", "years", "month", "months", "week", "weeks", "day", "days", "future", "past", "time", "recent",
        "region", "country", "world", "area", "city", "town", "capital", "article", "piece", "report", "text", "story",
    };
}
