using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

/// <summary>"What different ways of ending a war does she describe?": "different" meaning "various", not "unlike".</summary>
internal static partial class IntentRecognizer
{
    /// <summary>
    /// Whether "different" only says there are several of what is asked for ("which different tactics ...", "what are
    /// the different kinds of ..."): a comparison needs two sides, and a question that names no second one ("and",
    /// "or", "between", "vs") nor holds another word of comparing asks for the things, one by one.
    /// </summary>
    private static bool DifferentMeansVarious(string words) =>
        VariousPattern().IsMatch(words) && !SecondSide().IsMatch(words);

    [GeneratedRegex(@"^(what|which|wat|whats|name|list) ((are|were|is) )?(the |all the )?different (\w+ )?\w+s\b")]
    private static partial Regex VariousPattern();

    [GeneratedRegex(@"\b(and|or|between|vs|versus|against|compar\w*|differ|differs|difference|differences|contrast\w*|similar\w*|same)\b")]
    private static partial Regex SecondSide();
}
