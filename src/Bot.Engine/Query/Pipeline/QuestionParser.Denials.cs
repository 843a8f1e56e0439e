using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Questions that open on a denied auxiliary ("Didn't X ...?", "Isn't X ...?"), read as the claim they lean to.</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// "Didn't X side with Y?", "Isn't X a Y?": a question opening on a denied auxiliary leans to the claim and asks
    /// whether it holds, as "X sided with Y, didn't it?" does; its "not" is no part of the claim, so the question is
    /// read with the auxiliary plain. A "not" later in the question ("did X not ...?") stays.
    /// </summary>
    private static string WithoutLeadingDenial(string text) =>
        LeadingDenial().Replace(text, m => m.Groups["lead"].Value + PlainAuxiliary(m.Groups["aux"].Value) + m.Groups["rest"].Value);

    /// <summary>The auxiliary a denied one denies: "wo(n't)" is "will", "ca(n't)" is "can"; the others keep their letters and case.</summary>
    private static string PlainAuxiliary(string aux) => aux.ToLowerInvariant() switch
    {
        "wo" => aux[0] == 'W' ? "Will" : "will",
        "ca" => aux[0] == 'C' ? "Can" : "can",
        _ => aux,
    };

    [GeneratedRegex(@"^(?<lead>\W*)(?<aux>did|does|do|is|was|were|are|has|have|had|could|would|should|wo|ca)n'?t(?<rest>\s)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDenial();
}
