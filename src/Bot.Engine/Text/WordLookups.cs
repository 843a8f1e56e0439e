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

    /// <summary>Where the word first stands among the words, or -1: found in place, with no copy of the words to search.</summary>
    public static int IndexOf(this IReadOnlyList<string> words, string word, int from = 0)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i] == word)
                return i;
        }
        return -1;
    }

    /// <summary>Where the word last stands among the words, or -1.</summary>
    public static int LastIndexOf(this IReadOnlyList<string> words, string word)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (words[i] == word)
                return i;
        }
        return -1;
    }

    /// <summary>Where the first word from <paramref name="from"/> on that passes the test stands, or -1.</summary>
    public static int FindIndex(this IReadOnlyList<string> words, int from, Func<string, bool> test)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (test(words[i]))
                return i;
        }
        return -1;
    }

    /// <summary>Where the first word that passes the test stands, or -1.</summary>
    public static int FindIndex(this IReadOnlyList<string> words, Func<string, bool> test) => words.FindIndex(0, test);
}
