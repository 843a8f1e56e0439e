using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Words a question may open with that ask nothing themselves: a reply to the last answer, a call to check a claim, a stressing word.</summary>
internal static partial class QuestionParser
{
    [GeneratedRegex(@"^\W*(ok|okay|fine|alright|all right|well|hmm+|sure|got it|i see|interesting|cool|thanks|thank you|great|nice)\s*([,.!]+\s*|\s+(?=but\b|so\b|and\b|then\b|now\b))(but|and|then|now)?\s*(?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex ChatOpening();

    [GeneratedRegex(@"^\W*(so|confirm|verify|check|fact[- ]check|true or false|yes or no|quick check)\b\s*[:,-]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimOpening();

    [GeneratedRegex(@"^\W*(exactly|precisely|specifically|just)\s*,?\s+(?=(who|whom|whose|what|which|where|when|why|how)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StressBeforeQuestionWord();
}
