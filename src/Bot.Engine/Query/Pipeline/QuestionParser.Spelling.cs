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
        if (!tokens.Exists(token => Vocabulary.Abbreviations.ContainsKey(token)))
            return tokens;
        var spelled = new List<string>(tokens.Count + 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Vocabulary.Abbreviations.TryGetValue(tokens[i], out var words) && !index.Knows(Stemmer.Stem(tokens[i].ToLowerInvariant()))
                && !(i > 0 && tokens[i - 1].AnyChar(char.IsDigit)))
                spelled.AddRange(words);
            else
                spelled.Add(tokens[i]);
        }
        return spelled;
    }

    /// <summary>
    /// "code names", "cease fire": a compound typed as two words, read as the one word the articles (or their synonyms)
    /// write. Only where one of the two is a word the articles don't use, so two words they do use stay two; the second
    /// may be a word of no weight alone ("names", "man").
    /// </summary>
    private static List<string> WithOpenCompoundsClosed(KnowledgeIndex index, List<string> tokens)
    {
        List<string>? closed = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && ClosedCompound(index, tokens[i], tokens[i + 1]) is { } compound)
            {
                closed ??= tokens[..i];
                closed.Add(compound);
                i++;
            }
            else
                closed?.Add(tokens[i]);
        }
        return closed ?? tokens;
    }

    private static string? ClosedCompound(KnowledgeIndex index, string first, string second)
    {
        if (!IsPlainWord(first) || !IsPlainWord(second) || Vocabulary.Stopwords.Contains(first))
            return null;
        if (index.Knows(Stemmer.Stem(first)) && index.Knows(Stemmer.Stem(second)))
            return null;
        var joined = first + second;
        var stem = Stemmer.Stem(joined);
        return !Vocabulary.Stopwords.Contains(joined) && (index.KnownWords.Contains(joined) || index.Knows(stem) || index.KnowsParaphrase(stem)) ? joined : null;
    }

    /// <summary>
    /// "counterattacks" where the articles write "counter attacks": a word no article uses (nor a synonym of it), read
    /// as the two words they write for it.
    /// </summary>
    private static List<string> WithClosedCompoundsOpened(KnowledgeIndex index, List<string> tokens)
    {
        List<string>? opened = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsPlainWord(tokens[i]) && Stemmer.Stem(tokens[i]) is var stem && !index.Knows(stem) && index.OpenCompound(stem) is var (first, second))
            {
                opened ??= tokens[..i];
                opened.Add(first);
                opened.Add(second);
            }
            else
                opened?.Add(tokens[i]);
        }
        return opened ?? tokens;
    }

    /// <summary>A lowercase word of letters only: a capitalised one may be part of a name ("Port Land").</summary>
    private static bool IsPlainWord(string token) => token.Length > 1 && token.AllChars(char.IsLower);

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
