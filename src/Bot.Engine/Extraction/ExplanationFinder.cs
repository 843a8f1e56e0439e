using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// The author's explanations: causal wording splits a sentence into a claim and its reasons ("X can be
/// explained by Y", "Y could explain X", "X because Y", "As Y, X", "Given Y, X", "Having done Y, X", "Y means that X",
/// "Y contributed to X", "X in a bid to Y", "X viewed Y as a way to Z");
/// a sentence opening with "Therefore" or "As a result" takes the sentence before as its reason, one opening "The aim
/// was to" its paragraph's first sentence as its claim.
/// </summary>
internal static partial class ExplanationFinder
{
    private const int AnaphorWords = 4;

    /// <summary>Words of a sentence opener before a "this" ("At the same time, this ...", "Here, this ...").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "same", "time", "here", "now", "yet", "still" };

    private static readonly HashSet<string> Demonstratives = new(StringComparer.OrdinalIgnoreCase) { "this", "these", "that", "those", "such", "it" };

    public static List<Explanation> Find(DraftContext context)
    {
        var explanations = new List<Explanation>();
        var claims = new Dictionary<(string, string), int>();
        foreach (var line in context.Reporting)
        {
            foreach (var (cue, order) in Cues)
            {
                var match = cue.Match(line.Text);
                if (!match.Success || InsideQuotation(line.Text, match.Index) || InsideParentheses(line.Text, match.Index) || Split(context, line, match, order) is not { } parts || IsFragment(parts.Claim))
                    continue;
                var made = order switch
                {
                    Order.Judged => Judged(Make(context, parts), match.Value),
                    Order.Result => Resulted(Make(context, parts), line.Text, match),
                    _ => Make(context, parts),
                };
                // "X's refusal ... can be explained by A", later "X's refusal ... can also be explained by B": one claim, two reasons.
                if (ClaimKey(parts.Claim) is { } key && claims.TryGetValue(key, out var at))
                    explanations[at] = explanations[at] with { About = [.. explanations[at].About.Union(made.About)], Reasons = [.. explanations[at].Reasons, .. made.Reasons] };
                else
                {
                    if (ClaimKey(parts.Claim) is { } first)
                        claims[first] = explanations.Count;
                    explanations.Add(made);
                }
                if (order == Order.ClaimFirst && ExplainedAside(context, line, match.Index + match.Length) is { } aside)
                    explanations.Add(aside);
                break;
            }
        }
        // "X is held back by several factors. First, ... Second, ...": the points are the reasons.
        foreach (var run in OrdinalRuns.Find(context).Where(r => r.Announcement is { } a && a.Words.Any(w => NewsWords.NumberWords.Contains(w.Text))))
        {
            var claim = run.Announcement!;
            var at = claim.Text.IndexOf(OrdinalRuns.Claim(claim), StringComparison.Ordinal);
            explanations.Add(Make(context, ((claim, at, claim.Text.Length), run.Points.Select(p => (p.Line, p.Start, p.Line.Text.Length)).ToList())));
        }
        return explanations;
    }

    /// <summary>
    /// "As X, Y faces a choice of A or B": a split that leaves the claim opening on "or"/"and"/"but" cut the sentence in
    /// the wrong place, so the cue was not a reason there. A sentence of its own may open on "But".
    /// </summary>
    private static bool IsFragment((Line Line, int Start, int End) claim) =>
        claim.Line.Words.FirstOrDefault(w => w.Start >= claim.Start && w.End <= claim.End) is { Lower: "or" or "and" or "but" or "nor" } first
        && claim.Line.Words.Any(w => w.End <= first.Start);

    /// <summary>
    /// X said the plan "weakens years of work" and left: a cue inside quoted words belongs to the speaker's phrase, and
    /// splitting there would cut the quotation in half, leaving neither part a claim or a reason one can read.
    /// </summary>
    private static bool InsideQuotation(string text, int at) =>
        text[..at].Count(c => c is '"' or '\u201C' or '\u201D') % 2 == 1;

    /// <summary>
    /// "Tolls rose (after a flood which led to repairs) last year": a cue inside brackets explains only the aside, and
    /// splitting there leaves a claim and a reason each with half a bracket.
    /// </summary>
    private static bool InsideParentheses(string text, int at) =>
        text[..at].Count(c => c == '(') > text[..at].Count(c => c == ')');

    /// <summary>Who holds the thing explained and what it is ("Ruritania's refusal"): claims alike in both are one claim.</summary>
    private static (string Actor, string Head)? ClaimKey((Line Line, int Start, int End) claim)
    {
        var words = claim.Line.Words.Where(w => w.Start >= claim.Start && w.End <= claim.End).ToList();
        var at = words.FindIndex(w => w.Possessive);
        if (at < 0 || at + 1 >= words.Count || NewsWords.IsFunctionWord(words[at + 1].Text) || words[at + 1].IsCapitalized)
            return null;
        var mention = claim.Line.Mentions.FirstOrDefault(m => m.Possessive && m.Start <= words[at].Start && m.End >= words[at].End);
        return mention is null ? null : (mention.Actor, words[at + 1].Lower);
    }

    private static ((Line Line, int Start, int End) Claim, List<(Line Line, int Start, int End)> Reasons)? Split(DraftContext context, Line line, Match match, Order order)
    {
        var text = line.Text;
        var end = text.Length;
        switch (order)
        {
            case Order.ClaimFirst:
                if (match.Value.StartsWith(", as ", StringComparison.Ordinal) && (IsOpeningPhrase(line, match.Index) || IsConformity(line, match.Index + match.Length)))
                    return null;
                if (SubjectOnly().IsMatch(text[..match.Index]) || FrontedClause().IsMatch(text[..match.Index]))
                    return null;
                return Parts(context, (line, 0, match.Index), Reasons(line, match.Index + match.Length, BeforeAside(text, match.Index + match.Length)));
            case Order.ReasonFirst or Order.Judged or Order.Result:
                // "For the town, therefore, X": a phrase framing whom the conclusion concerns is no reason; what went before is.
                if (order == Order.ReasonFirst && Framing().IsMatch(text[..match.Index]))
                    return context.Previous(line) is { } framed ? Parts(context, (line, match.Index + match.Length, end), [(framed, 0, framed.Text.Length)]) : null;
                // "A, which triggered B – ...": A is the reason, and B ends where the clause the pronoun opened closes.
                if (RelativeReasonEnd(text[..match.Index]) is var relative and >= 0)
                    return Parts(context, (line, match.Index + match.Length, ClauseEnd(text, match.Index + match.Length)), Reasons(line, 0, relative));
                return Parts(context, (line, match.Index + match.Length, end), Reasons(line, 0, match.Index));
            case Order.ReasonBefore:
                return context.Previous(line) is { } previous ? Parts(context, (line, match.Index + match.Length, end), [(previous, 0, previous.Text.Length)]) : null;
            case Order.ClaimOpening:
                return context.Opening(line) is { } opening ? Parts(context, (opening, 0, opening.Text.Length), Reasons(line, match.Index + match.Length, end)) : null;
            case Order.ClaimNamed:
                var named = match.Groups["claim"];
                return Parts(context, (line, named.Index, named.Index + named.Length), Reasons(line, match.Index + match.Length, end));
            case Order.Cleft:
                var (claimed, reason) = (match.Groups["claim"], match.Groups["reason"]);
                return Parts(context, (line, claimed.Index, claimed.Index + claimed.Length), Reasons(line, reason.Index, reason.Index + reason.Length));
            case Order.ClaimBefore:
                return context.Before(line) is { } before ? Parts(context, (before, 0, before.Text.Length), Series(line, match.Index + match.Length, end)) : null;
            default:
                // "Given the cost, ...", "In light of X, ...": a noun phrase, which ends at the first comma.
                var comma = NounOpener().IsMatch(match.Value) ? ClauseMarks.NextComma(text, match.Index + match.Length) : MainClauseComma(line, match.Index + match.Length);
                if (comma < 0 || IsAttribution(line, match.Index + match.Length, comma) || IsTemporalAs(match.Value, text[(comma + 1)..]))
                    return null;
                return Parts(context, (line, comma + 1, end), Reasons(line, match.Index + match.Length, comma));
        }
    }

    /// <summary>"This decision is driven by ...", "this has led to ...": a bare "this" stands for the sentence before, which is taken instead.</summary>
    private static (Line Line, int Start, int End) Resolve(DraftContext context, (Line Line, int Start, int End) part)
    {
        var words = part.Line.Words.Where(w => w.Start >= part.Start && w.End <= part.End).ToList();
        var at = words.FindIndex(w => Demonstratives.Contains(w.Text));
        var anaphoric = at >= 0 && words.Count - at <= AnaphorWords
            && (words.Take(at).All(w => NewsWords.IsFunctionWord(w.Text) || Openers.Contains(w.Text)) || OpensWithPhrase(part.Line.Text[part.Start..words[at].Start]))
            && words.Skip(at + 1).SkipLast(1).All(w => !NewsWords.Auxiliaries.Contains(w.Text));
        if (!anaphoric || context.Before(part.Line) is not { } before)
            return part;
        return (before, 0, before.Text.Length);
    }

    /// <summary>"Abroad, it ...": a phrase set off by a comma before the word leaves it the subject.</summary>
    private static bool OpensWithPhrase(string before) => before.TrimEnd().EndsWith(',') && before.Count(c => c == ',') == 1;

    private static ((Line, int, int), List<(Line, int, int)>)? Parts(DraftContext context, (Line Line, int Start, int End) claim, List<(Line Line, int Start, int End)> reasons)
    {
        claim = WithoutCauseHedge(WithoutAsides(Resolve(context, claim)));
        // "They point to." or "A; ; B": a part without a word gives no reason.
        reasons = reasons.Select(r => WithoutConcession(Resolve(context, r))).Where(r => Words.Split(r.Line.Text[r.Start..r.End]).Count > 0).ToList();
        var claimText = Quotes.Trim(claim.Line.Text[claim.Start..claim.End]);
        if (Words.Split(claimText).Count < 2 || reasons.Count == 0)
            return null;
        return (claim, reasons);
    }

    /// <summary>Reasons joined by "and" before a new possessor ("A and X's desire to ...") are two reasons.</summary>
    private static List<(Line, int, int)> Reasons(Line line, int start, int end)
    {
        var parts = new List<(Line, int, int)>();
        var from = start;
        foreach (var mention in line.Mentions.Where(m => m.Possessive && m.Start > start && m.End < end))
        {
            var before = line.Text[from..mention.Start];
            if (before.EndsWith(" and ", StringComparison.Ordinal) && Words.Split(before).Count >= 4)
            {
                parts.Add((line, from, mention.Start - 5));
                from = mention.Start;
            }
        }
        if (Words.Split(line.Text[from..end]).Count >= 2)
            parts.Add((line, from, end));
        return parts;
    }

    /// <summary>"A; B; C": parts set off by semicolons are reasons of their own.</summary>
    private static List<(Line, int, int)> Series(Line line, int start, int end)
    {
        var parts = new List<(Line, int, int)>();
        for (var at = line.Text.IndexOf("; ", start, StringComparison.Ordinal); at >= 0 && at < end; at = line.Text.IndexOf("; ", start, StringComparison.Ordinal))
        {
            parts.Add((line, start, at));
            start = at + 2;
        }
        parts.Add((line, start, end));
        return parts;
    }

    /// <summary>The comma that ends an opening "As ..." clause: the first after a verb, else the last.</summary>
    private static int MainClauseComma(Line line, int from)
    {
        var text = line.Text;
        var last = -1;
        for (var comma = ClauseMarks.NextComma(text, from); comma >= 0; comma = ClauseMarks.NextComma(text, comma + 1))
        {
            var clause = line.Words.Where(w => w.Start >= from && w.End <= comma);
            if (!ContinuesTheClause(line, comma) && clause.Any(w => NewsWords.Auxiliaries.Contains(w.Text) || w.Text.EndsWith("ed", StringComparison.Ordinal) || Verbs.IsReporting(w.Text)))
                return comma;
            last = comma;
        }
        return last;
    }

    /// <summary>
    /// "Having closed the mill, raised the rents and paid the debts, the town ...", "As the town has built a grand,
    /// newly painted, and costly hall, ...": a comma before another verb of a series, a modifier or an "and" ends no
    /// opening clause; the main clause opens on its subject.
    /// </summary>
    private static bool ContinuesTheClause(Line line, int comma) =>
        line.Words.FirstOrDefault(w => w.Start > comma) is { IsCapitalized: false } next
        && (next.Lower is "and" or "or" || (next.Lower.EndsWith("ly", StringComparison.Ordinal) && !MainClauseOpeners.Contains(next.Lower))
            || next.Lower.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>Words ending like an adverb that may open the main clause ("As costs rose, only the rich ...").</summary>
    private static readonly HashSet<string> MainClauseOpeners = new(StringComparer.Ordinal) { "only", "early" };

    /// <summary>"As X grows, Y will ...": an "as" clause before a forecast says when, not why.</summary>
    private static bool IsTemporalAs(string cue, string claim) =>
        cue.EndsWith("as", StringComparison.OrdinalIgnoreCase) && Forecast().IsMatch(claim);

    /// <summary>
    /// "Brek, which ships half its grain by river, fears that ...": before the cue stands only its subject with a
    /// relative aside, so the cue is the sentence's own verb and there is no claim it explains.
    /// </summary>
    [GeneratedRegex(@"^[^,;]+, (?:which|who) [^,;]+,\s*$")]
    private static partial Regex SubjectOnly();

    /// <summary>
    /// "Before the ties were severed due to X, the two had ...": a cue inside a clause the sentence opens with, before its
    /// comma, explains that clause, not the sentence; the words before the cue are no claim.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:But|And|Yet|Still|However|Indeed|Even), )?(?:Before|After|When|Whenever|While|Whilst|Although|Though|Even though|If|Unless|Until|Once)\b[^,;]*$")]
    private static partial Regex FrontedClause();

    [GeneratedRegex(@"^(?:For|In|To|On|At|With|Under|By|Among|Within)(?: [^\s,;]+){1,4}$")]
    private static partial Regex Framing();

    [GeneratedRegex(@"^[^,;]*?\bwill\b")]
    private static partial Regex Forecast();

    /// <summary>"As X noted, ..." attributes a view; it gives no reason. "As X have urged Y to do Z, ..." does.</summary>
    private static bool IsAttribution(Line line, int from, int to) =>
        EndsOnReporting(line.Text[from..to]) && line.Mentions.Any(m => m.Start >= from && m.End <= to);

    private static Explanation Make(DraftContext context, ((Line Line, int Start, int End) Claim, List<(Line Line, int Start, int End)> Reasons) parts)
    {
        var (claimLine, claimStart, claimEnd) = parts.Claim;
        var claimQuote = Quotes.Clip(claimLine.Text, Skip(claimLine.Text, claimStart), claimEnd);
        var reasons = parts.Reasons.Select(r =>
        {
            var quote = Quotes.Clip(r.Line.Text, Skip(r.Line.Text, r.Start), r.End);
            return new Reason(Capitalise(quote), context.Evidence(r.Line, quote));
        }).ToList();
        var actors = DraftContext.ActorsIn(claimLine, claimStart, claimEnd).Concat(parts.Reasons.SelectMany(r => DraftContext.ActorsIn(r.Line, r.Start, r.End))).Distinct().ToList();
        var topic = context.Topics.For(claimLine, claimStart, claimEnd);
        var subject = actors.Count > 0 ? context.Actor(actors[0]).Name + " " : "";
        var id = context.Ids.Make($"why {subject}{topic.Name}");
        return new Explanation(id, Capitalise(claimQuote), [.. actors, topic.Id], reasons, ["why"], context.Evidence(claimLine, claimQuote));
    }

    /// <summary>
    /// "The vague wording makes enforcement harder": the claim left after the cue has lost its verb ("enforcement harder"),
    /// so it gets one back ("Enforcement is harder") and keeps the cue's verb among its words, for "why does X make Y harder?".
    /// </summary>
    private static Explanation Judged(Explanation explanation, string cue)
    {
        var claim = explanation.Claim;
        var verb = cue.TrimStart().StartsWith("made", StringComparison.OrdinalIgnoreCase) ? "was " : "is ";
        var claimed = Judgement().Match(claim) is { Success: true, Index: > 0 } judged
            ? claim[..judged.Index] + verb + claim[judged.Index..]
            : claim;
        return explanation with { Claim = claimed, Keywords = [.. explanation.Keywords, MakeVerb] };
    }

    /// <summary>The cue verb of <see cref="Order.Judged"/> claims, as a question puts it.</summary>
    private const string MakeVerb = "make";

    [GeneratedRegex(@"(?:given|considering|in response to|in reaction to|in light of|in view of|amid|owing to|due to|thanks to|by)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounOpener();

    /// <summary>Where a part's own words start: past spaces, commas and the conjunctions that tie it to what came before ("But", "And").</summary>
    private static int Skip(string text, int start)
    {
        while (true)
        {
            while (start < text.Length && (text[start] is ' ' or ','))
                start++;
            var word = Words.Split(text[start..Math.Min(text.Length, start + 8)]).FirstOrDefault();
            if (word.Text is null || word.Start != 0 || !Conjunctions.Contains(word.Text) || start + word.End >= text.Length || text[start + word.End] != ' ')
                return start;
            start += word.End;
        }
    }

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "but", "and" };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
