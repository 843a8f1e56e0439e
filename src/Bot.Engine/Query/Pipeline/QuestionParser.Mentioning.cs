using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

internal static partial class QuestionParser
{
    /// <summary>The verb of "does the article mention X?", "did the piece name X?" (lower case), else null.</summary>
    private static string? MentionVerbOf(string clean) =>
        MentionFrame().Match(clean) is { Success: true } frame ? frame.Groups["verb"].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^\W*(?:does|did|do) (?:the |this )?(?:article|authors?|text|piece|writers?) (?:also |even |actually |ever )?(?<verb>mention|name|cite|refer to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MentionFrame();
}
