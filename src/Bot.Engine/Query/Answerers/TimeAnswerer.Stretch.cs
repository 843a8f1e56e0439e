using System.Text.RegularExpressions;
using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>"A timeline from the mayor's announcement to the council's denial": what the article dates from the one to the other.</summary>
internal static partial class TimeAnswerer
{
    /// <summary>
    /// The two ends of a stretch of time, each naming a thing that happened: "from A to B", "between A and B", or after a
    /// timeline's own name, "timeline: A to B".
    /// </summary>
    [GeneratedRegex(@"\b(?:from|between)\s+(?<from>[^,;:?!]+?)\s+(?:to|until|till|through|and)\s+(?<to>[^,;:?!]+)|\b(?:timeline|chronology)\b(?:\s+(?:of|for))?\s*[:\-–—]?\s*(?<from>[^,;:?!]+?)\s+(?:to|until|till|through)\s+(?<to>[^,;:?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex StretchPattern();

    /// <summary>"Timeline: the vote, the strike, the resignation": a timeline's name, then a list of what it should hold.</summary>
    [GeneratedRegex(@"\b(?:timeline|chronology|sequence of events)\b[^,;]*?[:\-–—][^,;]+[,;]", RegexOptions.IgnoreCase)]
    private static partial Regex NamesSeveral();

    /// <summary>
    /// The dated facts from the event the question opens a stretch with to the one it closes it with, the two ends
    /// included whatever kind of fact they are; null unless the question names both, the closing one no earlier.
    /// </summary>
    internal static List<IndexedFact>? Stretch(Turn t)
    {
        if (StretchPattern().Match(t.Q.Text) is not { Success: true } ends)
            return null;
        var dated = t.Index.Facts.Where(f => DateOf(f.Fact) is not null).ToList();
        if (OrderAnswerer.Named(t, ends.Groups["from"].Value, dated) is not { } from)
            return null;
        // Of the facts the closing words fit, the best that comes after the opening one: "the council's denial" is not
        // the council's earlier vote.
        var start = SortKey(DateOf(from.Fact)!);
        if (OrderAnswerer.Fitting(t, ends.Groups["to"].Value, dated).FirstOrDefault(f => f != from && SortKey(DateOf(f.Fact)!) >= start) is not { } to)
            return null;
        var end = SortKey(DateOf(to.Fact)!);
        return [.. dated.Where(f => (f.Fact is Event || f == from || f == to) && SortKey(DateOf(f.Fact)!) is var key && key >= start && key <= end)
            .OrderBy(f => SortKey(DateOf(f.Fact)!))];
    }

    /// <summary>
    /// A stretch's facts as a timeline: all of them when they fit, else the first few and the closing one the question
    /// named, the rest kept for "more".
    /// </summary>
    private static Reply StretchTimeline(Turn t, List<IndexedFact> span)
    {
        var shown = span.Count <= MaxEventsListed ? span : [.. span.Take(MaxEventsListed - 1), span[^1]];
        var answer = new AnswerBuilder();
        var share = AnswerBuilder.Share(shown.Count);
        foreach (var fact in shown)
        {
            if (!answer.Add(AnswerBuilder.Shorten(Line(fact), share), fact.Fact.Evidence))
                break;
        }
        Suggestions.Defaults(answer);
        return Replies.Facts(answer, shown[0], span.Except(shown));
    }
}
