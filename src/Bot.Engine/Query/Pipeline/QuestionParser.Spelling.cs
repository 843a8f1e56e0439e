using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Words typed short or in chat spelling, read as the words articles write.</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// "the PM", "kz fm": a short title as the words articles write, unless the articles use the short form themselves
    /// ("at 5 pm" is a time, not a title).
    /// </summary>
    private static List<string> WithAbbreviationsSpelledOut(KnowledgeIndex index, List<string> tokens)
    {
        if (!tokens.Exists(Vocabulary.Abbreviations.ContainsKey))
            return tokens;
        var spelled = new List<string>(tokens.Count + 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Vocabulary.Abbreviations.TryGetValue(tokens[i], out var words) && !index.Knows(Stemmer.Stem(tokens[i].ToLowerInvariant()))
                && !(i > 0 && tokens[i - 1].Any(char.IsDigit)))
                spelled.AddRange(words);
            else
                spelled.Add(tokens[i]);
        }
        return spelled;
    }

    private static string ReadChatSpelling(string token) =>
        HasLowercase(token) && Vocabulary.ChatSpellings.TryGetValue(token.ToLowerInvariant(), out var word) ? word : token;

    // A plain loop: this runs for every word of every question.
    private static bool HasLowercase(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
                return true;
        }
        return false;
    }
}
