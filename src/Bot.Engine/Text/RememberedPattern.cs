using System.Text.RegularExpressions;

namespace Bot.Engine.Text;

/// <summary>
/// A pattern whose matches are remembered by text: the checks ask it of the question's words again and again, for
/// every fact and sentence they test and for every time a chat repeats the question, and a text's match never changes.
/// </summary>
internal sealed class RememberedPattern(Regex pattern)
{
    /// <summary>Texts remembered (a full memo starts afresh), and the longest: a question's words are a sentence or two.</summary>
    private const int MaxRemembered = TextMemo.WorkingSet;
    private const int MaxRememberedLength = 1000;

    private readonly TextMemo<bool> _matches = new(MaxRemembered, MaxRememberedLength);

    public bool IsMatch(string text) => _matches.GetOrAdd(text, static (t, regex) => regex.IsMatch(t), pattern);
}
