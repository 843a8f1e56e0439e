using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

internal static partial class QuestionParser
{
    /// <summary>How many letters a model designation's prefix runs to ("X-300", "Kv-9"; a bare acronym has none).</summary>
    private const int DesignationPrefixLength = 3;

    /// <summary>
    /// "is it sending x-300s?", "did they get k-9s?": a few letters, a hyphen and a number name a model of weapon or
    /// machine, however it is typed. The number part is a name, never phrasing: an article that never writes it says
    /// nothing of that model.
    /// </summary>
    internal static bool IsDesignation(string text, IReadOnlyList<string> tokens, int at) =>
        at > 0 && tokens[at].Length > 0 && char.IsAsciiDigit(tokens[at][0]) && tokens[at - 1] is { Length: > 0 and <= DesignationPrefixLength } prefix
        && prefix.AllChars(char.IsAsciiLetter) && text.Contains(prefix + "-" + tokens[at], StringComparison.OrdinalIgnoreCase);
}
