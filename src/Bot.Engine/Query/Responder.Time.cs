using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>Questions about dates: when something happened, and what happened on a date.</summary>
internal sealed partial class Responder
{
    private const int MaxEventsListed = 5;

    /// <summary>"On June 22 (2017), ..." at the start of a summary: the timeline already shows the date.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(In|On|Since|By)\s[^,]{0,40}\d[^,]{0,12},\s*")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();

    private Answer When(ParsedQuestion q)
    {
        if (q.ContextFact is { } context && DateOf(context.Fact) is { } known)
            return Dated(context, known, q);
        var pool = index.Facts.Where(f => DateOf(f.Fact) is not null);
        // "when was that?" after a fact without a date: the dated fact closest to it.
        var previous = q.ContextFact;
        var ranked = Rank(pool, q, bonus: previous is null ? null : f => 0.05 * f.Stems.Count(previous.Stems.Contains));
        if (previous is not null)
        {
            if (ranked.Count > 0 && ranked[0].EntityCover > 0)
                return Dated(ranked[0].Fact, DateOf(ranked[0].Fact.Fact)!, q);
            return Unknown(q, "The article doesn't give a date for that.");
        }
        var best = ranked.FirstOrDefault(s => Fits(s, q) && (q.Entities.Count == 0 || s.EntityCover > 0));
        if (best is null)
        {
            var what = q.Entities.Count > 0 ? $" for that about {index.NameOf(q.Entities[0])}" : " for that";
            return Unknown(q, $"The article doesn't give a date{what}.");
        }
        return Dated(best.Fact, DateOf(best.Fact.Fact)!, q);
    }

    private Answer Dated(IndexedFact fact, FactDate date, ParsedQuestion q)
    {
        var answer = new AnswerBuilder();
        answer.Add($"{Capitalize(DateText.Describe(date))}: {fact.Fact.Text}", fact.Fact.Evidence);
        Remember(fact, []);
        SuggestAbout(answer, fact.Declared.FirstOrDefault() ?? "", q.Intent);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer OnDate(ParsedQuestion q)
    {
        var dated = index.Facts.Where(f => f.Fact is Event && DateOf(f.Fact) is not null).ToList();
        if (q.Date is null)
            return Timeline(q, dated);
        var matching = dated.Where(f => DateText.Matches(DateOf(f.Fact)!, q.Date))
            .Where(f => q.Entities.Count == 0 || q.Entities.Any(e => f.EntityWeight(e) > 0))
            .OrderBy(f => SortKey(DateOf(f.Fact)!)).ToList();
        if (matching.Count == 0)
        {
            var statements = index.Facts.Where(f => f.Fact is Statement && DateOf(f.Fact) is { } d && DateText.Matches(d, q.Date)).ToList();
            matching = statements;
        }
        if (matching.Count == 0)
        {
            var answer = new AnswerBuilder();
            answer.Add($"The article doesn't report anything on {q.Date.Describe()}.");
            var dates = dated.Select(f => DateOf(f.Fact)!).OrderBy(SortKey).Select(DateText.Describe).Distinct().Take(6).ToList();
            if (dates.Count > 0)
                answer.Add($"The dates it mentions include {string.Join("; ", dates)}.");
            SuggestDefaults(answer);
            return answer.Build(AnswerStatus.Unknown);
        }
        var result = new AnswerBuilder();
        foreach (var fact in matching.Take(MaxEventsListed))
        {
            if (!result.Add($"{Capitalize(DateText.Describe(DateOf(fact.Fact)!))}: {fact.Fact.Text}", fact.Fact.Evidence))
                break;
        }
        Remember(matching[0], matching.Skip(MaxEventsListed));
        SuggestAbout(result, matching[0].Declared.FirstOrDefault() ?? "", q.Intent);
        return result.Build(AnswerStatus.Answered);
    }

    private Answer Timeline(ParsedQuestion q, List<IndexedFact> dated)
    {
        var events = dated.Where(f => q.Entities.Count == 0 || q.Entities.Any(e => f.EntityWeight(e) > 0))
            .OrderBy(f => SortKey(DateOf(f.Fact)!)).ToList();
        if (events.Count == 0)
            return Unknown(q, "The article reports no dated events for that.");
        var answer = new AnswerBuilder();
        foreach (var fact in events)
        {
            // One short line per event, so the whole span of dates fits; "tell me more" gives each in full.
            var line = $"{Capitalize(DateText.Describe(DateOf(fact.Fact)!))}: {Capitalize(LeadingDate().Replace(fact.Fact.Text, ""))}";
            if (!answer.Add(AnswerBuilder.Shorten(line, 80), fact.Fact.Evidence))
                break;
        }
        Remember(events[0], events.Skip(1));
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>Orders dates, putting a bare year before the months within it.</summary>
    internal static int SortKey(FactDate date) => (date.Year * 10_000) + ((date.Month ?? 0) * 100) + (date.Day ?? 0);
}
