using Bot.Engine.Model;

namespace Bot.Engine.Query;

public enum AnswerStatus { Answered, Unknown, Clarify }

/// <summary>
/// A platform-neutral answer: short text a user reads, the quotes it rests on, and follow-up
/// questions to offer. Adapters only translate it into their markup.
/// </summary>
public sealed record Answer(AnswerStatus Status, string Text, IReadOnlyList<Evidence> Evidence, IReadOnlyList<string> Suggestions)
{
    /// <summary>Longest answer text: short enough to read in a chat at a glance.</summary>
    public const int MaxTextLength = 600;

    public static string StatusName(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Unknown => "unknown",
        _ => "clarify",
    };
}
