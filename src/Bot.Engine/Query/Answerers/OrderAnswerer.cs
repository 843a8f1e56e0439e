using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "put these in order", "which came first", "how long after the announcement did the denial come?":
/// each thing the question names is found among the dated facts, then they are ordered (or the time
/// between two is worked out) from their dates, inferred years marked as such.
/// </summary>
internal static partial class OrderAnswerer
{
    /// <summary>What each word of a part said in its own stem adds: more than a few dozen words of length take off, less than a word.</summary>
    private const double OwnWordBonus = 0.05;

    /// <summary>At most this many named things are ordered.</summary>
    private const int MaxItems = 6;

    public static Reply Order(Turn t)
    {
        if (AmongShown(t) is { } among)
            return among;
        var dated = t.Index.Facts.Where(f => DateOf(f.Fact) is not null).ToList();
        var items = Items(t, dated);
        // "was it before or after the vote?": "it" is what the last answer spoke of.
        if (items.Count == 1 && t.Q.Tokens.Any(w => w is "it" or "that" or "this") && t.State.LastFact is { } last
            && DateOf(last.Fact) is not null && last != items[0])
            items.Insert(0, last);
        return items.Count < 2 ? TimeAnswerer.Timeline(t, [.. dated.Where(f => f.Fact is Event)]) : InOrder(t, items);
    }

    /// <summary>"Timeline: the vote, the strike, the resignation": the things a list names, in order, when it names at least two.</summary>
    public static Reply? Listed(Turn t)
    {
        var items = Items(t, [.. t.Index.Facts.Where(f => DateOf(f.Fact) is not null)]);
        return items.Count < 2 ? null : InOrder(t, items);
    }

    private static Reply InOrder(Turn t, List<IndexedFact> items)
    {
        var ordered = items.OrderBy(f => TimeAnswerer.SortKey(DateOf(f.Fact)!)).ToList();
        var answer = new AnswerBuilder();
        if (IntervalPattern().IsMatch(t.Q.Words) && Between(DateOf(ordered[0].Fact)!, DateOf(ordered[^1].Fact)!) is { } interval)
            answer.Add(Together.Contains(interval) ? $"{interval}:" : $"{interval} apart:");
        else
            answer.Add("In order:");
        var number = 1;
        foreach (var fact in ordered)
        {
            var line = $"({number++}) {TimeAnswerer.Line(fact)}";
            if (!answer.Add(AnswerBuilder.Shorten(line, ((Answer.MaxTextLength - 20) / ordered.Count) - 2), fact.Fact.Evidence))
                break;
        }
        Suggestions.Defaults(answer);
        return Replies.Facts(answer, ordered[^1], []);
    }

    /// <summary>The dated fact each part of the question names ("the mayor's announcement, the council's denial").</summary>
    private static List<IndexedFact> Items(Turn t, List<IndexedFact> dated)
    {
        var rest = CuePattern().Replace(t.Q.Text, " ");
        var items = new List<IndexedFact>();
        foreach (var part in SeparatorPattern().Split(rest).Where(p => p.Trim().Length > 0).Take(MaxItems))
        {
            if (Named(t, part, dated) is { } best && !items.Contains(best))
                items.Add(best);
        }
        return items;
    }

    /// <summary>The dated fact a part of a question names ("the mayor's announcement"), if one fits it.</summary>
    public static IndexedFact? Named(Turn t, string part, List<IndexedFact> dated) => Fitting(t, part, dated).FirstOrDefault();

    /// <summary>The dated facts that fit what a part of a question names, best first.</summary>
    public static IEnumerable<IndexedFact> Fitting(Turn t, string part, List<IndexedFact> dated)
    {
        // A part only names a thing: its strange words are phrasing ("comment"), unless they are a name.
        var parsed = t.Index.Parse(part);
        var q = parsed with { Residual = parsed.Residual.Except(parsed.ForeignStems).ToList() };
        if (parsed.ForeignNames.Count > 0 || !q.HasSubject)
            return [];
        // "the announcement": the fact "announced" before one only "stated", a synonym of it.
        return Rank(t.With(q), dated, bonus: f => q.Residual.Count(f.Stems.Contains) * OwnWordBonus)
            .Where(s => (q.Entities.Count == 0 || s.EntityCover > 0) && (q.Residual.Count == 0 || s.WordCover >= RankingPolicy.EnoughWords)
                && (q.Entities.Count > 0 || s.WordCover >= RankingPolicy.EnoughWords))
            .Select(s => s.Fact);
    }

    /// <summary>The time between two dates, as precisely as both allow ("one day", "about 4 years"); null when one is only a year apart from nothing.</summary>
    public static string? Between(FactDate first, FactDate last)
    {
        if (first.Day is { } d1 && last.Day is { } d2)
        {
            var days = (new DateOnly(last.Year, last.Month!.Value, d2).DayNumber - new DateOnly(first.Year, first.Month!.Value, d1).DayNumber);
            return days == 0 ? SameDay : Count(days, "day");
        }
        if (first.Month is { } m1 && last.Month is { } m2)
        {
            var months = ((last.Year - first.Year) * 12) + m2 - m1;
            return months == 0 ? SameMonth : Count(months, "month");
        }
        return last.Year == first.Year ? SameYear : "About " + Count(last.Year - first.Year, "year").ToLowerInvariant();
    }

    private const string SameDay = "On the same day";
    private const string SameMonth = "Within the same month";
    private const string SameYear = "Within the same year";

    /// <summary>Intervals saying two dates fall together, which "apart" would not fit.</summary>
    private static readonly HashSet<string> Together = new(StringComparer.Ordinal) { SameDay, SameMonth, SameYear };

    private static string Count(int n, string unit) =>
        Replies.Capitalize(n < Vocabulary.NumberWords.Length ? Vocabulary.NumberWords[n] : n.ToString(CultureInfo.InvariantCulture)) + " " + unit + (n == 1 ? "" : "s");

    [GeneratedRegex(@"^.*?\b(in (chronological |the right |what |which )?order|chronolog\w*|sequence|which (came|happened|was|occurred) (first|earlier|last|later)|how long (after|before|between)|how (many|much) (days|weeks|months|years|time)( passed| elapsed)?( between| after| before)?|(the|right|correct|what|which) order|order|sort)\b:?", RegexOptions.IgnoreCase)]
    private static partial Regex CuePattern();

    [GeneratedRegex(@"[,;:?]|\b(and|or|then|before|after|vs|versus|did|does|was|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\bhow (long|many|much)\b")]
    private static partial Regex IntervalPattern();
}
