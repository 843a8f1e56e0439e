using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Claims after a result cue ("led to", "resulted in", "caused"): what is left there is often a bare noun phrase ("a
/// building boom"), which read alone as the answer to "why ...?" says nothing of what happened. Such a claim gets the
/// cue back as its verb ("It led to a building boom"), with the modal a relative clause put before the cue
/// ("..., which would surely have caused a strike" gives "It would surely have caused a strike").
/// </summary>
internal static partial class ExplanationFinder
{
    private static Explanation Resulted(Explanation explanation, string text, Match match)
    {
        var cue = match.Value.Trim();
        if (cue.EndsWith("that", StringComparison.Ordinal) || cue.EndsWith("why", StringComparison.Ordinal) || !IsBare(explanation.Evidence.Quote))
            return explanation;
        // The words between the relative pronoun and the cue (", which would surely have caused") are the claim's modal.
        var modal = RelativeSubject().Match(text[..match.Index]) is { Success: true } relative ? relative.Groups["modal"].Value.Trim() : "";
        return explanation with { Claim = $"It {AgreeingWithIt($"{(modal.Length > 0 ? modal + " " : "")}{cue}")} {explanation.Evidence.Quote}" };
    }

    /// <summary>
    /// The verb was written for the sentence's own subject, often plural ("tariffs, which have hampered imports"; "high
    /// rents lead to protests"): its first word takes the singular form "It" needs.
    /// </summary>
    private static string AgreeingWithIt(string verb)
    {
        var space = verb.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? verb : verb[..space];
        return SingularForms.TryGetValue(first, out var singular) ? singular + verb[first.Length..] : verb;
    }

    /// <summary>Plural and base forms that can open a result cue or the modal before it, with the form that goes after "It".</summary>
    private static readonly Dictionary<string, string> SingularForms = new(StringComparer.Ordinal)
    {
        ["have"] = "has", ["are"] = "is", ["were"] = "was", ["do"] = "does",
        ["lead"] = "leads", ["contribute"] = "contributes", ["mean"] = "means",
    };

    /// <summary>"a building boom in the capital": no auxiliary and no past form, so the phrase names a thing and says nothing.</summary>
    private static bool IsBare(string claim) =>
        Words.Split(claim).All(w => !NewsWords.Auxiliaries.Contains(w.Text) && !w.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
}
