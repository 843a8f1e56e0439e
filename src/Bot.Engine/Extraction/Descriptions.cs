using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// What the article says an actor or topic is, in its own words: an appositive ("X, an alliance of ports,"),
/// a defining clause ("X, which links A and B", "X is the largest port", "...; X as a supplier of grain"), else the
/// first clause where it is the subject, else the clause of the first sentence that names it. Titles and bios found earlier outrank these.
/// </summary>
internal static partial class Descriptions
{
    private const int ClauseWords = 20;
    private const int SentenceWords = 24;
    private const int InsertionWords = 12;

    /// <summary>"which X has": after a relative word the name is the subject of a clause about something else.</summary>
    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "which", "that", "who", "whom", "where", "whose", "what" };

    /// <summary>Adverbs that may stand between a subject and its verb ("X further widened", "X still holds").</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "also", "further", "still", "now", "already", "even", "never", "always", "long", "often", "then", "too" };

    public static void Describe(DraftContext context)
    {
        // The body first: a caption or the bio only describes what the body never does.
        var lines = context.Lines.OrderBy(l => l.Kind switch { BlockKind.Body => 0, BlockKind.Caption => 1, _ => 2 }).ToList();
        var standfirst = Standfirst.Of(context.Lines);
        foreach (var actor in context.Actors)
        {
            var spans = lines.Where(l => l != standfirst).SelectMany(l => l.Mentions.Where(m => m.Actor == actor.Id && !m.Possessive && !IsDemonym(l, m)).Select(m => (l, m.Start, m.End)));
            Offer(spans, actor.OfferRole);
        }
        foreach (var topic in context.Topics.All)
            Offer(lines.Where(l => l.IsReporting).SelectMany(l => Occurrences(l, topic.Name)), topic.Description.Offer);
    }

    /// <summary>Offers every phrase found at each span, in reading order; the receiver keeps the best.</summary>
    public static void Offer(IEnumerable<(Line Line, int Start, int End)> spans, Action<string, int, Line, string> offer)
    {
        foreach (var (line, start, end) in spans)
        {
            var text = line.Text;
            if (Appositive().Match(text, end) is { Success: true } appositive && !OpensList(text, appositive) && !HasVerb(appositive))
                offer(Body(appositive), RoleRank.Appositive, line, Quote(text, start, appositive));
            if (!IsModifier(line, start) && Relative().Match(text, end) is { Success: true } relative)
                offer(Body(relative), RoleRank.Defining, line, Quote(text, start, relative));
            var clauseStart = ClauseStart(text, start);
            if (OpensClause(line, clauseStart, start))
            {
                var after = PastInsertions(line, end);
                if (Copular().Match(text, after) is { Success: true } copular)
                    offer(Body(copular), RoleRank.Defining, line, Quote(text, start, copular));
                // "A as a supplier of troops, and B as a supplier of parts": what each acts as, with no verb.
                if (AsRole().Match(text, end) is { Success: true } asRole)
                    offer(Body(asRole), RoleRank.Defining, line, Quote(text, start, asRole));
                if (VerbFollows(line, after))
                    Offer(offer, RoleRank.Subject, line, Quotes.Clauses(text, start, end, SentenceWords, clauseStart, ClauseEnd(text, after)));
            }
            Offer(offer, RoleRank.Mention, line, Quotes.Clauses(text, start, end, SentenceWords));
        }
    }

    private static void Offer(Action<string, int, Line, string> offer, int rank, Line line, string quote) =>
        offer(quote.TrimEnd('.'), rank, line, quote);

    /// <summary>Where a name occurs as a whole word (any case for a lower-case name).</summary>
    public static IEnumerable<(Line Line, int Start, int End)> Occurrences(Line line, string name)
    {
        var comparison = char.IsLower(name[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var at = line.Text.IndexOf(name, comparison); at >= 0; at = line.Text.IndexOf(name, at + 1, comparison))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(line.Text[at - 1])) && (end == line.Text.Length || !char.IsLetterOrDigit(line.Text[end])))
                yield return (line, at, end);
        }
    }

    /// <summary>"Chilean" in "Chilean ports" stands for the country only as an adjective.</summary>
    private static bool IsDemonym(Line line, Mention mention) =>
        ActorFinder.CountryOf(line.Text[mention.Start..mention.End]) is { } country && country.Demonyms.Contains(line.Text[mention.Start..mention.End]);

    private static string Body(Match match) => Quotes.Clip(match.Groups["body"].Value, 0, match.Groups["body"].Length, ClauseWords).TrimEnd('.');

    private static string Quote(string text, int start, Match match) =>
        Quotes.Clip(text, start, match.Groups["body"].Index + match.Groups["body"].Length, ClauseWords + 8);

    /// <summary>"X, the port and Y": a comma followed by "and" lists names, it does not describe one.</summary>
    private static bool OpensList(string text, Match match)
    {
        var after = text[(match.Index + match.Length)..].TrimStart();
        return after.StartsWith("and ", StringComparison.Ordinal) || after.StartsWith("or ", StringComparison.Ordinal)
            || match.Groups["body"].Value.Contains(" and the ", StringComparison.Ordinal);
    }

    /// <summary>"According to X, the plan is late": a clause with its own verb after the comma is the main clause, no appositive.</summary>
    private static bool HasVerb(Match match) =>
        Words.Split(match.Groups["body"].Value).Any(w => NewsWords.Auxiliaries.Contains(w.Text) && w.Text is not "also");

    /// <summary>"the invasion of X, which ..." and "A and X, which ...": the clause is about something larger than the name.</summary>
    private static bool IsModifier(Line line, int start)
    {
        var before = line.Words.Where(w => w.End <= start).Select(w => w.Lower).Reverse().Take(2).ToList();
        if (before.Count > 0 && before[0] == "the")
            before.RemoveAt(0);
        return before.Count > 0 && before[0] is "of" or "and" or "or" or "&";
    }

    /// <summary>Only function words (not prepositions) or a courtesy title ("Mr") stand between the clause's start and the name: it is the subject.</summary>
    private static bool OpensClause(Line line, int from, int start) =>
        line.Words.Where(w => w.Start >= from && w.End <= start)
            .All(w => (NewsWords.IsFunctionWord(w.Text) || NewsWords.Honorifics.Contains(w.Text)) && !NewsWords.Prepositions.Contains(w.Text) && !w.Possessive && !RelativeWords.Contains(w.Text));

    private static int ClauseEnd(string text, int from)
    {
        var end = ClauseMarks.Next(text, [',', ';', ':', '\u2013', '\u2014'], from);
        return end < 0 ? text.Length : end;
    }

    private static int ClauseStart(string text, int start)
    {
        var from = ClauseMarks.Previous(text, [',', ';', ':', '(', '\u2013', '\u2014'], Math.Max(start - 1, 0)) + 1;
        return from > start ? 0 : from;
    }

    /// <summary>Past "(ABC)" and a short inserted phrase (", loosely modelled on Y,") after a name, to where its verb would stand.</summary>
    private static int PastInsertions(Line line, int end)
    {
        var text = line.Text;
        var at = end;
        if (Bracket().Match(text, at) is { Success: true } bracket)
            at = bracket.Index + bracket.Length;
        if (Insertion().Match(text, at) is { Success: true } insertion && Words.Split(insertion.Value).Count <= InsertionWords)
            at = insertion.Index + insertion.Length;
        return at;
    }

    /// <summary>A verb right after the name (past an adverb): "X has", "X rejected", "X plays".</summary>
    private static bool VerbFollows(Line line, int end)
    {
        var following = line.Words.Where(w => w.Start >= end).ToList();
        if (following.Count == 0 || line.Text[end..following[0].Start].Trim().Length > 0)
            return false;
        var next = following.SkipWhile(w => w.Lower.EndsWith("ly", StringComparison.Ordinal) || Adverbs.Contains(w.Text)).FirstOrDefault();
        if (next.Text is null || next.IsCapitalized)
            return false;
        var word = next.Text;
        return NewsWords.Auxiliaries.Contains(word) || Verbs.IsReporting(word)
            || (!NewsWords.IsFunctionWord(word) && (word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))));
    }

    [GeneratedRegex(@"\G\s*\([^()]{1,40}\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\G,\s+(?!and\b|or\b|but\b|which\b|who\b)\p{Ll}(?:[^,;:()]|" + ClauseMarks.ThousandsComma + @")*,(?!\d)")]
    private static partial Regex Insertion();

    [GeneratedRegex(@"\G,\s+(?<body>(?:the|a|an)\s+\p{Ll}(?:[^,;:()\u2013\u2014]|" + ClauseMarks.ThousandsComma + @")*?)(?=,(?!\d)|;|:|\s[\u2013\u2014-]\s|\.$|$)")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\G,\s+(?:which|who)\s+(?:(?:is|are|was|were)\s+(?=\p{Ll}))?(?<body>(?:[^,;:()\u2013\u2014]|" + ClauseMarks.ThousandsComma + @")+)")]
    private static partial Regex Relative();

    [GeneratedRegex(@"\G\s+as\s+(?<body>(?:a|an)\s+\p{Ll}(?:[^,;:()\u2013\u2014]|" + ClauseMarks.ThousandsComma + @")*?)(?=,(?!\d)|;|:|\s[\u2013\u2014-]\s|\.$|$)")]
    private static partial Regex AsRole();

    [GeneratedRegex(@"\G\s+(?:is|was|remains|remained|has been|had been|has become|became)\s+(?:also\s+|now\s+|still\s+)?(?<body>(?:a|an|the)\s+(?:[^,;:()\u2013\u2014]|" + ClauseMarks.ThousandsComma + @")+)")]
    private static partial Regex Copular();
}
