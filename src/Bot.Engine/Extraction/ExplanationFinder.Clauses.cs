using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Clauses a causal cue sits in that change where its claim and reason lie, or show it gives no reason at all:
/// "A, which triggered B – ...", "On Monday, as X happened, ...", "..., as the capital has demanded, ...".
/// </summary>
internal static partial class ExplanationFinder
{
    /// <summary>The most words an "as" clause saying whose wish or words a thing follows holds ("as the old treaty required").</summary>
    private const int ConformityWords = 6;

    /// <summary>The most words an opening phrase of time or place holds ("On the morning of 4 May").</summary>
    private const int OpenerWords = 6;

    /// <summary>The most words after the reporting verb of an "As X noted in April," that only attributes.</summary>
    private const int AttributionTailWords = 5;

    /// <summary>Verbs of wanting and planning that an "as" clause can end on, as it can on a reporting verb.</summary>
    private static readonly HashSet<string> Wishes = new(StringComparer.OrdinalIgnoreCase)
    {
        "demanded", "demands", "requested", "requests", "wanted", "wants", "proposed", "proposes", "promised", "promises",
        "required", "requires", "planned", "plans", "intended", "intends", "hoped", "hopes", "feared", "fears", "agreed",
        "envisaged", "envisages", "expected", "expects", "ordered", "asked",
    };

    /// <summary>
    /// "A, which triggered B" or "A, and it has prompted B": the cue's subject is a pronoun standing for the clause before
    /// it. Returns where that clause ends, or -1.
    /// </summary>
    private static int RelativeReasonEnd(string reason) =>
        RelativeSubject().Match(reason) is { Success: true } m ? m.Index : -1;

    /// <summary>Where the claim of a relative cue ends: at a dash or semicolon, which close the clause the pronoun opened.</summary>
    private static int ClauseEnd(string text, int from)
    {
        var end = ClauseClose().Match(text, from);
        return end.Success ? end.Index : text.Length;
    }

    /// <summary>
    /// "On November 20th, as X went to press, Y ...": before the "as" stands only a phrase of time or place (no verb; a
    /// capital "May" is a month), so it says when.
    /// </summary>
    private static bool IsOpeningPhrase(Line line, int end)
    {
        var words = line.Words.Where(w => w.End <= end).ToList();
        return words.Count is > 0 and <= OpenerWords && NewsWords.Prepositions.Contains(words[0].Text)
            && !words.Skip(1).Any(w => !w.IsCapitalized && (NewsWords.Auxiliaries.Contains(w.Text) || w.Text.EndsWith("ed", StringComparison.Ordinal) || Verbs.IsReporting(w.Text)));
    }

    /// <summary>
    /// "..., as the capital has demanded, ..." or "..., as the minister said.": the clause says whose wish or word a thing
    /// follows, not why. So does one ending on a view ("as my younger self assumed") or one whose verb only a time or a
    /// particle follows ("as analysts assessed in May;", "as the ministry has hastened to point out in recent months,").
    /// </summary>
    private static bool IsConformity(Line line, int from)
    {
        var close = ClauseMarks.NextComma(line.Text, from) is var comma and >= 0 ? comma : line.Text.Length;
        if (line.Text.IndexOfAny(ClauseBreaks, from) is var broken and >= 0 && broken < close)
            close = broken;
        var words = line.Words.Where(w => w.Start >= from && w.End <= close).ToList();
        var verb = words.FindLastIndex(w => Verbs.IsReporting(w.Text) || Wishes.Contains(w.Text) || Views.Contains(w.Text));
        if (verb < 1 || verb >= ConformityWords)
            return false;
        var tail = words.Skip(verb + 1).ToList();
        return tail.Count == 0 || (tail.Count <= AttributionTailWords && TailOpeners.Contains(tail[0].Text) && !tail.Any(w => w.Lower == "that"));
    }

    /// <summary>Marks besides a comma that close an "as" clause ("as the agency claims; rather, ...").</summary>
    private static readonly char[] ClauseBreaks = [';', '—', '–', '('];

    /// <summary>Verbs of judging an "as" clause can end on, as it can on a reporting verb: "as many assumed".</summary>
    private static readonly HashSet<string> Views = new(StringComparer.OrdinalIgnoreCase)
    {
        "assumed", "assumes", "assessed", "assesses", "believed", "believes", "thought", "reckoned", "reckons", "estimated",
        "estimates", "observed", "observes", "suspected", "suspects", "point", "points", "pointed", "put", "puts",
    };

    /// <summary>
    /// Words that may follow the verb of such a clause: a time ("in May", "last year"), or the particle or object a verb
    /// of saying takes ("point out", "put it").
    /// </summary>
    private static readonly HashSet<string> TailOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "last", "this", "earlier", "recently", "previously", "yesterday", "since", "out", "it",
    };

    /// <summary>"As X noted in April, ...": the reporting verb ends the clause, or nearly; after it stands no "that" of what was said.</summary>
    private static bool EndsOnReporting(string clause)
    {
        var verb = Verbs.FindReporting(clause).LastOrDefault();
        var tail = Words.Split(clause[verb.End..]);
        return verb.Verb is not null && tail.Count <= AttributionTailWords && !tail.Any(w => w.Lower == "that");
    }

    [GeneratedRegex(@"(?:,\s*|\s*[—–]\s*|\s+-{1,2}\s+)(?:which|and (?:it|this|that))(?<modal>(?:\s+[a-z]+){0,3})\s*$")]
    private static partial Regex RelativeSubject();

    [GeneratedRegex(@"\s*[—–;(]|\s+-{1,2}\s+")]
    private static partial Regex ClauseClose();
}
