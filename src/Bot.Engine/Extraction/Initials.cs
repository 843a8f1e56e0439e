namespace Bot.Engine.Extraction;

/// <summary>Whether a short word abbreviates a name: "hao" for "Harbour Audit Office", "pabu" for "Port Audit Bureau".</summary>
internal static class Initials
{
    /// <summary>
    /// The word's letters, in order, start the name's words or follow such a start within its word ("bu" of "Bureau");
    /// the first letter starts the name and most letters start a word, so an ordinary word in brackets is no acronym.
    /// </summary>
    public static bool Abbreviate(string word, string name)
    {
        var parts = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).ToArray();
        if (word.Length < 2 || parts.Length < 2 || char.ToLowerInvariant(word[0]) != parts[0][0])
            return false;
        return Match(word.ToLowerInvariant(), 1, parts, 0, 1, 1);
    }

    /// <summary>Matches the letters from <paramref name="letter"/> on, the last one matched being at <paramref name="at"/> in part <paramref name="part"/>.</summary>
    private static bool Match(string word, int letter, string[] parts, int part, int at, int starts)
    {
        if (letter == word.Length)
            return starts * 2 >= word.Length && starts >= 2;
        for (var next = part + 1; next < parts.Length; next++)
        {
            if (parts[next][0] == word[letter] && Match(word, letter + 1, parts, next, 1, starts + 1))
                return true;
        }
        var inside = parts[part].IndexOf(word[letter], at);
        return inside >= 0 && Match(word, letter + 1, parts, part, inside + 1, starts);
    }
}
