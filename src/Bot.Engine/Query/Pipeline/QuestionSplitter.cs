using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// Before parsing: a message asking two things ("who wrote it and where was it published?", "Who is X? What
/// did he say?", "who is X, where does she work?") becomes two questions, answered in turn. "the relationship between X and Y" stays one.
/// </summary>
internal static partial class QuestionSplitter
{
    /// <summary>The parts of a message, remembered by text: chats send the same messages again and again.</summary>
    public static IReadOnlyList<string> Split(string text) => Remembered.GetOrAdd(text, static (t, _) => SplitAfresh(t), false);

    /// <summary>Messages remembered with their parts (a full memo starts afresh), and the longest remembered.</summary>
    private static readonly TextMemo<string[]> Remembered = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);

    private static string[] SplitAfresh(string text)
    {
        var match = SecondQuestion().Match(text);
        if (!match.Success || match.Index == 0)
            return [text];
        var first = text[..match.Index].Trim();
        var second = text[(match.Index + match.Length)..].Trim();
        // "Where and when was it held?" is one question: a first part of a word or two asks nothing on its own.
        // "Who objected, and through which body?": after a comma, two words can ask something.
        var shortest = match.Value.StartsWith(',') ? 1 : 2;
        return AsksSomething().IsMatch(first) && first.Count(c => c == ' ') >= shortest && second.Length > 0 ? [first, second] : [text];
    }

    [GeneratedRegex(@"(,? and (then )?|[?;]\s*|(?<!\b[A-Za-z]\.[A-Za-z]|\b(Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Col|Prof|Gov|Sen|Rep|vs))\.\s+)(?=((through|by|for|with|from|to|under) )?(who|what|whats|when|where|why|which|how|whose|did|does|do|is|was|were|are|has|have)\b)|,\s+(?=(who|what|whats|when|where|why|how)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondQuestion();

    [GeneratedRegex(@"^\W*(who|what|whats|when|where|why|which|how|whose|did|does|do|is|was|were|are|has|have|tell|name|list|give)\b|\b(who|what|when|where|why|which|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSomething();
}
