using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Questions about dates: when something happened, what happened on a date, and the timeline.</summary>
internal static partial class TimeAnswerer
{
    private const int MaxEventsListed = 5;

    /// <summary>A timeline line is cut to this length, so the whole span of dates fits; "tell me more" gives each in full.</summary>
    private const int TimelineLineLength = 80;

    /// <summary>"On June 22 (2017), ..." at the start of a summary: the timeline already shows the date.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(In|On|Since|By)\s[^,]{0,40}\d[^,]{0,12}(?:,\s*\d{4})?,\s*")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();

    public static Reply When(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        // "since when?" right after an answer: the date of what was just shown (or of the dated fact closest to it) is when it began.
        if (q.ContextFact is { } context && DateOf(context.Fact) is { } known)
            return Dated(t, context, known, shownJustBefore: true);
        var pool = index.Facts.Where(f => DateOf(f.Fact) is not null);
        // "when was that?" after a fact without a date: the dated fact closest to it.
        var previous = q.ContextFact;
        var ranked = Rank(t, pool, bonus: previous is null ? null
            : f => (0.05 * f.Stems.Count(previous.Stems.Contains)) + (previous.Declared.Overlaps(f.Declared) ? 0.5 : 0));
        // "when did X start rebuilding its army?": a caption's date is when its picture was taken, not when what is asked
        // happened, so the article's own telling comes first (a question about a picture is the captions' intent).
        // A stable partition, as ordering by it would be, without sorting the ranking a second time.
        ranked = [.. ranked.Where(s => !InCaption(s.Fact)), .. ranked.Where(s => InCaption(s.Fact))];
        if (previous is not null)
        {
            if (ranked.Count > 0 && ranked[0].EntityCover > 0)
                return Dated(t, ranked[0].Fact, DateOf(ranked[0].Fact.Fact)!, shownJustBefore: true);
            return Replies.Unknown(t, "The article doesn't give a date for that.");
        }
        var best = ranked.FirstOrDefault(s => Fits(s, q) && (q.Entities.Count == 0 || s.EntityCover > 0) && OfThePeopleAsked(t, s.Fact))
            // "when was the election in Ruritania?": an event saying all the rest dates it, though it leaves the place or
            // body out, unless it names another of its kind in its place. Of a person, what someone else did is no answer.
            ?? (q.Entities.Count > 0 && q.Residual.Any(w => !Occurrences.Contains(w)) && index.Find(q.Entities[0]) is not { IsPerson: true }
                ? ranked.FirstOrDefault(s => s.Fact.Fact is Event && s.WordCover >= RankingPolicy.AllWords && !NamesAnotherOfItsKind(index, s.Fact, q.Entities[0])) : null);
        // "it was in 2014, I think; when was it?": the year the user guessed does not choose the fact.
        if (best is null && q.Date is not null)
            return When(t.With(q with { Date = null }));
        if (best is null && DatedSentence(t) is { } sentence)
            return Replies.FromSentence(t, sentence);
        if (best is null)
        {
            var what = q.Entities.Count > 0 ? $" for that about {index.NameOf(q.Entities[0])}" : " for that";
            return Replies.Unknown(t, $"The article doesn't give a date{what}.");
        }
        var answering = DatedInWhatWasSaid(t, best.Fact, ranked) is var said && ReferenceEquals(said, best.Fact) ? TiedToAskedDeed(t, said) : said;
        return Dated(t, answering, DateOf(answering.Fact)!);
    }

    /// <summary>
    /// "when was X sworn in as prime minister?": a fact about another person, found by the rest of the question's names
    /// ("prime minister"), dates that person's deed, not X's, unless it names X too or a pronoun that may stand for X
    /// ("in June he visited the port twice").
    /// </summary>
    private static bool OfThePeopleAsked(Turn t, IndexedFact fact)
    {
        var asked = t.Q.Entities.Select(t.Index.Find).OfType<Entity>().Where(e => e.IsPerson).ToList();
        return asked.Count == 0 || !fact.Declared.Any(t.IsPerson)
            || asked.Any(p => fact.Declared.Contains(p.Id) || fact.Mentioned.Contains(p.Id))
            || Text.Tokenizer.Tokens(fact.Fact.Text).Any(w => Vocabulary.Pronouns.TryGetValue(w, out var kind) && asked.Any(p => p.FitsPronoun(kind)));
    }

    private static bool InCaption(IndexedFact fact) => fact.Article.Article.KindOf(fact.Fact.Evidence.Paragraph) == BlockKind.Caption;

    /// <summary>Words saying only that something took place ("when was it held?"): no word of what took place.</summary>
    private static readonly HashSet<string> Occurrences = Vocabulary.Stems("held", "hold", "happen", "happened", "occur", "occurred", "take", "took", "place", "start", "began", "begin");

    private static bool NamesAnotherOfItsKind(KnowledgeIndex index, IndexedFact fact, string id) =>
        fact.Declared.Concat(fact.Mentioned).Any(other => YesNoAnswerer.SameKind(index, other, id));

    /// <summary>Words that mark where something began: "since when" is answered only by a fact that has one.</summary>
    private static readonly HashSet<string> Beginnings = Vocabulary.Stems("since", "begin", "began", "start", "started", "inception", "became", "appointed", "launched", "founded");

    private static Reply Dated(Turn t, IndexedFact fact, FactDate date, bool shownJustBefore = false)
    {
        // "since when is X ambassador?": a date on which X spoke is not when X became one.
        if (!shownJustBefore && t.Q.Words.Contains("since when", StringComparison.Ordinal) && !fact.Stems.Overlaps(Beginnings))
            return Replies.Unknown(t, "The article doesn't say since when.");
        var answer = new AnswerBuilder();
        answer.Add($"{Replies.Capitalize(DateText.DescribeAsIn(date, fact.Fact.Text))}: {fact.Fact.Text}", fact.Fact.Evidence);
        Suggestions.About(t, answer, fact.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, fact, []);
    }

    public static Reply OnDate(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        var dated = index.Facts.Where(f => f.Fact is Event && DateOf(f.Fact) is not null).ToList();
        // A question of names alone is a timeline's, which looks for the stretch itself.
        if (q.Date is null && q.Residual.Count > 0 && Stretch(t) is { Count: >= 2 } span)
            return StretchTimeline(t, span);
        if (q.Date is null && NamesSeveral().IsMatch(q.Text) && OrderAnswerer.Listed(t) is { } listed)
            return listed;
        // "what happened to the villages?" names no date but what it asks about: the facts about that, not every event.
        if (q.Date is null && q.Residual.Count > 0)
            return GeneralAnswerer.General(t);
        if (q.Date is null)
            return Timeline(t, dated);
        // "a timeline from July to November": every event of the period, not those of its first month alone.
        var until = Until(q);
        var matching = dated.Where(f => until is null ? DateText.Matches(DateOf(f.Fact)!, q.Date) : InPeriod(DateOf(f.Fact)!, q.Date, until))
            .Where(f => q.Entities.Count == 0 || q.Entities.Any(e => f.EntityWeight(e) > 0))
            .OrderBy(f => SortKey(DateOf(f.Fact)!)).ToList();
        if (matching.Count == 0)
            matching = index.Facts.Where(f => f.Fact is Statement && DateOf(f.Fact) is { } d && DateText.Matches(d, q.Date)).ToList();
        // "what happened in Ruritania on 4 May?": on that date, even if the fact does not name the place.
        if (matching.Count == 0 && q.Entities.Count > 0)
            matching = [.. dated.Where(f => DateText.Matches(DateOf(f.Fact)!, q.Date)).OrderBy(f => SortKey(DateOf(f.Fact)!))];
        if (matching.Count == 0)
        {
            var answer = new AnswerBuilder();
            answer.Add($"The article doesn't report anything on {q.Date.Describe()}.");
            var dates = dated.Select(f => DateOf(f.Fact)!).OrderBy(SortKey).Select(DateText.Describe).Distinct().Take(6).ToList();
            if (dates.Count > 0)
                answer.Add($"The dates it mentions include {string.Join("; ", dates)}.");
            Suggestions.Defaults(answer);
            return new Reply(answer.Build(AnswerStatus.Unknown));
        }
        var result = new AnswerBuilder();
        // Each event gets its share of the answer: a long first one does not leave the next date out.
        var share = AnswerBuilder.Share(Math.Min(matching.Count, MaxEventsListed));
        foreach (var fact in matching.Take(MaxEventsListed))
        {
            if (!result.Add(AnswerBuilder.Shorten($"{Replies.Capitalize(DateText.Describe(DateOf(fact.Fact)!))}: {fact.Fact.Text}", share), fact.Fact.Evidence))
                break;
        }
        Suggestions.About(t, result, matching[0].Declared.FirstOrDefault() ?? "");
        return Replies.Facts(result, matching[0], matching.Skip(MaxEventsListed));
    }

    public static Reply Timeline(Turn t, List<IndexedFact> dated)
    {
        var q = t.Q;
        if (q.Date is null && Stretch(t) is { Count: >= 2 } stretch)
            return StretchTimeline(t, stretch);
        var events = dated.Where(f => q.Entities.Count == 0 || q.Entities.Any(e => f.EntityWeight(e) > 0))
            .OrderBy(f => SortKey(DateOf(f.Fact)!)).ToList();
        // "from X's remark to Y's warning": everything dated from the one's event to the other's, whoever it involves,
        // when so few happened between them that a short timeline holds them all.
        if (Ends(q) is var (first, last) && Span(events, first, last) is var (from, to)
            && dated.Where(f => SortKey(DateOf(f.Fact)!) is var key && key >= from && key <= to).OrderBy(f => SortKey(DateOf(f.Fact)!)).ToList()
                is { Count: <= MaxEventsListed } span)
            events = span;
        // "the 2023 visits in order": the events of that time, when the article dates any there.
        if (q.Date is { } period && events.Where(f => DateText.Matches(DateOf(f.Fact)!, period)).ToList() is { Count: > 0 } within)
            events = within;
        if (events.Count == 0)
            return Replies.Unknown(t, "The article reports no dated events for that.");
        var answer = new AnswerBuilder();
        foreach (var fact in events)
        {
            if (!answer.Add(AnswerBuilder.Shorten(Line(fact), TimelineLineLength), fact.Fact.Evidence))
                break;
        }
        Suggestions.Defaults(answer);
        return Replies.Facts(answer, events[0], events.Skip(1));
    }

    /// <summary>From the first event of one to the last of the other, if those come in that order.</summary>
    private static (int From, int To)? Span(List<IndexedFact> events, string first, string last)
    {
        var from = events.FirstOrDefault(f => f.EntityWeight(first) > 0);
        var to = events.LastOrDefault(f => f.EntityWeight(last) > 0);
        return from is null || to is null || SortKey(DateOf(from.Fact)!) >= SortKey(DateOf(to.Fact)!)
            ? null : (SortKey(DateOf(from.Fact)!), SortKey(DateOf(to.Fact)!));
    }

    /// <summary>"from X's remark to Y's warning", "between X and Y": the names that open and close a stretch of time.</summary>
    private static (string First, string Last)? Ends(Pipeline.ParsedQuestion q)
    {
        var opens = q.Tokens.FindIndex(w => w is "from" or "between");
        var closes = opens < 0 ? -1 : q.Tokens.FindIndex(opens + 1, w => w is "to" or "until" or "till" or "and");
        var first = q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Start > opens && m.Start < closes && m.Candidates.Count == 1);
        var last = q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Start > closes && m.Candidates.Count == 1);
        return closes < 0 || first is null || last is null ? null : (first.Candidates[0], last.Candidates[0]);
    }

    /// <summary>"June 22, 2017: the mayor announced ...": the date once, in front.</summary>
    public static string Line(IndexedFact fact) =>
        $"{Replies.Capitalize(DateText.DescribeAsIn(DateOf(fact.Fact)!, fact.Fact.Text))}: {Replies.Capitalize(LeadingDate().Replace(fact.Fact.Text, ""))}";

    /// <summary>Orders dates, putting a bare year before the months within it.</summary>
    /// <summary>
    /// The end of a period the question names after its first date ("from July to November"), if it names one; "2022
    /// onward" runs on to whatever the article dates last.
    /// </summary>
    internal static DateQuery? Until(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens.ToList();
        if (q.Date is { Tokens: [.., var last] } && last + 1 < tokens.Count && tokens[last + 1] is "onward" or "onwards")
            return OpenEnd;
        var at = tokens.FindLastIndex(w => w is "to" or "until" or "till" or "through" or "and");
        // "2014 through 2025" opens with its first date as "from 2014 to 2025" does with "from".
        var opened = tokens[..Math.Max(at, 0)].Any(w => w is "from" or "between" or "since") || (at > 0 && q.Date is { } start && start.Tokens.Contains(at - 1));
        return at > 0 && DateText.Find(tokens[(at + 1)..]) is { } end && opened && end != q.Date ? end : null;
    }

    /// <summary>The end of a period that runs on past every date an article gives.</summary>
    private static readonly DateQuery OpenEnd = new(9999, 12, 31, []);

    /// <summary>
    /// Whether a date falls from the first to the last asked; a side without a year takes the date's own. A date no finer
    /// than the start ("2014" of "from 2014") falls in it.
    /// </summary>
    internal static bool InPeriod(FactDate date, DateQuery from, DateQuery until) =>
        Key(from.Year ?? date.Year, from.Month ?? 0, from.Day ?? 0) <= SortKey(date) && SortKey(date) <= Key(until.Year ?? date.Year, until.Month ?? 12, until.Day ?? 31);

    private static int Key(int year, int month, int day) => (year * 10_000) + (month * 100) + day;

    public static int SortKey(FactDate date) => (date.Year * 10_000) + ((date.Month ?? 0) * 100) + (date.Day ?? 0);
}
