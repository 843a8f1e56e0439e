namespace Bot.Engine.Text;

/// <summary>
/// Whether all or any characters of a word pass a test (<c>char.IsUpper</c>), read by index: <c>word.AllChars(char.IsUpper)</c>
/// boxes an enumerator of the string every time, and words are tested so, word by word, for every fact a question is
/// checked against.
/// </summary>
public static class CharTests
{
    /// <summary>Whether every character from <paramref name="from"/> on passes the test.</summary>
    public static bool AllChars(this string text, Func<char, bool> test, int from = 0)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!test(text[i]))
                return false;
        }
        return true;
    }

    /// <summary>Whether a character from <paramref name="from"/> on passes the test.</summary>
    public static bool AnyChar(this string text, Func<char, bool> test, int from = 0)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (test(text[i]))
                return true;
        }
        return false;
    }
}
