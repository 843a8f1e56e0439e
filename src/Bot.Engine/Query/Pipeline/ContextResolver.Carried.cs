using System.Text.RegularExpressions;
using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "and Borduria?" after a question asks the same of Borduria, so it takes the last question's intent. A "why" is not
/// taken by a fragment that names a thing of Borduria's: "And Borduria's part?" after "why can't Ruritania do it
/// itself?" asks what Borduria's part is, not why.
/// </summary>
internal static partial class ContextResolver
{
    private static bool TakesLastIntent(ParsedQuestion q, ConversationState state) =>
        q.FollowUpShape && q.Intent is Intent.General && state.LastIntent is not Intent.General
        && !(state.LastIntent is Intent.Why && q.Mentions.Any(m => m.Pronoun is null) && PossessiveNoun().IsMatch(q.Text));

    /// <summary>"Borduria's part", "Borduria’s role": a name with "'s" and a word after it.</summary>
    [GeneratedRegex(@"\w['’]s\s+\w")]
    private static partial Regex PossessiveNoun();
}
