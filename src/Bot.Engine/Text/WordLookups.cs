namespace Bot.Engine.Text;

/// <summary>
/// Whether any, all or how many of some words are in a set, read by index: <c>words.Any(set.Contains)</c> makes a
/// delegate of the set's method every time it runs, which the runtime binds through a slow lookup, and an enumerator
/// besides. Questions ask these of their words dozens of times each.
/// </summary>
public static class WordLookups
{
    public static bool AnyIn(this IReadOnlyList<string> words, HashSet<string> set)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (set.Contains(words[i]))
                return true;
        }
        return false;
    }

    public static bool AllIn(this IReadOnlyList<string> words, HashSet<string> set)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!set.Contains(words[i]))
                return false;
        }
        return true;
    }

    public static int CountIn(this IReadOnlyList<string> words, HashSet<string> set)
    {
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (set.Contains(words[i]))
                count++;
        }
        return count;
    }
}
