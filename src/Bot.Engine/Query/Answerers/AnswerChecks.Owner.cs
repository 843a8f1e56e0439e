namespace Bot.Engine.Query.Answerers;

/// <summary>A kind of person written after its owner: "the regime's officers" asks for no office to be named.</summary>
internal static partial class AnswerChecks
{
    /// <summary>Whether the question writes the word before a kind of person as its owner ("the regime's officers").</summary>
    internal static bool OwnerOf(string question, string modifier, string kind) =>
        question.Contains($"{modifier}'s {kind}", StringComparison.OrdinalIgnoreCase) || question.Contains($"{modifier}\u2019s {kind}", StringComparison.OrdinalIgnoreCase);
}
