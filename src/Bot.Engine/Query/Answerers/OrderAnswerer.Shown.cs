using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Which leaders toured the region?" answered by "... such as Ana Pell (June 2023) and Tom Hale (May 2024)", then
/// "which of them went first?": "them" are the people the sentence just shown names, each with a date in brackets beside
/// the name, and those dates put them in order.
/// </summary>
internal static partial class OrderAnswerer
{
    /// <summary>
    /// The people of the sentence just shown in the order of the dates it puts in brackets after their names, or null when
    /// the question does not point back at them with "they" or "them", or the sentence dates fewer than two of them so.
    /// </summary>
    public static Reply? AmongShown(Turn t)
    {
        if (!t.Q.Mentions.Any(m => m.Pronoun is "plural") || t.State.LastSentence is not { } shown)
            return null;
        var text = shown.Sentence.Text;
        var dated = new List<(string Name, FactDate Date, string Written)>();
        foreach (Match bracket in BracketedDate().Matches(text))
        {
            if (Extraction.Dates.Find(bracket.Groups["date"].Value).FirstOrDefault(d => d.Year is not null) is not { Year: { } year } mention)
                continue;
            var before = text[..bracket.Index].TrimEnd();
            var named = shown.Mentioned.Select(t.Index.Find).FirstOrDefault(e => e is { IsPerson: true } && before.EndsWith(e.Name.Split(' ')[^1], StringComparison.Ordinal));
            if (named is not null && !dated.Any(d => d.Name == named.Name))
                dated.Add((named.Name, new FactDate(year, mention.Month, mention.Day, false), bracket.Groups["date"].Value.Trim()));
        }
        if (dated.Count < 2)
            return null;
        var ordered = dated.OrderBy(d => TimeAnswerer.SortKey(d.Date)).Select(d => $"{d.Name} ({d.Written})").ToList();
        var answer = new AnswerBuilder();
        answer.Add($"{ordered[0]} came first, then {string.Join(", ", ordered[1..])}.", Replies.Evidence(shown));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>A date in brackets: "(June 2023)", "(3 May 2024)".</summary>
    [GeneratedRegex(@"\((?<date>[^()]{4,20})\)")]
    private static partial Regex BracketedDate();
}
